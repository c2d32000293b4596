import { levelRank, type Level } from '../core/kinds.js';
import type { AudienceResult, FileResult, Lang } from '../core/types.js';
import type { Change } from '../fixes/types.js';
import { formatNumber, messages, type Catalog } from '../i18n/index.js';
import type { Paint } from '../report/types.js';

/*
 * `--fix --interactive`: the proposed changes one by one, like `git add -p`. Everything the loop
 * touches comes in through `Terminal` (what the user sees and types) and `Fixer` (the pipeline), so
 * it runs in a test with scripted answers and no terminal.
 */

/** What the user sees and types. `prompt` resolves to undefined when the input ends (Ctrl-D, Ctrl-C). */
export interface Terminal {
  write(s: string): void;
  prompt(question: string): Promise<string | undefined>;
}

/** The pipeline, as the loop needs it. */
export interface Fixer {
  /** The whole check of a text (detectors, risk model), as `herkenbaar FILE` runs it. */
  check(text: string): FileResult;
  /** The changes `--fix` proposes for a text (offsets into it), and why they are not enough when they are not. */
  propose(text: string, checked: FileResult): { changes: readonly Change[]; reason?: string };
  /** The text with these changes (offsets into `text`) applied together. */
  apply(text: string, changes: readonly Change[]): string;
}

export interface SessionOptions {
  file: string;
  text: string;
  /** The check of `text`. */
  before: FileResult;
  /** The level the result must stay below (the --fail-on side of --target). */
  stayBelow: Level;
  /** The highest level a rewrite may have (--target), as the user named it. */
  target: Level;
  uiLang?: Lang;
  paint: Paint;
  /** Colour is on: the changed words are coloured, not marked with [- -] and {+ +}. */
  color: boolean;
  terminal: Terminal;
  fixer: Fixer;
  /** Rounds of proposals: after the first, the pipeline plans again from the text as accepted (as --fix does). */
  rounds?: number;
}

export interface SessionOutcome {
  /** The text with the accepted changes. */
  text: string;
  /** The re-check of `text` by the whole pipeline. */
  after: FileResult;
  reached: boolean;
  accepted: number;
  /** The user asked for `text` to be written. */
  write: boolean;
  /** The input ended before the session did: nothing may be written. */
  aborted: boolean;
}

type Answer = 'accept' | 'skip' | 'edit' | 'quit' | 'help';

function answerOf(input: string, words: Catalog): Answer | undefined {
  const a = input.trim().toLowerCase();
  if (a === 'y' || words.interactive.yes.includes(a)) return 'accept';
  if (a === 'n' || a === 'no' || a === 'nee') return 'skip';
  if (a === 'e') return 'edit';
  if (a === 'q') return 'quit';
  if (a === '?' || a === 'h') return 'help';
  return undefined;
}

const isYes = (input: string | undefined, words: Catalog): boolean => input !== undefined && answerOf(input, words) === 'accept';

