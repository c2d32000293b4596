/**
 * Shared test helpers. Several test authors add to this file: keep it additive (new exports only,
 * no changes to the meaning of existing ones).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import type { Lang } from '../src/core/types.js';
import type { FactsOf } from '../src/core/facts.js';
import type { Kind } from '../src/core/kinds.js';
import { isRuleId, type RuleId } from '../src/core/rule-ids.js';
import type { Detection, DetectionOf } from '../src/core/types.js';
import { RULES } from '../src/detectors/registry.js';
import { loadLexicon } from '../src/lexicon/load.js';
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

const figure = { low: 0.01, central: 0.01, high: 0.01, source: 'test' };
/** Plain facts of each kind, for tests that need a detection but not what it says. */
export const SAMPLE_FACTS: { [K in Kind]: FactsOf<K> } = {
  name: { parts: ['anna'], pseudonym: false, form: 'first' },
  email: { personal: true },
  url: { personal: true },
  handle: { personal: true },
  phone: { personal: true, country: 'NL' },
  'national-id': { scheme: 'bsn', cue: false },
  iban: { country: 'NL' },
  postcode: { personal: true, country: 'nl' },
  address: { personal: true, style: 'nl' },
  'license-plate': { country: 'nl' },
  'record-id': { cue: 'dossiernummer' },
  date: { windowDays: 1, birth: false, form: 'relative' },
  age: { from: 45, to: 45, form: 'exact' },
  gender: { gender: 'f' },
  place: { id: 'test-place', population: 10_000, country: 'NL', type: 'town', parent: '' },
  institution: { type: 'other', form: 'head' },
  diagnosis: { id: 'test-condition', parent: '', ancestors: [], figure },
  profession: { id: 'test-role', parent: '', uniquePerPlace: false, local: false, figure },
  nationality: { id: 'test-nationality', share: 0.01, source: 'test' },
  family: { via: 'phrase', figure, label: { nl: '', en: '' } },
  event: { via: 'phrase', figure, label: { nl: '', en: '' } },
  unusual: { via: 'phrase', figure, label: { nl: '', en: '' } },
};

/** A minimal Detection for tests of the pipeline stages after detection (resolve, risk, report). */
export function detection<K extends Kind>(partial: { kind: K; start: number; end: number; rule?: RuleId; confidence?: number; facts?: Partial<FactsOf<K>> }): DetectionOf<K> {
  const { facts, ...rest } = partial;
  return { rule: isRuleId(partial.kind) ? partial.kind : 'name', confidence: 0.9, ...rest, facts: { ...SAMPLE_FACTS[partial.kind], ...facts } } as DetectionOf<K>;
}

/** A rule's detector, built from the real dictionaries. */
export function detectorOf(id: RuleId): Detector {
  return RULES[id].create(loadLexicon());
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
