import type { Construction } from '../core/facts.js';
import type { Detection } from '../core/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { parseNumberWord } from '../lexicon/numbers.js';
import { isPersonNoun, KIN_TITLES, ROLES_BEFORE_NAME } from '../lexicon/person-words.js';
import { isCapitalized, type Token } from '../text/tokenize.js';
import { aboutOrganisation, aboutWriter, clauseAround, isClauseBoundary } from './subject.js';
import type { ExposureWord } from '../lexicon/lexicon.js';
import type { PhraseMatch } from '../lexicon/phrases.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

/**
 * Constructions that single one person out, recognized by their grammar instead of listed phrases:
 *
 * - a superlative (Dutch -st/-ste, "meest(e)" + adjective, "aller-"; English -est, "most" + adjective)
 *   with a person as its head ("de oudste bewoner"), with "ooit / allertijden / ever / of all time"
 *   ("de heftigste psychoot allertijden"), or said of a person ("zij is de oudste");
 * - "de enige / het enige / als enige / the only / the sole" with a person head or a relative clause;
 * - an ordinal with a relative clause, a domain or "keer / time" ("de eerste die ...", "the first
 *   paramedic in the county to ...", "voor de vierde keer op rij");
 * - records, titles, championships and named medals or prizes;
 * - milestone ages the age rule does not read ("haar 102de verjaardag", "honderdjarige", "eeuweling");
 * - large counts ("met 80.000 volgers", "moeder van elf", "a family of eleven");
 * - epithets a community gives one person ("de clown van de afdeling", "the hero of the street");
 * - a long tenure: many years at one thing ("al zestig jaar organist", "for forty years", "a 40-year
 *   marriage", "eighty years since she joined");
 * - feats: a milestone ordinal ("haar duizendste legpuzzel", "his 100th marathon") and a large count in a
 *   short time ("3000 stukjes in elf dagen");
 * - mastery: knowing or doing all of something ("kent alle dienstregelingen uit zijn hoofd", "knows every
 *   dog in the street by name", "has visited every league ground").
 *
 * A construction about the writer, the team or the organisation ("ik was de enige die ...", "ons
 * ziekenhuis is het oudste") does not describe the subject, and ordinary superlatives about things
 * ("de beste koffie", "het ergste is voorbij") are left alone: the head decides.
 */

// ---------------------------------------------------------------------------------------------------
// Word classes (closed classes of the grammar; open classes come from the dictionaries)

const DET = new Set(['de', 'het', 'the']);
const POSS_THIRD = new Set(['zijn', 'haar', 'hun', 'zn', 'his', 'her', 'their']);
const POSS_FIRST = new Set(['mijn', 'onze', 'ons', 'my', 'our']);
const AS = new Set(['als', 'as']);

// Generic person nouns; the dictionaries add professions, nationalities and conditions (autist, junkie).
const PERSON = new Set([
  'persoon', 'mens', 'man', 'vrouw', 'jongen', 'meisje', 'jongeman', 'jongedame', 'jongere', 'tiener', 'puber', 'baby', 'peuter', 'kleuter',
  'dame', 'heer', 'meneer', 'mevrouw', 'bewoner', 'bewoonster', 'inwoner', 'inwoonster', 'dorpeling', 'burger', 'cliënt', 'cliënte', 'client',
  'patiënt', 'patiënte', 'patient', 'deelnemer', 'deelneemster', 'leerling', 'scholier', 'student', 'studente', 'cursist', 'cursiste', 'lid',
  'speler', 'speelster', 'vrijwilliger', 'vrijwilligster', 'gast', 'bezoeker', 'bezoekster', 'klant', 'winnaar', 'winnares', 'kandidaat',
  'kandidate', 'overlevende', 'slachtoffer', 'donor', 'gedetineerde', 'verdachte', 'vluchteling', 'asielzoeker', 'nieuwkomer', 'collega',
  'werknemer', 'zorgvrager', 'hulpvrager', 'jeugdige', 'minderjarige', 'oudere', 'senior', 'bejaarde', 'dorpsgenoot', 'teamgenoot',
  'person', 'woman', 'girl', 'boy', 'lady', 'gentleman', 'guy', 'kid', 'teenager', 'teen', 'youngster', 'toddler', 'resident', 'inhabitant',
  'citizen', 'villager', 'inmate', 'prisoner', 'detainee', 'pupil', 'participant', 'member', 'player', 'winner', 'volunteer', 'survivor',
  'victim', 'recipient', 'customer', 'visitor', 'guest', 'candidate', 'female', 'male', 'individual', 'adult', 'applicant', 'refugee',
  'attendee', 'contestant', 'competitor', 'graduate', 'employee', 'centenarian', 'influencer', 'vlogger', 'blogger', 'youtuber', 'streamer',
  'tiktokker', 'tiktoker', 'creator',
  ...ROLES_BEFORE_NAME,
]);
const PERSON_PLURAL = new Set([
  'personen', 'mensen', 'mannen', 'vrouwen', 'jongens', 'meisjes', 'kinderen', 'jongeren', 'tieners', 'pubers', 'dames', 'heren', 'bewoners',
  'bewoonsters', 'inwoners', 'cliënten', 'clienten', 'patiënten', 'patienten', 'deelnemers', 'leerlingen', 'scholieren', 'studenten', 'leden',
  'spelers', 'vrijwilligers', 'gasten', 'bezoekers', 'klanten', 'winnaars', 'kandidaten', 'overlevenden', 'slachtoffers', 'ouderen',
  'people', 'persons', 'men', 'women', 'girls', 'boys', 'ladies', 'guys', 'kids', 'children', 'teenagers', 'residents', 'patients', 'clients',
  'inmates', 'pupils', 'students', 'participants', 'members', 'players', 'winners', 'volunteers', 'survivors', 'victims', 'customers',
  'visitors', 'guests', 'candidates', 'adults', 'colleagues', 'collega', 'collega\'s',
]);
// Kin and friends: "haar oudste zoon", "zijn enige broer", "her best friend" are family, not uniqueness.
const KIN = new Set([
  'zoon', 'dochter', 'zus', 'zuster', 'zusje', 'broer', 'broertje', 'kind', 'kleinkind', 'kleinzoon', 'kleindochter', 'achterkleinkind', 'neef',
  'nicht', 'oom', 'tante', 'opa', 'oma', 'grootvader', 'grootmoeder', 'moeder', 'vader', 'echtgenoot', 'echtgenote', 'partner', 'vriend',
  'vriendin', 'kleinkinderen', 'son', 'daughter', 'sister', 'brother', 'sibling', 'child', 'grandchild', 'grandson', 'granddaughter', 'nephew',
  'niece', 'uncle', 'aunt', 'grandfather', 'grandmother', 'grandma', 'grandpa', 'mother', 'father', 'mum', 'mom', 'dad', 'husband', 'wife',
  'friend', 'relative', 'cousin', 'buddy', 'mate',
]);
// The heads of Dutch compounds that name a person ("dorpsbewoner", "brandweervrouw", "schaakspeler").
const PERSON_COMPOUND_HEADS = ['bewoner', 'bewoonster', 'inwoner', 'inwoonster', 'patiënt', 'patiënte', 'cliënt', 'cliënte', 'vrouw', 'meisje', 'jongen', 'speler', 'speelster', 'deelnemer', 'leerling', 'vrijwilliger', 'ganger', 'genoot'];
// Superlatives of age that, among kin, are a birth order ("de jongste", "the eldest").
const BIRTH_ORDER = new Set(['jongste', 'oudste', 'youngest', 'eldest', 'oldest']);
// Groups of kin a birth order is counted in.
const KIN_GROUPS = new Set([
  'kinderen', 'broers', 'zussen', 'zusjes', 'broertjes', 'gezin', 'familie', 'kinderschaar', 'kleinkinderen', 'tweeling', 'drieling',
  'children', 'kids', 'siblings', 'brothers', 'sisters', 'family', 'grandchildren', 'twins', 'triplets',
]);
const KIN_TITLE_WORDS = new Set(KIN_TITLES);
// A case is a person in a care text ("de heftigste casus ooit").
const CASE_NOUNS = new Set(['casus', 'geval', 'case', 'patiëntcasus']);
// Person nouns by their suffix, for heads no list has ("psychoot", "neuroot", "sadist").
const PERSON_SUFFIX = /(?:\p{L}{4}oot|\p{L}{4}ist|\p{L}{3}icus)$/u;

// Superlatives that do not single anyone out: quantifiers, positions, frequencies ("de meeste bewoners",
// "de bovenste verdieping", "de meest voorkomende vorm").
const NOT_SUPERLATIVE_NL = new Set([
  'meeste', 'minste', 'meest', 'minst', 'eerst', 'laatst', 'bovenste', 'onderste', 'binnenste', 'buitenste', 'achterste', 'voorste', 'middelste',
  'juist', 'juiste', 'vast', 'vaste', 'robuust', 'robuuste', 'woest', 'woeste', 'enthousiast', 'enthousiaste', 'gerust', 'kust', 'lust', 'rust',
  'post', 'feest', 'geest', 'lijst', 'dienst', 'kunst', 'angst', 'winst', 'borst', 'vorst', 'test', 'kwast', 'gast', 'last', 'mist', 'lest',
  'oost', 'west', 'ernst', 'gunst', 'kist', 'list', 'twist', 'geeste', 'kaste', 'geste', 'piste', 'teste', 'kerst', 'dorst', 'worst', 'korst',
  'vaakst', 'vaakste', 'belangrijkste', 'bewust', 'bewuste', 'meestal', 'zuster',
]);
const NOT_SUPERLATIVE_EN = new Set([
  'honest', 'dishonest', 'modest', 'immodest', 'earnest', 'forest', 'interest', 'protest', 'request', 'contest', 'arrest', 'harvest',
  'conquest', 'suggest', 'digest', 'invest', 'manifest', 'tempest', 'bequest', 'incest', 'chest', 'guest', 'quest', 'crest', 'nest', 'vest',
  'pest', 'jest', 'zest', 'rest', 'test', 'west', 'lest', 'priest', 'midwest', 'unrest', 'inquest', 'ingest', 'attest', 'detest', 'infest',
  'northwest', 'southwest', 'everest', 'commonest', 'likeliest', 'latest',
]);
// "Beste mevrouw Jansen,", "Liefste mama": a salutation, not a superlative.
const SALUTATIONS = new Set(['beste', 'liefste', 'allerliefste', 'allerbeste', 'dearest', 'best']);
// Praise without a frame is an opinion, not a fact that singles anyone out ("de beste zorgverlener luistert").
const HYPERBOLE = new Set(['wereld', 'world', 'universe', 'heelal', 'aarde', 'earth', 'planet', 'land', 'country']);
const EVALUATIVE = new Set(['beste', 'best', 'slechtste', 'worst', 'liefste', 'leukste', 'mooiste', 'knapste', 'finest', 'greatest', 'nicest', 'sweetest', 'kindest']);
// "We zoeken de beste kandidaat", "looking for the most experienced nurse": a role to fill, nobody yet.
const GENERIC_LEAD = new Set(['zoeken', 'zoekt', 'zoek', 'gezocht', 'verdient', 'verdienen', 'nodig', 'seek', 'seeking', 'looking', 'hire', 'hiring', 'wanted', 'want', 'need', 'needs', 'deserve', 'deserves', 'deserved', 'become', 'worden', 'word', 'wees', 'elke', 'iedere', 'every', 'any']);
// "meest voorkomende", "most common": a frequency, not a person singled out.
const FREQUENCY = new Set(['voorkomende', 'gebruikte', 'gestelde', 'gehoorde', 'gevraagde', 'common', 'frequent', 'likely', 'popular', 'used', 'important', 'recent', 'prevalent', 'typical', 'widely']);

const ORDINALS = new Map<string, number>([
  ['eerste', 1], ['tweede', 2], ['derde', 3], ['vierde', 4], ['vijfde', 5], ['zesde', 6], ['zevende', 7], ['achtste', 8], ['negende', 9],
  ['tiende', 10], ['elfde', 11], ['twaalfde', 12], ['dertiende', 13], ['veertiende', 14], ['vijftiende', 15], ['twintigste', 20],
  ['laatste', -1], ['allereerste', 1], ['allerlaatste', -1],
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9],
  ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['twentieth', 20], ['last', -1], ['very', 0],
]);
ORDINALS.delete('very');
const ORDINAL_SUFFIX = new Set(['e', 'de', 'ste', 'st', 'nd', 'rd', 'th']);

const ONLY = new Set(['enige', 'enigste', 'only', 'sole']);
const TAIL_EVER = new Set(['ooit', 'allertijden', 'ever']);
const COPULA = new Set(['is', 'was', 'ben', 'bent', 'zijn', 'waren', 'werd', 'wordt', 'word', 'blijft', 'bleef', 'blijkt', 'bleek', 'am', 'are', 'were', 'became', 'becomes', 'remains', 'remained', 'be', 'been']);
const ADVERBS = new Set(['vannacht', 'vandaag', 'gisteren', 'morgen', 'vanavond', 'hier', 'daar', 'er', 'tonight', 'today', 'here', 'there', 'nu', 'al', 'ook', 'nog', 'toen', 'veruit', 'verreweg', 'echt', 'wel', 'toch', 'altijd', 'inmiddels', 'immers', 'zeker', 'misschien', 'waarschijnlijk', 'officieel', 'dus', 'now', 'still', 'also', 'always', 'by', 'far', 'easily', 'officially', 'probably', 'definitely', 'really', 'then', 'once', 'arguably', 'possibly', 'surely']);
const SUBJECT_THIRD = new Set(['hij', 'zij', 'ze', 'he', 'she']);
const SUBJECT_WRITER = new Set(['ik', 'wij', 'we', 'i', 'k']);
const SUBJECT_THING = new Set(['het', 'dit', 'dat', 'deze', 'die', 'it', 'this', 'that', 'er', 'there', 'wat', 'what', 'alles', 'iets', 'everything', 'something', 'which', 'wie', 'who', 'welke']);
const RELATIVE = new Set(['die', 'dat', 'wie', 'who', 'that', 'to', 'om', 'whose', 'whom']);
const FIRST_PERSON = new Set(['ik', 'wij', 'we', 'i', 'k', 'me', 'mij', 'my', 'mijn', 'our', 'onze', 'us']);

