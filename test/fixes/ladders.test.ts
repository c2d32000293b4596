import { describe, expect, it } from 'vitest';
import { withFacts } from '../../src/core/with-facts.js';
import type { Finding } from '../../src/core/types.js';
import { ladderFor } from '../../src/fixes/ladders.js';
import type { LadderStep } from '../../src/fixes/types.js';
import { shareOf } from '../../src/risk/shares.js';
import { expectMonotone, ladderOf, lexicon, withStep } from './helpers.js';

/** The share the risk layer gives the finding once the step is applied. */
const shareAfter = (finding: Finding, s: LadderStep) => shareOf(s.facts ? withFacts(finding, s.facts) : finding);

const KLOETINGE = 'Een 45-jarige vrouw uit Kloetinge met schizofrenie kreeg een nieuwe behandeling.';

describe('age ladder', () => {
  it('Dutch attributive age: the band moves after the noun, then a life stage, then nothing', () => {
    const { finding, ladder } = ladderOf(KLOETINGE, 'age');
    expect(ladder.map((s) => s.replacement)).toEqual(['in de veertig', 'volwassen', '']);
    expectMonotone(ladder);
    expect(shareAfter(finding, ladder[0]!)!.central).toBeCloseTo(0.125, 3);
    expect(shareAfter(finding, ladder[1]!)!.central).toBeGreaterThan(0.55);
    expect(shareAfter(finding, ladder[1]!)!.central).toBeLessThan(0.65);
    expect(withStep(KLOETINGE, 'age', 0)).toBe('Een vrouw in de veertig uit Kloetinge met schizofrenie kreeg een nieuwe behandeling.');
    expect(withStep(KLOETINGE, 'age', 1)).toBe('Een volwassen vrouw uit Kloetinge met schizofrenie kreeg een nieuwe behandeling.');
    expect(withStep(KLOETINGE, 'age', -1)).toBe('Een vrouw uit Kloetinge met schizofrenie kreeg een nieuwe behandeling.');
  });

  it('Dutch predicative age: "is 45" -> "is in de veertig"; removal takes the clause', () => {
    const text = 'Ze is 45 en woont in Goes.';
    expect(withStep(text, 'age', 0)).toBe('Ze is in de veertig en woont in Goes.');
    expect(withStep(text, 'age', 1)).toBe('Ze is volwassen en woont in Goes.');
    expect(withStep(text, 'age', -1)).toBe('Ze woont in Goes.');
    expectMonotone(ladderOf(text, 'age').ladder);
  });

  it('an age that opens its sentence: the band in its place, and removal takes the copula and subject along', () => {
    const text = 'Eenenveertig is ze, en ze woont in Goes.';
    expect(withStep(text, 'age', 0)).toBe('In de veertig is ze, en ze woont in Goes.');
    expect(withStep(text, 'age', -1)).toBe('Ze woont in Goes.');
    expectMonotone(ladderOf(text, 'age').ladder);
    expect(withStep('Zeventig is hij nu. Hij woont in Goes.', 'age', -1)).toBe('Hij woont in Goes.');
    // Not fronted: the predicate after its copula, as before.
    expect(withStep('Ze is 41, en ze woont in Goes.', 'age', -1)).not.toMatch(/^Is/);
  });

  it('parenthesized age after a name', () => {
    const text = 'Mevrouw Jansen (45) uit Kloetinge is opgenomen.';
    expect(withStep(text, 'age', 0)).toBe('Mevrouw Jansen (in de veertig) uit Kloetinge is opgenomen.');
    expect(withStep(text, 'age', -1)).toBe('Mevrouw Jansen uit Kloetinge is opgenomen.');
  });

  it('English attributive age: "a trucker in his fifties", articles follow the new word', () => {
    const man = 'A 58-year-old man from Aberdeen was admitted with schizophrenia.';
    const { ladder } = ladderOf(man, 'age');
    expect(ladder.map((s) => s.replacement)).toEqual(['in his fifties', 'adult', '']);
    expectMonotone(ladder);
    expect(withStep(man, 'age', 0)).toBe('A man in his fifties from Aberdeen was admitted with schizophrenia.');
    expect(withStep(man, 'age', 1)).toBe('An adult man from Aberdeen was admitted with schizophrenia.');
    const woman = 'An 80-year-old woman was admitted.';
    expect(withStep(woman, 'age', 0)).toBe('A woman in her eighties was admitted.');
    expect(withStep(woman, 'age', 1)).toBe('An older woman was admitted.');
    expect(withStep(woman, 'age', -1)).toBe('A woman was admitted.');
    expect(withStep('A 58-year-old trucker was admitted.', 'age', 0)).toBe('A trucker in their fifties was admitted.');
  });

  it('a child becomes young, never a decade', () => {
    const { ladder } = ladderOf('Een 9-jarig meisje uit Goes werd opgenomen.', 'age');
    expect(ladder.map((s) => s.replacement)).toEqual(['jong', '']);
  });
});

