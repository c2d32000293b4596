// Generated inputs and the invariants every result must keep: shared by the property tests
// (test/properties/*.test.ts, a few hundred runs each) and scripts/fuzz.mjs (hundreds of thousands).
import fc from 'fast-check';

/** Pieces that trip tokenizers and rules: digits, dots, @, capitals, particles, brackets, invisible and RTL marks, other scripts, surrogate halves. */
export const PIECES = [
  '0', '1', '06', '+31', '1234', '56', '7', '.', '..', ',', ';', ':', '@', '-', '–', '/', '(', ')', '[', ']', '"', "'", '’', '#', '%', '&', '*', '_', '+',
  ' ', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r',
  'van', 'de', 'der', 'den', "'t", 'ten', 'ter', 'op', 'in', 'uit', 'bij', 'of', 'and', 'the', 'of the', 'von', 'da', 'El', 'al-',
  'Mevrouw', 'mevr.', 'dhr.', 'Dr.', 'Mr', 'St.', 'Anna', 'Jansen', 'Vries', 'A.', 'J.M.', 'AB', 'EAT', 'NL', 'ABC-123',
  'Kloetinge', 'Goes', 'Amsterdam', 'Zeeland', 'straat', 'Dorpsstraat 12', 'weg 101', '1234 AB', 'NL91ABNA0417164300', 'BSN',
  'www.', '.nl', 'http://', 'https://x.nl/a?b=c', 'a@b.nl', '@user', '45-jarige', 'jaar', 'oud', 'geboren', 'op 3 mei 2021', '12-03-1980',
  'schizofrenie', 'arts', 'zoon', 'dochter', 'opgenomen', 'afdeling', 'She', 'her', 'he', 'years old',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u00a0', '\u202f', '\u200e', '\u200f', '\u202e', '\u202c', '\u061c',
  'é', 'ë', 'ï', 'ß', 'Ø', 'İ', 'ı', 'Ω', 'Ж', 'Москва', 'مرحبا', 'שלום', '中文', 'ひらがな', '한국어', 'ﬁ', 'Å', 'e\u0301',
  '😊', '👩‍👩‍👧', '🇳🇱', '\ud83d', '\ude0a', '\ud800', '\udfff', '\u0000', '\u0007', '\u001b', '\u2028', '\u2029', '\ufffd', '\uffff',
];

/** Text from the pieces, with runs of any code points in between. */
export const structuredText = (maxParts = 60) =>
  fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), { maxLength: maxParts }).map((parts) => parts.join(''));

/** Any string of UTF-16 code units, lone surrogates included. */
export const anyCodeUnits = (maxLength = 200) => fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength }).map((units) => String.fromCharCode(...units));

/** One long line (no break anywhere) built from the pieces: a worst case for rules that read a line. */
export const longLine = (length) => fc.array(fc.constantFrom(...PIECES.filter((p) => !/[\n\r\u2028\u2029]/.test(p))), { minLength: 8, maxLength: 64 }).map((parts) => {
  const unit = parts.join(' ');
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
});

export const texts = () => fc.oneof({ weight: 6, arbitrary: structuredText() }, { weight: 2, arbitrary: anyCodeUnits() }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) });

const BOMS = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0, 0], [0, 0, 0xfe, 0xff]];

/** Bytes as files hold them: random, or a text encoded with or without a BOM, sometimes damaged. */
export const fileBytes = () =>
  fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.tuple(fc.constantFrom(...BOMS), fc.uint8Array({ maxLength: 200 })).map(([bom, body]) => Uint8Array.from([...bom, ...body])),
    fc.tuple(texts(), fc.constantFrom('utf8', 'utf16le', 'utf16be', 'utf32le', 'utf32be'), fc.boolean(), fc.option(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { nil: undefined })).map(([text, enc, bom, damage]) => {
      const bytes = encodeAs(text, enc, bom);
      if (damage && bytes.length > 0) bytes[damage[0] % bytes.length] = damage[1];
      return bytes;
    }),
  );

