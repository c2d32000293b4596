import { strToU8, zipSync } from 'fflate';

// Tiny but complete .docx and .odt files, built from XML in the test (no binary fixtures in the repository).

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Word paragraphs of plain runs. */
export const wordParagraphs = (paragraphs: readonly string[]) =>
  paragraphs.map((p) => (p === '' ? '<w:p/>' : `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`)).join('');

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

/** A .docx whose body is `bodyXml` (inside <w:body>), with optional extra parts (e.g. word/footer1.xml). */
export function docx(bodyXml: string, parts: Record<string, string> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${bodyXml}<w:sectPr/></w:body></w:document>`),
    ...Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])),
  });
}

/** A Word part (header, footer, comments) holding these paragraphs. */
export const wordPart = (root: string, paragraphs: readonly string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:${root} ${W}>${wordParagraphs(paragraphs)}</w:${root}>`;

const ODF_NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"';

/** OpenDocument paragraphs of plain text. */
export const odfParagraphs = (paragraphs: readonly string[]) => paragraphs.map((p) => (p === '' ? '<text:p/>' : `<text:p>${esc(p)}</text:p>`)).join('');

/** An .odt whose body text is `textXml` (inside <office:text>). */
export function odt(textXml: string, mimetype = 'application/vnd.oasis.opendocument.text'): Uint8Array {
  return zipSync({
    // The first entry, stored: how ODF packages announce their type.
    mimetype: [strToU8(mimetype), { level: 0 }],
    'META-INF/manifest.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
        `<manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    ),
    'content.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODF_NS}><office:automatic-styles/><office:body><office:text>${textXml}</office:text></office:body></office:document-content>`),
  });
}
