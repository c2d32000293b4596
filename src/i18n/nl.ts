import type { Catalog } from './catalog.js';

/** Dutch: herkenbaar's own words for Dutch-speaking users (and `--ui-lang nl`). */
export const nl: Catalog = {
  decimal: ',',
  thousands: '.',
  levels: { none: 'geen', low: 'laag', medium: 'verhoogd', high: 'hoog', critical: 'kritiek' },
  kinds: {
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
  },
  countries: { NL: 'Nederland', BE: 'België', FL: 'Vlaanderen', GB: 'het Verenigd Koninkrijk', US: 'de Verenigde Staten' },

  report: {
    warning: 'waarschuwing',
    markedPseudonym: '[als fictief gemarkeerd]',
    write: '→ schrijf',
    risk: 'Risico',
    noRewrite: 'Geen herschrijving gevonden',
    suggestedRewrite: 'Voorstel om te herschrijven',
    rechecked: 'opnieuw gecontroleerd',
    remove: '(weglaten)',
    cautiousEstimate: ' (voorzichtige schatting)',
    notEnoughYet: 'Nog niet genoeg',
    matches: (n, e) => `${e < 1 ? 'minder dan 1' : n} ${e < 1.5 ? 'persoon past' : 'mensen passen'}`,
    summary: (files, findings, highest, failed, failOn) =>
      `${files} ${files === 1 ? 'bestand' : 'bestanden'} gecontroleerd, ${findings} ${findings === 1 ? 'bevinding' : 'bevindingen'}; hoogste risico: ${highest}; ${failed} op of boven '${failOn}'.`,
  },

  fix: {
    nothingToRewrite: 'niets te herschrijven',
    targetNotReached: 'doel niet gehaald',
    changes: (n) => `${n} ${n === 1 ? 'wijziging' : 'wijzigingen'}`,
    reason: {
      direct: 'een direct identificerend gegeven moet met de hand worden verwijderd',
      unique: 'het verhaal is op zichzelf herkenbaar: ook zonder deze details blijft het risico te hoog',
      person: 'de tekst blijft over een persoon gaan; een lager niveau dan "laag" haalt geen herschrijving',
    },
    recheckFails: (kinds) => `na het herschrijven vindt de controle nog details die samen herkenbaar zijn${kinds ? ` (${kinds})` : ''}; pas die met de hand aan`,
    tooLong: (details, characters, maxDetails, maxCharacters) =>
      `de tekst is te lang voor een automatische herschrijving (${details} details, ${characters} tekens; de grens is ${maxDetails} details en ${maxCharacters} tekens); controleer de berichten of casussen afzonderlijk`,
  },

  risk: {
    scenario: { stranger: 'een willekeurige lezer', employer: 'een lezer die weet waar u werkt', insider: 'een collega, medecliënt of bezoeker' },
    configuredPeople: (n) => `${n} mensen (ingesteld)`,
    inhabitants: (place, n) => `${place} (${n} inwoners)`,
    theOrganisation: 'de instelling',
    clientsOf: (who, n) => `cliënten van ${who} (≈ ${n})`,
    admissions: (days, n) => `opnames op een afdeling in ${days === 1 ? '1 dag' : `${days} dagen`} (≈ ${n})`,
    direct: (what) => `De tekst bevat iets dat iemand direct identificeert (${what}). Haal dat weg; dan pas telt de rest.`,
    noPerson: 'Geen details gevonden die iemand beschrijven.',
    people: (n, e) => (e < 1 ? 'minder dan 1 persoon' : `ongeveer ${n} ${e < 1.5 ? 'persoon' : 'mensen'}`),
    match: (who, people, low, high, chain) => `Voor ${who} passen ${people} bij alle details samen (bereik ${low}–${high}): ${chain}.`,
    chance: (percent, above) => `Kans op herkenning tot ${percent}%${above ? '; boven de grens van 9% (minder dan 11 mensen) die voor openbare publicatie geldt' : ''}.`,
    pseudonymDoesNotProtect: 'De fictieve naam beschermt deze persoon niet: de andere details maken hem of haar herkenbaar.',
  },
};
