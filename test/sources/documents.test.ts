import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocumentError, documentKind, readDocument } from '../../src/sources/documents.js';
import { docx, odfParagraphs, odt, wordPart, wordParagraphs } from './office-files.js';

const paragraphs = async (bytes: Uint8Array, kind: 'docx' | 'odt') => (await readDocument(bytes, kind)).text.split('\n');

describe('documents: .docx and .odt read as one paragraph per line', () => {
  it('knows documents by their extension, in any case', () => {
    expect(documentKind('casus.docx')).toBe('docx');
    expect(documentKind('dir/CASUS.ODT')).toBe('odt');
    expect(documentKind('casus.doc')).toBeUndefined();
    expect(documentKind('docx')).toBeUndefined();
  });

  it('docx: paragraphs, empty ones too; runs joined; tabs, breaks, entities; no field codes', async () => {
    const body =
      wordParagraphs(['Casus', '']) +
      '<w:p><w:r><w:t>Mevrouw &amp; haar </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>dochter</w:t></w:r><w:r><w:tab/><w:t>kwamen</w:t><w:br/><w:t>langs.</w:t></w:r></w:p>' +
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r><w:r><w:t>link</w:t></w:r></w:p>';
    expect(await paragraphs(docx(body), 'docx')).toEqual(['Casus', '', 'Mevrouw & haar dochter\tkwamen langs.', 'link']);
  });

  it('docx: deleted text of tracked changes is still read; a text box once, after its paragraph, not its fallback copy', async () => {
    const body =
      '<w:p><w:del><w:r><w:delText>oud</w:delText></w:r></w:del><w:r><w:t> nieuw</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>Voor</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>' +
      '<w:p><w:r><w:t>In het kader</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>' +
      '<w:p><w:r><w:t>In het kader</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t> na.</w:t></w:r></w:p>';
    expect(await paragraphs(docx(body), 'docx')).toEqual(['oud nieuw', 'Voor na.', 'In het kader']);
  });

  it('docx: headers, footers, footnotes and comments come after the body, in a fixed order', async () => {
    const bytes = docx(wordParagraphs(['Lichaam']), {
      'word/comments.xml': wordPart('comments', ['Opmerking']),
      'word/footer1.xml': wordPart('ftr', ['Voet']),
      'word/header2.xml': wordPart('hdr', ['Kop 2']),
      'word/header1.xml': wordPart('hdr', ['Kop 1']),
      'word/styles.xml': wordPart('styles', ['geen tekst']),
    });
    expect(await paragraphs(bytes, 'docx')).toEqual(['Lichaam', 'Kop 1', 'Kop 2', 'Voet', 'Opmerking']);
  });

  it('odt: paragraphs and headings, spaces, tabs, line breaks; a note after its paragraph without its mark', async () => {
    const body =
      '<text:h text:outline-level="1">Casus</text:h>' +
      odfParagraphs(['']) +
      '<text:p>Een<text:s text:c="3"/>man<text:tab/>uit <text:span text:style-name="T1">Kloetinge</text:span><text:line-break/>kwam.' +
      '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Een voetnoot.</text:p></text:note-body></text:note> Einde</text:p>' +
      '<text:list><text:list-item><text:p>Punt &lt;1&gt;</text:p></text:list-item></text:list>';
    expect(await paragraphs(odt(body), 'odt')).toEqual(['Casus', '', 'Een   man\tuit Kloetinge kwam. Einde', 'Een voetnoot.', 'Punt <1>']);
  });

  it('refuses what is not such a document, saying why', async () => {
    await expect(readDocument(strToU8('gewoon tekst'), 'docx')).rejects.toThrow(/not a Word document \(\.docx\): it is not a zip file/);
    await expect(readDocument(zipSync({ 'a.txt': strToU8('x') }), 'docx')).rejects.toThrow(/has no word\/document\.xml/);
    await expect(readDocument(odt('<text:p>x</text:p>', 'application/vnd.oasis.opendocument.spreadsheet'), 'odt')).rejects.toThrow(/not an OpenDocument text/);
    await expect(readDocument(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'odt')).rejects.toThrow(DocumentError);
  });
});