function encodeAs(text, enc, bom) {
  if (enc === 'utf8') return Uint8Array.from([...(bom ? [0xef, 0xbb, 0xbf] : []), ...Buffer.from(text, 'utf8')]);
  if (enc === 'utf16le' || enc === 'utf16be') {
    const b = Buffer.from(text, 'utf16le');
    if (enc === 'utf16be') b.swap16();
    return Uint8Array.from([...(bom ? (enc === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff]) : []), ...b]);
  }
  const out = [...(enc === 'utf32le' ? [0xff, 0xfe, 0, 0] : [0, 0, 0xfe, 0xff])];
  for (const ch of text) {
    const c = ch.codePointAt(0);
    const bytes = [c & 0xff, (c >> 8) & 0xff, (c >> 16) & 0xff, (c >>> 24) & 0xff];
    out.push(...(enc === 'utf32le' ? bytes : bytes.reverse()));
  }
  return Uint8Array.from(out);
}

/** Sentences with identifiers that the rules find; each lists what must be found in it. */
export const IDENTIFIED = [
  { text: 'Bel mevrouw Anna de Vries op 06 1234 5678 als het niet gaat.', found: ['Anna de Vries', '06 1234 5678'] },
  { text: 'Zijn adres is Dorpsstraat 12, 4481 AB Kloetinge, kamer drie.', found: ['Dorpsstraat 12', 'Kloetinge'] },
  { text: 'Mail haar op anna.devries@voorbeeld.nl of via de balie.', found: ['anna.devries@voorbeeld.nl'] },
  { text: 'Het rekeningnummer is NL91 ABNA 0417 1643 00 voor de huur.', found: ['NL91 ABNA 0417 1643 00'] },
];

const FILLER_NL = 'Dit is een zin over het beleid van de organisatie en de manier waarop wij werken. ';

/**
 * A text longer than one chunk (200,000 code units) with an identifying sentence placed so that the
 * chunk cut falls `into` code units inside it (the cut is at a space when there is no line break).
 */
export const acrossTheCut = () =>
  fc.record({ sentence: fc.constantFrom(...IDENTIFIED), into: fc.nat({ max: 70 }) }).map(({ sentence, into }) => {
    const into2 = Math.min(into, sentence.text.length - 1);
    const before = FILLER_NL.repeat(Math.ceil(200_000 / FILLER_NL.length)).slice(0, 200_000 - into2);
    return { text: `${before}${sentence.text} ${FILLER_NL.repeat(20)}`, found: sentence.found, at: before.length };
  });

// ---- invariants --------------------------------------------------------------------------------

const high = (c) => c >= 0xd800 && c <= 0xdbff;
const low = (c) => c >= 0xdc00 && c <= 0xdfff;
/** Offset `i` falls between the halves of a surrogate pair. */
export const splitsPair = (text, i) => i > 0 && i < text.length && high(text.charCodeAt(i - 1)) && low(text.charCodeAt(i));

/**
 * 1-based line and column of offsets, counted afresh: CRLF, LF and CR are one break each (an offset
 * between CR and LF is on the line the CR ends); columns in code units.
 */
export function positions(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      i++;
      starts.push(i + 1);
    } else if (c === 10 || c === 13) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

/** What is wrong with a check's findings for `text`: [] when nothing is. */
export function findingViolations(text, result) {
  const out = [];
  const at = positions(text);
  for (const f of result.findings) {
    const where = `${f.kind} [${f.start}, ${f.end})`;
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end > text.length || f.start >= f.end) {
      out.push(`${where}: offsets outside the text (length ${text.length}) or empty`);
      continue;
    }
    if (splitsPair(text, f.start) || splitsPair(text, f.end)) out.push(`${where}: not on a code-point boundary`);
    if (f.text !== text.slice(f.start, f.end)) out.push(`${where}: text ${JSON.stringify(f.text)} is not the slice ${JSON.stringify(text.slice(f.start, f.end))}`);
    const p = at(f.start);
    if (f.line !== p.line || f.column !== p.column) out.push(`${where}: line:column ${f.line}:${f.column}, offsets say ${p.line}:${p.column}`);
  }
  return out;
}

/** Whether two byte arrays are equal. */
export const sameBytes = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
