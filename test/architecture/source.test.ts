/**
 * Rules about the source tree itself, so that they hold after the next refactor too: no import cycles,
 * risk figures only in the risk layer, wording only in the message catalogs, no paths the users of the
 * package do not have.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}
const sources = files(src);
const text = new Map(sources.map((f) => [f, readFileSync(f, 'utf8')]));
const rel = (f: string) => relative(root, f);

/** Every relative import of a module, type-only ones included: a cycle of types is still a tangle. */
function importsOf(file: string): string[] {
  const out: string[] = [];
  for (const m of text.get(file)!.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)) {
    out.push(resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
  }
  return out;
}

export function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | undefined => {
    if (state.get(n) === 'done') return undefined;
    if (state.get(n) === 'open') return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, 'open');
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      const c = visit(m);
      if (c) return c;
    }
    stack.pop();
    state.set(n, 'done');
    return undefined;
  };
  for (const n of graph.keys()) {
    const c = visit(n);
    if (c) return c;
  }
  return undefined;
}

describe('source tree', () => {
  it('finds a cycle when there is one (the check itself works)', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', []]]))).toBeUndefined();
  });

  it('has no import cycle in src/', () => {
    const graph = new Map(sources.map((f) => [f, importsOf(f)]));
    expect(findCycle(graph)?.map(rel)).toBeUndefined();
  });

  it('keeps share figures out of the detectors and the core', () => {
    // A figure literal ("{ low: 0.49, central: 0.5 ...") or a share named in code belongs in src/risk/.
    const offenders = sources
      .filter((f) => /[/\\](?:detectors|core)[/\\]/.test(f))
      .filter((f) => /\b(?:low|central|high)\s*:\s*[\d.]/.test(text.get(f)!) || /\bDEFAULT_SIZE\b|\bageFigure\b/.test(text.get(f)!))
      .map(rel);
    expect(offenders).toEqual([]);
  });

  it('keeps user-facing wording in the message catalogs', () => {
    const offenders = sources.filter((f) => !/[/\\]i18n[/\\]/.test(f) && /lang\s*===\s*'nl'\s*\?|\bnl\s*\?\s*['`]/.test(text.get(f)!)).map(rel);
    expect(offenders).toEqual([]);
  });

  it('names no path that users of the package do not have', () => {
    const markdown = (dir: string) =>
      readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.md'))
        .map((e) => join(e.parentPath, e.name));
    const docs = [...markdown('docs'), ...markdown('dictionaries')];
    const offenders = [...sources, join(root, 'README.md'), ...docs].filter((f) => /\.\.\/shared|DESIGN\.md|research\s*§|reid-science/.test(readFileSync(f, 'utf8'))).map(rel);
    expect(offenders).toEqual([]);
  });
});
