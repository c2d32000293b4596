import { isValidIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.js';
import { tokenize } from '../../src/text/tokenize.js';
import { detectorOf } from '../helpers.js';

const ibanDetector = detectorOf('iban');
const detect = (text: string, lang: Lang = 'nl') => ibanDetector.detect({ text, tokens: tokenize(text), lang });
const texts = (text: string, lang: Lang = 'nl') => detect(text, lang).map((d) => text.slice(d.start, d.end));

describe('ibanDetector', () => {
  it('the known IBANs are valid according to ibantools', () => {
    expect(isValidIBAN('NL16RABO0157382946')).toBe(true);
    expect(isValidIBAN('BE93063478125967')).toBe(true);
    expect(isValidIBAN('GB82WEST12345698765432')).toBe(true);
  });
  it('finds a Dutch IBAN in groups of four, without the words after it', () => {
    const text = 'Steun Gerrit via www.actie.nl of op NL16 RABO 0157 3829 46 t.n.v. Stichting Vrienden van Gerrit.';
    const ds = detect(text);
    expect(ds).toHaveLength(1);
    expect(text.slice(ds[0]!.start, ds[0]!.end)).toBe('NL16 RABO 0157 3829 46');
    expect(ds[0]!.kind).toBe('iban');
    expect(ds[0]!.confidence).toBeGreaterThanOrEqual(0.95);
    expect(ds[0]!.facts).toEqual({ country: 'NL' });
  });
  it('stops a grouped IBAN before a following short word', () => {
    expect(texts('Leefloon wordt gestort op BE93 0634 7812 5967 naar zijn rekening.')).toEqual(['BE93 0634 7812 5967']);
    expect(texts('Leefloon wordt gestort op BE93 0634 7812 5967. Vaste kosten: huur.')).toEqual(['BE93 0634 7812 5967']);
  });
  it('finds compact, lower-case and English IBANs', () => {
    expect(texts('Please pay GB82WEST12345698765432 by Friday.', 'en')).toEqual(['GB82WEST12345698765432']);
    expect(texts('rekening nl16rabo0157382946 graag')).toEqual(['nl16rabo0157382946']);
    expect(texts('iban: nl16 rabo 0157 3829 46')).toEqual(['nl16 rabo 0157 3829 46']);
    expect(texts('IBAN:NL91ABNA0417164300, BIC ABNANL2A')).toEqual(['NL91ABNA0417164300']);
    expect(texts('Überweisung an DE89 3704 0044 0532 0130 00 bitte.')).toEqual(['DE89 3704 0044 0532 0130 00']);
  });
  it('finds two IBANs in one sentence', () => {
    expect(texts('Van NL16 RABO 0157 3829 46 naar BE93 0634 7812 5967.')).toEqual(['NL16 RABO 0157 3829 46', 'BE93 0634 7812 5967']);
  });
  it('rejects a wrong check digit or a mistyped digit', () => {
    expect(detect('op NL17 RABO 0157 3829 46 graag')).toEqual([]);
    expect(detect('op NL16 RABO 0157 3829 47 graag')).toEqual([]);
    expect(detect('op BE93 0634 7812 5968.')).toEqual([]);
  });
  it('does not take look-alike codes, phone numbers or amounts', () => {
    expect(detect('Code AB12 CDEF 3456 en COVID19, ronde NL16 en formulier AB12.')).toEqual([]);
    expect(detect('Bel 06 41 87 29 53 of +32 55 21 43 87; saldo € 1.234,56.')).toEqual([]);
    expect(detect('Versie NL2024 van de richtlijn; postcode 4461 AB Goes.')).toEqual([]);
    expect(detect('')).toEqual([]);
  });
  it('does not take an IBAN glued to a letter before it', () => {
    expect(detect('XNL16RABO0157382946')).toEqual([]);
  });
});
