import { afterEach, describe, expect, it } from 'vitest';
import { decodeSection, encodeSection } from '../../src/lexicon/compiled.js';
import { PhraseMatcher, setPhraseScope } from '../../src/lexicon/phrases.js';
import { tokenize, type Token } from '../../src/text/tokenize.js';

const matcher = (phrases: Array<[string, string, boolean?]>): PhraseMatcher<string> => {
  const m = new PhraseMatcher<string>();
  for (const [p, v, exact] of phrases) m.add(p, v, exact);
  return m;
};

const values = (m: PhraseMatcher<string>, text: string, isRole?: (tokens: readonly Token[], i: number) => number) =>
  m.findAll(tokenize(text), isRole ? { isRole } : {}).map((x) => x.value);

/** The same question asked with the text as the scope of a check (the mask per token) and without. */
const inScopeAndOut = (m: PhraseMatcher<string>, text: string) => {
  const tokens = tokenize(text);
  const out = m.findAll(tokens);
  setPhraseScope(tokens);
  const inside = m.findAll(tokens);
  const at = tokens.map((_, i) => m.longestAt(tokens, i)?.value);
  setPhraseScope(undefined);
  return { out, inside, at, plain: tokens.map((_, i) => m.longestAt(tokens, i)?.value) };
};

afterEach(() => setPhraseScope(undefined));

describe('phrase matcher (a trie per first word)', () => {
  it('a prefix slot matches words that open with all of it, and no shorter part', () => {
    const m = matcher([['overleed*', 'died'], ['opgenomen in {poss} kliniek*', 'admitted']]);
    expect(values(m, 'Hij overleed, zij overleedt; hij overleefde, zij overleefd.')).toEqual(['died', 'died']);
    expect(values(m, 'opgenomen in de kliniekafdeling, opgenomen in de klinische')).toEqual(['admitted']);
  });

  it('the longest phrase wins, on equal length the one with fewer placeholders, then the first listed', () => {
    const m = matcher([
      ['de {any}', 'any'],
      ['de enige', 'only'],
      ['de enige zoon', 'only-son'],
      ['{poss} zoon', 'poss-son'],
      ['de zoon', 'first'],
      ['de zoon', 'second'],
    ]);
    expect(values(m, 'de enige zoon')).toEqual(['only-son']);
    expect(values(m, 'de enige dochter')).toEqual(['only']);
    expect(values(m, 'de zoon')).toEqual(['first']);
    expect(values(m, 'de buurman')).toEqual(['any']);
    expect(values(m, 'haar zoon')).toEqual(['poss-son']);
  });

  it('exact words, numbers and roles as slots', () => {
    const m = matcher([['MS', 'ms', true], ['{num} kinderen', 'kids'], ['{poss} {role} vertelde', 'told']]);
    const isRole = (tokens: readonly Token[], i: number) => (tokens[i]?.lower === 'huisarts' ? 1 : tokens[i]?.lower === 'wijk' && tokens[i + 1]?.lower === 'verpleegkundige' ? 2 : 0);
    expect(values(m, 'Zij heeft MS, geen ms of Ms.')).toEqual(['ms']);
    expect(values(m, 'drie kinderen, 4 kinderen, veel kinderen')).toEqual(['kids', 'kids']);
    expect(values(m, 'haar huisarts vertelde, de wijk verpleegkundige vertelde, de buurman vertelde', isRole)).toEqual(['told', 'told']);
  });

  it('answers alike for the text being checked (a mask per token) and for any other token array', () => {
    const m = matcher([['de bilt', 'bilt'], ['overleed*', 'died'], ['{num} kinderen', 'kids'], ['{poss} moeder', 'mother'], ['goes', 'goes']]);
    const { out, inside, at, plain } = inScopeAndOut(m, 'Haar moeder overleed in De Bilt; twee kinderen wonen in Goes, de bilt niet.');
    expect(inside).toEqual(out);
    expect(out.map((x) => x.value)).toEqual(['mother', 'died', 'bilt', 'kids', 'goes', 'bilt']);
    expect(at).toEqual(plain);
  });

  it('a phrase added after the first scan is found at once', () => {
    const m = matcher([['zeeland', 'zeeland']]);
    const tokens = tokenize('Van Zeeland naar Goes.');
    setPhraseScope(tokens);
    expect(m.findAll(tokens).map((x) => x.value)).toEqual(['zeeland']);
    m.add('goes', 'goes');
    expect(m.findAll(tokens).map((x) => x.value)).toEqual(['zeeland', 'goes']);
  });

  it('a matcher read from lines finds the same before and after it joins the shared vocabulary (a long text)', () => {
    const built = matcher([['de bilt', 'bilt'], ['goes', 'goes'], ['overleed*', 'died'], ['{poss} moeder', 'mother'], ['in de krant', 'paper']]);
    const stored = new PhraseMatcher<string>(decodeSection(encodeSection({ conditionIndex: built.toJSON() })).conditionIndex!);
    const sentence = 'Haar moeder overleed in De Bilt en het stond in de krant, niet in Goes of in de bus. ';
    const short = tokenize(sentence);
    const long = tokenize(sentence.repeat(200)); // more tokens than a matcher from lines scans before it joins
    for (const tokens of [short, long, short]) {
      setPhraseScope(tokens);
      const found = stored.findAll(tokens);
      expect(found).toEqual(built.findAll(tokens));
      expect(tokens.map((_, i) => stored.longestAt(tokens, i)?.value)).toEqual(tokens.map((_, i) => built.longestAt(tokens, i)?.value));
      setPhraseScope(undefined);
      expect(found.slice(0, 5).map((x) => x.value)).toEqual(['mother', 'died', 'bilt', 'paper', 'goes']);
    }
  });
});
