import { describe, expect, it } from 'vitest';
import { difference, runSession, type Fixer, type SessionOptions } from '../../src/cli/interactive.js';
import { checkText } from '../../src/core/check.js';
import type { FileResult } from '../../src/core/types.js';
import { createDetectors } from '../../src/detectors/registry.js';
import { fixText } from '../../src/fixes/fix.js';
import { applyChanges } from '../../src/fixes/rewrite.js';
import type { Change } from '../../src/fixes/types.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { NO_PAINT } from '../../src/report/types.js';
import { scripted } from './scripted-terminal.js';

// The loop of --fix --interactive with the real pipeline and scripted answers: no terminal needed.

const lexicon = loadLexicon();
const detectors = createDetectors(lexicon);

const POST = 'Gisteren kwam een 52-jarige man uit Kapelle met een alcoholverslaving op de afdeling. Hij werkte als notaris.';
const ENGLISH = 'A 58-year-old trucker from Aberdeen was admitted today with schizophrenia.';

const check = (text: string, lang: 'nl' | 'en' | 'auto' = 'auto'): FileResult => checkText(text, 'post.txt', detectors, { lang });

function realFixer(lang: 'nl' | 'en'): Fixer {
  return {
    check: (text) => check(text, lang),
    propose: (text, checked) => {
      const out = fixText(text, 'post.txt', detectors, lexicon, { lang }, 'medium', checked);
      return { changes: out.plan.changes, ...(out.reason ? { reason: out.reason } : {}) };
    },
    apply: applyChanges,
  };
}

function session(text: string, answers: ReadonlyArray<string | undefined>, extra: Partial<SessionOptions> = {}) {
  const lang = check(text).language;
  const fixer = extra.fixer ?? realFixer(lang);
  const t = scripted(answers);
  const run = runSession({
    file: 'post.txt', text, before: fixer.check(text), stayBelow: 'medium', target: 'low', paint: NO_PAINT, color: false,
    terminal: t.terminal, fixer, ...extra,
  });
  return { run, ...t, fixer };
}

const proposals = (text: string) => realFixer(check(text).language).propose(text, check(text)).changes;
const questions = (asked: readonly string[]) => asked.filter((q) => /\[y,n,e,q,\?\]/.test(q));

