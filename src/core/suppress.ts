import { DIRECT_KINDS, QUASI_KINDS } from './kinds.js';
import { isRuleId } from './rule-ids.js';
import { LineIndex } from '../text/lines.js';
import type { Finding, SuppressedFinding } from './types.js';

/**
 * Inline suppression, as ESLint and cspell have it, in an HTML comment (Markdown and HTML hide it;
 * in a .txt file it stays visible):
 *
 *   <!-- herkenbaar-disable-next-line place -- the office's town, not the client's -->
 *   <!-- herkenbaar-disable-line -->               (the line the comment is on)
 *   <!-- herkenbaar-disable age, date -->  …  <!-- herkenbaar-enable -->
 *   <!-- herkenbaar-disable-file -->
 *
 * Names are rule ids (`herkenbaar rules`) or kinds; none means every rule. After ` -- ` comes the
 * reason. A directive that suppresses nothing is reported as a warning.
 */

/** What the pipeline does with the findings before it estimates the risk (CheckOptions.filter). */
export interface FindingFilter {
  (findings: Finding[], text: string): { kept: Finding[]; suppressed: SuppressedFinding[]; warnings: string[] };
  /**
   * The same filter for a text read in chunks (src/core/check.ts): `apply` each chunk's findings in
   * text order, then `finish` for the warnings. The chunks' parts joined, and the suppressed findings
   * sorted, are what the whole call gives.
   */
  stream?(text: string): FilterStream;
}

export interface FilterStream {
  apply(findings: readonly Finding[]): { kept: Finding[]; suppressed: SuppressedFinding[] };
  finish(): string[];
}

type DirectiveType = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file';

export interface Directive {
  type: DirectiveType;
  /** Rule ids or kinds; empty: every rule. */
  names: string[];
  reason?: string;
  /** Offsets of the comment, and the lines it starts and ends on. */
  start: number;
  end: number;
  line: number;
  endLine: number;
}

// The body is bounded, so a text full of unclosed comments is still read in linear time.
const DIRECTIVE = /<!--\s*herkenbaar-(disable-next-line|disable-line|disable-file|disable|enable)(?=[\s,]|-->)([\s\S]{0,1000}?)-->/g;
const KIND_NAMES = new Set<string>([...DIRECT_KINDS, ...QUASI_KINDS]);
const knownName = (s: string) => isRuleId(s) || KIND_NAMES.has(s);

/** The directives in a text, in order, and warnings about names that are neither a rule nor a kind. */
export function parseDirectives(text: string): { directives: Directive[]; warnings: string[] } {
  const directives: Directive[] = [];
  const warnings: string[] = [];
  if (!text.includes('herkenbaar-')) return { directives, warnings };
  const lines = new LineIndex(text);
  for (const m of text.matchAll(DIRECTIVE)) {
    const start = m.index;
    const end = start + m[0].length;
    // " -- reason": the reason starts at the first "--" after the names.
    const body = m[2]!;
    const cut = /(?:^|\s)--(?:\s|$)/.exec(body);
    const namesPart = cut ? body.slice(0, cut.index) : body;
    const reason = cut ? body.slice(cut.index + cut[0].length).trim() : '';
    const line = lines.position(start).line;
    const written = namesPart.split(/[\s,]+/).filter(Boolean);
    const names: string[] = [];
    for (const n of written) {
      if (knownName(n)) names.push(n);
      else warnings.push(`line ${line}: herkenbaar-${m[1]}: '${n}' is neither a rule nor a kind (herkenbaar rules lists them); ignored`);
    }
    // Only unknown names: the directive would suppress everything, which is not what was written.
    if (written.length > 0 && names.length === 0) continue;
    directives.push({ type: m[1] as DirectiveType, names, ...(reason ? { reason } : {}), start, end, line, endLine: lines.position(end).line });
  }
  return { directives, warnings };
}

const covers = (name: string, f: Finding) => name === '*' || name === f.rule || name === f.kind;

/** One name of one directive: where it applies and whether it suppressed anything. */
interface Cover {
  directive: Directive;
  name: string;
  /** Offsets for disable … enable and disable-file; lines for -line and -next-line. */
  applies(f: Finding): boolean;
  used: boolean;
  /** Lower is more specific: line, region, file. */
  rank: number;
}

