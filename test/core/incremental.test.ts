import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkChunks, checkText, type Chunking } from '../../src/core/check.js';
import { RiskSummary } from '../../src/core/summary.js';
import { makeFilter } from '../../src/core/suppress.js';
import type { Finding } from '../../src/core/types.js';
import { createDetectors } from '../../src/detectors/registry.js';
import { loadLexicon } from '../../src/lexicon/load.js';

// The chunk by chunk check (checkChunks, what the CLI streams into the report) against the whole text
// read at once: small chunks, so that a text of a few kilobytes spans many of them.

const detectors = createDetectors(loadLexicon());
const SMALL: Chunking = { size: 400, overlap: 120 };

// Paragraphs of made-up care notes: details about somebody, and paragraphs about nobody.
const PARAGRAPHS = [
  'Vandaag kwam meneer Verhoeven op de afdeling, hij is 67 jaar en woont in Kloetinge.',
  'Het overleg ging vooral over de planning van de diensten in de komende weken.',
  'Mevrouw Jansen belde om 10 uur, haar nummer is 06-12345678, over haar dochter.',
  'BEZOEKADRES\nStationsweg 12\n1234 AB Utrecht\nTelefoon 030-1234567',
  'De koffieautomaat op de tweede verdieping is eindelijk gerepareerd.',
  'Bas (niet zijn echte naam) heeft schizofrenie en werkt als schaapherder.',
  'Bas vertelde dat hij graag wandelt met de hond van de buren.',
  'Op 12 maart 2024 is een 45-jarige vrouw uit Lutjebroek opgenomen.',
  '<!-- herkenbaar-disable-next-line place -->\nZe verhuisde later naar Zierikzee.',
  'We hebben het gehad over de tafel, de stoel en de lamp in de huiskamer.',
];

const comparable = (findings: readonly Finding[]) =>
  findings.map((f) => ({ kind: f.kind, start: f.start, end: f.end, text: f.text, line: f.line, column: f.column, facts: f.facts, rule: f.rule }));

// The gender rule reports the first word that gives the subject's gender: read in chunks, that is the
// first of each chunk (and one a name covers in the first chunk leaves the next chunk's standing). The
// property compares the rest.
const notGender = detectors.filter((d) => d.id !== 'gender');

describe('checking a text chunk by chunk', () => {
  it('gives the findings, suppressions, warnings and risk of the whole text read at once', () => {
    const filter = makeFilter(undefined, true)!;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: PARAGRAPHS.length - 1 }), { minLength: 8, maxLength: 30 }), (picks) => {
        const text = picks.map((i) => PARAGRAPHS[i]).join('\n\n') + '\n';
        const whole = checkText(text, 'note.txt', notGender, { lang: 'nl', filter });
        const chunked = checkText(text, 'note.txt', notGender, { lang: 'nl', filter }, [], SMALL);
        expect(comparable(chunked.findings)).toEqual(comparable(whole.findings));
        expect(comparable(chunked.suppressed ?? [])).toEqual(comparable(whole.suppressed ?? []));
        expect(chunked.warnings).toEqual(whole.warnings);
        expect(chunked.pseudonym).toBe(whole.pseudonym);
        expect(chunked.cues).toEqual(whole.cues);
        expect(chunked.risk).toEqual(whole.risk);
      }),
      { numRuns: 12, seed: 1212 },
    );
  });

  it('yields each chunk once, in text order, and returns the result checkText gives without its findings', () => {
    const text = Array.from({ length: 30 }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]).join('\n\n');
    const run = checkChunks(text, 'note.txt', detectors, { lang: 'nl' }, [], SMALL);
    const yielded: Finding[] = [];
    let chunks = 0;
    let step = run.next();
    for (; !step.done; step = run.next()) {
      chunks++;
      yielded.push(...step.value.findings);
    }
    expect(chunks).toBeGreaterThan(5);
    const whole = checkText(text, 'note.txt', detectors, { lang: 'nl' }, [], SMALL);
    expect(comparable(yielded)).toEqual(comparable(whole.findings));
    for (let i = 1; i < yielded.length; i++) expect(yielded[i]!.start).toBeGreaterThanOrEqual(yielded[i - 1]!.start);
    expect(step.value.findings).toEqual([]);
    expect(step.value.findingCount).toBe(whole.findings.length);
    expect(step.value.risk).toEqual(whole.risk);
  });

  it('marks a name as a pseudonym in the chunks before the one that says so', () => {
    const filler = Array.from({ length: 12 }, () => PARAGRAPHS[1]).join('\n\n');
    const text = `Gijs kwam vandaag langs.\n\n${filler}\n\nGijs (geanonimiseerd) is 34 jaar.\n`;
    const result = checkText(text, 'note.txt', detectors, { lang: 'nl' }, [], SMALL);
    const names = result.findings.filter((f) => f.kind === 'name' && f.text.startsWith('Gijs'));
    expect(names.length).toBe(2);
    expect(names.every((f) => f.kind === 'name' && f.facts.pseudonym)).toBe(true);
  });
});

describe('what the risk model keeps of a long text', () => {
  it('keeps every finding up to its bound, then one per detail, never more than twice the bound of details', () => {
    const bounds = { exact: 50, details: 20 };
    const summary = new RiskSummary(bounds);
    // Hundreds of different ages and places, each told many times.
    const paragraphs = Array.from({ length: 120 }, (_, i) => `Een ${20 + (i % 60)}-jarige man woont in ${['Kloetinge', 'Lutjebroek', 'Zierikzee', 'Utrecht'][i % 4]}.`);
    const run = checkChunks(paragraphs.join('\n\n'), 'long.txt', detectors, { lang: 'nl' }, [], { size: 400, overlap: 100, ...bounds });
    let step = run.next();
    let most = 0;
    const probe = new RiskSummary(bounds);
    for (; !step.done; step = run.next()) {
      probe.add(step.value.findings);
      summary.add(step.value.findings);
      most = Math.max(most, probe.retained);
    }
    expect(step.value.findingCount).toBeGreaterThan(bounds.exact);
    expect(most).toBeLessThanOrEqual(Math.max(bounds.exact, 2 * bounds.details));
    expect(summary.retained).toBeLessThanOrEqual(2 * bounds.details);
    // The same detail told again is kept once.
    const texts = summary.findings().map((f) => `${f.kind}:${f.text.toLowerCase()}`);
    expect(new Set(texts).size).toBe(texts.length);
    // Still a person of an age in a small place: the level the details give.
    expect(step.value.risk.level).not.toBe('none');
  });

  it('keeps a direct identifier, however many other details come after it', () => {
    const summary = new RiskSummary({ exact: 5, details: 3 });
    const text = 'Anna Verhoeven woont in Kloetinge. ' + Array.from({ length: 40 }, (_, i) => `Een ${20 + i}-jarige man.`).join(' ');
    summary.add(checkText(text, 'x.txt', detectors, { lang: 'nl' }).findings);
    expect(summary.retained).toBeLessThanOrEqual(6);
    expect(summary.findings().some((f) => f.kind === 'name')).toBe(true);
  });
});
