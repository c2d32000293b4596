/**
 * Check-digit rules for national identity numbers. Pure functions on digit strings, no dependencies.
 * Each returns false for input of the wrong length or with non-digits.
 */

const ONLY_DIGITS = /^\d+$/;
const digitAt = (s: string, i: number): number => s.charCodeAt(i) - 48;

/**
 * Dutch burgerservicenummer (BSN), "11-proef": weights 9..2 for the first eight digits and -1 for the
 * last; the sum must be divisible by 11. Older 8-digit numbers are valid with a leading 0.
 */
export function isValidBsn(digits: string): boolean {
  if (!ONLY_DIGITS.test(digits) || (digits.length !== 8 && digits.length !== 9)) return false;
  const d = digits.length === 8 ? `0${digits}` : digits;
  if (/^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += digitAt(d, i) * (9 - i);
  sum -= digitAt(d, 8);
  return sum % 11 === 0;
}

/**
 * Belgian rijksregisternummer / INSZ / bisnummer (11 digits, YYMMDD + counter + check):
 * check = 97 - (first nine digits mod 97); for people born in 2000 or later the nine digits are
 * prefixed with "2" first. The date part is checked loosely: month 0-12, or +20 / +40 for bis
 * numbers (month 0 and day 0 occur when the birth date is unknown), day 0-31.
 */
export function isValidInsz(digits: string): boolean {
  if (!ONLY_DIGITS.test(digits) || digits.length !== 11) return false;
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const m = month >= 40 ? month - 40 : month >= 20 ? month - 20 : month;
  if (m > 12 || day > 31) return false;
  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  // 2_000_000_000 + base stays far below 2^53, so plain numbers are exact here.
  return 97 - (base % 97) === check || 97 - ((2_000_000_000 + base) % 97) === check;
}

/**
 * UK NHS number (10 digits): weights 10..2 on the first nine digits, check = 11 - (sum mod 11);
 * 11 means 0 and 10 means the number is invalid. Repdigits (0000000000, 4444444444, ...) pass the
 * arithmetic for every digit, but are never issued, so they are rejected.
 */
export function isValidNhs(digits: string): boolean {
  if (!ONLY_DIGITS.test(digits) || digits.length !== 10) return false;
  if (/^(\d)\1{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += digitAt(digits, i) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === digitAt(digits, 9);
}

/**
 * US Social Security number: no check digit, only never-issued blocks to rule out. Area 000, 666
 * and 900-999, group 00 and serial 0000 are never assigned.
 */
export function isPlausibleSsn(area: string, group: string, serial: string): boolean {
  if (!/^\d{3}$/.test(area) || !/^\d{2}$/.test(group) || !/^\d{4}$/.test(serial)) return false;
  if (area === '000' || area === '666' || area[0] === '9') return false;
  return group !== '00' && serial !== '0000';
}
