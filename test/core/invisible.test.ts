import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { createDetectors } from '../../src/detectors/registry.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { runCli as run } from '../cli/run-cli.js';

// Invisible characters inside a name, number or place do not hide it, and every offset points into
// the text as the user wrote it (src/text/invisible.ts, the pipeline in src/core/check.ts).
const detectors = createDetectors(loadLexicon());
const PLAIN = 'Gisteren sprak ik Anna Verhoeven (0612345678) uit Kloetinge, BSN 271836490.\nZe is 45.';
const HIDDEN = 'Gisteren sprak ik Anna\u00a0Verhoeven (06\u200b12345678) uit Kloe\u00adtinge, BSN 2718\u200d36490.\nZe is 45.';

const kinds = (text: string) => checkText(text, 't.txt', detectors, { lang: 'nl' }).findings.map((f) => f.kind);

describe('invisible characters in the pipeline', () => {
  it('finds the same things as in the plain text', () => {
    expect(kinds(HIDDEN)).toEqual(kinds(PLAIN));
    expect(kinds(HIDDEN)).toEqual(expect.arrayContaining(['name', 'phone', 'place', 'national-id', 'age']));
  });

  it('gives text, start, end, line and column in the original text', () => {
    const result = checkText(HIDDEN, 't.txt', detectors, { lang: 'nl' });
    for (const f of result.findings) {
      expect(HIDDEN.slice(f.start, f.end)).toBe(f.text);
      const before = HIDDEN.slice(0, f.start).split('\n');
      expect(f.line).toBe(before.length);
      expect(f.column).toBe(before.at(-1)!.length + 1);
    }
    const byKind = Object.fromEntries(result.findings.map((f) => [f.kind, f.text]));
    expect(byKind.name).toBe('Anna\u00a0Verhoeven');
    expect(byKind.place).toBe('Kloe\u00adtinge');
    expect(byKind['national-id']).toBe('2718\u200d36490');
    expect(byKind.phone).toContain('06\u200b12345678');
    // The age on the second line: its column counts from that line's start in the original.
    const age = result.findings.find((f) => f.kind === 'age')!;
    expect(age.line).toBe(2);
  });

  it('reaches the same level as the plain text', () => {
    const level = (text: string) => checkText(text, 't.txt', detectors, { lang: 'nl' }).risk.level;
    expect(level(HIDDEN)).toBe(level(PLAIN));
  });

  it('the CLI JSON reports offsets into the original text', async () => {
    const r = await run(['--text', HIDDEN, '--format', 'json', '--no-config']);
    const result = JSON.parse(r.stdout).results[0];
    expect(result.findings.length).toBeGreaterThanOrEqual(5);
    for (const f of result.findings) expect(HIDDEN.slice(f.start, f.end)).toBe(f.text);
    const place = result.findings.find((f: { kind: string }) => f.kind === 'place');
    expect([place.line, place.column]).toEqual([1, HIDDEN.indexOf('Kloe') + 1]);
  });

  it('--fix edits the original text and keeps the rest of it byte for byte, invisible characters included', async () => {
    const hidden = 'Na het ge\u00adsprek met Anna\u00a0Verhoeven (06\u200b12345678) uit Kloe\u00adtinge, BSN 2718\u200d36490, ging ik\u00a0naar huis.\nZe is 45.';
    const plain = hidden.replace(/[\u00ad\u200b\u200d]/g, '').replace(/\u00a0/g, ' ');
    const fixedHidden = (await run(['--text', hidden, '--fix', '--no-config'])).stdout;
    const fixedPlain = (await run(['--text', plain, '--fix', '--no-config'])).stdout;
    expect(fixedHidden).not.toMatch(/Verhoeven|12345678|36490/);
    // The same rewrite as for the plain text, with the untouched invisible characters still in place.
    expect(fixedHidden.replace(/[\u00ad\u200b\u200d]/g, '').replace(/\u00a0/g, ' ')).toBe(fixedPlain);
    expect(fixedHidden.startsWith('Na het ge\u00adsprek met ')).toBe(true);
    expect(fixedHidden.endsWith('ging ik\u00a0naar huis.\nZe is 45.')).toBe(true);
    // Every planned change names the original slice it replaces.
    const json = JSON.parse((await run(['--text', hidden, '--format', 'json', '--no-config'])).stdout).results[0];
    const changes: Array<{ start: number; end: number; original: string }> = json.fixes.changes;
    expect(changes.length).toBeGreaterThan(0);
    for (const c of changes) expect(hidden.slice(c.start, c.end)).toBe(c.original);
  });
});
