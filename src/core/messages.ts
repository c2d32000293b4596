import type { Kind } from './kinds.js';
import type { Lang } from './types.js';

interface Message { message: string; suggestion: string }

// What each kind means for the reader, and what to write instead. The fixer (src/fixes) refines the
// suggestion per finding where a generalization ladder exists.
const NL: Record<Kind, Message> = {
  name: { message: 'Naam van een persoon: herkenbaar voor iedereen die hem of haar kent.', suggestion: 'een cliënt' },
  email: { message: 'E-mailadres: leidt direct naar een persoon.', suggestion: 'weglaten' },
  phone: { message: 'Telefoonnummer: leidt direct naar een persoon.', suggestion: 'weglaten' },
  url: { message: 'Link naar een pagina over of van een persoon.', suggestion: 'weglaten' },
  handle: { message: 'Account op sociale media: leidt direct naar een persoon.', suggestion: 'weglaten' },
  'national-id': { message: 'Identificatienummer (BSN, rijksregisternummer, NHS, SSN): identificeert een persoon.', suggestion: 'weglaten' },
  iban: { message: 'Rekeningnummer: leidt direct naar een persoon of gezin.', suggestion: 'weglaten' },
  address: { message: 'Adres: wijst één huishouden aan.', suggestion: 'de wijk of de gemeente, of weglaten' },
  postcode: { message: 'Postcode: een postcode met letters wijst een straatdeel aan.', suggestion: 'weglaten' },
  'license-plate': { message: 'Kenteken: leidt direct naar een eigenaar.', suggestion: 'weglaten' },
  'record-id': { message: 'Dossier- of cliëntnummer: identificeert een persoon in een systeem.', suggestion: 'weglaten' },
  date: { message: 'Datum of tijdstip: wie erbij was, weet over wie het gaat.', suggestion: 'een ruimere periode, of weglaten' },
  age: { message: 'Leeftijd: maakt de groep die past veel kleiner.', suggestion: 'een leeftijdsgroep' },
  gender: { message: 'Geslacht: halveert de groep die past.', suggestion: 'een persoon' },
  place: { message: 'Plaats: hoe kleiner de plaats, hoe minder mensen passen.', suggestion: 'de regio of provincie' },
  institution: { message: 'Instelling of afdeling: lezers die haar kennen, weten wie er verblijft.', suggestion: 'een instelling' },
  diagnosis: { message: 'Diagnose of aandoening: gevoelig, en een sterk herkenningsteken.', suggestion: 'een ruimere omschrijving' },
  profession: { message: 'Beroep of rol: weinig mensen hebben dit beroep.', suggestion: 'een ruimere omschrijving' },
  family: { message: 'Gezinssituatie: familie, buren en school herkennen dit.', suggestion: 'weglaten of algemener' },
  event: { message: 'Gebeurtenis: wie het meemaakte of erover las, herkent de persoon.', suggestion: 'weglaten of algemener' },
  nationality: { message: 'Herkomst of taal: maakt de groep die past kleiner.', suggestion: 'weglaten' },
  unusual: { message: 'Opvallend detail: precies zulke details maken iemand herkenbaar.', suggestion: 'weglaten' },
};

const EN: Record<Kind, Message> = {
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
};

export function messageFor(kind: Kind, lang: Lang): Message {
  return (lang === 'nl' ? NL : EN)[kind];
}
