/**
 * Word (.docx, Office Open XML) and OpenDocument (.odt) text documents: a zip of XML parts, read with
 * fflate (MIT). The text is checked as one paragraph per line, so a finding's line is its paragraph
 * (counting every paragraph, the empty ones too) and its column the place in that paragraph. Besides the
 * body, the parts a reader of the file also gets are read: headers, footers, footnotes, endnotes and
 * comments (Word), notes and annotations (OpenDocument, where they sit inside the body).
 */

export type DocumentKind = 'docx' | 'odt';

export class DocumentError extends Error {}

const EXTENSIONS: Record<string, DocumentKind> = { docx: 'docx', docm: 'docx', dotx: 'docx', odt: 'odt', ott: 'odt' };

/** The kind of document a file name says it is, if any. */
export function documentKind(name: string): DocumentKind | undefined {
  const m = /\.([A-Za-z]+)$/.exec(name);
  return m ? EXTENSIONS[m[1]!.toLowerCase()] : undefined;
}

export const DOCUMENT_EXTENSIONS = Object.keys(EXTENSIONS);

export interface DocumentText {
  /** One paragraph per line, joined by '\n'. */
  text: string;
  paragraphs: number;
  warnings: string[];
}

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Reads the text of a document; a DocumentError says why it cannot be read. */
export async function readDocument(bytes: Uint8Array, kind: DocumentKind): Promise<DocumentText> {
  const what = kind === 'docx' ? 'Word document (.docx)' : 'OpenDocument text (.odt)';
  if (!isZip(bytes)) throw new DocumentError(`not a ${what}: it is not a zip file (an old .doc or a renamed file?)`);
  const { unzipSync, strFromU8 } = await import('fflate');
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (f) => (kind === 'docx' ? /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/ : /^(content\.xml|mimetype)$/).test(f.name) });
  } catch (e) {
    throw new DocumentError(`cannot read this ${what}: ${(e as Error).message}`);
  }
  const xml = (name: string) => (parts[name] ? strFromU8(parts[name]!) : undefined);
  let paragraphs: string[];
  if (kind === 'docx') {
    const body = xml('word/document.xml');
    if (body === undefined) throw new DocumentError(`not a ${what}: it has no word/document.xml`);
    // The body first, then what a reader of the file also gets, in a fixed order.
    const others = Object.keys(parts).filter((n) => n !== 'word/document.xml').sort(partOrder);
    paragraphs = [body, ...others.map((n) => xml(n)!)].flatMap(wordParagraphs);
  } else {
    const mimetype = xml('mimetype')?.trim();
    if (mimetype !== undefined && !mimetype.startsWith('application/vnd.oasis.opendocument.text')) throw new DocumentError(`not an OpenDocument text (its type is ${mimetype})`);
    const content = xml('content.xml');
    if (content === undefined) throw new DocumentError(`not a ${what}: it has no content.xml`);
    paragraphs = odfParagraphs(content);
  }
  return { text: paragraphs.join('\n'), paragraphs: paragraphs.length, warnings: [] };
}

const ORDER = ['header', 'footer', 'footnotes', 'endnotes', 'comments'];
function partOrder(a: string, b: string): number {
  const rank = (n: string) => ORDER.findIndex((p) => n.startsWith(`word/${p}`));
  const num = (n: string) => Number(/(\d+)\.xml$/.exec(n)?.[1] ?? 0);
  return rank(a) - rank(b) || num(a) - num(b) || (a < b ? -1 : 1);
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
    }
    return ENTITIES[e] ?? m;
  });
}

/** Tags and text of an XML document, in order (comments, processing instructions and CDATA handled). */
function* tokens(xml: string): Generator<{ tag: string; close: boolean; selfClose: boolean; attrs: string } | { text: string }> {
  const re = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)([^>]*?)(\/?)>|([^<]+)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1] !== undefined) yield { text: m[1] };
    else if (m[3] !== undefined) yield { tag: m[3], close: m[2] === '/', selfClose: m[5] === '/', attrs: m[4] ?? '' };
    else if (m[6] !== undefined) yield { text: unescapeXml(m[6]) };
  }
}

