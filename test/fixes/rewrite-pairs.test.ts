import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import type { Lang } from '../../src/core/types.js';
import { fixText } from '../../src/fixes/fix.js';
import { detectors, lexicon } from './helpers.js';

/** The pairs of rewrite-pairs.txt: "[nl] before" followed by "=> after". */
function pairs(): Array<{ lang: Lang; before: string; after: string }> {
  const lines = readFileSync(fileURLToPath(new URL('./rewrite-pairs.txt', import.meta.url)), 'utf8').split('\n');
  const out: Array<{ lang: Lang; before: string; after: string }> = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\[(nl|en)\] (.+)$/.exec(lines[i]!);
    if (!m) continue;
    const next = lines[i + 1] ?? '';
    if (!next.startsWith('=> ')) throw new Error(`line ${i + 2}: expected "=> after"`);
    out.push({ lang: m[1] as Lang, before: m[2]!, after: next.slice(3) });
  }
  return out;
}

const all = pairs();

describe('rewrites a writer can publish (rewrite-pairs.txt)', () => {
  it('holds at least 150 pairs in both languages', () => {
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(all.filter((p) => p.lang === 'nl').length).toBeGreaterThan(60);
    expect(all.filter((p) => p.lang === 'en').length).toBeGreaterThan(60);
  });

  it.each(all.map((p) => [p.lang, p.before, p.after] as const))('[%s] %s', (lang, before, after) => {
    // The real pipeline: check, plan, rewrite, re-check.
    const checked = checkText(before, '<pair>', detectors, { lang });
    const out = fixText(before, '<pair>', detectors, lexicon, { lang }, 'medium', checked);
    expect(out.rewritten).toBe(after);
  });

  it('never leaves the wordings the issue quotes', () => {
    const text = all.map((p) => p.after).join('\n');
    expect(text).not.toMatch(/\been psychische problemen\b/);
    expect(text).not.toMatch(/\bpersoon\b|\bperson\b/);
    expect(text).not.toMatch(/ ,|,,| \.|\( ?\)/);
  });
});