const DOMAIN_PREPS = new Set(['in', 'op', 'van', 'uit', 'bij', 'binnen', 'onder', 'of', 'on', 'at', 'from', 'among', 'within', 'across', 'aboard']);
// Frames a person is unique in: a group, a place, a family, history.
const DOMAIN_NOUNS = new Set([
  'afdeling', 'groep', 'leefgroep', 'woongroep', 'klas', 'school', 'team', 'ploeg', 'club', 'vereniging', 'dorp', 'wijk', 'buurt', 'straat', 'stad',
  'gemeente', 'land', 'provincie', 'regio', 'wereld', 'familie', 'gezin', 'tehuis', 'instelling', 'kliniek', 'ziekenhuis', 'praktijk', 'gevangenis',
  'opleiding', 'jaargang', 'bedrijf', 'fabriek', 'kerk', 'parochie', 'koor', 'orkest', 'band', 'bemanning', 'korps', 'kazerne', 'geschiedenis',
  'zorgcentrum', 'verpleeghuis', 'woonzorgcentrum', 'eiland', 'omgeving', 'streek', 'universiteit', 'faculteit', 'selectie', 'elftal',
  'ward', 'unit', 'group', 'class', 'team', 'crew', 'squad', 'village', 'town', 'city', 'county', 'state', 'country', 'world', 'nation', 'family',
  'home', 'street', 'neighbourhood', 'neighborhood', 'block', 'estate', 'parish', 'church', 'choir', 'company', 'firm', 'hospital', 'prison',
  'force', 'station', 'history', 'region', 'area', 'district', 'island', 'department', 'year', 'cohort', 'university', 'college', 'army', 'navy',
]);
const TEMPORAL_NOUNS = new Set(['dag', 'ochtend', 'middag', 'avond', 'nacht', 'week', 'maand', 'dienst', 'vandaag', 'spreekuur', 'day', 'morning', 'afternoon', 'evening', 'night', 'month', 'shift', 'today', 'clinic']);
const CAREER = new Set(['carrière', 'loopbaan', 'career', 'jaren', 'years', 'leven', 'life']);
const DOMAIN_LEAD = new Set(['de', 'het', 'the', 'a', 'an', 'haar', 'zijn', 'hun', 'her', 'his', 'their', 'mijn', 'my', 'onze', 'ons', 'our', 'heel', 'hele', 'whole', 'entire', 'al', 'all']);

// Words that end a noun phrase or a relative clause: function words, auxiliaries, pronouns.
const STOP = new Set([
  'en', 'maar', 'want', 'omdat', 'terwijl', 'toen', 'dus', 'of', 'als', 'dan', 'die', 'dat', 'wie', 'wat', 'waar', 'om', 'te',
  'in', 'op', 'van', 'uit', 'bij', 'met', 'naar', 'voor', 'door', 'aan', 'over', 'tot', 'na', 'sinds', 'zonder', 'tegen', 'onder', 'binnen',
  'is', 'was', 'zijn', 'ben', 'bent', 'waren', 'werd', 'wordt', 'heeft', 'had', 'hebben', 'hadden', 'kan', 'kon', 'zal', 'zou', 'moet', 'mag',
  'wil', 'gaat', 'ging', 'kwam', 'komt', 'hij', 'zij', 'ze', 'ik', 'we', 'wij', 'er', 'hier', 'daar', 'niet', 'nog', 'ook', 'al', 'nu', 'wel',
  'and', 'but', 'because', 'while', 'so', 'or', 'when', 'than', 'who', 'whom', 'which', 'that', 'to', 'where', 'as',
  'on', 'at', 'from', 'with', 'for', 'by', 'about', 'after', 'before', 'since', 'into', 'among', 'within',
  'are', 'were', 'has', 'have', 'will', 'would', 'can', 'could', 'did', 'does', 'do', 'be', 'been', 'being', 'he', 'she', 'i', 'they', 'it',
  'not', 'ever', 'ooit', 'allertijden', 'aller', 'gezien', 'meegemaakt', 'seen', 'met', 'ik', 'this', 'these', 'those', 'there', 'here', 'van',
]);
const CLAUSE_END = new Set(['.', '!', '?', ';', ':', ',', '(', ')', '\n', '—', '–', '"', '“', '”']);
const CONJUNCTIONS = new Set(['en', 'maar', 'want', 'omdat', 'terwijl', 'toen', 'dus', 'and', 'but', 'because', 'while', 'so', 'or', 'whereas', 'when']);
const TRIM_END = new Set(['de', 'het', 'een', 'the', 'a', 'an', 'zijn', 'haar', 'hun', 'his', 'her', 'their', 'in', 'op', 'van', 'uit', 'bij', 'met', 'naar', 'voor', 'door', 'aan', 'of', 'on', 'at', 'from', 'with', 'for', 'by', 'to', 'te', 'om', 'en', 'and', '-', "'"]);

// Records, titles, championships, prizes.
const RECORD_VERBS = new Set(['verbrak', 'verbeterde', 'vestigde', 'brak', 'zette', 'evenaarde', 'houdt', 'hield', 'verbroken', 'gevestigd', 'gebroken', 'verbeterd', 'broke', 'breaks', 'set', 'sets', 'holds', 'held', 'smashed', 'beat', 'equalled', 'equaled', 'broken']);
const NOT_A_RECORD = new Set(['criminal', 'medical', 'police', 'dental', 'health', 'school', 'track', 'public', 'court', 'service', 'employment', 'patient', 'clinical', 'written', 'permanent', 'academic', 'personal', 'persoonlijk', 'persoonlijke', 'medisch', 'strafblad', 'off', 'for']);
const RECORD_MODIFIERS = new Set(['world', 'national', 'state', 'county', 'british', 'european', 'olympic', 'club', 'guinness', 'course', 'dutch', 'belgian', 'us', 'american', 'english', 'scottish', 'welsh', 'irish', 'new', 'all', 'nederlands', 'belgisch', 'europees', 'nationaal', 'olympisch', 'vlaams']);
const TITLE_MODIFIERS = new Set([
  'nederlands', 'belgisch', 'vlaams', 'europees', 'nationaal', 'provinciaal', 'regionaal', 'olympisch', 'paralympisch', 'fries', 'gelders', 'limburgs',
  'brabants', 'zeeuws', 'gronings', 'drents', 'overijssels', 'utrechts', 'hollands', 'duits', 'frans', 'waals', 'brussels',
  'national', 'world', 'state', 'county', 'regional', 'european', 'british', 'olympic', 'paralympic', 'junior', 'senior', 'district', 'provincial',
  'amateur', 'commonwealth', 'area', 'division', 'conference', 'dutch', 'belgian', 'english', 'scottish', 'welsh', 'irish', 'american', 'us', 'uk',
  'chess', 'boxing', 'wrestling', 'darts', 'snooker', 'tennis', 'golf', 'spelling', 'bee', 'judo', 'karate', 'swimming', 'rowing', 'cycling',
]);
const BECAME = new Set(['werd', 'wordt', 'became', 'becomes']);
const CHAMPION_PREFIX = new Set(['reigning', 'defending', 'former', 'regerend', 'regerende', 'voormalig', 'voormalige', 'oud']);
const CHAMPIONSHIP_ABBR = new Set(['NK', 'EK', 'WK', 'BK', 'ONK', 'VK']);
const WIN_VERBS = new Set([
  'won', 'wint', 'winnen', 'gewonnen', 'winnaar', 'winnares', 'pakte', 'pakt', 'behaalde', 'behaald', 'haalde', 'sleepte', 'veroverde',
  'wins', 'winning', 'winner', 'clinched', 'captured',
]);
const AWARD_VERBS = new Set([
  ...WIN_VERBS, 'kreeg', 'ontving', 'uitgereikt', 'toegekend', 'gekregen', 'laureaat', 'awarded', 'received',
  'earned', 'got', 'given', 'presented', 'recipient', 'holder', 'laureate', 'gained',
]);
const AWARD_NOUNS = new Set(['winnaar', 'winnares', 'winner', 'recipient', 'holder', 'laureaat', 'laureate']);
const PARTICIPATE = new Set(['deed', 'doet', 'nam', 'neemt', 'werd', 'won', 'competed', 'placed', 'finished', 'came', 'reached', 'bereikte', 'eindigde']);
const WIN_OR_PARTICIPATE = new Set([...WIN_VERBS, ...PARTICIPATE]);
const MEDALS = new Set(['goud', 'zilver', 'brons', 'gold', 'silver', 'bronze']);
// Prize heads: a medal or an award names one winner; "prijs" is a price too, so it needs a win verb.
const PRIZE_HEADS = new Set(['medal', 'medaille', 'prize', 'award', 'trophy', 'trofee', 'lintje', 'onderscheiding', 'knighthood', 'oscar', 'emmy', 'grammy', 'edison']);
const PRIZE_CAPITAL_HEADS = new Set(['Cross', 'Star', 'Cup', 'Beker', 'Medal', 'Prize', 'Award', 'Trophy', 'Prijs']);
const HONOURS = new Set(['MBE', 'OBE', 'CBE', 'KBE', 'DBE']);
const WIN_ONLY_HEADS = new Set(['prijs', 'beker', 'cup', 'titel', 'title', 'jackpot']);

// Counts.
const FOLLOWERS = new Set(['volgers', 'followers', 'abonnees', 'subscribers', 'fans']);
const PARENTS = new Set(['moeder', 'vader', 'mother', 'father', 'mum', 'mom', 'dad', 'ouders', 'parents', 'mama', 'papa']);
const CHILDREN = new Set(['kinderen', 'children', 'kids', 'zonen', 'dochters', 'sons', 'daughters', 'kleinkinderen', 'grandchildren']);
const FAMILY = new Set(['gezin', 'family', 'familie', 'household', 'huishouden']);
const ANIMALS = new Set(['katten', 'honden', 'vogels', 'kippen', 'konijnen', 'paarden', 'slangen', 'papegaaien', 'cats', 'dogs', 'birds', 'rabbits', 'horses', 'snakes', 'parrots', 'chickens']);
const HAVE = new Set(['heeft', 'had', 'kreeg', 'houdt', 'hield', 'verzorgt', 'has', 'keeps', 'kept', 'raised', 'met', 'with', 'voedde']);
const MULTIPLIERS = new Map<string, number>([['k', 1000], ['duizend', 1000], ['thousand', 1000], ['m', 1_000_000], ['mln', 1_000_000], ['miljoen', 1_000_000], ['million', 1_000_000]]);
const ABOUT = new Set(['ruim', 'bijna', 'circa', 'ongeveer', 'zo’n', 'meer', 'dan', 'over', 'nearly', 'almost', 'around', 'about', 'more', 'than', 'some', 'wel', 'maar', 'liefst', 'niet', 'minder', 'than']);