describe('place ladder', () => {
  it('Kloetinge -> de gemeente Goes -> Zeeland -> Nederland -> weg, populations from the lexicon', () => {
    const { ladder } = ladderOf(KLOETINGE, 'place');
    expect(ladder.map((s) => s.replacement)).toEqual(['de gemeente Goes', 'Zeeland', 'Nederland', '']);
    expect(ladder.slice(0, 3).map((s) => (s.facts && 'population' in s.facts ? s.facts.population : undefined))).toEqual([38660, 385459, 17942942]);
    expectMonotone(ladder);
    expect(withStep(KLOETINGE, 'place', 1)).toBe('Een 45-jarige vrouw uit Zeeland met schizofrenie kreeg een nieuwe behandeling.');
    // A removal also drops the preposition.
    expect(withStep(KLOETINGE, 'place', -1)).toBe('Een 45-jarige vrouw met schizofrenie kreeg een nieuwe behandeling.');
  });

  it('English: Aberdeen -> Scotland -> the United Kingdom -> removed', () => {
    const text = 'A 58-year-old trucker from Aberdeen was admitted today with schizophrenia.';
    const { ladder } = ladderOf(text, 'place');
    expect(ladder.map((s) => s.replacement)).toEqual(['Scotland', 'the United Kingdom', '']);
    expectMonotone(ladder);
    expect(withStep(text, 'place', -1)).toBe('A 58-year-old trucker was admitted today with schizophrenia.');
  });

  it('a named feature with its article ("aan de Kluisberg") becomes a wider place with a preposition of its own', () => {
    const text = 'Ze woont aan de Kluisberg en heeft Parkinson.';
    expect(withStep(text, 'place', 0)).toBe('Ze woont in Henegouwen en heeft Parkinson.');
    expectMonotone(ladderOf(text, 'place').ladder);
  });

  it('the place of a role becomes "een gemeente in ..."', () => {
    const { ladder } = ladderOf('De burgemeester van Kloetinge werd opgenomen.', 'place');
    expect(ladder.map((s) => s.replacement)).toEqual(['de gemeente Goes', 'een gemeente in Zeeland', 'een gemeente in Nederland', '']);
  });
});

