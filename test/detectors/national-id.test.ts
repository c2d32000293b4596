import { describe, expect, it } from 'vitest';
import type { Detection, Lang } from '../../src/core/types.js';
import { tokenize } from '../../src/text/tokenize.js';
import { detectorOf } from '../helpers.js';

const nationalIdDetector = detectorOf('national-id');
const detect = (text: string, lang: Lang = 'nl') => nationalIdDetector.detect({ text, tokens: tokenize(text), lang });
const schemeOf = (d: Detection) => (d.kind === 'national-id' ? d.facts.scheme : undefined);
const found = (text: string, lang: Lang = 'nl') => detect(text, lang).map((d) => ({ text: text.slice(d.start, d.end), rule: d.rule, scheme: schemeOf(d) }));
const texts = (text: string, lang: Lang = 'nl') => detect(text, lang).map((d) => text.slice(d.start, d.end));

function bsnWithCheck(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(first8[i]) * (9 - i);
  if (sum % 11 === 10) throw new Error(`no BSN completes ${first8}`);
  return `${first8}${sum % 11}`;
}
function nhsWithCheck(first9: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(first9[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  if (check === 10) throw new Error(`no NHS number completes ${first9}`);
  return `${first9}${check}`;
}
const inszWithCheck = (first9: string, born2000 = false): string =>
  `${first9}${String(97 - (Number(born2000 ? `2${first9}` : first9) % 97)).padStart(2, '0')}`;

describe('BSN', () => {
  it('finds the known-valid BSN after its cue, with high confidence', () => {
    const text = 'Mw. Hoogendoorn-Bakker, geboren 3 februari 1957, BSN 2391.84.658\nAdres: Dr. Schaepmanstraat 8';
    const [d] = detect(text);
    expect(d).toBeDefined();
    expect(text.slice(d!.start, d!.end)).toBe('2391.84.658');
    expect(d!.rule).toBe('national-id');
    expect(schemeOf(d!)).toBe('bsn');
    expect(d!.kind).toBe('national-id');
    expect(d!.confidence).toBeGreaterThanOrEqual(0.95);
  });
  it('reads compact, spaced and dotted forms after Dutch cues', () => {
    expect(texts('Haar burgerservicenummer: 123456782.')).toEqual(['123456782']);
    expect(texts('Zijn BSN is 123 456 782, zie bijlage.')).toEqual(['123 456 782']);
    expect(texts('BSN-nummer 1234.56.782')).toEqual(['1234.56.782']);
    expect(texts('bsn: 123.456.782')).toEqual(['123.456.782']);
  });
  it('accepts an 8-digit BSN (leading 0 dropped) only after a cue', () => {
    const bsn8 = bsnWithCheck('01234567').slice(1);
    expect(texts(`sofinummer ${bsn8}`)).toEqual([bsn8]);
    expect(texts(`Factuur ${bsn8} is betaald.`)).toEqual([]);
  });
  it('finds an uncued dotted BSN with lower confidence than a cued one', () => {
    const uncued = detect('Gegevens cliënt: 2391.84.658 (zie dossier).');
    expect(uncued).toHaveLength(1);
    expect(uncued[0]!.confidence).toBeLessThan(0.95);
  });
  it('takes the id out of a run of numbers when the cue says where it is', () => {
    expect(texts('BSN 123456782 2 kinderen thuis')).toEqual(['123456782']);
  });
  it('rejects numbers that fail the 11-proef, even after a cue', () => {
    expect(detect('BSN 239184659')).toEqual([]);
    expect(detect('burgerservicenummer 123456789')).toEqual([]);
    expect(detect('BSN 2391.84.657')).toEqual([]);
  });
  it('does not take phone numbers, amounts or parts of longer numbers', () => {
    const zeroLead = bsnWithCheck('06123456'); // a valid 11-proef, but shaped like a Dutch phone number
    expect(detect(`Bel me even op ${zeroLead} of 06-12345678.`)).toEqual([]);
    expect(detect(`Nummer ${zeroLead} staat in de lijst.`)).toEqual([]);
    expect(detect('De schuld bedraagt € 123.456.782 en 123.456.782 euro in totaal.')).toEqual([]);
    expect(detect('Het budget is € 30.000 en er zijn 1.234.567 inwoners.')).toEqual([]);
    expect(detect('Ordernummer A123456782 en code 123456782B.')).toEqual([]);
    expect(detect('Trackingcode 1234567820 en 12345678201.')).toEqual([]);
    expect(detect('Bel +31 6 2847 1930 of 0529-438170 of 0478 55 21 90.')).toEqual([]);
    expect(detect('Afspraak op 12-03-2024 om 14:30, score 3-1.')).toEqual([]);
  });
  it('leaves uncued numbers after another number label alone, even when the 11-proef passes', () => {
    expect(detect('Ordernummer 123456782 is verzonden.')).toEqual([]);
    expect(detect('Klantnr.: 2391.84.658, factuur 123.456.782')).toEqual([]);
    expect(detect('KvK 123456782')).toEqual([]);
  });
  it('does not report an uncued compact 9-digit number in English text', () => {
    expect(detect('Your order 123456782 has shipped.', 'en')).toEqual([]);
  });
});

describe('INSZ / rijksregisternummer', () => {
  it('finds the known-valid 09.08.21-137.89 (born 2009) after its cue', () => {
    const text = 'Jonas Van Acker, °21/08/2009, rijksregisternummer 09.08.21-137.89\n\nVerblijft sinds de opname';
    expect(found(text)).toEqual([{ text: '09.08.21-137.89', rule: 'national-id', scheme: 'insz' }]);
    expect(detect(text)[0]!.confidence).toBeGreaterThanOrEqual(0.95);
  });
  it('reads the usual written shapes', () => {
    expect(texts('Rijksregisternr. 85.07.30-033.28')).toEqual(['85.07.30-033.28']);
    expect(texts('INSZ: 85073003328')).toEqual(['85073003328']);
    expect(texts('Nationaal nummer 85.07.30 033 28.')).toEqual(['85.07.30 033 28']);
    expect(texts('bisnummer 850730-033-28')).toEqual(['850730-033-28']);
  });
  it('finds the dotted shape without a cue', () => {
    const id = inszWithCheck('731122456');
    const dotted = `${id.slice(0, 2)}.${id.slice(2, 4)}.${id.slice(4, 6)}-${id.slice(6, 9)}.${id.slice(9)}`;
    expect(found(`Betrokkene ${dotted} woont in Gent.`)).toEqual([{ text: dotted, rule: 'national-id', scheme: 'insz' }]);
    const y2k = inszWithCheck('120315789', true);
    expect(texts(`Kind (rijksregisternummer ${y2k}) is gekend.`)).toEqual([y2k]);
  });
  it('rejects a wrong check or impossible date', () => {
    expect(detect('rijksregisternummer 85.07.30-033.29')).toEqual([]);
    expect(detect('rijksregisternummer 09.08.21-137.88')).toEqual([]);
    const month13 = inszWithCheck('851330123');
    expect(detect(`INSZ ${month13}`)).toEqual([]);
  });
  it('does not take an international phone number written without plus', () => {
    expect(detect('Bel 32478552190 of 31612345678 voor info.')).toEqual([]);
  });
});

describe('NHS number', () => {
  it('finds the known-valid 999 561 2305 after "NHS no:"', () => {
    const text = 'Patient: Mr Rajesh Bhattacharya   Hospital no: LDH4471832   NHS no: 999 561 2305   DOB: 07.09.1948';
    expect(found(text, 'en')).toEqual([{ text: '999 561 2305', rule: 'national-id', scheme: 'nhs' }]);
    expect(detect(text, 'en')[0]!.confidence).toBeGreaterThanOrEqual(0.95);
  });
  it('reads compact and dashed forms only after a cue', () => {
    expect(texts('NHS number 9434765919', 'en')).toEqual(['9434765919']);
    expect(texts('Her NHS number is 943-476-5919.', 'en')).toEqual(['943-476-5919']);
    expect(detect('Reference 9434765919 attached.', 'en')).toEqual([]);
    expect(detect('Reference 943-476-5919 attached.', 'en')).toEqual([]);
  });
  it('finds the spaced 3-3-4 grouping without a cue', () => {
    expect(found('He gave 943 476 5919 at reception.', 'en')).toEqual([{ text: '943 476 5919', rule: 'national-id', scheme: 'nhs' }]);
  });
  it('rejects a failing check digit', () => {
    expect(detect('NHS no: 943 476 5918', 'en')).toEqual([]);
  });
  it('does not take phone numbers that happen to pass mod 11', () => {
    const amsterdam = nhsWithCheck('020123456'); // 020 123 456x: an Amsterdam landline
    const a = `${amsterdam.slice(0, 3)} ${amsterdam.slice(3, 6)} ${amsterdam.slice(6)}`;
    expect(detect(`Bel de afdeling op ${a}.`)).toEqual([]);
    expect(detect(`Afdeling: ${a}.`)).toEqual([]);
    const us = nhsWithCheck('520555013'); // 520-555-013x: a US phone number
    const u = `${us.slice(0, 3)}-${us.slice(3, 6)}-${us.slice(6)}`;
    expect(detect(`Could you call me back at ${u} when you have a moment?`, 'en')).toEqual([]);
    expect(detect(`Main desk ${u}.`, 'en')).toEqual([]);
    expect(detect('Call me on 943 476 5919 tomorrow.', 'en')).toEqual([]);
  });
});

describe('SSN', () => {
  it('finds the dashed form, more confidently after a cue', () => {
    const cued = detect('SSN: 123-45-6789', 'en');
    const bare = detect('The form said 123-45-6789 in pencil.', 'en');
    expect(cued.map((d) => [d.rule, schemeOf(d)])).toEqual([['national-id', 'ssn']]);
    expect(bare.map((d) => [d.rule, schemeOf(d)])).toEqual([['national-id', 'ssn']]);
    expect(cued[0]!.confidence).toBeGreaterThan(bare[0]!.confidence);
  });
  it('reads undashed and spaced forms only after a cue', () => {
    expect(texts('Social Security number: 123456789', 'en')).toEqual(['123456789']);
    expect(texts('social security no. 123 45 6789', 'en')).toEqual(['123 45 6789']);
    expect(detect('Invoice 123 45 6789 paid.', 'en')).toEqual([]);
  });
  it('rejects never-issued blocks', () => {
    expect(detect('SSN 000-12-3456, 666-12-3456, 912-34-5678, 123-00-4567, 123-45-0000', 'en')).toEqual([]);
  });
});

describe('things that are not national ids', () => {
  it('ignores IBAN digits, dates, times, versions and plain counts', () => {
    expect(detect('Doneer op NL16 RABO 0157 3829 46 of BE93 0634 7812 5967.')).toEqual([]);
    expect(detect('Versie 1.2.3 verscheen op 2024-03-12 om 14:30; 17.942.123 inwoners.')).toEqual([]);
    expect(detect('In 2023 waren er 148 cliënten in 12 weken.')).toEqual([]);
    expect(detect('')).toEqual([]);
  });
});
