import type { Lexicon } from '../lexicon/lexicon.js';
import { ageDetector, genderDetector } from './ages.js';
import { emailDetector, handleDetector, urlDetector } from './contact.js';
import { addressDetector } from './address.js';
import { dateDetector } from './dates.js';
import { ibanDetector } from './iban.js';
import { createInstitutionDetector } from './institutions.js';
import { createDiagnosisDetector, createEventDetector, createFamilyDetector, createNationalityDetector, createProfessionDetector, createUnusualDetector } from './lexical.js';
import { createNameDetector } from './names.js';
import { createPlaceDetector } from './places.js';
import { licensePlateDetector } from './license-plate.js';
import { nationalIdDetector } from './national-id.js';
import { phoneDetector } from './phone.js';
import { postcodeDetector } from './postcode.js';
import { recordIdDetector } from './record-id.js';
import { createPseudonymDetector } from './pseudonym.js';
import type { Detector } from './types.js';

/** Every detector, in no particular order: overlaps are resolved afterwards by specificity. */
export function createDetectors(lexicon: Lexicon): Detector[] {
  return [
    emailDetector, urlDetector, handleDetector, phoneDetector, nationalIdDetector, ibanDetector, postcodeDetector,
    addressDetector, licensePlateDetector, recordIdDetector,
    dateDetector, ageDetector, genderDetector,
    createNameDetector(lexicon), createPseudonymDetector(lexicon), createPlaceDetector(lexicon), createInstitutionDetector(lexicon),
    createDiagnosisDetector(lexicon), createProfessionDetector(lexicon), createNationalityDetector(lexicon),
    createFamilyDetector(lexicon), createEventDetector(lexicon), createUnusualDetector(lexicon),
  ];
}
