import type { FileResult } from '../core/types.js';
import { LEVEL_NAMES } from '../report/levels.js';
import { writeFileAtomic } from '../sources/write.js';
import type { Decoded } from '../text/decode.js';
import { encode } from '../text/encode.js';
import type { CliConfig } from './options.js';
import type { Io } from './main.js';


/** One line per file: before -> after (re-checked), or why the target was not reached. */
export function fixSummaryLines(results: readonly FileResult[], config: CliConfig): string {
  return results
    .map((r) => {
      const lang = config.uiLang ?? r.language;
      const n = LEVEL_NAMES[lang];
      const f = r.fix;
      if (!f) return `${r.file}: ${n[r.risk.level]}${lang === 'nl' ? ', niets te herschrijven' : ', nothing to rewrite'}`;
      const arrow = `${n[r.risk.level]} → ${n[f.after.level]}`;
      if (!f.reached) return `${r.file}: ${arrow}; ${lang === 'nl' ? 'doel niet gehaald' : 'target not reached'}: ${f.reason ?? ''}`;
      const changed = f.changes.length;
      return `${r.file}: ${arrow} (${changed} ${lang === 'nl' ? (changed === 1 ? 'wijziging' : 'wijzigingen') : changed === 1 ? 'change' : 'changes'})`;
    })
    .join('\n') + '\n';
}

/**
 * --fix --write for one file: saved atomically, in the encoding it was read in, and only when the
 * re-checked rewrite reaches the target. Returns the exit code this file contributes.
 */
export function saveFix(path: string, checked: { result: FileResult; decoded?: Decoded }, io: Io): number {
  const fix = checked.result.fix;
  if (!fix || !checked.decoded || fix.rewritten === undefined || fix.rewritten === checked.decoded.text) return fix && !fix.reached ? 1 : 0;
  if (!fix.reached) return 1; // never touch a file the fix cannot make safe
  if (checked.decoded.warnings.some((w) => w.includes('not valid UTF-8'))) {
    // Writing back would turn the invalid bytes into U+FFFD for good.
    io.stderr(`herkenbaar: ${path}: not written: it contains bytes that are not valid UTF-8\n`);
    return 1;
  }
  try {
    writeFileAtomic(path, encode(fix.rewritten, checked.decoded.encoding, checked.decoded.bom));
    return 0;
  } catch (e) {
    io.stderr(`herkenbaar: ${path}: cannot write the rewrite: ${(e as Error).message}\n`);
    return 2;
  }
}