/** Where two texts differ: [start, endA) in `a` became [start, endB) in `b`. */
export function difference(a: string, b: string): { start: number; endA: number; endB: number } {
  let p = 0;
  const max = Math.min(a.length, b.length);
  while (p < max && a[p] === b[p]) p++;
  let s = 0;
  while (s < max - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { start: p, endA: a.length - s, endB: b.length - s };
}

/** How much of the line is shown on either side of the change. */
const CONTEXT = 50;

/** The line(s) of `s` around [from, to), the changed part marked, long lines clipped. */
function shownLine(s: string, from: number, to: number, mark: (x: string) => string): string {
  const lineStart = from === 0 ? 0 : s.lastIndexOf('\n', from - 1) + 1;
  const nl = s.indexOf('\n', to);
  const lineEnd = nl < 0 ? s.length : nl;
  let left = s.slice(lineStart, from);
  let right = s.slice(to, lineEnd);
  if (left.length > CONTEXT) left = `…${left.slice(left.length - CONTEXT).replace(/^\S*\s/, '')}`;
  if (right.length > CONTEXT) right = `${right.slice(0, CONTEXT).replace(/\s\S*$/, '')}…`;
  const flat = (x: string) => x.replace(/\r?\n/g, ' ⏎ ');
  // The spaces at either end of the changed words stay outside the mark: "een [-45-jarige-] vrouw".
  const [, before = '', middle = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(s.slice(from, to)) ?? [];
  return `${flat(left)}${flat(before)}${middle ? mark(flat(middle)) : ''}${flat(after)}${flat(right)}`.replace(/\s+$/, '');
}

/** Line and column (1-based) of an offset. */
function position(s: string, at: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (s[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return `${line}:${at - lineStart + 1}`;
}

/** A change with the user's own replacement for its words. */
function withReplacement(change: Change, replacement: string): Change {
  const { edits: _moved, ...rest } = change;
  return { ...rest, replacement, step: { ...change.step, replacement, ...(replacement === '' ? { remove: true } : {}) } };
}

/** A proposal already decided on (accepted or skipped) is not offered again; another wording for the same words may be. */
const keyOf = (c: Pick<Change, 'original' | 'replacement' | 'finding'>): string => `${c.finding.kind}\u0000${c.original.toLowerCase()}\u0000${c.replacement}`;

export async function runSession(o: SessionOptions): Promise<SessionOutcome> {
  const { terminal: t, fixer, paint: c } = o;
  const lang = o.uiLang ?? o.before.language;
  const words = messages(lang);
  const say = words.interactive;
  const level = (l: Level) => words.levels[l];
  const passes = (r: FileResult) => levelRank(r.risk.level) < levelRank(o.stayBelow);
  const markOld = (x: string) => (o.color ? c.boldRed(x) : `[-${x}-]`);
  const markNew = (x: string) => (o.color ? c.green(x) : `{+${x}+}`);

  /** The reader table: who could recognize the person, in the text as it is now and with the change. */
  const table = (now: FileResult, next?: FileResult): string[] => {
    const rows = (r: FileResult) => new Map((r.risk.audiences ?? []).map((a) => [a.audience, a] as const));
    const nowRows = rows(now);
    const nextRows = next ? rows(next) : undefined;
    const ids = [...new Set([...nowRows.keys(), ...(nextRows?.keys() ?? [])])];
    const cell = (a: AudienceResult | undefined, r: FileResult): string => {
      // An audience the text gives no frame (no village, school or ward named) cannot single anyone out.
      if (!a) return r.risk.level === 'none' ? say.nobody : words.report.no;
      const e = a.expectedMatches.low;
      return `${a.recognizable ? words.report.yes : words.report.no}, ${words.report.matches(formatNumber(e, lang), e)}`;
    };
    const paintCell = (a: AudienceResult | undefined, s: string) => (a?.recognizable ? c.red(s) : c.green(s));
    const label = (id: AudienceResult['audience']) => words.report.audience[id];
    const width = Math.max(words.report.whoCanRecognize.length - 2, ...ids.map((id) => label(id).length));
    const nowCells = ids.map((id) => cell(nowRows.get(id), now));
    const nowWidth = Math.max(say.now.length, ...nowCells.map((s) => s.length));
    if (ids.length === 0) return [`  ${c.bold(words.report.whoCanRecognize)} ${say.nobody}${next && next.risk.level !== 'none' ? ` → ${level(next.risk.level)}` : ''}`];
    const head = `  ${c.bold(words.report.whoCanRecognize.padEnd(width + 2))}  ${c.dim(nextRows ? say.now.padEnd(nowWidth) : say.now)}${nextRows ? `  ${c.dim(say.withChange)}` : ''}`;
    const lines = [head.replace(/\s+$/, '')];
    ids.forEach((id, i) => {
      const a = nowRows.get(id);
      const nowCell = paintCell(a, nowCells[i]!.padEnd(nextRows ? nowWidth : 0));
      const b = nextRows?.get(id);
      const nextCell = next ? `  ${paintCell(b, cell(b, next))}` : '';
      const decisive = !next && a?.recognizable ? c.dim(` · ${a.contributors.slice(0, 3).map((x) => `"${x.text}"`).join(', ')}`) : '';
      lines.push(`    ${label(id).padEnd(width)}  ${nowCell}${nextCell}${decisive}`.replace(/\s+$/, ''));
    });
    return lines;
  };

  const show = (lines: readonly string[]) => t.write(lines.join('\n') + '\n');

  t.write(`${c.bold(say.heading(o.file, level(o.before.risk.level), level(o.target)))}\n`);

  let current = o.text;
  let currentCheck = o.before;
  let accepted = 0;
  let quit = false;
  const decided = new Set<string>();
  const rounds = o.rounds ?? 2;

  for (let round = 1; round <= rounds && !quit; round++) {
    if (round > 1 && passes(currentCheck)) break;
    const base = current;
    const proposed = fixer.propose(base, currentCheck);
    // In reading order, as git add -p goes through a file.
    const proposals = proposed.changes.filter((ch) => !decided.has(keyOf(ch))).sort((a, b) => a.start - b.start);
    if (proposals.length === 0) {
      if (round === 1 && proposed.reason) t.write(`${c.yellow(words.report.noRewrite)}: ${proposed.reason}\n`);
      break;
    }
    if (round > 1) t.write(`\n${c.yellow(say.nextRound(level(currentCheck.risk.level), proposals.length))}\n`);
    const taken: Change[] = [];
    let acceptedThisRound = 0;
    for (let i = 0; i < proposals.length && !quit; i++) {
      let change = proposals[i]!;
      let edited = false;
      for (;;) {
        const next = fixer.apply(base, [...taken, change]);
        if (next === current) break; // nothing would change
        const nextCheck = fixer.check(next);
        const d = difference(current, next);
        const f = change.finding;
        const to = change.replacement === '' ? c.dim(words.report.remove) : `"${change.replacement}"`;
        const lines = [
          '',
          `${c.dim(position(current, d.start))}  ${c.yellow(f.kind)}  "${change.original}" → ${to}  ${c.dim(f.message)}`,
          `  ${c.red('-')} ${shownLine(current, d.start, d.endA, markOld)}`,
          `  ${c.green('+')} ${shownLine(next, d.start, d.endB, markNew)}`,
        ];
        // The user's own words are checked as any text is: say when they are a detail themselves.
        const own = edited && change.replacement !== ''
          ? nextCheck.findings.filter((x) => x.start < d.endB && x.end > d.start)
          : [];
        if (own.length) lines.push(`  ${c.yellow(say.ownTextFinds(own.map((x) => `${x.kind} "${x.text}"`).join(', ')))}`);
        lines.push(...table(currentCheck, nextCheck));
        show(lines);
        let answer: Answer | undefined;
        for (;;) {
          const input = await t.prompt(say.question(i + 1, proposals.length));
          if (input === undefined) {
            t.write(`\n${say.aborted}\n`);
            return { text: o.text, after: o.before, reached: passes(o.before), accepted: 0, write: false, aborted: true };
          }
          answer = answerOf(input, words);
          if (answer === undefined || answer === 'help') {
            show(say.help.map((h) => `  ${h}`));
            continue;
          }
          break;
        }
        if (answer === 'accept') {
          taken.push(change);
          current = next;
          currentCheck = nextCheck;
          accepted++;
          acceptedThisRound++;
          decided.add(keyOf(change));
          break;
        }
        if (answer === 'skip') {
          // Skipped after an edit: the proposal itself was turned down too.
          decided.add(keyOf(change)).add(keyOf(proposals[i]!));
          break;
        }
        if (answer === 'quit') {
          quit = true;
          break;
        }
        // edit: the user's own words for this span, shown and checked again before they are applied
        const typed = await t.prompt(say.editPrompt(change.original));
        if (typed === undefined) {
          t.write(`\n${say.aborted}\n`);
          return { text: o.text, after: o.before, reached: passes(o.before), accepted: 0, write: false, aborted: true };
        }
        change = withReplacement(change, typed.trim());
        edited = true;
      }
    }
    if (acceptedThisRound === 0) break;
  }

  // The whole result, checked again by the full pipeline.
  const after = fixer.check(current);
  const reached = passes(after);
  t.write('\n');
  const verdict = say.verdict(level(after.risk.level), level(o.target), reached);
  if (accepted === 0 || current === o.text) {
    show([`${reached ? c.green(`✔ ${verdict}`) : c.red(`✖ ${verdict}`)}`, say.noChanges]);
    return { text: current, after, reached, accepted, write: false, aborted: false };
  }
  show([
    `${reached ? c.green(`✔ ${verdict}`) : c.red(`✖ ${verdict}`)} ${c.dim(`(${words.fix.changes(accepted)})`)}`,
    `  ${after.risk.explanation}`,
    ...(after.risk.level === 'none' ? [] : table(after)),
  ]);
  const confirm = await t.prompt(say.confirmWrite(o.file, reached));
  if (confirm === undefined) t.write('\n');
  const write = isYes(confirm, words);
  return { text: current, after, reached, accepted, write, aborted: confirm === undefined };
}
