import type { RuleId } from '../core/rule-ids.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { addressRule } from './address.js';
import { amountRule } from './amount.js';
import { ageRule } from './age.js';
import { compoundRule } from './compound.js';
import { dateRule } from './date.js';
import { diagnosisRule } from './diagnosis.js';
import { emailRule } from './email.js';
import { eventRule } from './event.js';
import { familyRule } from './family.js';
import { genderRule } from './gender.js';
import { handleRule } from './handle.js';
import { ibanRule } from './iban.js';
import { institutionRule } from './institution.js';
import { kinshipRule } from './kinship.js';
import { licensePlateRule } from './license-plate.js';
import { nameRule } from './name.js';
import { nationalIdRule } from './national-id.js';
import { nationalityRule } from './nationality.js';
import { phoneRule } from './phone.js';
import { placeRule } from './place.js';
import { postcodeRule } from './postcode.js';
import { professionRule } from './profession.js';
import { rarityRule } from './rarity.js';
import { pseudonymRule } from './pseudonym.js';
import { publicEventRule } from './public-event.js';
import { marksRule } from './marks.js';
import { routineRule } from './routine.js';
import { recordIdRule } from './record-id.js';
import { streetRule } from './street.js';
import { uniquenessRule } from './uniqueness.js';
import { unusualRule } from './unusual.js';
import { urlRule } from './url.js';
import type { Detector, Rule } from './types.js';

/** Every rule by id; the type makes a missing or misspelt id a compile error. */
export const RULES: Readonly<Record<RuleId, Rule>> = {
  email: emailRule,
  url: urlRule,
  handle: handleRule,
  phone: phoneRule,
  'national-id': nationalIdRule,
  iban: ibanRule,
  postcode: postcodeRule,
  address: addressRule,
  'license-plate': licensePlateRule,
  'record-id': recordIdRule,
  name: nameRule,
  pseudonym: pseudonymRule,
  date: dateRule,
  age: ageRule,
  gender: genderRule,
  place: placeRule,
  street: streetRule,
  institution: institutionRule,
  diagnosis: diagnosisRule,
  profession: professionRule,
  nationality: nationalityRule,
  family: familyRule,
  kinship: kinshipRule,
  event: eventRule,
  unusual: unusualRule,
  amount: amountRule,
  compound: compoundRule,
  rarity: rarityRule,
  uniqueness: uniquenessRule,
  'public-event': publicEventRule,
  marks: marksRule,
  routine: routineRule,
};

/**
 * The detectors of every rule that is not switched off, in no particular order: overlaps are resolved
 * afterwards by specificity.
 */
export function createDetectors(lexicon: Lexicon, off: ReadonlySet<RuleId> = new Set()): Detector[] {
  return Object.values(RULES)
    .filter((r) => !off.has(r.meta.id))
    .map((r) => r.create(lexicon));
}
