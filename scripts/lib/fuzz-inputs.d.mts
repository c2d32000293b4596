// Types for fuzz-inputs.mjs, which the property tests import.
import type { Arbitrary } from 'fast-check';

export declare const PIECES: readonly string[];
export declare const structuredText: (maxParts?: number) => Arbitrary<string>;
export declare const anyCodeUnits: (maxLength?: number) => Arbitrary<string>;
export declare const longLine: (length: number) => Arbitrary<string>;
export declare const texts: () => Arbitrary<string>;
export declare const fileBytes: () => Arbitrary<Uint8Array>;
export declare const IDENTIFIED: ReadonlyArray<{ text: string; found: readonly string[] }>;
export declare const acrossTheCut: () => Arbitrary<{ text: string; found: readonly string[]; at: number }>;
export declare const splitsPair: (text: string, i: number) => boolean;
export declare function positions(text: string): (offset: number) => { line: number; column: number };
export declare function findingViolations(
  text: string,
  result: { findings: ReadonlyArray<{ kind: string; start: number; end: number; text: string; line: number; column: number }> },
): string[];
export declare const sameBytes: (a: Uint8Array, b: Uint8Array) => boolean;