describe('--fix --interactive: the loop', () => {
  it('the example has several proposals, and --fix reaches the target with all of them', () => {
    expect(proposals(POST).length).toBeGreaterThanOrEqual(3);
    expect(fixText(POST, 'post.txt', detectors, lexicon, { lang: 'nl' }, 'medium').reached).toBe(true);
  });

  it('accepting every change gives the text --fix prints, re-checked, and writes it when confirmed', async () => {
    const n = proposals(POST).length;
    const s = session(POST, [...Array(n).fill('y'), 'y']);
    const out = await s.run;
    const fixed = fixText(POST, 'post.txt', detectors, lexicon, { lang: 'nl' }, 'medium');
    expect(out.text).toBe(fixed.rewritten);
    expect(out.accepted).toBe(n);
    expect(out.reached).toBe(true);
    expect(out.after.risk).toEqual(check(out.text, 'nl').risk);
    expect(out.write).toBe(true);
    expect(out.aborted).toBe(false);
    expect(questions(s.asked)).toEqual(Array.from({ length: n }, (_, i) => `(${i + 1}/${n}) Deze wijziging toepassen [y,n,e,q,?]? `));
    expect(s.asked.at(-1)).toBe('Schrijven naar post.txt [y/N]? ');
    expect(s.shown()).toMatch(/✔ Opnieuw gecontroleerd: risico (?:laag|geen); haalt het doel \(laag of lager\)/);
  });

  it('shows each change as the line before and after, the detail marked, and the reader table now and with it', async () => {
    const s = session(POST, ['q']);
    await s.run;
    const shown = s.shown();
    expect(shown).toMatch(/^post\.txt: risico \S+; doel: laag of lager\n/);
    const first = proposals(POST)[0]!;
    expect(shown).toContain(`"${first.original}" → `);
    expect(shown).toContain(`  - ${POST.slice(0, first.start)}[-`);
    expect(shown).toMatch(/\n {2}\+ /);
    expect(shown).toMatch(/Wie kan deze persoon herkennen\? +nu +met deze wijziging\n/);
    expect(shown).toMatch(/\n {4}wie de persoon kent \(familie, buren, collega’s\) +(?:ja|nee), .*(?:past|passen) +(?:ja|nee), /);
  });

  it('n skips a change: it stays in the text and is not offered again', async () => {
    const all = proposals(POST);
    const s = session(POST, ['n', ...Array(all.length - 1).fill('y'), 'n']);
    const out = await s.run;
    expect(out.text).toContain(all[0]!.original);
    expect(out.accepted).toBe(all.length - 1);
    expect(out.write).toBe(false);
    // Whether or not it is enough, the verdict is the re-check's.
    expect(out.after.risk).toEqual(check(out.text, 'nl').risk);
  });

  it('skipping everything writes nothing and does not ask', async () => {
    const n = proposals(POST).length;
    const s = session(POST, Array(n).fill('n'));
    const out = await s.run;
    expect(out).toMatchObject({ text: POST, accepted: 0, write: false, aborted: false, reached: false });
    expect(s.shown()).toMatch(/Geen wijzigingen toegepast; niets geschreven\.\n$/);
    expect(s.asked.some((q) => /Schrijven/.test(q))).toBe(false);
  });

  it('q stops and asks whether to write what was accepted; no means nothing is written', async () => {
    const first = proposals(POST)[0]!;
    const s = session(POST, ['y', 'q', 'n']);
    const out = await s.run;
    expect(out.accepted).toBe(1);
    expect(out.text).toBe(applyChanges(POST, [first]));
    expect(out.write).toBe(false);
    expect(questions(s.asked)).toHaveLength(2);
    // Not enough: it says so, and the question to write says so too.
    expect(out.reached).toBe(false);
    expect(s.shown()).toMatch(/✖ Opnieuw gecontroleerd: risico \S+; haalt het doel \(laag of lager\) niet \(1 wijziging\)/);
    expect(s.asked.at(-1)).toBe('Het doel is niet gehaald. Toch schrijven naar post.txt [y/N]? ');
  });

  it('only an explicit yes writes: Enter, or anything else, does not', async () => {
    for (const [answer, write] of [['', false], ['x', false], ['N', false], ['j', true], ['ja', true], ['Y', true]] as const) {
      const out = await session(POST, ['y', 'q', answer]).run;
      expect(out.write, answer).toBe(write);
    }
  });

  it('e takes the user’s own words, re-checks them, and asks again before applying them', async () => {
    const all = proposals(POST);
    const place = all.findIndex((c) => c.finding.kind === 'place');
    expect(place).toBeGreaterThanOrEqual(0);
    const answers = [...Array(place).fill('n'), 'e', 'de regio', 'y', 'q', 'y'];
    const s = session(POST, answers);
    const out = await s.run;
    expect(out.text).toContain('uit de regio');
    expect(out.text).not.toContain(all[place]!.original);
    expect(s.asked).toContain(`Nieuwe tekst voor "${all[place]!.original}" (leeg = weglaten): `);
    // The change is shown again with the user's words before the question is asked again.
    expect(s.shown()).toContain(`"${all[place]!.original}" → "de regio"`);
    expect(s.shown()).toContain('{+de regio+}');
    expect(out.write).toBe(true);
  });

  it('the user’s own words are checked as any text is: a place of their own is reported', async () => {
    const all = proposals(POST);
    const place = all.findIndex((c) => c.finding.kind === 'place');
    const s = session(POST, [...Array(place).fill('n'), 'e', 'Yerseke', 'n', 'q']);
    await s.run;
    expect(s.shown()).toMatch(/Let op: uw eigen tekst is zelf een herkenbaar detail: place "Yerseke"/);
  });

  it('e with an empty line removes the words, again only after a yes', async () => {
    const all = proposals(POST);
    const place = all.findIndex((c) => c.finding.kind === 'place');
    const s = session(POST, [...Array(place).fill('n'), 'e', '', 'y', 'q', 'n']);
    const out = await s.run;
    expect(out.text).not.toContain(all[place]!.original);
    expect(out.text).not.toMatch(/uit {2}|uit met|\buit\s*$/);
    expect(s.shown()).toContain(`"${all[place]!.original}" → (weglaten)`);
  });

  it('? and an unknown answer show the keys and ask the same question again', async () => {
    const s = session(POST, ['?', 'huh', 'q']);
    await s.run;
    expect(questions(s.asked)).toHaveLength(3);
    expect(new Set(questions(s.asked)).size).toBe(1);
    const help = s.shown().match(/ {2}y - deze wijziging toepassen/g);
    expect(help).toHaveLength(2);
    expect(s.shown()).toMatch(/ {2}e - zelf een vervanging typen; die wordt opnieuw gecontroleerd/);
  });

  it('the end of the input (Ctrl-D) aborts: nothing written, the text as it was', async () => {
    for (const answers of [[undefined], ['y', undefined], ['e', undefined], ['y', 'q', undefined]]) {
      const out = await session(POST, answers).run;
      expect(out.write).toBe(false);
      if (answers.length < 3) {
        expect(out.aborted).toBe(true);
        expect(out.text).toBe(POST);
      }
    }
    const s = session(POST, [undefined]);
    await s.run;
    expect(s.shown()).toMatch(/Afgebroken; niets geschreven\.\n$/);
  });

  it('speaks the UI language: an English text in English, --ui-lang overrides', async () => {
    const en = session(ENGLISH, ['?', 'q']);
    await en.run;
    expect(en.shown()).toMatch(/^post\.txt: risk \S+; target: low or lower\n/);
    expect(en.asked[0]).toMatch(/^\(1\/\d+\) Apply this change \[y,n,e,q,\?\]\? $/);
    expect(en.shown()).toMatch(/Who could recognize this person\? +now +with this change/);
    expect(en.shown()).toMatch(/ {2}q - quit; then you choose whether what you applied is written/);
    const nl = session(ENGLISH, ['q'], { uiLang: 'nl' });
    await nl.run;
    expect(nl.asked[0]).toMatch(/Deze wijziging toepassen/);
  });

  it('with colour, the changed words are coloured instead of marked', async () => {
    const mark = { ...NO_PAINT, boldRed: (x: string) => `<old>${x}</old>`, green: (x: string) => `<new>${x}</new>` };
    const s = session(POST, ['q'], { paint: mark, color: true });
    await s.run;
    expect(s.shown()).toMatch(/ {2}- .*<old>.+<\/old>/);
    expect(s.shown()).not.toContain('[-');
  });

  it('a second round plans again from the text as accepted, without what was already decided', async () => {
    const lang = 'nl';
    const real = realFixer(lang);
    const calls: string[] = [];
    // The first round offers only the first proposal, as if it were the whole plan; the second is the pipeline's own.
    const fixer: Fixer = {
      ...real,
      propose: (text, checked) => {
        calls.push(text);
        const out = real.propose(text, checked);
        return calls.length === 1 ? { changes: out.changes.slice(0, 1) } : out;
      },
    };
    const s = session(POST, [...Array(12).fill('y')], { fixer });
    const out = await s.run;
    expect(calls).toHaveLength(2);
    expect(calls[1]).toBe(applyChanges(POST, proposals(POST).slice(0, 1)));
    expect(s.shown()).toMatch(/Nog niet genoeg \(risico \S+\); nog \d+ voorstel/);
    expect(out.reached).toBe(true);
    expect(out.write).toBe(true);
  });

  it('a proposal turned down, also after an edit, is not offered again in the next round', async () => {
    const real = realFixer('nl');
    const [first, ...rest] = proposals(POST);
    let round = 0;
    // Each round offers the first proposal again wherever its words now are; the first round also the rest.
    const fixer: Fixer = {
      ...real,
      propose: (text) => {
        round++;
        const at = text.indexOf(first!.original);
        const again: Change = { ...first!, start: at, end: at + first!.original.length };
        return { changes: at < 0 ? [] : round === 1 ? [first!, ...rest] : [again] };
      },
    };
    for (const answers of [['n', ...rest.map(() => 'y'), 'n'], ['e', 'iets anders', 'n', ...rest.map(() => 'y'), 'n']]) {
      round = 0;
      // Nothing but 'none' passes, so there is always a second round.
      const s = session(POST, answers, { fixer, stayBelow: 'low' });
      const out = await s.run;
      expect(round).toBe(2);
      expect(s.shown()).not.toMatch(/Nog niet genoeg/);
      expect(questions(s.asked)).toHaveLength(1 + rest.length + (answers[0] === 'e' ? 1 : 0));
      expect(out.text).toContain(first!.original);
    }
  });

  it('a text with nothing to change says so and asks nothing', async () => {
    const text = 'Wat een mooie dag voor een wandeling door het bos.';
    const s = session(text, []);
    const out = await s.run;
    expect(out).toMatchObject({ text, accepted: 0, write: false, reached: true });
    expect(s.asked).toEqual([]);
    expect(s.shown()).toMatch(/✔ .*haalt het doel/);
  });

  it('a proposal that would change nothing is passed over', async () => {
    const real = realFixer('nl');
    const all = proposals(POST);
    const { edits: _moved, ...first } = all[0]!;
    const same: Change = { ...first, replacement: first.original };
    const fixer: Fixer = { ...real, propose: () => ({ changes: [same, all[1]!] }) };
    const s = session(POST, ['q'], { fixer, rounds: 1 });
    await s.run;
    expect(questions(s.asked)).toEqual(['(2/2) Deze wijziging toepassen [y,n,e,q,?]? ']);
  });
});

describe('difference', () => {
  it('finds the changed middle of two texts', () => {
    expect(difference('een 45-jarige vrouw', 'een vrouw')).toEqual({ start: 4, endA: 14, endB: 4 });
    expect(difference('uit Kloetinge.', 'uit Zeeland.')).toEqual({ start: 4, endA: 13, endB: 11 });
    expect(difference('abc', 'abc')).toEqual({ start: 3, endA: 3, endB: 3 });
    expect(difference('aa', 'aaa')).toEqual({ start: 2, endA: 2, endB: 3 });
  });
});
