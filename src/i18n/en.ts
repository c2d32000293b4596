import type { Catalog } from './catalog.js';

/** English: herkenbaar's own words for English-speaking users (and `--ui-lang en`). */
export const en: Catalog = {
  decimal: '.',
  thousands: ',',
  levels: { none: 'none', low: 'low', medium: 'medium', high: 'high', critical: 'critical' },
  kinds: {
  name: { message: "A person's name: recognizable to everyone who knows them.", suggestion: 'a client' },
  email: { message: 'E-mail address: leads straight to a person.', suggestion: 'remove it' },
  phone: { message: 'Phone number: leads straight to a person.', suggestion: 'remove it' },
  url: { message: 'Link to a page by or about a person.', suggestion: 'remove it' },
  handle: { message: 'Social-media account: leads straight to a person.', suggestion: 'remove it' },
  'national-id': { message: 'National identification number: identifies a person.', suggestion: 'remove it' },
  iban: { message: 'Bank account number: leads straight to a person or household.', suggestion: 'remove it' },
  address: { message: 'Street address: points at one household.', suggestion: 'the area or town, or remove it' },
  postcode: { message: 'Postcode: a full postcode points at part of a street.', suggestion: 'remove it' },
  'license-plate': { message: 'Licence plate: leads straight to an owner.', suggestion: 'remove it' },
  'record-id': { message: 'Record or case number: identifies a person in a system.', suggestion: 'remove it' },
  date: { message: 'Date or time: anyone who was there knows who it is about.', suggestion: 'a wider period, or remove it' },
  age: { message: 'Age: shrinks the group of people who match.', suggestion: 'an age band' },
  gender: { message: 'Gender: halves the group of people who match.', suggestion: 'a person' },
  place: { message: 'Place: the smaller the place, the fewer people match.', suggestion: 'the region' },
  institution: { message: 'Institution or ward: readers who know it know who stays there.', suggestion: 'a facility' },
  diagnosis: { message: 'Diagnosis or condition: sensitive, and a strong identifying detail.', suggestion: 'a broader description' },
  profession: { message: 'Profession or role: few people do this job.', suggestion: 'a broader description' },
  family: { message: 'Family situation: relatives, neighbours and school recognize it.', suggestion: 'remove it or say it more generally' },
  event: { message: 'Event: whoever saw it or read about it recognizes the person.', suggestion: 'remove it or say it more generally' },
  nationality: { message: 'Origin or language: shrinks the group of people who match.', suggestion: 'remove it' },
  unusual: { message: 'Striking detail: exactly the kind of detail that makes someone recognizable.', suggestion: 'remove it' },
  },
  countries: { NL: 'the Netherlands', BE: 'Belgium', FL: 'Flanders', GB: 'the United Kingdom', US: 'the United States' },

  report: {
    warning: 'warning',
    markedPseudonym: '[marked as pseudonym]',
    write: '→ write',
    risk: 'Risk',
    noRewrite: 'No rewrite found',
    suggestedRewrite: 'Suggested rewrite',
    rechecked: 're-checked',
    remove: '(remove)',
    cautiousEstimate: ' (cautious estimate)',
    notEnoughYet: 'Not enough yet',
    matches: (n, e) => `${e < 1 ? 'fewer than 1' : n} ${e < 1.5 ? 'person matches' : 'people match'}`,
    summary: (files, findings, highest, failed, failOn) =>
      `${files} ${files === 1 ? 'file' : 'files'} checked, ${findings} ${findings === 1 ? 'finding' : 'findings'}; highest risk: ${highest}; ${failed} at or above '${failOn}'.`,
  },

  fix: {
    nothingToRewrite: 'nothing to rewrite',
    targetNotReached: 'target not reached',
    changes: (n) => `${n} ${n === 1 ? 'change' : 'changes'}`,
    reason: {
      direct: 'a direct identifier must be removed by hand',
      unique: 'the story is unique by itself: even without these details the risk stays too high',
      person: 'the text still describes a person; no rewrite reaches a level below "low"',
    },
    recheckFails: (kinds) => `after the rewrite the check still finds details that together identify the person${kinds ? ` (${kinds})` : ''}; edit them by hand`,
    tooLong: (details, characters, maxDetails, maxCharacters) =>
      `the text is too long for an automatic rewrite (${details} details, ${characters} characters; the limit is ${maxDetails} details and ${maxCharacters} characters); check the posts or cases one by one`,
  },

  risk: {
    scenario: { stranger: 'any reader', employer: 'a reader who knows where you work', insider: 'a colleague, fellow patient or visitor' },
    configuredPeople: (n) => `${n} people (configured)`,
    inhabitants: (place, n) => `${place} (${n} inhabitants)`,
    theOrganisation: 'the organisation',
    clientsOf: (who, n) => `clients of ${who} (≈ ${n})`,
    admissions: (days, n) => `admissions to a ward in ${days === 1 ? '1 day' : `${days} days`} (≈ ${n})`,
    direct: (what) => `The text contains something that identifies someone directly (${what}). Remove it first; only then do the other details count.`,
    noPerson: 'No details found that describe a person.',
    people: (n, e) => (e < 1 ? 'fewer than 1 person' : `about ${n} ${e < 1.5 ? 'person' : 'people'}`),
    match: (who, people, low, high, chain) => `For ${who}, ${people} match all the details together (range ${low}–${high}): ${chain}.`,
    chance: (percent, above) => `Chance of recognition up to ${percent}%${above ? '; above the 9% limit (fewer than 11 people) used for public release' : ''}.`,
    pseudonymDoesNotProtect: 'The fictitious name does not protect this person: the other details make them recognizable.',
  },
};