describe('date ladder', () => {
  it('day -> month -> season -> removed, with the window the insider scenario uses', () => {
    const text = 'Ze werd op 12 maart 2024 opgenomen.';
    const { ladder } = ladderOf(text, 'date');
    expect(ladder.map((s) => s.replacement)).toEqual(['in maart 2024', 'in het voorjaar van 2024', '']);
    expect(ladder.map((s) => (s.facts && 'windowDays' in s.facts ? s.facts.windowDays : undefined))).toEqual([30, 90, undefined]);
    expectMonotone(ladder);
    expect(withStep(text, 'date', 0)).toBe('Ze werd in maart 2024 opgenomen.');
    expect(withStep(text, 'date', -1)).toBe('Ze werd opgenomen.');
  });

  it('relative words -> "onlangs" / "recently" -> removed; Dutch word order is kept', () => {
    const nl = 'Vandaag komt een vrouw op de afdeling.';
    expect(ladderOf(nl, 'date').ladder.map((s) => s.replacement)).toEqual(['onlangs', 'er']);
    expect(withStep(nl, 'date', 0)).toBe('Onlangs komt een vrouw op de afdeling.');
    expect(withStep(nl, 'date', -1)).toBe('Er komt een vrouw op de afdeling.');
    expect(withStep('Gisteren werd ze opgenomen.', 'date', -1)).toBe('Ze werd opgenomen.');
    expect(withStep('Vandaag komt de nieuwe bewoner naar de afdeling.', 'date', -1)).toBe('De nieuwe bewoner komt naar de afdeling.');
    const en = 'She was admitted yesterday.';
    const { ladder } = ladderOf(en, 'date');
    expect(ladder.map((s) => s.replacement)).toEqual(['recently', '']);
    expectMonotone(ladder);
    expect(withStep(en, 'date', -1)).toBe('She was admitted.');
    expect(withStep('Note: Today, she was admitted.', 'date', -1, undefined, 'en')).toBe('Note: she was admitted.');
    expect(withStep('Today, she was admitted.', 'date', -1, undefined, 'en')).toBe('She was admitted.');
  });

  it('a date of birth -> the year -> removed', () => {
    const text = 'Mevrouw is geboren op 3 februari 1957 en woont in Goes.';
    const { finding, ladder } = ladderOf(text, 'date');
    expect(ladder.map((s) => s.replacement)).toEqual(['in 1957', '']);
    expect(shareAfter(finding, ladder[0]!)!.central).toBeCloseTo(0.0125, 4);
    expect(withStep(text, 'date', 0)).toBe('Mevrouw is geboren in 1957 en woont in Goes.');
  });
});

describe('diagnosis and profession ladders', () => {
  it('schizofrenie -> een psychotische stoornis -> psychische problemen -> removed', () => {
    const { finding, ladder } = ladderOf(KLOETINGE, 'diagnosis');
    expect(ladder.map((s) => s.replacement)).toEqual(['een psychotische stoornis', 'psychische problemen', '']);
    expect(ladder.map((s) => (s.facts && 'id' in s.facts ? s.facts.id : undefined))).toEqual(['psychotic-disorder', 'mental-health-problem', undefined]);
    expect(shareAfter(finding, ladder[0]!)!.central).toBe(0.02);
    expectMonotone(ladder);
    expect(withStep(KLOETINGE, 'diagnosis', 0)).toBe('Een 45-jarige vrouw uit Kloetinge met een psychotische stoornis kreeg een nieuwe behandeling.');
    expect(withStep(KLOETINGE, 'diagnosis', -1)).toBe('Een 45-jarige vrouw uit Kloetinge kreeg een nieuwe behandeling.');
    expect(withStep('Haar schizofrenie werd erger.', 'diagnosis', 0)).toBe('Haar psychotische stoornis werd erger.');
  });

  it('English labels', () => {
    const { ladder } = ladderOf('A man from Aberdeen with schizophrenia was admitted.', 'diagnosis');
    expect(ladder.map((s) => s.replacement)).toEqual(['a psychotic disorder', 'mental health problems', '']);
    expectMonotone(ladder);
  });

  it('burgemeester -> bestuurder -> removed (the subject becomes "iemand", never "persoon")', () => {
    const text = 'De burgemeester van Kloetinge werd opgenomen.';
    const { ladder } = ladderOf(text, 'profession');
    expect(ladder.map((s) => s.replacement)).toEqual(['bestuurder', 'iemand uit']);
    expect(withStep(text, 'profession', -1)).toBe('Iemand uit Kloetinge werd opgenomen.');
    expect(ladder[1]!.remove).toBe(true);
    expectMonotone(ladder);
    expect(withStep(text, 'profession', 0)).toBe('De bestuurder van Kloetinge werd opgenomen.');
    const en = ladderOf('The 58-year-old trucker from Aberdeen was admitted.', 'profession', undefined, 'en');
    expect(en.ladder[0]!.replacement).toBe('driver');
    expectMonotone(en.ladder);
  });
});

