import { isAbsolute, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * How SARIF names the inputs (docs/sarif.md). A file under the working folder is a relative URI on
 * `%SRCROOT%` (the working folder, as code-scanning services expect); any other file an absolute `file:`
 * URI; a text that is not a file (`--text`, standard input) a relative URI `text` or `stdin` on
 * `HERKENBAAR_INPUT`, a base that is deliberately left without a location. Every path segment is
 * percent-encoded (spaces, accents, `%`, `#`, `?`, `:`), so every URI is valid per RFC 3986.
 */
export const SRCROOT = '%SRCROOT%';
export const INPUT_BASE = 'HERKENBAAR_INPUT';

export interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

const wellFormed = (s: string): string => (s as unknown as { toWellFormed?: () => string }).toWellFormed?.() ?? s;
/** One path segment: everything but the unreserved characters and a few sub-delimiters is percent-encoded. */
const segment = (s: string): string => encodeURIComponent(wellFormed(s));

/** `file:` URI of an absolute path, every segment encoded (pathToFileURL leaves `[`, `]`, `|` as they are). */
export function fileUri(absolute: string): string {
  const url = pathToFileURL(absolute);
  const path = url.pathname.split('/').map((s) => (/^[A-Za-z]:$/.test(s) ? s : segment(decodeURIComponent(s)))).join('/');
  return `file://${url.host}${path}`;
}

/** The location of `file` (as the report names it) for a run in `cwd`. */
export function artifactLocation(file: string, cwd: string): ArtifactLocation {
  if (file === '<text>') return { uri: 'text', uriBaseId: INPUT_BASE };
  if (file === '<stdin>') return { uri: 'stdin', uriBaseId: INPUT_BASE };
  const absolute = resolve(cwd, file);
  const relative = isAbsolute(file) ? undefined : normalize(file);
  if (relative !== undefined && relative !== '..' && !relative.startsWith(`..${sep}`) && relative !== '.') {
    return { uri: relative.split(sep).filter((s) => s !== '' && s !== '.').map(segment).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: fileUri(absolute) };
}

/** run.originalUriBaseIds: where %SRCROOT% is (a folder URI ends with '/'), and what HERKENBAAR_INPUT stands for. */
export function originalUriBaseIds(cwd: string): Record<string, { uri?: string; description: { text: string } }> {
  const root = fileUri(resolve(cwd));
  return {
    [SRCROOT]: { uri: root.endsWith('/') ? root : `${root}/`, description: { text: 'The folder herkenbaar ran in.' } },
    [INPUT_BASE]: { description: { text: 'Not a file: "text" is the text given with --text, "stdin" the text read from standard input.' } },
  };
}
