import type { Lexicon } from '../lexicon/lexicon.js';
import { ageDetector, genderDetector } from './ages.js';
import { emailDetector, handleDetector, urlDetector } from './contact.js';
import { dateDetector } from './dates.js';
import { createNameDetector } from './names.js';
import { phoneDetector } from './phone.js';
import { pseudonymDetector } from './pseudonym.js';
import type { Detector } from './types.js';

/** Every detector, in no particular order: overlaps are resolved afterwards by specificity. */
export function createDetectors(lexicon: Lexicon): Detector[] {
  return [
    emailDetector, urlDetector, handleDetector, phoneDetector,
    dateDetector, ageDetector, genderDetector,
    createNameDetector(lexicon), pseudonymDetector,
  ];
}
