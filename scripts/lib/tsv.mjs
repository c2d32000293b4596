// Reading the project's dictionary sources: one reader for the build and the import scripts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Rows of a TSV under `src` as objects keyed by the header; '#' lines and blank lines are skipped, and each
 * row knows where it came from (`__where`: file and line) for the build's error messages. A missing file is
 * no rows.
 */
export function readTsvUnder(src, rel) {
  const path = join(src, rel);
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
  if (lines.length === 0) return [];
  const header = lines[0].split('\t').map((h) => h.trim());
  return lines.slice(1).map((line, i) => {
    const cells = line.split('\t');
    const row = Object.fromEntries(header.map((h, j) => [h, (cells[j] ?? '').trim()]));
    row.__where = `${rel}:${i + 2}`;
    return row;
  });
}
