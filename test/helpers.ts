/**
 * Shared test helpers. Several test authors add to this file: keep it additive (new exports only,
 * no changes to the meaning of existing ones).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import type { Lang } from '../src/core/types.js';
import type { Detection } from '../src/core/types.js';
import type { DetectContext, Detector } from '../src/detectors/types.js';
import { tokenize } from '../src/text/tokenize.js';

/** The context a detector sees for `text`. */
export function context(text: string, lang: Lang = 'nl'): DetectContext {
  return { text, tokens: tokenize(text), lang };
}

/** Raw detections of one detector on `text`. */
export function run(detector: Detector, text: string, lang: Lang = 'nl'): Detection[] {
  return detector.detect(context(text, lang));
}

export interface Found {
  kind: string;
  text: string;
  rule: string;
}

/** Detections as `{ kind, text, rule }`, in the detector's order: easy to compare with toEqual. */
export function detect(detector: Detector, text: string, lang: Lang = 'nl'): Found[] {
  return run(detector, text, lang).map((d) => ({ kind: d.kind, text: text.slice(d.start, d.end), rule: d.rule }));
}

/** Only the matched texts. */
export function texts(detector: Detector, text: string, lang: Lang = 'nl'): string[] {
  return run(detector, text, lang).map((d) => text.slice(d.start, d.end));
}

/** A minimal Detection for tests of the pipeline stages after detection (resolve, risk, report). */
export function detection(partial: Partial<Detection> & Pick<Detection, 'kind' | 'start' | 'end'>): Detection {
  return { rule: partial.kind, confidence: 0.9, ...partial };
}

/**
 * A maker of temporary folders that are all removed after each test of the file that calls it
 * (call it at the top level of a test file). `files` maps a relative path to its content.
 */
export function useTempDirs(prefix = 'herkenbaar-test-'): (files?: Record<string, string | Uint8Array>) => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (files = {}) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    return dir;
  };
}