// Milestone ages.
const BIRTHDAY = new Set(['verjaardag', 'birthday', 'bday', 'verjaardagsfeest', 'jaardag']);
const MILESTONE_NOUNS = new Map<string, [number, number]>([
  ['eeuweling', [100, 110]], ['honderdplusser', [100, 110]], ['supercentenarian', [110, 115]],
]);
/** The age rule reads "werd 101", "100-jarige" and "centenarian"; this rule the milestones it does not. */
const MIN_MILESTONE = 90;
const UNTIL = new Set(['tot', 'na', 'vanaf', 'voor', 'vóór', 'sinds', 'rond', 'until', 'after', 'from', 'before', 'by', 'till', 'since', 'around']);
const TITLES = new Set(['mevrouw', 'meneer', 'mw', 'dhr', 'mrs', 'mr', 'ms', 'miss']);
const DEFINITE = new Set(['de', 'het', 'the', 'onze', 'ons', 'mijn', 'our', 'my', 'deze', 'this', 'die', 'that', 'haar', 'zijn', 'her', 'his']);
const WHEN_WORDS = new Set(['gisteren', 'vandaag', 'vorige', 'afgelopen', 'vorig', 'week', 'maand', 'onlangs', 'net', 'pas', 'zojuist', 'deze', 'op', 'zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'yesterday', 'today', 'last', 'this', 'recently', 'just', 'on', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);
const AGE_REACHED = new Set(['werd', 'wordt', 'word', 'turned', 'turns', 'turning', 'reached', 'bereikte', 'bereikt']);

// Tenure: from 25 years at one thing (a generation), up to a lifetime. Feats: from the fiftieth, and
// counts from fifty in a short time.
const MIN_TENURE = 25;
const MAX_TENURE = 100;
const MIN_MILESTONE_ORDINAL = 50;
const MIN_FEAT_COUNT = 50;
// Money words that make a count a sum ("5000 euro in twee maanden"), by their class in money-words.tsv.
const MONEY_NOUNS = new Set(['currency', 'symbol', 'code', 'multiplier']);

// Epithets: a figurative role the community gives one person ("de clown van de afdeling", "the hero of
// the street", "de fietsdokter van de buurt"): a closed class of role nouns, heads of compounds too.
const EPITHETS = new Set([
  'clown', 'prinses', 'prins', 'koning', 'koningin', 'burgemeester', 'opa', 'oma', 'mascotte', 'held', 'heldin', 'ster', 'diva', 'rebel',
  'professor', 'dichter', 'filosoof', 'engel', 'duivel', 'gangmaker', 'zonnetje', 'terror', 'schrik', 'lieveling', 'knuffel', 'moeder',
  'vader', 'goeroe', 'lolbroek', 'grapjas', 'bullebak', 'kwajongen', 'legende', 'beroemdheid', 'kampioen',
  'princess', 'prince', 'king', 'queen', 'mayor', 'grandpa', 'grandma', 'granny', 'mascot', 'hero', 'heroine', 'star', 'poet', 'philosopher',
  'angel', 'devil', 'life', 'sweetheart', 'legend', 'joker', 'celebrity', 'mum', 'mom', 'dad', 'guru', 'character',
]);
const EPITHET_HEADS = ['dokter', 'clown', 'koning', 'koningin', 'prinses', 'prins', 'held', 'heldin', 'ster', 'mascotte', 'engel', 'duivel', 'professor', 'filosoof', 'dichter', 'goeroe', 'meester'];
// The communities an epithet is given in: the ward, the street, the village.
const COMMUNITIES = new Set([
  'afdeling', 'buurt', 'dorp', 'straat', 'wijk', 'groep', 'klas', 'school', 'huis', 'tehuis', 'team', 'club', 'leefgroep', 'woongroep',
  'ward', 'unit', 'block', 'neighborhood', 'neighbourhood', 'town', 'village', 'street', 'class', 'group', 'estate', 'home', 'team', 'club',
]);
// "de burgemeester van het dorp", "the mayor of the neighbourhood": the office itself, a profession; an
// office is an epithet only where no such office exists ("de burgemeester van de afdeling").
const OFFICE_FRAMES = new Set(['afdeling', 'groep', 'klas', 'huis', 'tehuis', 'team', 'leefgroep', 'woongroep', 'straat', 'ward', 'unit', 'class', 'group', 'home', 'street', 'block']);
const LITERAL_OFFICES = new Set(['burgemeester', 'mayor']);

// What a word can open, looked up once per token: whole words, and the last three letters.
const ORD = 1;
const ONLY_W = 2;
const SUP = 4;
const AGE = 8;
const BDAY = 16;
/** The birthday from which "zijn"/"haar" alone says it is a person's. */
const ELDERLY_BIRTHDAY = 60;
const COUNT = 32;
const RECORD = 64;
const EPI = 128;
const NICK = 256;
// Verbs and nouns of naming: "ze noemen hem 'de professor'", "known as 'the Colonel'", "zijn bijnaam is ...".
const NAMING = ['noem', 'noemt', 'noemen', 'noemde', 'noemden', 'genoemd', 'heet', 'heette', 'heten', 'bijnaam', 'roepnaam', 'kent', 'kende', 'kennen', 'kenden', 'bekend', 'call', 'calls', 'called', 'calling', 'nicknamed', 'nickname', 'dubbed', 'known', 'know', 'knows', 'knew'];
// Naming by the people around someone, which a bare capitalized word after it makes a nickname ("known
// locally as Shire", "iedereen noemt hem Kabouter", "zijn bijnaam is Stoomboot"), unless the writer names.
const NICKNAMING = new Set(['bijnaam', 'roepnaam', 'bekend', 'noemt', 'noemen', 'noemde', 'noemden', 'calls', 'call', 'called', 'nicknamed', 'nickname', 'dubbed', 'known']);
// What stands between the naming word and the nickname: an object, "als"/"as", a link ("zijn bijnaam is").
const NICK_LINKS = new Set(['hem', 'haar', 'him', 'her', 'als', 'as', 'is', 'was', ':', 'werd', 'became']);
// The writer giving a name: a pseudonym ("in deze blog noem ik haar Yara", "let's call him Tom").
const WRITER_NAMING = new Set(['ik', 'we', 'wij', 'i', "let's", 'lets', 'blog', 'verhaal', 'tekst', 'post', 'story', 'casus', 'case']);
// Someone named: a pronoun of a person near the verb ("noemen hem", "heet hij", "call her"), not a film's title.
const NAMED_PERSON = new Set(['hem', 'haar', 'hij', 'zij', 'ze', 'hen', 'him', 'her', 'he', 'she', 'they', 'them']);
// Who is named: not the writer ("ze noemen mij ...", "he called me 'Sergeant'").
const WRITER_OBJECTS = new Set(['me', 'mij', 'ons', 'us', 'mijn', 'my', 'our', 'onze']);
const SENTENCE_MARKS = new Set(['.', '!', '?', ';', '\n']);
const OPEN_QUOTES = new Set(["'", '‘', '"', '“', '„']);
const CLOSE_QUOTES = new Set(["'", '’', '"', '”']);
const QUOTED_ARTICLES = new Set(['de', 'het', "'t", 'een', 'the', 'a', 'an', 'little', 'big', 'kleine', 'grote', 'ouwe', 'old']);
const TRIGGERS = new Map<string, number>();
const trigger = (words: Iterable<string>, flag: number): void => {
  for (const w of words) TRIGGERS.set(w.toLowerCase(), (TRIGGERS.get(w.toLowerCase()) ?? 0) | flag);
};
trigger(ORDINALS.keys(), ORD);
trigger(ONLY, ONLY_W);
trigger(['meest', 'minst', 'most', 'least', 'best', 'worst', 'eldest'], SUP);
trigger([...MILESTONE_NOUNS.keys(), ...AGE_REACHED, 'is'], AGE);
trigger(BIRTHDAY, BDAY);
trigger([...FOLLOWERS, ...PARENTS, ...FAMILY, ...CHILDREN, ...ANIMALS], COUNT);
trigger(['record', 'championship', 'titel', 'title', ...PRIZE_HEADS, ...WIN_ONLY_HEADS, ...PRIZE_CAPITAL_HEADS, ...HONOURS, ...CHAMPIONSHIP_ABBR], RECORD);
trigger(['van', 'of'], EPI);
trigger(NAMING, NICK);
const SUFFIX_TRIGGERS = new Map<string, number>([
  ['ste', SUP], ['rig', AGE], ['ige', AGE],
  // record, kampioen(e), champion, kampioenschap, prijs, medaille, trofee, award
  ['ord', RECORD], ['oen', RECORD], ['ene', RECORD], ['ion', RECORD], ['hap', RECORD], ['ijs', RECORD], ['lle', RECORD], ['fee', RECORD], ['ard', RECORD],
]);

// ---------------------------------------------------------------------------------------------------
// Token helpers

const lower = (tokens: readonly Token[], i: number): string => tokens[i]?.lower ?? '';
const isWord = (t: Token | undefined): t is Token => !!t && t.type === 'word';
const adjacent = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;
const ends = (t: Token | undefined): boolean => !t || CLAUSE_END.has(t.text) || CONJUNCTIONS.has(t.lower);

/** The value of an ordinal at token i ("vierde", "4e", "4th", "100ste"), and its last token. */
function ordinalAt(tokens: readonly Token[], i: number): { value: number; last: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.type === 'word') {
    const v = ORDINALS.get(t.lower);
    return v === undefined ? undefined : { value: v, last: i };
  }
  if (t.type === 'number' && t.text.length <= 3) {
    const s = tokens[i + 1];
    if (s && adjacent(t, s) && ORDINAL_SUFFIX.has(s.lower)) return { value: Number(t.text), last: i + 1 };
  }
  return undefined;
}

/** A number word ordinal in running text: "honderdste", "negentigste", "hundredth", "ninetieth". */
function wordOrdinal(w: string): number | undefined {
  const o = ORDINALS.get(w);
  if (o !== undefined && o > 0) return o;
  const nl = /^(.+?)(?:ste|de)$/.exec(w);
  if (nl) {
    const stem = nl[1]!;
    const v = parseNumberWord(stem) ?? hundreds(stem);
    if (v !== undefined) return v;
  }
  const en = /^(.+?)(?:ieth|th)$/.exec(w);
  if (en) return parseNumberWord(w.endsWith('ieth') ? `${en[1]}y` : en[1]!);
  return undefined;
}

/**
 * A number word up to the thousands: "zestig", "drieënveertig", "honderd", "tweehonderd", "duizend",
 * "drieduizend", "hundred", "thousand".
 */
function bigNumberWord(w: string): number | undefined {
  const v = parseNumberWord(w) ?? hundreds(w);
  if (v !== undefined) return v;
  if (w === 'thousand' || w === 'duizend') return 1000;
  const m = /^(.*?)(honderd|duizend)(.*)$/.exec(w);
  if (!m) return undefined;
  const head = m[1] === '' ? 1 : parseNumberWord(m[1]!);
  const tail = m[3] === '' ? 0 : parseNumberWord(m[3]!.replace(/^en/, ''));
  if (head === undefined || tail === undefined || head > 9) return undefined;
  return head * (m[2] === 'duizend' ? 1000 : 100) + tail;
}

/** An ordinal word up to the thousands: "vijftigste", "honderdste", "duizendste", "hundredth", "thousandth". */
function bigOrdinal(w: string): number | undefined {
  const nl = /^(.+?)(?:ste|de)$/.exec(w);
  if (nl && nl[1]!.length >= 3) {
    const v = bigNumberWord(nl[1]!);
    if (v !== undefined) return v;
  }
  const en = /^(.+?)(?:ieth|th)$/.exec(w);
  if (en) return bigNumberWord(w.endsWith('ieth') ? `${en[1]}y` : en[1]!);
  return undefined;
}

/** "honderd", "honderdtwee", "honderdeneen": Dutch numbers from 100 to 119. */
function hundreds(w: string): number | undefined {
  if (!w.startsWith('honderd')) return undefined;
  const rest = w.slice(7).replace(/^en/, '');
  if (rest === '') return 100;
  const n = parseNumberWord(rest);
  return n !== undefined && n < 20 ? 100 + n : undefined;
}

/** A number written with separators or a multiplier ("80.000", "1,2 miljoen", "80K") ending at token `last`. */
function numberEndingAt(tokens: readonly Token[], last: number): { value: number; first: number } | undefined {
  let i = last;
  let mult = 1;
  const m = MULTIPLIERS.get(tokens[i]?.lower ?? '');
  if (m && tokens[i]?.type === 'word' && i > 0 && tokens[i - 1]!.type === 'number') {
    mult = m;
    i--;
  }
  if (tokens[i]?.type !== 'number') {
    const w = parseNumberWord(tokens[i]?.lower ?? '');
    return w === undefined ? undefined : { value: w * mult, first: i };
  }
  // Digits joined by '.' or ',' without spaces: "80.000", "1,2", "12,500".
  let first = i;
  while (first >= 2 && (tokens[first - 1]!.text === '.' || tokens[first - 1]!.text === ',') && adjacent(tokens[first - 2], tokens[first - 1]) && adjacent(tokens[first - 1], tokens[first]) && tokens[first - 2]!.type === 'number') first -= 2;
  const raw = tokens.slice(first, i + 1).map((t) => t.text).join('');
  let value: number;
  if (mult > 1) value = Number(raw.replace(',', '.')) * mult;
  else value = Number(raw.replace(/[.,](?=\d{3}(?:\D|$))/g, '').replace(',', '.'));
  return Number.isFinite(value) ? { value, first } : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Phrase structure

type HeadType = 'person' | 'kin' | 'case' | 'condition' | 'one' | 'thing' | 'none';
interface Head { type: HeadType; first: number; last: number; plural: boolean }
interface Domain { prep: string; last: number; type: 'named' | 'count' | 'temporal' | 'career' | 'frame' | 'plain' | 'possessor'; inSpan: boolean }
interface Relative { first: number; last: number; firstPerson: boolean; ever: boolean }

function createUniquenessDetector(lexicon: Lexicon): Detector {
  const professions = () => lexicon.professions().matcher;
  const nationalities = () => lexicon.nationalities().matcher;
  const conditions = () => lexicon.conditions().matcher;

  /** A person noun at token j: a generic one, a compound with a person head, a profession or a nationality. */
  function personAt(tokens: readonly Token[], j: number): { last: number; kin: boolean; plural: boolean } | undefined {
    const t = tokens[j];
    if (!isWord(t)) return undefined;
    const w = t.lower;
    if (KIN.has(w)) return { last: j, kin: true, plural: w.endsWith('eren') };
    if (PERSON.has(w)) return { last: j, kin: false, plural: false };
    if (PERSON_PLURAL.has(w)) return { last: j, kin: false, plural: true };
    for (const h of PERSON_COMPOUND_HEADS) {
      if (w.length >= h.length + 3 && w.endsWith(h)) return { last: j, kin: false, plural: false };
      if (w.length >= h.length + 4 && (w.endsWith(`${h}s`) || w.endsWith(`${h}en`) || w.endsWith(`${h}nen`))) return { last: j, kin: false, plural: true };
    }
    const p = professions().longestAt(tokens, j);
    if (p) {
      const lastTok = tokens[p.last]!;
      // "verpleegkundigen", "artsen", "nurses": a plural when the word without its ending is a profession too.
      const stripped = (end: string) => lastTok.lower.endsWith(end) && !!professions().longestAt([{ ...lastTok, lower: lastTok.lower.slice(0, -end.length), index: 0 }], 0);
      const plural = stripped('n') || stripped('en') || stripped('s');
      return { last: p.last, kin: false, plural };
    }
    const n = nationalities().longestAt(tokens, j);
    // A nationality is a person only as a noun: "de enige Marokkaan in de klas", not "de enige Marokkaanse winkel".
    if (n) {
      const after = tokens[n.last + 1];
      if (!isWord(after) || STOP.has(after.lower) || isCapitalized(after)) return { last: n.last, kin: false, plural: /(?:en|s)$/.test(tokens[n.last]!.lower) && !/(?:aan|ees)$/.test(tokens[n.last]!.lower) };
    }
    return undefined;
  }

  /** The head of the noun phrase starting at token s (after the superlative, "enige" or the ordinal). */
  function headAt(tokens: readonly Token[], s0: number): Head {
    // "de laatste nog levende overlevende", "the oldest still living resident"
    const s = /^(?:nog|still)$/.test(lower(tokens, s0)) && isWord(tokens[s0 + 1]) ? s0 + 1 : s0;
    for (let j = s; j <= s + 2; j++) {
      const t = tokens[j];
      if (!isWord(t) || STOP.has(t.lower) || (j > s && isCapitalized(t) && !personAt(tokens, j))) {
        return j === s ? { type: 'none', first: s, last: s - 1, plural: false } : { type: 'thing', first: j - 1, last: j - 1, plural: false };
      }
      const p = personAt(tokens, j);
      if (p) return { type: p.kin ? 'kin' : 'person', first: j, last: p.last, plural: p.plural };
      if (t.lower === 'one') return { type: 'one', first: j, last: j, plural: false };
      if (CASE_NOUNS.has(t.lower)) return { type: 'case', first: j, last: j, plural: false };
      const c = conditions().longestAt(tokens, j);
      if (c) return { type: 'condition', first: j, last: c.last, plural: false };
      if (PERSON_SUFFIX.test(t.lower)) return { type: 'condition', first: j, last: j, plural: false };
      // A modifier when another word follows ("de enige vrouwelijke brandweerman"); otherwise the head.
      const next = tokens[j + 1];
      const hyphen = next?.text === '-' && adjacent(t, next) && isWord(tokens[j + 2]);
      if (hyphen) {
        j++;
        continue;
      }
      if (!isWord(next) || STOP.has(next.lower) || isCapitalized(next) || j === s + 2) return { type: 'thing', first: j, last: j, plural: false };
    }
    return { type: 'thing', first: s, last: s, plural: false };
  }

  /** A prepositional phrase naming the frame the person is unique in: "in de klas", "on the crew", "van Nederland". */
  function domainAt(tokens: readonly Token[], k: number): Domain | undefined {
    const p = tokens[k];
    if (!p || !DOMAIN_PREPS.has(p.lower)) return undefined;
    let j = k + 1;
    if (tokens[j] && (parseNumberWord(tokens[j]!.lower) !== undefined || tokens[j]!.type === 'number')) return { prep: p.lower, last: j, type: 'count', inSpan: false };
    let owner = false;
    while (tokens[j] && DOMAIN_LEAD.has(tokens[j]!.lower) && j < k + 3) {
      if (FIRST_PERSON.has(tokens[j]!.lower)) owner = true;
      j++;
    }
    const t = tokens[j];
    if (!isWord(t)) return undefined;
    if (parseNumberWord(t.lower) !== undefined) return { prep: p.lower, last: j, type: 'count', inSpan: false };
    // "de jongste dochter van de koning", "de eerste vrouw van de burgemeester": whose, not where.
    const owner2 = personAt(tokens, j);
    if (owner2 && !isCapitalized(t)) return { prep: p.lower, last: owner2.last, type: 'possessor', inSpan: true };
    if (isCapitalized(t)) {
      let last = j;
      while (isCapitalized(tokens[last + 1]) && last < j + 3) last++;
      return { prep: p.lower, last, type: 'named', inSpan: false };
    }
    // The frame noun is the last of up to three words ("on the college rugby squad").
    let frame: Domain | undefined;
    for (let m = j; m < j + 3 && isWord(tokens[m]) && !STOP.has(tokens[m]!.lower) && !isCapitalized(tokens[m]); m++) {
      const w = tokens[m]!.lower;
      if (TEMPORAL_NOUNS.has(w)) return { prep: p.lower, last: m, type: 'temporal', inSpan: true };
      if (CAREER.has(w) && owner) return { prep: p.lower, last: m, type: 'career', inSpan: true };
      if (DOMAIN_NOUNS.has(w) || CAREER.has(w)) frame = { prep: p.lower, last: m, type: 'frame', inSpan: true };
    }
    if (frame) return frame;
    if (STOP.has(t.lower)) return undefined;
    return { prep: p.lower, last: j, type: 'plain', inSpan: true };
  }

  /** "ooit", "allertijden", "aller tijden", "ever", "of all time", "ooit gezien": the tail of a superlative. */
  function everAt(tokens: readonly Token[], k: number): number {
    const w = lower(tokens, k);
    if (w === 'aller' && lower(tokens, k + 1) === 'tijden') return k + 1;
    if (w === 'of' && lower(tokens, k + 1) === 'all' && lower(tokens, k + 2) === 'time') return k + 2;
    if (TAIL_EVER.has(w)) return /^(?:gezien|meegemaakt|gehad|behandeld|seen|met|treated|had)$/.test(lower(tokens, k + 1)) ? k + 1 : k;
    return -1;
  }

  /** Does another dictionary start a finding at token m? Then a relative clause's span stops before it. */
  function otherFindingAt(tokens: readonly Token[], m: number): boolean {
    return !!(conditions().longestAt(tokens, m) || professions().longestAt(tokens, m) || nationalities().longestAt(tokens, m));
  }

  /** A relative clause or infinitive after the noun phrase: "die ...", "who ...", "to ...". */
  function relativeAt(tokens: readonly Token[], k: number): Relative | undefined {
    const r = tokens[k];
    if (!r || !RELATIVE.has(r.lower)) return undefined;
    // "to" and "om" open an infinitive only before a word: "the first to arrive", not "to the left".
    if ((r.lower === 'to' || r.lower === 'om') && (!isWord(tokens[k + 1]) || DET.has(lower(tokens, k + 1)) || lower(tokens, k + 1) === 'a')) return undefined;
    const firstPerson = SUBJECT_WRITER.has(lower(tokens, k + 1));
    let last = k;
    let ever = false;
    for (let m = k + 1; m < tokens.length && m <= k + 12; m++) {
      const t = tokens[m]!;
      if (ends(t) || t.type === 'number' || (isCapitalized(t) && t.text !== 'I') || otherFindingAt(tokens, m)) break;
      if (TAIL_EVER.has(t.lower) || t.lower === 'nooit' || t.lower === 'never') ever = true;
      last = m;
    }
    while (last > k && TRIM_END.has(tokens[last]!.lower)) last--;
    return { first: k, last, firstPerson, ever };
  }

  /** The subject a noun phrase starting at token d is said of ("zij is de oudste"), by its copula. */
  function predicateOf(tokens: readonly Token[], d: number): 'third' | 'writer' | 'thing' | 'unknown' | 'none' {
    let k = d - 1;
    // "is zij de oudste": inversion, the pronoun stands between the copula and the noun phrase.
    if ((SUBJECT_THIRD.has(lower(tokens, k)) || SUBJECT_WRITER.has(lower(tokens, k))) && COPULA.has(lower(tokens, k - 1))) return SUBJECT_THIRD.has(lower(tokens, k)) ? 'third' : 'writer';
    for (let n = 0; n < 3 && ADVERBS.has(lower(tokens, k)); n++) k--;
    let c = k;
    let s = c - 1;
    // "she's the oldest": the copula is "'s".
    if (lower(tokens, c) === 's' && tokens[c - 1]?.text.match(/^['’]$/)) s = c - 2;
    else if (!COPULA.has(lower(tokens, c))) return 'none';
    for (let n = 0; n < 2 && ADVERBS.has(lower(tokens, s)); n++) s--;
    const subj = tokens[s];
    if (!subj || ends(subj)) return 'unknown';
    const w = subj.lower;
    if (SUBJECT_THIRD.has(w)) return 'third';
    if (SUBJECT_WRITER.has(w) || (w === 'm' && tokens[s - 1]?.text.match(/^['’]$/))) return 'writer';
    if (SUBJECT_THING.has(w)) return 'thing';
    if (personAt(tokens, s) || (isCapitalized(subj) && subj.type === 'word' && !DET.has(w))) return 'third';
    return 'unknown';
  }

  /** Where a noun phrase ends, and what follows it: a frame, "ooit", a relative clause. */
  function tailOf(tokens: readonly Token[], after: number) {
    let end = after - 1;
    let stopped = false;
    const domain = domainAt(tokens, after);
    let k = after;
    if (domain) {
      if (domain.inSpan) end = domain.last;
      else stopped = true;
      k = domain.last + 1;
    }
    let everLast = -1;
    let relative: Relative | undefined;
    if (!stopped) {
      everLast = everAt(tokens, k);
      if (everLast >= 0) {
        end = everLast;
        k = everLast + 1;
      }
    }
    // "the first woman in her family to ...", "de enige in de groep die ..."; after a named frame
    // ("in Friesland die ...") the clause still counts, but the span stops before the name.
    relative = relativeAt(tokens, k);
    return { domain, ever: everLast >= 0, relative, end, stopped };
  }

  /**
   * Someone in the clause before token i (or the phrase itself) the detail can be about: a pronoun, a
   * person noun, a name. "Ze won het NK", not "Het NK begint morgen".
   */
  function personInClause(tokens: readonly Token[], i: number, strict = false): boolean {
    // The clause, and before it the sentence: "Ze is kampioen en won een medaille" (a shared subject).
    const [, last] = clauseAround(tokens, i);
    let first = i;
    while (first > 0 && i - first < 20 && !(/^[.!?;:\n]$/.test(tokens[first - 1]!.text) && isClauseBoundary(tokens, first - 1))) first--;
    const names = lexicon.names();
    for (let k = first; k <= last; k++) {
      const t = tokens[k]!;
      if (t.type !== 'word') continue;
      if (SUBJECT_THIRD.has(t.lower) || /^(?:hem|him|herself|himself|zichzelf)$/.test(t.lower)) return true;
      // "haar" and "zijn" name a person as an object ("gaf haar een lintje"); as a possessive they may be an organisation's.
      if (POSS_THIRD.has(t.lower) && (!tokens[k + 1] || tokens[k + 1]!.type === 'punct' || /^(?:een|de|het|a|an|the)$/.test(lower(tokens, k + 1)))) return true;
      // `strict`: a particular person ("de cliënt", "mevrouw"), not anyone ("een jongere", "every child").
      if (personAt(tokens, k) && !PERSON_PLURAL.has(t.lower) && (!strict || TITLES.has(t.lower) || DEFINITE.has(lower(tokens, k - 1)))) return true;
      // A first name, not after an article ("De Efteling", "het Rode Kruis").
      if (isCapitalized(t) && names.first.has(t.lower) && !STOP.has(t.lower) && !DET.has(t.lower) && !DET.has(lower(tokens, k - 1)) && !(k === first && names.ambiguous.has(t.lower))) return true;
    }
    return false;
  }

  /** "onze pagina heeft 80.000 volgers", "my account": the writer's own thing, not a person's detail. */
  function writerOwns(tokens: readonly Token[], i: number): boolean {
    const [first] = clauseAround(tokens, i);
    for (let k = first; k < i; k++) if (POSS_FIRST.has(tokens[k]!.lower) && !personAt(tokens, k + 1)) return true;
    return false;
  }

  /** "We zoeken de beste kandidaat", "every nurse": a role to fill or anyone, not a person described. */
  const genericBefore = (tokens: readonly Token[], d: number): boolean => GENERIC_LEAD.has(lower(tokens, d - 1)) || GENERIC_LEAD.has(lower(tokens, d - 2)) && !ends(tokens[d - 1]);

  /** `head`: the person noun the construction describes (token range), kept by a rewrite. */
  interface Hit { first: number; last: number; head?: [number, number]; construction?: Construction; age?: { from: number; to: number; form: 'exact' | 'milestone' | 'stage' | 'said' }; confidence: number }

  const personHead = (head: Head): { head?: [number, number] } =>
    head.type === 'person' || head.type === 'kin' || head.type === 'condition' ? { head: [head.first, head.last] } : {};

  /** The writer or the organisation in the noun phrase's own clause, before any relative clause. */
  const writerClause = (tokens: readonly Token[], i: number, until: number): boolean => aboutWriter(tokens, i, until) || aboutOrganisation(tokens, i, until);

  // ----- superlatives, "enige", ordinals --------------------------------------------------------------

  function superlativeAt(tokens: readonly Token[], i: number, lang: string): [number, number] | undefined {
    const t = tokens[i]!;
    const w = t.lower;
    if (t.type !== 'word' || ORDINALS.has(w)) return undefined;
    const next = tokens[i + 1];
    // "meest agressieve", "most violent": the adjective follows.
    if (w === 'meest' || w === 'most' || w === 'least' || w === 'minst') {
      if (!isWord(next) || STOP.has(next.lower) || FREQUENCY.has(next.lower) || personAt(tokens, i + 1)) return undefined;
      if (w === 'meest' && !/(?:e|en)$/.test(next.lower)) return undefined;
      return [i, i + 1];
    }
    if (lang === 'en') {
      if (w === 'best' || w === 'worst' || w === 'eldest') return [i, i];
      if (w.length >= 6 && w.endsWith('est') && !NOT_SUPERLATIVE_EN.has(w) && !FREQUENCY.has(w)) {
        // "longest-serving", "oldest-living": the participle belongs to it.
        if (next?.text === '-' && adjacent(t, next) && isWord(tokens[i + 2])) return [i, i + 2];
        return [i, i];
      }
      return undefined;
    }
    if (NOT_SUPERLATIVE_NL.has(w) || /[^j]iste$/.test(w)) return undefined;
    const stem = w.startsWith('aller') ? w.slice(5) : w;
    if (stem.length < 4) return undefined;
    if (stem.endsWith('ste') && stem.length >= 6 && !NOT_SUPERLATIVE_NL.has(stem) && !/[^j]iste$/.test(stem)) return [i, i];
    if (stem === 'beste' || stem === 'ergste' || stem === 'liefste') return [i, i];
    // "langst opgenomen", "best betaalde": an -st adverb before a participle or adjective.
    if (stem.endsWith('st') && stem.length >= 5 && isWord(next) && /(?:en|de|te|d|t|e)$/.test(next.lower) && !STOP.has(next.lower)) return [i, i + 1];
    return undefined;
  }

  function superlative(tokens: readonly Token[], i: number, lang: string): Hit | undefined {
    const sup = superlativeAt(tokens, i, lang);
    if (!sup) return undefined;
    const [s, e] = sup;
    if (FREQUENCY.has(lower(tokens, e))) return undefined;
    const lead = lower(tokens, s - 1);
    const det = DET.has(lead) || POSS_THIRD.has(lead) || POSS_FIRST.has(lead) || AS.has(lead);
    if (!det && !ends(tokens[s - 1])) return undefined;
    if (!det && SALUTATIONS.has(lower(tokens, s))) return undefined;
    const d = det ? s - 1 : s;
    if (genericBefore(tokens, d)) return undefined;
    const head = headAt(tokens, e + 1);
    // "in het ergste geval", "in the worst case": an idiom, nobody's case.
    if (head.type === 'case' && /^(?:in|at)$/.test(lower(tokens, d - 1))) return undefined;
    const tail = tailOf(tokens, head.last + 1);
    if (tail.domain?.type === 'count') return undefined; // "de jongste van zes": birth order, a family detail
    // "Van de drie kinderen is zij de jongste", "the eldest of the siblings": birth order among kin.
    if ((head.type === 'none' || head.type === 'one') && BIRTH_ORDER.has(lower(tokens, s)) && kinGroupIn(tokens, s)) return undefined;
    const ever = tail.ever || tail.relative?.ever === true || tail.domain?.type === 'career';
    const framed = !!tail.domain && tail.domain.type !== 'temporal' && tail.domain.type !== 'possessor';
    const pred = predicateOf(tokens, d);
    if (pred === 'writer') return undefined;
    const clauseWriter = () => writerClause(tokens, s, tail.relative ? tail.relative.first - 1 : tail.end);
    // Praise is an opinion unless it is said of someone within a frame: "zij is de beste van de klas", not
    // "de beste verpleegkundige van het jaar", "the best father in the world", "de liefste oma ooit".
    if (EVALUATIVE.has(lower(tokens, s).replace(/^aller/, '')) && !(pred === 'third' && framed && !ever && !HYPERBOLE.has(lower(tokens, tail.domain!.last)))) return undefined;
    let ok = false;
    switch (head.type) {
      case 'person':
        // "een van de oudste deelnemers ooit", "one of the oldest women to swim it": one of few, in a frame.
        ok = !head.plural || (oneOfThe(tokens, d) && (ever || framed || !!tail.relative || (lower(tokens, head.last + 1) === 'to' && isWord(tokens[head.last + 2]))));
        if (ok && !POSS_FIRST.has(lead) && clauseWriter()) return undefined;
        break;
      case 'kin':
        // "de jongste dochter van de koning": "van" after kin says whose child, not where she is unique.
        ok = !head.plural && !POSS_THIRD.has(lead) && !POSS_FIRST.has(lead) && ((framed && !/^(?:van|of)$/.test(tail.domain!.prep)) || ever);
        break;
      case 'case':
      case 'condition':
        ok = ever;
        break;
      case 'one':
      case 'none':
        ok = lead !== 'het' && (pred === 'third' || ((ever || framed) && pred !== 'thing' && (DET.has(lead) || AS.has(lead)) && !clauseWriter()));
        break;
      case 'thing':
        ok = false;
    }
    if (!ok) return undefined;
    if (AS.has(lead) && clauseWriter()) return undefined;
    let last = Math.max(e, head.last, tail.end, ever && tail.relative && !tail.stopped ? tail.relative.last : -1);
    // "one of the oldest women to swim it": the group goes with what it is one of, and what they did.
    const group = head.type === 'person' && head.plural;
    if (group && lower(tokens, head.last + 1) === 'to') for (let k = head.last + 1; k <= head.last + 6 && isWord(tokens[k]) && !ends(tokens[k]); k++) last = Math.max(last, k);
    return { first: group ? d - 2 : d, last, construction: 'superlative', confidence: 0.75, ...personHead(head) };
  }

  /** "een van de", "one of the" before the article at d: one person of a group. */
  function oneOfThe(tokens: readonly Token[], d: number): boolean {
    return DET.has(lower(tokens, d)) && ['van', 'of'].includes(lower(tokens, d - 1)) && ['een', 'één', 'one'].includes(lower(tokens, d - 2));
  }

  /** A group of kin in the sentence of token i ("de drie kinderen", "her siblings", "het gezin"). */
  function kinGroupIn(tokens: readonly Token[], i: number): boolean {
    for (let k = i - 1; k >= 0 && i - k <= 12 && !ends(tokens[k]); k--) if (KIN_GROUPS.has(lower(tokens, k))) return true;
    for (let k = i + 1; k < tokens.length && k - i <= 8 && !ends(tokens[k]); k++) if (KIN_GROUPS.has(lower(tokens, k))) return true;
    return false;
  }

  function only(tokens: readonly Token[], i: number): Hit | undefined {
    const w = lower(tokens, i);
    if (!ONLY.has(w)) return undefined;
    const lead = lower(tokens, i - 1);
    if (!(DET.has(lead) || AS.has(lead))) return undefined;
    if (w === 'sole' && lead !== 'the') return undefined;
    const d = i - 1;
    if (genericBefore(tokens, d)) return undefined;
    const head = headAt(tokens, i + 1);
    const tail = tailOf(tokens, head.last + 1);
    if (tail.domain?.type === 'count') return undefined;
    const framed = !!tail.domain && tail.domain.type !== 'temporal' && tail.domain.type !== 'possessor';
    const rel = tail.relative && !tail.relative.firstPerson ? tail.relative : undefined;
    const pred = predicateOf(tokens, d);
    if (pred === 'writer' || (tail.relative?.firstPerson && head.type !== 'person')) return undefined;
    const clauseWriter = () => writerClause(tokens, i, tail.relative ? tail.relative.first - 1 : tail.end);
    let ok = false;
    switch (head.type) {
      case 'person':
        ok = !head.plural && !clauseWriter();
        break;
      case 'kin':
      case 'condition':
        ok = !head.plural && ((framed && (head.type !== 'kin' || !/^(?:van|of)$/.test(tail.domain!.prep))) || !!rel) && !clauseWriter();
        break;
      case 'one':
      case 'none': {
        // "het enige wat telt": a thing. "de enige die", "the only one who", "als enige van de groep".
        if (lead === 'het' || (head.type === 'none' && (lower(tokens, i + 1) === 'wat' || lower(tokens, i + 1) === 'dat'))) return undefined;
        if (pred === 'thing' || lower(tokens, i + 1) === 'that' && pred !== 'third') return undefined;
        // Without a subject, "de enige die ..." is anyone ("de enige die helpt is rust"): it needs a person
        // it is said of ("hij is de enige die ..."), or "als enige" ("als enige kwam hij", "als enige van de groep").
        const inverted = AS.has(lead) && isWord(tokens[i + 1]) && (SUBJECT_THIRD.has(lower(tokens, i + 2)) || isCapitalized(tokens[i + 2]));
        ok = pred === 'third' || (AS.has(lead) && (framed || !!rel || inverted));
        if (ok && clauseWriter()) return undefined;
        break;
      }
      default:
        ok = false;
    }
    if (!ok) return undefined;
    if (AS.has(lead) && clauseWriter()) return undefined;
    const last = Math.max(i, head.last, tail.end, rel && !tail.stopped ? rel.last : -1);
    return { first: d, last, construction: 'only', confidence: 0.75, ...personHead(head) };
  }

  function ordinal(tokens: readonly Token[], i: number): Hit | undefined {
    const o = ordinalAt(tokens, i);
    if (!o) return undefined;
    const lead = lower(tokens, i - 1);
    let r = o.last;
    // "voor de vierde keer op rij", "for the third time in a row", "for the fifth consecutive year".
    let k = r + 1;
    if (/^(?:consecutive|straight|successive)$/.test(lower(tokens, k))) k++;
    if (DET.has(lead) && /^(?:keer|maal|time|year|season|jaar)$/.test(lower(tokens, k))) {
      const streak = (lower(tokens, k + 1) === 'op' && (lower(tokens, k + 2) === 'rij' || (lower(tokens, k + 2) === 'een' && lower(tokens, k + 3) === 'rij')))
        ? (lower(tokens, k + 2) === 'rij' ? k + 2 : k + 3)
        : lower(tokens, k + 1) === 'achter' && lower(tokens, k + 2) === 'elkaar' ? k + 2
          : lower(tokens, k + 1) === 'in' && lower(tokens, k + 2) === 'a' && lower(tokens, k + 3) === 'row' ? k + 3
            : lower(tokens, k + 1) === 'running' ? k + 1
              : k > r + 1 ? k : -1;
      if (streak < 0 && (o.value < 5 || !/^(?:keer|maal|time)$/.test(lower(tokens, k)))) return undefined;
      if (aboutWriter(tokens, i) || aboutOrganisation(tokens, i) || !personInClause(tokens, i)) return undefined;
      const first = /^(?:voor|for)$/.test(lower(tokens, i - 2)) ? i - 2 : i - 1;
      return { first, last: streak >= 0 ? streak : k, construction: 'ordinal', confidence: 0.75 };
    }
    if (!(DET.has(lead) || AS.has(lead))) return undefined;
    // "the first-ever", "de allereerste": the tail may stand before the head.
    let everBefore = false;
    if (tokens[r + 1]?.text === '-' && lower(tokens, r + 2) === 'ever') {
      r += 2;
      everBefore = true;
    } else if (lower(tokens, r + 1) === 'ever' && isWord(tokens[r + 2]) && !STOP.has(lower(tokens, r + 2))) {
      r += 1;
      everBefore = true;
    }
    const head = headAt(tokens, r + 1);
    const tail = tailOf(tokens, head.last + 1);
    if (tail.domain?.type === 'count' || tail.domain?.type === 'temporal') return undefined;
    const framed = !!tail.domain && tail.domain.type !== 'possessor';
    const rel = tail.relative && !tail.relative.firstPerson ? tail.relative : undefined;
    const ever = everBefore || tail.ever;
    const pred = predicateOf(tokens, i - 1);
    if (pred === 'writer' || pred === 'thing') return undefined;
    const clauseWriter = () => writerClause(tokens, i, tail.relative ? tail.relative.first - 1 : tail.end);
    let ok = false;
    switch (head.type) {
      case 'person':
      case 'kin':
        ok = !head.plural && (framed || !!rel || ever) && !/^(?:vandaag|today|vanochtend|vanmorgen|vanavond)$/.test(lower(tokens, head.last + 1)) && !clauseWriter() && !genericBefore(tokens, i - 1);
        break;
      case 'one':
      case 'none':
        // "de eerste die dit leest krijgt taart", "the first to arrive should ...": anyone, unless said of someone.
        ok = lead !== 'het' && (framed || !!rel || ever) && !(tail.relative?.firstPerson) && (pred === 'third' || (AS.has(lead) && framed));
        if (ok && clauseWriter()) return undefined;
        break;
      default:
        ok = false;
    }
    if (!ok) return undefined;
    if (AS.has(lead) && clauseWriter()) return undefined;
    const last = Math.max(r, head.last, tail.end, rel && !tail.stopped ? rel.last : -1);
    return { first: i - 1, last, construction: 'ordinal', confidence: 0.75, ...personHead(head) };
  }

  // ----- records, titles, championships, prizes -------------------------------------------------------

  /** A discipline after a title: "kampioen tegelzetten", "het NK dammen" (one or two plain words). */
  function disciplineAfter(tokens: readonly Token[], k: number): number {
    let last = k - 1;
    for (let m = k; m < k + 2; m++) {
      const t = tokens[m];
      if (!isWord(t) || STOP.has(t.lower) || isCapitalized(t) || WIN_VERBS.has(t.lower) || AWARD_VERBS.has(t.lower) || PARTICIPATE.has(t.lower)) break;
      last = m;
    }
    return last;
  }

  /** A count before a title: "drie keer het NK", "twee keer kampioen". */
  function countBefore(tokens: readonly Token[], first: number): number {
    let k = first - 1;
    if (!/^(?:keer|maal|times)$/.test(lower(tokens, k))) return first;
    k--;
    if (tokens[k] && (tokens[k]!.type === 'number' || parseNumberWord(tokens[k]!.lower) !== undefined)) return k;
    return first;
  }

  /** A verb that makes the title someone's within the clause before token i (up to `reach` tokens back). */
  function verbBefore(tokens: readonly Token[], i: number, verbs: ReadonlySet<string>, reach = 6): number {
    for (let k = i - 1; k >= 0 && i - k <= reach; k--) {
      const t = tokens[k]!;
      if (ends(t) && t.text !== ',') return -1;
      if (verbs.has(t.lower)) return k;
    }
    return -1;
  }
  const verbAfter = (tokens: readonly Token[], i: number, verbs: ReadonlySet<string>, reach = 4): number => {
    for (let k = i + 1; k < tokens.length && k - i <= reach; k++) {
      const t = tokens[k]!;
      if (ends(t)) return -1;
      if (verbs.has(t.lower)) return k;
    }
    return -1;
  };

  /** A verb of winning or awarding before a prize; a noun ("winnaar", "recipient") only before "van" / "of". */
  function awardVerbBefore(tokens: readonly Token[], f: number, verbs: ReadonlySet<string>): number {
    const k = verbBefore(tokens, f, verbs, 4);
    if (k >= 0 && AWARD_NOUNS.has(lower(tokens, k)) && !/^(?:van|of)$/.test(lower(tokens, k + 1))) return -1;
    return k;
  }

  function record(tokens: readonly Token[], i: number): Hit | undefined {
    const t = tokens[i]!;
    const w = t.lower;
    if (t.type !== 'word') return undefined;
    let first = -1;
    let last = i;
    if (w === 'record') {
      const prev = lower(tokens, i - 1);
      if (NOT_A_RECORD.has(prev) || lower(tokens, i + 1) === 's') return undefined;
      const holder = /^(?:holder|houder|breaker)$/.test(lower(tokens, i + 1)) ? i + 1 : tokens[i + 1]?.text === '-' && /^(?:breaking|holder|breaker)$/.test(lower(tokens, i + 2)) ? i + 2 : -1;
      if (holder >= 0) {
        first = i;
        last = holder;
        if (RECORD_MODIFIERS.has(prev)) first = i - 1;
      } else if (RECORD_MODIFIERS.has(prev) || nationalities().longestAt(tokens, i - 1)?.last === i - 1) {
        first = i - 1;
        if (lower(tokens, i - 2) === 'guinness' || (lower(tokens, i - 2) === 'new' && DET.has(lower(tokens, i - 3)))) first = i - 2;
        if (/^(?:het|een|the|a|her|his|haar|zijn)$/.test(lower(tokens, first - 1))) first--;
        if (prev === 'new' && verbBefore(tokens, i, RECORD_VERBS, 5) < 0) return undefined;
      } else if (/^(?:het|een|the|a|her|his|haar|zijn)$/.test(prev) && (verbBefore(tokens, i, RECORD_VERBS, 4) >= 0 || verbAfter(tokens, i, RECORD_VERBS, 4) >= 0)) {
        first = i - 1;
      } else return undefined;
    } else if (w.length > 8 && w.endsWith('record') && !/^(?:strafrecord|medischrecord)$/.test(w)) {
      first = i; // "wereldrecord", "clubrecord", "baanrecord"
      if (/^(?:het|een|the|a|her|his|haar|zijn)$/.test(lower(tokens, i - 1))) first = i - 1;
    } else if (w.startsWith('recordhoud')) {
      first = i;
    } else if (w === 'kampioen' || w === 'kampioene' || w === 'champion') {
      // "the state bronc-riding champion", "county darts champion": the discipline between the modifier and the title.
      let m = i - 1;
      if (tokens[m - 1]?.text === '-' && adjacent(tokens[m - 2], tokens[m - 1]) && adjacent(tokens[m - 1], tokens[m]) && isWord(tokens[m - 2])) m -= 3;
      else if (isWord(tokens[m]) && tokens[m]!.text === tokens[m]!.lower && !TITLE_MODIFIERS.has(tokens[m]!.lower) && TITLE_MODIFIERS.has(lower(tokens, m - 1))) m -= 1;
      if (m !== i - 1 && !TITLE_MODIFIERS.has(lower(tokens, m))) m = i - 1;
      // "county darts champion": modifiers in a row.
      for (let n = 0; n < 2 && TITLE_MODIFIERS.has(lower(tokens, m)) && TITLE_MODIFIERS.has(lower(tokens, m - 1)); n++) m--;
      const prev = tokens[m];
      if (lower(tokens, i + 1) === 'of' || lower(tokens, i + 1) === 'van') return undefined; // "a champion of the poor"
      const modified = !!prev && (TITLE_MODIFIERS.has(prev.lower) || nationalities().longestAt(tokens, m)?.last === m);
      // "zij werd kampioen", "he became champion": a title said of a person.
      const said = !!prev && BECAME.has(prev.lower) && SUBJECT_THIRD.has(lower(tokens, i - 2));
      if (!modified && !said) return undefined;
      first = modified ? m : i;
      if (CHAMPION_PREFIX.has(lower(tokens, first - 1))) first--;
      first = countBefore(tokens, first);
      // With its discipline before it ("bronc-riding champion") nothing after it is the discipline.
      last = m < i - 1 ? i : disciplineAfter(tokens, i + 1);
    } else if (/^(?:.{3,})(?:kampioen|kampioene|champion)$/.test(w) && !/^(?:oud|ex)$/.test(w.slice(0, -8))) {
      first = countBefore(tokens, i); // "wereldkampioen", "schaakkampioen", "clubkampioen"
      if (CHAMPION_PREFIX.has(lower(tokens, first - 1))) first--;
      last = disciplineAfter(tokens, i + 1);
    } else if (CHAMPIONSHIP_ABBR.has(t.text) || w.endsWith('kampioenschap') || w === 'championship' || w === 'titel' || w === 'title') {
      // "won het NK tegelzetten", "drie keer het NK", "goud op het EK", "won the state championship".
      let d = i - 1;
      while (d > i - 3 && (TITLE_MODIFIERS.has(lower(tokens, d)) || nationalities().longestAt(tokens, d)?.last === d)) d--;
      if (!/^(?:het|de|een|the|a|her|his|haar|zijn)$/.test(lower(tokens, d))) return undefined;
      first = countBefore(tokens, d);
      const medal = MEDALS.has(lower(tokens, d - 2)) && /^(?:op|bij|at|in)$/.test(lower(tokens, d - 1)) ? d - 2 : -1;
      if (medal >= 0) first = medal;
      const abbr = CHAMPIONSHIP_ABBR.has(t.text) || w.endsWith('kampioenschap') || w === 'championship';
      const verb = verbBefore(tokens, first, abbr ? WIN_OR_PARTICIPATE : WIN_VERBS, 9);
      if (verb < 0 && medal < 0 && first === d && verbAfter(tokens, i, WIN_VERBS, 3) < 0) return undefined;
      if ((w === 'titel' || w === 'title') && verb < 0) return undefined;
      last = abbr ? disciplineAfter(tokens, i + 1) : i;
    } else {
      // A medal or prize someone won or was awarded: "the George Medal", "een gouden medaille", "de Nobelprijs".
      const capitalHead = PRIZE_CAPITAL_HEADS.has(t.text) && isCapitalized(tokens[i - 1]);
      const compound = /^(?:.{3,})(?:prijs|medaille|trofee|award)$/.test(w);
      const honour = HONOURS.has(t.text);
      const winOnly = WIN_ONLY_HEADS.has(w);
      if (!PRIZE_HEADS.has(w) && !capitalHead && !compound && !honour && !winOnly) return undefined;
      let f = i;
      while (f > i - 4 && tokens[f - 1] && (isCapitalized(tokens[f - 1]) || MEDALS.has(lower(tokens, f - 1)) || /^(?:gouden|zilveren|bronzen|olympische|olympic|eerste|tweede|derde|first|second|third|koninklijke|royal)$/.test(lower(tokens, f - 1)))) f--;
      if (/^(?:het|de|een|the|a|an|her|his|haar|zijn)$/.test(lower(tokens, f - 1))) f--;
      const verb = awardVerbBefore(tokens, f, winOnly ? WIN_VERBS : AWARD_VERBS);
      const ordinalPrize = /^(?:eerste|first)$/.test(lower(tokens, i - 1));
      if (verb < 0) return undefined;
      if (winOnly && w === 'prijs' && !ordinalPrize && awardVerbBefore(tokens, f, WIN_VERBS) < 0) return undefined;
      first = f;
    }
    if (first < 0) return undefined;
    if (aboutWriter(tokens, i) || aboutOrganisation(tokens, i) || !personInClause(tokens, i)) return undefined;
    return { first, last: Math.max(last, i), construction: 'record', confidence: 0.75 };
  }

  // ----- epithets -------------------------------------------------------------------------------------

  /** "de clown van de afdeling", "the hero of the street": at "van" / "of" (token i). */
  function epithet(tokens: readonly Token[], i: number): Hit | undefined {
    const d = lower(tokens, i + 1);
    if (!(d === 'de' || d === 'het' || d === 'the' || d === 'onze' || d === 'our' || d === 'ons')) return undefined;
    const frame = lower(tokens, i + 2);
    if (!COMMUNITIES.has(frame)) return undefined;
    const n = tokens[i - 1];
    if (!isWord(n) || !DET.has(lower(tokens, i - 2))) return undefined;
    const w = n.lower;
    const compound = !EPITHETS.has(w) && EPITHET_HEADS.some((h) => w.length >= h.length + 3 && w.endsWith(h)) && !professions().longestAt(tokens, i - 1);
    if (!EPITHETS.has(w) && !compound) return undefined;
    if (LITERAL_OFFICES.has(w) && !OFFICE_FRAMES.has(frame)) return undefined;
    if (aboutWriter(tokens, i) || predicateOf(tokens, i - 2) === 'writer') return undefined;
    return { first: i - 2, last: i + 2, construction: 'epithet', confidence: 0.75 };
  }

  /**
   * A nickname the people around someone use, quoted near a verb of naming: "waar ze hem 'de professor'
   * noemen", "School call her 'the bird girl'", "known across town as 'the Colonel'". The quoted words
   * open with an article or are lower case; a bare capitalized name is a pseudonym ("let's call him 'Tom'").
   */
  function nickname(tokens: readonly Token[], i: number): Hit | undefined {
    let q = -1;
    for (let k = Math.max(0, i - 8); k <= i + 8 && k < tokens.length; k++) {
      if (k === i) continue;
      const t = tokens[k]!;
      if (k < i && ends(t)) q = -1;
      else if (k > i && ends(t)) break;
      // An apostrophe inside a word ("Let's", "Jan's") opens no quote.
      else if (q < 0 && OPEN_QUOTES.has(t.text) && (k > i || k + 1 < i) && (t.gapBefore || tokens[k - 1]?.type !== 'word')) q = k;
      if (q >= 0 && k > q) {
        const c = tokens.slice(q + 1, Math.min(tokens.length, q + 7)).findIndex((x) => CLOSE_QUOTES.has(x.text));
        if (c < 1) {
          q = -1;
          continue;
        }
        const close = q + 1 + c;
        const inner = tokens.slice(q + 1, close);
        const first = inner[0]!;
        // "'de professor'", "'the Colonel'", or a kin title before a word that is no first name ("'Tante Post'",
        // "'Opa Disco'"; "'Opa Jan'" may be a pseudonym).
        const titled = inner.length >= 2 && KIN_TITLE_WORDS.has(first.lower) && inner.slice(1).every((x) => isWord(x) && !lexicon.names().first.has(x.lower));
        const quotedNick = QUOTED_ARTICLES.has(first.lower) || (first.type === 'word' && first.text === first.lower) || titled || bareNick(tokens, i, inner);
        if (!quotedNick || !inner.every(isWord) || (close < i && close !== i - 1 && close !== i - 2 && close !== i - 3)) {
          q = -1;
          continue;
        }
        // The one named: a person, not the writer.
        let person = false;
        for (let j = Math.min(i, q) - 3; j <= Math.max(i, q) + 1; j++) {
          if (WRITER_OBJECTS.has(lower(tokens, j))) return undefined;
          if (NAMED_PERSON.has(lower(tokens, j))) person = true;
        }
        // "Known locally as 'Shire' because he ...": the naming word of a note's subject, a person later on.
        if (!person && NICKNAMING.has(lower(tokens, i)) && personInSentence(tokens, i)) person = true;
        if (!person) return undefined;
        if (aboutWriter(tokens, i)) return undefined;
        return { first: q, last: close, construction: 'epithet', confidence: 0.7 };
      }
    }
    return unquotedNickname(tokens, i);
  }

  /**
   * A capitalized word the people around someone call them, no first name and no place ("'Shire'",
   * "Kabouter"): a nickname after a naming word of theirs, in a sentence the writer does not name in.
   */
  function bareNick(tokens: readonly Token[], i: number, inner: readonly Token[]): boolean {
    if (!NICKNAMING.has(lower(tokens, i)) || inner.length > 3 || !inner.every(isWord)) return false;
    const first = inner[0]!;
    if (first.text === first.lower || lexicon.names().first.has(first.lower) || lexicon.places().hasName(first.lower)) return false;
    return !writerNames(tokens, i);
  }

  /** "iedereen noemt hem Kabouter", "known locally as Shire", "zijn bijnaam is Stoomboot": unquoted. */
  function unquotedNickname(tokens: readonly Token[], i: number): Hit | undefined {
    if (!NICKNAMING.has(lower(tokens, i))) return undefined;
    let k = i + 1;
    // "known locally as", "noemt iedereen hem": an adverb or the namers between.
    if (['locally', 'everywhere', 'iedereen', 'men', 'ze', 'everyone', 'they'].includes(lower(tokens, k))) k++;
    let links = 0;
    while (links < 2 && NICK_LINKS.has(lower(tokens, k))) {
      k++;
      links++;
    }
    if (links === 0) return undefined;
    const t = tokens[k];
    if (!isWord(t) || t.text === t.lower || !bareNick(tokens, i, [t])) return undefined;
    // "bekend als", "known as", "noemt hem": the link must fit the word ("bekend" needs "als").
    if ((lower(tokens, i) === 'bekend' || lower(tokens, i) === 'known') && !['als', 'as'].includes(lower(tokens, k - 1))) return undefined;
    if (!personInSentence(tokens, i) || aboutWriter(tokens, i)) return undefined;
    let last = k;
    while (isWord(tokens[last + 1]) && tokens[last + 1]!.text !== tokens[last + 1]!.lower && last < k + 2) last++;
    return { first: k, last, construction: 'epithet', confidence: 0.7 };
  }

  /** A person pronoun anywhere in the sentence of token i. */
  function personInSentence(tokens: readonly Token[], i: number): boolean {
    for (let j = i; j >= 0 && !SENTENCE_MARKS.has(lower(tokens, j)); j--) if (NAMED_PERSON.has(lower(tokens, j)) || lower(tokens, j) === 'his' || lower(tokens, j) === 'zijn') return true;
    for (let j = i + 1; j < tokens.length && !SENTENCE_MARKS.has(lower(tokens, j)); j++) if (NAMED_PERSON.has(lower(tokens, j)) || lower(tokens, j) === 'his' || lower(tokens, j) === 'zijn') return true;
    return false;
  }

  /** The writer names in the sentence of token i: a pseudonym, not a nickname. */
  function writerNames(tokens: readonly Token[], i: number): boolean {
    for (let j = i; j >= 0 && !SENTENCE_MARKS.has(lower(tokens, j)); j--) if (WRITER_NAMING.has(lower(tokens, j))) return true;
    for (let j = i + 1; j < tokens.length && !SENTENCE_MARKS.has(lower(tokens, j)); j++) if (WRITER_NAMING.has(lower(tokens, j))) return true;
    return false;
  }

  // ----- milestone ages -------------------------------------------------------------------------------

  function milestoneAge(tokens: readonly Token[], i: number): Hit | undefined {
    const t = tokens[i]!;
    const w = t.lower;
    if (t.type === 'word') {
      const noun = MILESTONE_NOUNS.get(w);
      if (noun) return { first: i, last: i, age: { from: noun[0], to: noun[1], form: 'stage' }, confidence: 0.85 };
      // "honderdjarige", "negentigjarige", "honderdtweejarige": a number word compounded with -jarig(e).
      const m = /^(.+?)jarige?$/.exec(w);
      if (m) {
        const n = parseNumberWord(m[1]!) ?? hundreds(m[1]!);
        if (n !== undefined && n >= MIN_MILESTONE && n <= 115) return { first: i, last: i, age: { from: n, to: n, form: 'exact' }, confidence: 0.85 };
      }
    }
    // "werd 101", "turned 100", "is 104 geworden": an extreme age said of someone.
    if (AGE_REACHED.has(w) || (w === 'is' && lower(tokens, i + 2) === 'geworden')) {
      // "werd gisteren 101", "turned 100 last week": a few adverbs may stand between.
      let j = i + 1;
      while (j < i + 4 && WHEN_WORDS.has(lower(tokens, j))) j++;
      const n = tokens[j]?.type === 'number' || parseNumberWord(lower(tokens, j)) !== undefined ? numberEndingAt(tokens, j) : undefined;
      if (n && n.first === j && n.value >= MIN_MILESTONE && n.value <= 115 && !/^(?:euro|procent|kilo|keer|times|percent|meter|graden|degrees|punten|points|%|jaar|years)$/.test(lower(tokens, j + 1)) && personInClause(tokens, i)) {
        return { first: j, last: j, age: { from: n.value, to: n.value, form: 'said' }, confidence: 0.8 };
      }
    }
    // "100-plusser"
    if (t.type === 'number' && tokens[i + 1]?.text === '-' && lower(tokens, i + 2) === 'plusser' && Number(t.text) >= MIN_MILESTONE) {
      const n = Number(t.text);
      return { first: i, last: i + 2, age: { from: n, to: n + 10, form: 'stage' }, confidence: 0.85 };
    }
    return undefined;
  }

  /** "haar 102de verjaardag", "his 100th birthday", "de honderdste verjaardag van mevrouw": at the birthday noun b. */
  function birthday(tokens: readonly Token[], b: number): Hit | undefined {
    let i = b - 1;
    let value: number | undefined;
    const before = tokens[i];
    if (!before) return undefined;
    if (before.type === 'word' && ORDINAL_SUFFIX.has(before.lower) && tokens[i - 1]?.type === 'number') {
      i--;
      value = ordinalAt(tokens, i)?.value;
    } else if (before.type === 'word') value = wordOrdinal(before.lower);
    const ordLast = b - 1;
    if (value === undefined || value < 1 || value > 115) return undefined;
    const lead = lower(tokens, i - 1);
    const genitive = lead === 's' && /^['’]$/.test(tokens[i - 2]?.text ?? '') && isCapitalized(tokens[i - 3]);
    const ofPerson = DET.has(lead) && /^(?:van|of)$/.test(lower(tokens, ordLast + 2)) && (isCapitalized(tokens[ordLast + 3]) || !!personAt(tokens, ordLast + 3) || !!personAt(tokens, ordLast + 4));
    if (!POSS_THIRD.has(lead) && !genitive && !ofPerson) return undefined;
    // "de vereniging vierde haar 50ste verjaardag", "De Efteling viert haar 70ste verjaardag": not a person's age.
    // From sixty a birthday with "zijn"/"haar" is a person's unless an organisation is the clause's subject
    // ("Pers belde ivm zijn 90ste verjaardag"): few things but people are told to turn ninety.
    const own = POSS_THIRD.has(lead) && value >= ELDERLY_BIRTHDAY && !namedThingBefore(tokens, i - 1);
    if (aboutOrganisation(tokens, i) || (!genitive && !ofPerson && !own && !personInClause(tokens, i - 1, value < MIN_MILESTONE))) return undefined;
    // "tot zijn 18e verjaardag", "after their 21st birthday": a rule for anyone, not an age of someone.
    if (value < MIN_MILESTONE && UNTIL.has(lower(tokens, i - 2))) return undefined;
    return { first: i, last: ordLast + 1, age: { from: value, to: value, form: 'milestone' }, confidence: 0.85 };
  }

  /** "De Efteling viert haar ...": a name with an article before token i in its sentence, a thing's. */
  function namedThingBefore(tokens: readonly Token[], i: number): boolean {
    for (let k = i - 1; k > 0 && i - k <= 12 && !/^[.!?;:\n]$/.test(tokens[k]!.text); k--) if (isCapitalized(tokens[k]) && DET.has(lower(tokens, k - 1))) return true;
    return false;
  }

  // ----- counts ---------------------------------------------------------------------------------------

  /** The start of "met ruim 80.000" before a number starting at token `first`. */
  function countLead(tokens: readonly Token[], first: number): number {
    let f = first;
    while (f > first - 3 && ABOUT.has(lower(tokens, f - 1))) f--;
    if (/^(?:met|with)$/.test(lower(tokens, f - 1))) f--;
    return f;
  }

  function count(tokens: readonly Token[], i: number): Hit | undefined {
    const t = tokens[i]!;
    const w = t.lower;
    if (FOLLOWERS.has(w)) {
      const n = numberEndingAt(tokens, i - 1);
      if (!n || n.value < 10_000) return undefined;
      if (aboutWriter(tokens, i) || aboutOrganisation(tokens, i) || writerOwns(tokens, i) || !personInClause(tokens, i)) return undefined;
      return { first: countLead(tokens, n.first), last: i, construction: 'count', confidence: 0.75 };
    }
    // "moeder van elf", "father of 14 children", "a family of eleven", "gezin met negen kinderen".
    if ((PARENTS.has(w) || FAMILY.has(w)) && /^(?:van|of|met|with)$/.test(lower(tokens, i + 1))) {
      const numTok = tokens[i + 2];
      const n = numTok ? (numTok.type === 'number' ? Number(numTok.text) : parseNumberWord(numTok.lower)) : undefined;
      if (n === undefined) return undefined;
      const kids = CHILDREN.has(lower(tokens, i + 3));
      const grand = /^(?:kleinkinderen|grandchildren)$/.test(lower(tokens, i + 3));
      const big = grand ? n >= 20 : FAMILY.has(w) && !kids ? n >= 8 : n >= 6;
      if (!big || n > 40) return undefined;
      if (!kids && !ends(tokens[i + 3]) && isWord(tokens[i + 3]) && !STOP.has(lower(tokens, i + 3))) return undefined; // "moeder van twee honden"
      if (aboutWriter(tokens, i) || aboutOrganisation(tokens, i)) return undefined;
      const first = /^(?:een|a|an|de|the)$/.test(lower(tokens, i - 1)) && FAMILY.has(w) ? i - 1 : i;
      return { first, last: kids ? i + 3 : i + 2, construction: 'count', confidence: 0.75 };
    }
    // "heeft 12 kinderen", "houdt 35 katten".
    if (CHILDREN.has(w) || ANIMALS.has(w)) {
      const n = numberEndingAt(tokens, i - 1);
      if (!n) return undefined;
      const grand = /^(?:kleinkinderen|grandchildren)$/.test(w);
      const min = ANIMALS.has(w) ? 10 : grand ? 20 : 6;
      if (n.value < min || n.value > (ANIMALS.has(w) ? 500 : 40)) return undefined;
      let k = n.first - 1;
      if (POSS_THIRD.has(lower(tokens, k)) || ABOUT.has(lower(tokens, k))) k--;
      if (!HAVE.has(lower(tokens, k))) return undefined;
      if (PARENTS.has(lower(tokens, k - 1)) || FAMILY.has(lower(tokens, k - 1))) return undefined; // read at the parent
      if (aboutWriter(tokens, i) || aboutOrganisation(tokens, i) || writerOwns(tokens, i) || !personInClause(tokens, i)) return undefined;
      return { first: countLead(tokens, n.first), last: i, construction: 'count', confidence: 0.75 };
    }
    return undefined;
  }

  // ----- tenure, feats, mastery -------------------------------------------------------------------------
  //
  // The word classes come from standout.tsv, matched once per text (`classes`, set by detect()).

  let classes: (PhraseMatch<ExposureWord> | undefined)[] = [];
  const cls = (k: number): string => classes[k]?.value.cls ?? '';
  /** The last token of the phrase of class `c` at k, or -1. */
  const endOf = (k: number, c: string): number => (classes[k] && classes[k]!.first === k && classes[k]!.value.cls === c ? classes[k]!.last : -1);
  /** The first token of a phrase of class `c` that ends at k, or -1. */
  const startOf = (k: number, c: string): number => (classes[k] && classes[k]!.last === k && classes[k]!.value.cls === c ? classes[k]!.first : -1);

  /** A count at token i: digits ("3000", "3.000", "3,000"), a number word ("zestig", "thirty-one", "drieduizend"): its value and last token. */
  function countAt(tokens: readonly Token[], i: number): { value: number; last: number } | undefined {
    const t = tokens[i];
    if (!t) return undefined;
    if (t.type === 'number') {
      let last = i;
      let raw = t.text;
      // "3.000", "12,500": groups of three digits joined without spaces.
      while ((tokens[last + 1]?.text === '.' || tokens[last + 1]?.text === ',') && adjacent(tokens[last], tokens[last + 1]) && tokens[last + 2]?.type === 'number' && tokens[last + 2]!.text.length === 3 && adjacent(tokens[last + 1], tokens[last + 2])) {
        raw += tokens[last + 2]!.text;
        last += 2;
      }
      return { value: Number(raw), last };
    }
    if (t.type !== 'word') return undefined;
    const v = bigNumberWord(t.lower);
    if (v === undefined) return undefined;
    // "thirty-one", "ninety-eight": tens, a hyphen and units.
    if (v >= 20 && v % 10 === 0 && tokens[i + 1]?.text === '-' && adjacent(t, tokens[i + 1])) {
      const u = parseNumberWord(lower(tokens, i + 2));
      if (u !== undefined && u < 10) return { value: v + u, last: i + 2 };
    }
    // "three thousand", "drie honderd"
    const m = MULTIPLIERS.get(lower(tokens, i + 1));
    if (m && v < 1000) return { value: v * m, last: i + 1 };
    if (/^(?:hundred|honderd)$/.test(lower(tokens, i + 1))) return { value: v * 100, last: i + 1 };
    return { value: v, last: i };
  }

  /** Is the clause around token i one person's: a person in it, not the writer's, the team's or the organisation's? */
  const someones = (tokens: readonly Token[], i: number, strict = false, owned = true): boolean =>
    (personInClause(tokens, i, strict) || (owned && ownedBySomeone(tokens, i))) && !aboutWriter(tokens, i) && !aboutOrganisation(tokens, i) && !writerOwns(tokens, i);

  /**
   * A person's possessive or a person described before token i in the sentence, across a colon ("Zijn
   * record: 3000 stukjes in elf dagen"), or the antecedent of the relative before it ("een autist die ...").
   */
  function ownedBySomeone(tokens: readonly Token[], i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
      const t = tokens[k]!;
      if (/^[.!?\n]$/.test(t.text) || t.lineBefore) return POSS_THIRD.has(t.lower) && !t.lineBefore ? true : false;
      if (POSS_THIRD.has(t.lower) && !aboutOrganisation(tokens, k)) return true;
      if ((t.lower === 'die' || t.lower === 'who') && k > 0) {
        const a = tokens[k - 1]!.text === ',' ? k - 2 : k - 1;
        return !!personAt(tokens, a) || !!conditions().longestAt(tokens, a) || PERSON_SUFFIX.test(lower(tokens, a));
      }
    }
    return false;
  }

  /**
   * "al zestig jaar", "sinds ruim veertig jaar", "veertig jaar lang", "for over forty years", "spent 30
   * years as", "eighty years since she joined", "zijn veertigjarig jubileum", "a 40-year marriage": many
   * years at one thing, said of a person. Not an age ("zestig jaar oud", "a man of sixty years"), a past
   * date ("veertig jaar geleden", "forty years ago") or a sentence ("kreeg dertig jaar cel", "jailed for 25 years").
   */
  function tenure(tokens: readonly Token[], i: number): Hit | undefined {
    // "veertigjarig jubileum", "40-jarig huwelijk", "a 40-year marriage"
    const compound = /^(.+?)jarige?$/.exec(lower(tokens, i));
    if (compound && tokens[i]!.type === 'word') {
      const n = bigNumberWord(compound[1]!);
      const noun = endOf(i + 1, 'tenure-noun');
      if (n === undefined || n < MIN_TENURE || n > MAX_TENURE || noun < 0) return undefined;
      return someones(tokens, i) ? { first: i, last: noun, construction: 'tenure', confidence: 0.75 } : undefined;
    }
    const n = countAt(tokens, i);
    if (!n) return undefined;
    let unitEnd = -1;
    let u = n.last + 1;
    // "40-year", "40-jarig": the unit after a hyphen, before a tenure noun.
    const hyphen = tokens[u]?.text === '-' && adjacent(tokens[n.last], tokens[u]);
    if (hyphen) u++;
    const decade = endOf(u, 'decade-unit');
    const years = endOf(u, 'year-unit');
    if (decade >= 0 ? n.value < 3 || n.value > 9 : years < 0 || n.value < MIN_TENURE || n.value > MAX_TENURE) {
      if (!(hyphen && /^(?:jarig|jarige)$/.test(lower(tokens, u)) && n.value >= MIN_TENURE && n.value <= MAX_TENURE)) return undefined;
      unitEnd = u;
    } else unitEnd = Math.max(decade, years);
    if (cls(unitEnd + 1) === 'not-tenure' || (lower(tokens, unitEnd + 1) === 'of' && lower(tokens, unitEnd + 2) === 'age')) return undefined;
    // What makes it a tenure: a lead before ("al", "sinds", "for", "spent"), or after it "lang", a tenure
    // noun ("jaar huwelijk", "years of marriage"), "as" a role, or "since" and a clause about someone.
    let first = n.value === 0 ? i : i;
    while (first > 0 && startOf(first - 1, 'qualifier') >= 0) first = startOf(first - 1, 'qualifier');
    let last = unitEnd;
    let lead = false;
    // (At the text's first token there is no lead: endOf(-1) is -1, "none", not a match ending there.)
    if (first > 0 && (endOf(first - 1, 'tenure-lead') === first - 1 || /^(?:spent|spend|spends|spending)$/.test(lower(tokens, first - 1)))) {
      lead = true;
      first--;
    }
    const after = lower(tokens, unitEnd + 1);
    if (hyphen) {
      const noun = endOf(unitEnd + 1, 'tenure-noun');
      if (noun < 0) return undefined;
      last = noun;
      lead = true;
    } else if (after === 'lang' || after === 'long') {
      last = unitEnd + 1;
      lead = true;
    } else if (endOf(unitEnd + 1, 'tenure-noun') >= 0) {
      last = endOf(unitEnd + 1, 'tenure-noun');
      lead = true;
    } else if ((after === 'of' || after === 'as') && (endOf(unitEnd + 2, 'tenure-noun') >= 0 || /ing$/.test(lower(tokens, unitEnd + 2)) || /^(?:a|an)$/.test(lower(tokens, unitEnd + 2)))) {
      last = endOf(unitEnd + 2, 'tenure-noun') >= 0 ? endOf(unitEnd + 2, 'tenure-noun') : unitEnd + 2;
      lead = true;
    } else if ((after === 'since' || after === 'sinds' || after === 'nadat') && (SUBJECT_THIRD.has(lower(tokens, unitEnd + 2)) || isCapitalized(tokens[unitEnd + 2]))) {
      // "eighty years since she joined the Land Army": the clause it counts from goes with it.
      last = unitEnd + 2;
      // It stops before a name, which is a finding of its own ("the Women's Land Army").
      for (let k = unitEnd + 3; k < tokens.length && k <= unitEnd + 12 && !ends(tokens[k]) && !/^(?:with|met)$/.test(lower(tokens, k)) && !isCapitalized(tokens[k]); k++) last = k;
      while (last > unitEnd + 2 && TRIM_END.has(lower(tokens, last))) last--;
      lead = true;
    } else if (!hyphen && copulaBefore(tokens, first)) {
      // "was ruim vijftig jaar klokkenluider", "ze was er 38 jaar postbode": a role held for the years counted.
      const role = roleAfterCount(tokens, unitEnd + 1);
      if (role >= 0) {
        last = role;
        lead = true;
      }
    }
    if (!lead) return undefined;
    // A sentence, not a tenure: "kreeg dertig jaar cel", "jailed for 25 years".
    for (let k = Math.max(0, first - 4); k < first; k++) if (cls(k) === 'not-tenure-lead') return undefined;
    if (!someones(tokens, i)) return undefined;
    return { first, last, construction: 'tenure', confidence: 0.75 };
  }

  /** A copula of the clause within a few words before token k ("was er ruim", "is al"): the count says how long. */
  function copulaBefore(tokens: readonly Token[], k: number): boolean {
    for (let j = k - 1; j >= 0 && k - j <= 3 && !ends(tokens[j]); j--) if (COPULA.has(lower(tokens, j))) return true;
    return false;
  }

  /** The last token of a role right after a count of years ("postbode", "klokkenluider van de kerk" stops at "van"), or -1. */
  function roleAfterCount(tokens: readonly Token[], k: number): number {
    const p = personAt(tokens, k);
    if (p) return p.kin || p.plural ? -1 : p.last;
    const t = tokens[k];
    return isWord(t) && t.text === t.lower && t.lower.length >= 6 && isPersonNoun(t.lower, 'nl') && !STOP.has(t.lower) ? k : -1;
  }

  /**
   * "haar duizendste legpuzzel", "zijn 500ste wedstrijd", "her 100th marathon": a milestone ordinal with a
   * person's possessive (or, from the hundredth, an article in a clause about a person). Not a count of
   * times ("voor de honderdste keer"), an edition, a century or a birthday (read as an age).
   */
  function milestone(tokens: readonly Token[], i: number): Hit | undefined {
    const t = tokens[i]!;
    let value: number | undefined;
    let last = i;
    if (t.type === 'word') value = bigOrdinal(t.lower);
    else if (t.type === 'number' && t.text.length <= 5 && ORDINAL_SUFFIX.has(lower(tokens, i + 1)) && adjacent(t, tokens[i + 1])) {
      value = Number(t.text);
      last = i + 1;
    }
    if (value === undefined || value < MIN_MILESTONE_ORDINAL) return undefined;
    const lead = lower(tokens, i - 1);
    const genitive = lead === 's' && /^['’]$/.test(tokens[i - 2]?.text ?? '') && isCapitalized(tokens[i - 3]);
    const possessive = POSS_THIRD.has(lead) || genitive;
    if (!possessive && !(DET.has(lead) && value >= 100)) return undefined;
    // The head: the lower-case noun after it ("legpuzzel", "jigsaw", "marathon").
    const head = last + 1;
    const w = tokens[head];
    if (!isWord(w) || STOP.has(w.lower) || isCapitalized(w) || cls(head) === 'not-feat' || cls(head) === 'time-unit' || cls(head) === 'year-unit' || BIRTHDAY.has(w.lower) || cls(head) === 'tenure-noun') return undefined;
    const first = genitive ? i - 3 : i - 1;
    // "Het koor gaf zijn vijftigste concert": the possessive is the choir's; a person must be in the clause.
    if (!someones(tokens, i, !possessive, false)) return undefined;
    return { first: genitive ? i - 1 : first, last: head, construction: 'feat', confidence: 0.75 };
  }

  /**
   * "3000 stukjes in elf dagen", "ran 100 miles in one day": a large count of things in a short time, said
   * of a person. Not doses or measures ("500 mg in 24 uur"), sums of money, or visits and admissions.
   */
  function countInTime(tokens: readonly Token[], i: number, lang: string): Hit | undefined {
    const n = countAt(tokens, i);
    if (!n || n.value < MIN_FEAT_COUNT) return undefined;
    if (tokens[i]!.type === 'number' && n.last === i && tokens[i]!.text.length === 4 && n.value >= 1900 && n.value <= 2099) return undefined; // a year
    let k = n.last + 1;
    let noun = -1;
    for (; k <= n.last + 2; k++) {
      const w = tokens[k];
      if (!isWord(w) || STOP.has(w.lower) || cls(k) === 'not-feat-unit' || cls(k) === 'time-unit' || cls(k) === 'year-unit' || MONEY_NOUNS.has(lexicon.money().get(lang as 'nl' | 'en', w.lower)?.cls ?? '')) break;
      noun = k;
    }
    if (noun < 0 || !/^(?:in|binnen|within)$/.test(lower(tokens, noun + 1))) return undefined;
    const m = countAt(tokens, noun + 2) ?? (/^(?:een|één|a|an|one)$/.test(lower(tokens, noun + 2)) ? { value: 1, last: noun + 2 } : undefined);
    const unit = m ? m.last + 1 : -1;
    if (!m || (cls(unit) !== 'time-unit' && cls(unit) !== 'year-unit')) return undefined;
    if (!someones(tokens, i)) return undefined;
    return { first: i, last: classes[unit]!.last, construction: 'feat', confidence: 0.75 };
  }

  /**
   * "kent alle dienstregelingen uit zijn hoofd", "die alle kerken van Friesland heeft bezocht", "knows every
   * dog in Newcastle by name", "has visited every league ground": knowing or doing all of something. A verb
   * of knowing needs what makes it complete ("uit het hoofd", "by name", a place or a frame); a verb of
   * doing (visiting, climbing, collecting) is the feat itself. Not what anyone knows or meets at work ("kent
   * alle regels", "knows all the staff").
   */
  function mastery(tokens: readonly Token[], q: number): Hit | undefined {
    const qLast = endOf(q, 'all-quantifier');
    if (qLast < 0) return undefined;
    // The object: up to four words ("NS-dienstregelingen", "Premier League grounds"), its head the last.
    let head = -1;
    for (let k = qLast + 1; k <= qLast + 4 && k < tokens.length; k++) {
      const w = tokens[k]!;
      if (w.text === '-' && adjacent(tokens[k - 1], w)) continue;
      if (!isWord(w) || STOP.has(w.lower) || DET.has(w.lower) || cls(k) === 'mastery-amplifier') break;
      head = k;
    }
    if (head < 0 || cls(head) === 'not-mastery' || personAt(tokens, head)) return undefined;
    // The verb: before the quantifier (verb second, English), or after the object (Dutch verb-final).
    let verb = -1;
    let verbClass = '';
    for (let k = q - 1; k >= Math.max(0, q - 3); k--) {
      const c = cls(k);
      if (c === 'know-verb' || c === 'feat-verb') {
        verb = classes[k]!.first;
        verbClass = c;
        break;
      }
      if (ends(tokens[k]) || (!SUBJECT_THIRD.has(lower(tokens, k)) && !ADVERBS.has(lower(tokens, k)) && !/^(?:nearly|almost|bijna|vrijwel|practically|heeft|has)$/.test(lower(tokens, k)))) break;
    }
    let last = head;
    // A frame after the object: "in Newcastle", "van Friesland", "in the league". A named one is a place
    // of its own: the finding stops before it, and before what follows it.
    const domain = domainAt(tokens, head + 1);
    const framed = !!domain && (domain.type === 'named' || domain.type === 'frame');
    const named = framed && domain!.type === 'named';
    if (framed && !named) last = domain!.last;
    let amplified = false;
    for (let k = framed ? domain!.last + 1 : last + 1; k < tokens.length && k <= last + 8 && !ends(tokens[k]); k++) {
      const c = cls(k);
      if (c === 'mastery-amplifier') {
        amplified = true;
        if (!named || verb < 0) last = classes[k]!.last;
        k = classes[k]!.last;
        if (verb >= 0) break;
        continue;
      }
      if (verb < 0 && (c === 'know-verb' || c === 'feat-verb')) {
        verb = k;
        verbClass = c;
        last = classes[k]!.last;
        break;
      }
    }
    if (verb < 0) return undefined;
    if (verbClass === 'know-verb' && !amplified && !framed) return undefined;
    const first = Math.min(verb, q);
    // Nobody in particular: "iedereen kent alle ...", "wie alle regels kent".
    const [cf] = clauseAround(tokens, first);
    for (let k = cf; k < first; k++) if (/^(?:iedereen|niemand|wie|everyone|everybody|nobody|anyone|whoever|je|you|men|one)$/.test(lower(tokens, k))) return undefined;
    // "een autist die alle ... kent", "a man who knows every ...": the relative's antecedent is the one.
    const rel = first - 1;
    const antecedent = tokens[rel - 1]?.text === ',' ? rel - 2 : rel - 1;
    const relative = /^(?:die|who)$/.test(lower(tokens, rel)) && (!!personAt(tokens, antecedent) || !!conditions().longestAt(tokens, antecedent) || PERSON_SUFFIX.test(lower(tokens, antecedent)));
    if (!relative && !someones(tokens, q)) return undefined;
    return { first, last: Math.max(last, verb), construction: 'mastery', confidence: 0.75 };
  }

  /** The stand-out constructions a token can open: a count or ordinal (tenure, feats), a quantifier (mastery). */
  function standOut(tokens: readonly Token[], i: number, lang: string): Hit | undefined {
    const t = tokens[i]!;
    if (cls(i) === 'all-quantifier') return mastery(tokens, i);
    if (t.type !== 'number' && !(t.type === 'word' && (bigNumberWord(t.lower) !== undefined || bigOrdinal(t.lower) !== undefined || /jarige?$/.test(t.lower)))) return undefined;
    return tenure(tokens, i) ?? milestone(tokens, i) ?? countInTime(tokens, i, lang);
  }

  /**
   * The constructions a word can open, by cheap tests on the word alone (set look-ups and suffixes), so
   * that most words cost a few comparisons: this runs for every token.
   */
  function wordHit(tokens: readonly Token[], i: number, lang: string): Hit | undefined {
    const t = tokens[i]!;
    const w = t.lower;
    let flags = TRIGGERS.get(w) ?? 0;
    const n = w.length;
    if (n >= 4) {
      flags |= SUFFIX_TRIGGERS.get(w.slice(-3)) ?? 0;
      if (w.charCodeAt(n - 1) === 116 && w.charCodeAt(n - 2) === 115) flags |= SUP; // -st
      if (w.charCodeAt(0) === 97 && w.startsWith('aller')) flags |= SUP;
      if (w.charCodeAt(0) === 114 && w.startsWith('recordhoud')) flags |= RECORD;
    }
    if (flags === 0) return undefined;
    if (flags & EPI) return epithet(tokens, i);
    if (flags & NICK) {
      const hit = nickname(tokens, i);
      if (hit) return hit;
    }
    if (flags & ORD) {
      const hit = ordinal(tokens, i);
      if (hit) return hit;
    }
    if (flags & ONLY_W) return only(tokens, i);
    if (flags & SUP) {
      const hit = superlative(tokens, i, lang);
      if (hit) return hit;
    }
    if (flags & AGE) {
      const hit = milestoneAge(tokens, i);
      if (hit) return hit;
    }
    if (flags & BDAY) {
      const hit = birthday(tokens, i);
      if (hit) return hit;
    }
    if (flags & COUNT) {
      const hit = count(tokens, i);
      if (hit) return hit;
    }
    return flags & RECORD ? record(tokens, i) : undefined;
  }

  return {
    id: 'uniqueness',
    detect({ text, tokens, lang }: DetectContext): Detection[] {
      const hits: Hit[] = [];
      classes = new Array(tokens.length);
      for (const m of lexicon.standout().findAll(tokens)) {
        if (m.value.lang !== '*' && m.value.lang !== lang) continue;
        for (let k = m.first; k <= m.last; k++) classes[k] = m;
      }
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.type === 'punct') continue;
        const hit = (t.type === 'number' ? ordinal(tokens, i) ?? milestoneAge(tokens, i) : wordHit(tokens, i, lang)) ?? standOut(tokens, i, lang);
        if (!hit) continue;
        // A hit may start before i (a record's article, a count's "met"): drop what it overlaps.
        while (hits.length && hits[hits.length - 1]!.last >= hit.first) {
          const prev = hits[hits.length - 1]!;
          if (prev.last - prev.first >= hit.last - hit.first) break;
          hits.pop();
        }
        if (hits.length && hits[hits.length - 1]!.last >= hit.first) continue;
        hits.push(hit);
        i = hit.last;
      }
      return hits.map((h) => {
        const start = tokens[h.first]!.start;
        const end = tokens[h.last]!.end;
        return h.age
          ? { kind: 'age', start, end, rule: 'uniqueness', confidence: h.confidence, facts: { from: h.age.from, to: h.age.to, form: h.age.form } }
          : {
              kind: 'unusual',
              start,
              end,
              rule: 'uniqueness',
              confidence: h.confidence,
              facts: { via: 'construction', construction: h.construction!, ...(h.head ? { head: text.slice(tokens[h.head[0]]!.start, tokens[h.head[1]]!.end) } : {}) },
            };
      });
    },
  };
}

export const uniquenessRule: Rule = {
  meta: ruleMeta(
    'uniqueness',
    ['unusual', 'age'],
    'Constructions that single a person out: superlatives, "de enige", ordinals, records and titles, milestone ages, large counts',
  ),
  create: createUniquenessDetector,
};
