import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.js';
import { tokenize } from '../../src/text/tokenize.js';
import { detectorOf } from '../helpers.js';

const recordIdDetector = detectorOf('record-id');
const detect = (text: string, lang: Lang = 'nl') => recordIdDetector.detect({ text, tokens: tokenize(text), lang });
const texts = (text: string, lang: Lang = 'nl') => detect(text, lang).map((d) => text.slice(d.start, d.end));

describe('recordIdDetector', () => {
  it('reports the value, not the cue', () => {
    const text = 'CMW Ronse – dienst budgetbeheer\nDossier 2023/0457 – Frans De Smet, °14.05.1966';
    const ds = detect(text);
    expect(ds.map((d) => text.slice(d.start, d.end))).toEqual(['2023/0457']);
    expect(ds[0]!.kind).toBe('record-id');
    expect(ds[0]!.rule).toBe('record-id');
  });
  it('reads Dutch and Flemish cues', () => {
    expect(texts('Zie dossiernummer 2023-4411 voor het verloop.')).toEqual(['2023-4411']);
    expect(texts('dossiernr. 12345, mentor Jan')).toEqual(['12345']);
    expect(texts('Dossier nr. 88123 is gesloten.')).toEqual(['88123']);
    expect(texts('patiëntnr. 0012345 op afdeling 3')).toEqual(['0012345']);
    expect(texts('Patiëntnummer: 4471832')).toEqual(['4471832']);
    expect(texts('cliëntnummer 889911 en clientnr 778812')).toEqual(['889911', '778812']);
    expect(texts('Ons kenmerk: 2024/KB/1234')).toEqual(['2024/KB/1234']);
    expect(texts('zaaknummer ZK-20240012, registratienummer 55012')).toEqual(['ZK-20240012', '55012']);
    expect(texts('BIG-nummer 19012345601 van de behandelaar')).toEqual(['19012345601']);
  });
  it('accepts a decomposed ë in the cue', () => {
    expect(texts('patie\u0308ntnummer 4471832')).toEqual(['4471832']);
  });
  it('reads English cues, including letter-prefixed codes', () => {
    const text = 'Patient: Mr Rajesh Bhattacharya   Hospital no: LDH4471832   NHS no: 999 561 2305   DOB: 07.09.1948';
    expect(texts(text, 'en')).toEqual(['LDH4471832']);
    expect(texts('MRN 12345678, admitted Tuesday', 'en')).toEqual(['12345678']);
    expect(texts('Case no. 2024-118 was closed.', 'en')).toEqual(['2024-118']);
    expect(texts('Patient ID: AB-55123', 'en')).toEqual(['AB-55123']);
  });
  it('gives generic cues lower confidence than specific ones', () => {
    const [generic] = detect('Dossier 2023/0457');
    const [specific] = detect('dossiernummer 2023/0457');
    expect(generic!.confidence).toBeLessThan(specific!.confidence);
  });
  it('reports an NHS cue with an invalid NHS number as a record number, a valid one not', () => {
    expect(texts('NHS no: 999 561 2304', 'en')).toEqual(['999 561 2304']);
    expect(detect('NHS no: 943 476 5919', 'en')).toEqual([]);
  });
  it('does not take values with too few digits, years, dates or words', () => {
    expect(detect('Dossier 123 is klein; dossiernummer A12.')).toEqual([]);
    expect(detect('In het dossier 2023 stond niets; kenmerk 12-03-2024.')).toEqual([]);
    expect(detect('Het dossier Jansen, het kenmerk van de zaak, de zaak 2023-4411.')).toEqual([]);
    expect(detect('De patiënt 12345 keer gezien; hospital 12345.', 'en')).toEqual([]);
  });
  it('does not take numbers without a cue', () => {
    expect(detect('Op 12-03-2024 om 14:30 betaalde hij € 30.000 aan 4471832 mensen.')).toEqual([]);
    expect(detect('Afdeling 3, week 12, pagina 12, versie 2.3.4.')).toEqual([]);
    expect(detect('')).toEqual([]);
  });
  it('reads case numbers after a number sign only in their serial/year shape', () => {
    expect(texts('application (no. 28113/01) and Protocol No. 1', 'en')).toEqual(['28113/01']);
    expect(texts('no. 12345, nr. 5, no. 12/05, no. 1997/98', 'en')).toEqual([]);
    const [sign] = detect('no. 28113/01', 'en');
    const [label] = detect('zaaknummer 28113/01');
    expect(sign!.confidence).toBeLessThan(label!.confidence);
  });
  it('continues a list only with values of the same shape, on the same line', () => {
    expect(texts('nos. 10442/99, 10443/99, 12 and 10590/00', 'en')).toEqual(['10442/99', '10443/99']);
    expect(texts('dossiernummer 2023-4411, 12 pagina\'s')).toEqual(['2023-4411']);
    expect(texts('nos. 10442/99,\n10443/99', 'en')).toEqual(['10442/99']);
  });
  it('reports a court number once, whether a label or its own grammar finds it', () => {
    const ds = detect('Zaaknummer C/13/702144 / HA ZA 21-88; ECLI:NL:GHAMS:2022:1401.');
    expect(ds.map((d) => (d.kind === 'record-id' ? d.facts.cue : ''))).toEqual(['zaaknummer', 'ecli']);
  });
  it('does not take a numbered law or journal issue for a case', () => {
    expect(detect('Verordening (EG) nr. 883/2004 en Richtlijn nr. 2004/1234', 'nl')).toEqual([]);
  });
  it('does not join a value across a line break', () => {
    expect(detect('Dossier:\n12345')).toEqual([]);
  });
});
