import type { Finding } from '../core/types.js';
import { compileAllowRegex, type AllowEntry } from './schema.js';

/** How a term is compared: case, Unicode composition and runs of white space aside. */
export const normalizeTerm = (s: string): string => s.normalize('NFC').toLocaleLowerCase('und').replace(/\s+/gu, ' ').trim();

/** Does a path (relative to the config's folder, with forward slashes) match one of these patterns? */
export type PathTest = (patterns: readonly string[], relativePath: string) => boolean;

/**
 * The allow list for one file: a function that gives the reason of the first entry accepting a
 * finding, or undefined. Entries with `paths` apply only to the files they match (`relativePath` is
 * the file's path from the config's folder; undefined for --text, standard input, or a file outside
 * that folder). Undefined when no entry applies to this file.
 */
export function allowMatcher(entries: readonly AllowEntry[], relativePath: string | undefined, pathTest: PathTest): ((f: Finding) => string | undefined) | undefined {
  const applicable = entries.filter((e) => !e.paths || (relativePath !== undefined && pathTest(e.paths, relativePath)));
  if (applicable.length === 0) return undefined;
  const tests = applicable.map((e) => {
    const matchText: (s: string) => boolean = e.term !== undefined ? ((term) => (s: string) => normalizeTerm(s) === term)(normalizeTerm(e.term)) : ((re) => (s: string) => re.test(s))(compileAllowRegex(e.regex!));
    return (f: Finding): boolean => (!e.kind || e.kind.includes(f.kind)) && (!e.rule || e.rule.includes(f.rule)) && matchText(f.text);
  });
  return (f) => {
    for (let i = 0; i < tests.length; i++) if (tests[i]!(f)) return applicable[i]!.reason;
    return undefined;
  };
}
