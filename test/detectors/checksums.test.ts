import { describe, expect, it } from 'vitest';
import { isPlausibleSsn, isValidBsn, isValidInsz, isValidNhs } from '../../src/detectors/checksums.js';

/** Completes 8 digits to a BSN that passes the 11-proef, or undefined when no digit can. */
function bsnWithCheck(first8: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(first8[i]) * (9 - i);
  const check = sum % 11;
  return check === 10 ? undefined : `${first8}${check}`;
}
/** Completes YYMMDD + counter to an INSZ; `born2000` applies the "2" prefix rule. */
function inszWithCheck(first9: string, born2000 = false): string {
  const base = Number(born2000 ? `2${first9}` : first9);
  return `${first9}${String(97 - (base % 97)).padStart(2, '0')}`;
}
/** Completes 9 digits to an NHS number, or undefined when the check would be 10. */
function nhsWithCheck(first9: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(first9[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? undefined : `${first9}${check}`;
}

describe('isValidBsn', () => {
  it('accepts the known-valid BSN 2391.84.658 and the textbook 123456782', () => {
    expect(isValidBsn('239184658')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
  });
  it('accepts numbers completed with a computed check digit', () => {
    for (const base of ['11122233', '40050060', '98765432', '70011223']) {
      const bsn = bsnWithCheck(base);
      if (bsn) expect(isValidBsn(bsn)).toBe(true);
    }
  });
  it('accepts an 8-digit BSN as if left-padded with 0', () => {
    const bsn = bsnWithCheck('01234567');
    expect(bsn).toBeDefined();
    expect(isValidBsn(bsn!.slice(1))).toBe(true);
  });
  it('rejects a wrong check digit, all zeros, wrong lengths and non-digits', () => {
    expect(isValidBsn('239184659')).toBe(false);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('00000000')).toBe(false);
    expect(isValidBsn('1234567820')).toBe(false);
    expect(isValidBsn('1234567')).toBe(false);
    expect(isValidBsn('2391.84.658')).toBe(false);
    expect(isValidBsn('')).toBe(false);
  });
  it('rejects repdigits (they never pass the 11-proef)', () => {
    for (let d = 1; d <= 9; d++) expect(isValidBsn(String(d).repeat(9))).toBe(false);
  });
});

describe('isValidInsz', () => {
  it('accepts a 20th-century number', () => {
    expect(isValidInsz('85073003328')).toBe(true);
    expect(isValidInsz(inszWithCheck('670412123'))).toBe(true);
  });
  it('accepts the known-valid 09.08.21-137.89 only through the born-2000+ "2" prefix rule', () => {
    expect(isValidInsz('09082113789')).toBe(true);
    // Without the prefix the check would be different:
    expect(97 - (90821137 % 97)).not.toBe(89);
    expect(isValidInsz(inszWithCheck('150203456', true))).toBe(true);
  });
  it('accepts bis numbers (month +20 or +40) and unknown dates (month 0)', () => {
    expect(isValidInsz(inszWithCheck('852730123'))).toBe(true);
    expect(isValidInsz(inszWithCheck('854730123'))).toBe(true);
    expect(isValidInsz(inszWithCheck('850000123'))).toBe(true);
  });
  it('rejects a wrong check, impossible dates and wrong lengths', () => {
    expect(isValidInsz('85073003329')).toBe(false);
    expect(isValidInsz('09082113788')).toBe(false);
    expect(isValidInsz(inszWithCheck('851330123'))).toBe(false); // month 13
    expect(isValidInsz(inszWithCheck('850732123'))).toBe(false); // day 32
    expect(isValidInsz(inszWithCheck('856030123'))).toBe(false); // month 60
    expect(isValidInsz('8507300332')).toBe(false);
    expect(isValidInsz('85.07.30-033.28')).toBe(false);
  });
});

describe('isValidNhs', () => {
  it('accepts the known-valid 999 561 2305 and 943 476 5919', () => {
    expect(isValidNhs('9995612305')).toBe(true);
    expect(isValidNhs('9434765919')).toBe(true);
  });
  it('accepts computed numbers, including check 11 -> 0', () => {
    for (const base of ['401023213', '450557710', '612345678', '700000001']) {
      const nhs = nhsWithCheck(base);
      if (nhs) expect(isValidNhs(nhs)).toBe(true);
    }
    // A number whose computed check is 11, written as 0:
    const zero = Array.from({ length: 200 }, (_, i) => nhsWithCheck(`4000${String(i).padStart(5, '0')}`)).find((n) => n?.endsWith('0'));
    expect(zero).toBeDefined();
    expect(isValidNhs(zero!)).toBe(true);
  });
  it('rejects a wrong check, check 10, repdigits and wrong lengths', () => {
    expect(isValidNhs('9434765918')).toBe(false);
    expect(isValidNhs('9995612304')).toBe(false);
    // A base whose check would be 10 has no valid completion at all:
    const tenBase = Array.from({ length: 50 }, (_, i) => `4000000${String(i).padStart(2, '0')}`).find((b) => nhsWithCheck(b) === undefined);
    expect(tenBase).toBeDefined();
    for (let d = 0; d <= 9; d++) expect(isValidNhs(`${tenBase}${d}`)).toBe(false);
    expect(isValidNhs('0000000000')).toBe(false);
    expect(isValidNhs('4444444444')).toBe(false);
    expect(isValidNhs('943476591')).toBe(false);
    expect(isValidNhs('943 476 5919')).toBe(false);
  });
});

describe('isPlausibleSsn', () => {
  it('accepts ordinary numbers', () => {
    expect(isPlausibleSsn('123', '45', '6789')).toBe(true);
    expect(isPlausibleSsn('078', '05', '1120')).toBe(true);
  });
  it('rejects never-issued blocks', () => {
    expect(isPlausibleSsn('000', '45', '6789')).toBe(false);
    expect(isPlausibleSsn('666', '45', '6789')).toBe(false);
    expect(isPlausibleSsn('900', '45', '6789')).toBe(false);
    expect(isPlausibleSsn('987', '65', '4321')).toBe(false);
    expect(isPlausibleSsn('123', '00', '6789')).toBe(false);
    expect(isPlausibleSsn('123', '45', '0000')).toBe(false);
    expect(isPlausibleSsn('12', '45', '6789')).toBe(false);
  });
});