/**
 * Paragraphs as they close; one opened inside another (a note, a comment, a text box) comes right
 * after the paragraph it sits in.
 */
class Paragraphs {
  readonly out: string[] = [];
  private readonly open: Array<{ text: string; inner: string[] }> = [];
  get inParagraph(): boolean {
    return this.open.length > 0;
  }
  begin(): void {
    this.open.push({ text: '', inner: [] });
  }
  add(s: string): void {
    if (this.open.length) this.open[this.open.length - 1]!.text += s;
  }
  end(keep = true): void {
    const p = this.open.pop();
    if (!p) return;
    const done = keep ? [p.text, ...p.inner] : p.inner;
    if (this.open.length) this.open[this.open.length - 1]!.inner.push(...done);
    else this.out.push(...done);
  }
  empty(): void {
    this.begin();
    this.end();
  }
}

/**
 * Word paragraphs (<w:p>): the text of <w:t> and <w:delText> (deleted text with tracked changes is still
 * in the file), tabs, breaks as spaces, non-breaking hyphens; field codes (<w:instrText>) and the fallback
 * copy of a text box (<mc:Fallback>, which repeats the choice before it) are left out.
 */
function wordParagraphs(xml: string): string[] {
  const ps = new Paragraphs();
  let inText = 0;
  let skip = 0;
  for (const t of tokens(xml)) {
    if ('text' in t) {
      if (inText && !skip) ps.add(t.text);
      continue;
    }
    const { tag, close, selfClose } = t;
    if (tag === 'mc:Fallback') {
      if (!selfClose) skip += close ? -1 : 1;
    } else if (skip) continue;
    else if (tag === 'w:p') {
      if (selfClose) ps.empty();
      else if (close) ps.end();
      else ps.begin();
    } else if (tag === 'w:t' || tag === 'w:delText') {
      if (!selfClose) inText += close ? -1 : 1;
    } else if (!close) {
      if (tag === 'w:tab' || tag === 'w:ptab') ps.add('\t');
      else if (tag === 'w:br' || tag === 'w:cr') ps.add(' ');
      else if (tag === 'w:noBreakHyphen') ps.add('\u2011');
      else if (tag === 'w:softHyphen') ps.add('\u00ad');
    }
  }
  return ps.out;
}

/**
 * OpenDocument paragraphs and headings (<text:p>, <text:h>) of the body, with <text:s> (spaces),
 * <text:tab> and <text:line-break>. A note or an annotation inside a paragraph is a paragraph of its own,
 * after the one it is in; the note's citation mark is left out.
 */
function odfParagraphs(xml: string): string[] {
  const ps = new Paragraphs();
  let inBody = 0;
  let skip = 0;
  for (const t of tokens(xml)) {
    if ('text' in t) {
      if (inBody && !skip) ps.add(t.text);
      continue;
    }
    const { tag, close, selfClose, attrs } = t;
    if (tag === 'office:body' && !selfClose) inBody += close ? -1 : 1;
    if (!inBody) continue;
    if (tag === 'text:note-citation') {
      if (!selfClose) skip += close ? -1 : 1;
    } else if (tag === 'text:p' || tag === 'text:h') {
      if (selfClose) ps.empty();
      else if (close) ps.end();
      else ps.begin();
    } else if (!close && !skip) {
      if (tag === 'text:s') ps.add(' '.repeat(Math.min(1000, Number(/text:c="(\d+)"/.exec(attrs)?.[1] ?? 1))));
      else if (tag === 'text:tab') ps.add('\t');
      else if (tag === 'text:line-break') ps.add(' ');
    }
  }
  return ps.out;
}
