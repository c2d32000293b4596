import { createRequire } from 'node:module';

/** A value computed on first use and kept: for start-up cost that only some inputs need. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/** Synchronous require for CommonJS dependencies that only some texts need (phone numbers, IBANs). */
export const requireLazily = createRequire(import.meta.url);
