import type { FileResult } from '../core/types.js';
import { messages } from '../i18n/index.js';
import { writeFileAtomic, WriteRefused } from '../sources/write.js';
import type { Decoded } from '../text/decode.js';
import { encode } from '../text/encode.js';
import type { CliConfig } from './options.js';
import type { Io } from './io.js';


/** One line per file: before -> after (re-checked), or why the target was not reached. */
export function fixSummaryLines(results: readonly FileResult[], config: CliConfig): string {
  return results
    .map((r) => {
      const words = messages(config.uiLang ?? r.language);
      const n = words.levels;
      const f = r.fix;
      if (!f) return `${r.file}: ${n[r.risk.level]}, ${words.fix.nothingToRewrite}`;
      const arrow = `${n[r.risk.level]} → ${n[f.after.level]}`;
      if (!f.reached) return `${r.file}: ${arrow}; ${words.fix.targetNotReached}: ${f.reason ?? ''}`;
      return `${r.file}: ${arrow} (${words.fix.changes(f.changes.length)})`;
    })
    .join('\n') + '\n';
}

/** What --fix --write did with one file. */
export type SaveOutcome = 'saved' | 'unchanged' | 'refused' | 'failed';

/**
 * --fix --write for one file: saved atomically, in the encoding it was read in, and only when the
 * re-checked rewrite reaches the target. `refused`: the file needed a rewrite that could not be saved
 * safely; `failed`: writing went wrong (the old file stays).
 */
export function saveFix(path: string, checked: { result: FileResult; decoded?: Decoded }, io: Io, root?: string): SaveOutcome {
  const fix = checked.result.fix;
  // A rewrite that does not reach the target is never saved; the exit code already says so.
  if (!fix || !checked.decoded || fix.rewritten === undefined || !fix.reached) return 'unchanged';
  return writeRewrite(path, fix.rewritten, checked.decoded, io, root);
}

/**
 * --fix --write for a document (.docx, .odt): never written, since its text is read out of a zip of XML
 * and writing it back would lose the layout, styles and everything that is not text. Refused, and said
 * so, when it needed changes; `unchanged` when it did not.
 */
export function refuseDocument(path: string, result: FileResult, io: Io): SaveOutcome {
  const fix = result.fix;
  if (!fix || fix.changes.length === 0) return 'unchanged';
  io.stderr(`herkenbaar: ${path}: not written: herkenbaar does not write documents back (it would lose their layout); make the changes in the document (--fix without --write prints the rewritten text)\n`);
  return 'refused';
}

/**
 * Saves `text` over `path` atomically (a temporary file in the same folder, then a rename), with the
 * file's mode and in the encoding and BOM it was read in. Used by --fix --write and by the
 * interactive session once the user confirms. `root`: the folder the file was found in (see
 * writeFileAtomic); a file it refuses to replace (read-only, hard links, a link out of the tree, an
 * owner that cannot be kept) is `refused`, with the reason on stderr.
 */
export function writeRewrite(path: string, text: string, decoded: Decoded, io: Io, root?: string): SaveOutcome {
  if (text === decoded.text) return 'unchanged';
  if (decoded.lossy) {
    // Writing back would turn the invalid bytes into U+FFFD for good.
    io.stderr(`herkenbaar: ${path}: not written: it contains bytes that are not valid ${decoded.encoding.toUpperCase()}\n`);
    return 'refused';
  }
  try {
    writeFileAtomic(path, encode(text, decoded.encoding, decoded.bom), undefined, root !== undefined ? { root } : {});
    return 'saved';
  } catch (e) {
    if (e instanceof WriteRefused) {
      io.stderr(`herkenbaar: ${path}: ${e.message}\n`);
      return 'refused';
    }
    io.stderr(`herkenbaar: ${path}: cannot write the rewrite: ${(e as Error).message}\n`);
    return 'failed';
  }
}