/** Directives to covers: the regions of disable … enable are closed by a matching enable. */
function coversOf(directives: readonly Directive[], warnings: string[]): Cover[] {
  const out: Cover[] = [];
  const open: Array<{ name: string; region: { from: number; to: number } }> = [];
  for (const d of directives) {
    const names = d.names.length ? d.names : ['*'];
    if (d.type === 'disable-next-line' || d.type === 'disable-line') {
      const [first, last] = d.type === 'disable-line' ? [d.line, d.endLine] : [d.endLine + 1, d.endLine + 1];
      for (const name of names) out.push({ directive: d, name, used: false, rank: 0, applies: (f) => f.line >= first && f.line <= last && covers(name, f) });
    } else if (d.type === 'disable-file') {
      for (const name of names) out.push({ directive: d, name, used: false, rank: 2, applies: (f) => covers(name, f) });
    } else if (d.type === 'disable') {
      for (const name of names) {
        // Open until an enable closes it (moving `to`), else to the end of the text.
        const region = { from: d.end, to: Infinity };
        out.push({ directive: d, name, used: false, rank: 1, applies: (f) => f.start >= region.from && f.start < region.to && covers(name, f) });
        open.push({ name, region });
      }
    } else {
      // enable: without names it closes every open region; with names, the regions of those names.
      const closing = open.filter((o) => o.region.to === Infinity && (d.names.length === 0 || d.names.includes(o.name)));
      if (closing.length === 0) warnings.push(`line ${d.line}: herkenbaar-enable${d.names.length ? ` ${d.names.join(', ')}` : ''} has no herkenbaar-disable to end`);
      for (const o of closing) o.region.to = d.start;
    }
  }
  return out;
}

/** Splits findings into those the directives leave and those they suppress; warns about directives that suppress nothing. */
export function applyDirectives(findings: readonly Finding[], directives: readonly Directive[], warnings: string[]): { kept: Finding[]; suppressed: SuppressedFinding[] } {
  const d = directivesFilter(directives, warnings);
  const out = d.apply(findings);
  d.finish();
  return out;
}

/** applyDirectives in parts: `apply` to findings in text order (as often as needed), then `finish` once. */
function directivesFilter(directives: readonly Directive[], warnings: string[]) {
  const all = coversOf(directives, warnings).sort((a, b) => a.rank - b.rank);
  return {
    apply(findings: readonly Finding[]): { kept: Finding[]; suppressed: SuppressedFinding[] } {
      const kept: Finding[] = [];
      const suppressed: SuppressedFinding[] = [];
      for (const f of findings) {
        const by = all.filter((c) => c.applies(f));
        if (by.length === 0) {
          kept.push(f);
          continue;
        }
        for (const c of by) c.used = true;
        const d = by[0]!.directive;
        suppressed.push({ ...f, suppression: { kind: 'inSource', by: 'directive', line: d.line, ...(d.reason ? { justification: d.reason } : {}) } });
      }
      return { kept, suppressed };
    },
    finish(): void {
      for (const c of all) {
        if (c.used || c.directive.type === 'enable') continue;
        const what = c.name === '*' ? 'no finding' : `no finding of '${c.name}'`;
        const where = c.directive.type === 'disable-next-line' ? ` on line ${c.directive.endLine + 1}` : c.directive.type === 'disable-line' ? ' on its line' : c.directive.type === 'disable' ? ' in its region' : ' in the file';
        warnings.push(`line ${c.directive.line}: unused directive herkenbaar-${c.directive.type}${c.name === '*' ? '' : ` ${c.name}`}: ${what}${where} to suppress`);
      }
    },
  };
}

/**
 * The filter the CLI passes to the pipeline: first the config's allow list (`allowed` gives the
 * reason of the entry that accepts a finding), then, unless `inline` is off, the text's directives.
 */
export function makeFilter(allowed: ((f: Finding) => string | undefined) | undefined, inline: boolean): FindingFilter | undefined {
  if (!allowed && !inline) return undefined;
  const stream = (text: string): FilterStream => {
    const warnings: string[] = [];
    let directives: ReturnType<typeof directivesFilter> | undefined;
    if (inline) {
      const parsed = parseDirectives(text);
      warnings.push(...parsed.warnings);
      if (parsed.directives.length) directives = directivesFilter(parsed.directives, warnings);
    }
    return {
      apply(findings) {
        let kept: Finding[] = findings as Finding[];
        const suppressed: SuppressedFinding[] = [];
        if (allowed) {
          kept = [];
          for (const f of findings) {
            const reason = allowed(f);
            if (reason === undefined) kept.push(f);
            else suppressed.push({ ...f, suppression: { kind: 'external', by: 'allow', justification: reason } });
          }
        }
        if (directives) {
          const out = directives.apply(kept);
          kept = out.kept;
          suppressed.push(...out.suppressed);
        }
        return { kept, suppressed };
      },
      finish() {
        directives?.finish();
        const lineOf = (w: string) => Number(/^line (\d+)/.exec(w)?.[1] ?? 0);
        return warnings.sort((a, b) => lineOf(a) - lineOf(b));
      },
    };
  };
  const filter: FindingFilter = (findings, text) => {
    const s = stream(text);
    const { kept, suppressed } = s.apply(findings);
    suppressed.sort((a, b) => a.start - b.start || a.end - b.end);
    return { kept, suppressed, warnings: s.finish() };
  };
  filter.stream = stream;
  return filter;
}