describe('institution ladder', () => {
  it('afdeling De Linde -> een afdeling -> een instelling -> removed', () => {
    const text = 'Ze werd opgenomen op afdeling De Linde.';
    const { ladder } = ladderOf(text, 'institution');
    expect(ladder.map((s) => s.replacement)).toEqual(['een afdeling', 'een instelling', '']);
    expectMonotone(ladder);
    expect(withStep(text, 'institution', 0)).toBe('Ze werd opgenomen op een afdeling.');
    expect(withStep(text, 'institution', -1)).toBe('Ze werd opgenomen.');
  });

  it('zorgcentrum De Wielewaal -> een zorgcentrum', () => {
    const text = 'Hij woont in zorgcentrum De Wielewaal.';
    expect(ladderOf(text, 'institution').ladder.map((s) => s.replacement)).toEqual(['een zorgcentrum', 'een instelling', '']);
    expect(withStep(text, 'institution', 0)).toBe('Hij woont in een zorgcentrum.');
  });
});

describe('names and other direct identifiers', () => {
  it('a real name becomes a role, never another name', () => {
    const text = 'Mevrouw Jansen (45) uit Kloetinge is opgenomen.';
    const { ladder } = ladderOf(text, 'name');
    expect(ladder).toHaveLength(1);
    expect(ladder[0]!.replacement).toBe('een cliënte');
    expect(withStep(text, 'name', 0)).toBe('Een cliënte (45) uit Kloetinge is opgenomen.');
    expect(withStep('Mr John Smith was admitted.', 'name', 0, undefined, 'en')).toBe('A client was admitted.');
    // After a label the role is already said: a placeholder keeps the form readable.
    expect(withStep('Patient: Mr John Smith, admitted.', 'name', 0, undefined, 'en')).toBe('Patient: [name], admitted.');
  });

  it('a greeted or addressed name just goes', () => {
    expect(withStep('hoi Sanne, kun jij morgen langsgaan?', 'name', 0, undefined, 'nl')).toBe('hoi, kun jij morgen langsgaan?');
    expect(withStep('Wat een dag. Jorrit, jij bent een kanjer.', 'name', 0, undefined, 'nl')).toBe('Wat een dag. Jij bent een kanjer.');
  });

  it('a name after its role just goes; a marked pseudonym needs no fix', () => {
    expect(withStep('Her son (Sanjay Patel) visits weekly.', 'name', 0, undefined, 'en')).toBe('Her son visits weekly.');
    expect(withStep('Ik sprak zijn dochter Sanne Bakker gisteren.', 'name', 0)).toBe('Ik sprak zijn dochter gisteren.');
    const { ladder } = ladderOf("'Anna' (fictieve naam) woont in Kloetinge.", 'name');
    expect(ladder).toEqual([]);
  });

  it('contact details are removed with their label or preposition', () => {
    expect(withStep('Call his daughter on 07700 900123.', 'phone', 0)).toBe('Call his daughter.');
    expect(withStep('Patient: a client, NHS no 943 476 5919, at home.', 'national-id', 0)).toBe('Patient: a client, at home.');
  });

  it('a hashtag stays a hashtag or goes whole; no article after a determiner', () => {
    const text = 'Zo trots op hem, ondanks zijn narcolepsie. #narcolepsie #dagbesteding';
    const { result, ladder } = ladderOf(text, 'diagnosis', undefined, 'nl');
    expect(ladder[0]!.replacement).toBe('slaapstoornis');
    const tag = result.findings.filter((f) => f.kind === 'diagnosis')[1]!;
    const tagLadder = ladderFor(tag, { text, lang: 'nl', lexicon, findings: result.findings });
    expect(tagLadder[0]!.replacement).toBe('slaapstoornis');
    expect(tagLadder[tagLadder.length - 1]!.span).toEqual({ start: tag.start - 1, end: tag.end });
  });

  it('gender is never the fix', () => {
    expect(ladderOf(KLOETINGE, 'gender').ladder).toEqual([]);
  });
});
