import { describe, expect, it } from 'vitest';
import { shareOf } from '../../src/risk/shares.js';
import { detect, detectorOf, run } from '../helpers.js';

const genderDetector = detectorOf('gender');

describe('genderDetector', () => {
  it('reports only the first gender word', () => {
    const text = 'De vrouw belde haar zoon en haar man.';
    expect(detect(genderDetector, text)).toEqual([{ kind: 'gender', text: 'vrouw', rule: 'gender' }]);
    expect(run(genderDetector, text)[0]!.facts).toEqual({ gender: 'f' });
  });

  it('reads male and English words', () => {
    expect(run(genderDetector, 'Meneer kwam binnen met zijn dochter.')[0]!.facts).toEqual({ gender: 'm' });
    expect(detect(genderDetector, 'The lad told his mother.', 'en')).toEqual([{ kind: 'gender', text: 'lad', rule: 'gender' }]);
    expect(run(genderDetector, 'dhr. Jansen')[0]!.facts).toEqual({ gender: 'm' });
  });

  it('gives a share of about one half', () => {
    const f = shareOf(run(genderDetector, 'een vrouw')[0]!)!;
    expect(f.central).toBe(0.5);
  });

  it('finds nothing without a gender word, and does not match inside words', () => {
    expect(run(genderDetector, 'Iemand van de afdeling belde.')).toEqual([]);
    expect(run(genderDetector, 'De vrouwenafdeling en het mannenkoor.')).toEqual([]);
    expect(run(genderDetector, '')).toEqual([]);
  });
});
