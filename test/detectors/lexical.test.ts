import { describe, expect, it } from 'vitest';
import type { Kind } from '../../src/core/kinds.js';
import type { Detection, DetectionOf, Lang } from '../../src/core/types.js';
import type { Detector } from '../../src/detectors/types.js';
import { shareOf } from '../../src/risk/shares.js';
import { detectorOf, run, texts } from '../helpers.js';

// The rules that read the phrase lists of the real compiled dictionaries (`npm run build` writes dist/dict).
const DETECTORS = {
  diagnosis: detectorOf('diagnosis'),
  profession: detectorOf('profession'),
  nationality: detectorOf('nationality'),
  family: detectorOf('family'),
  event: detectorOf('event'),
  unusual: detectorOf('unusual'),
};
type LexicalKind = keyof typeof DETECTORS;
const { diagnosis, profession, nationality, family, event, unusual } = DETECTORS;
const isKind = <K extends Kind>(d: Detection, kind: K): d is Detection & DetectionOf<K> => d.kind === kind;

/** The share the risk layer gives a detection: an ordered range inside (0, 1]. */
function expectShare(d: Detection): void {
  const share = shareOf(d);
  expect(share).toBeDefined();
  const { low, central, high, source } = share!;
  expect(low).toBeGreaterThan(0);
  expect(low).toBeLessThanOrEqual(central);
  expect(central).toBeLessThanOrEqual(high);
  expect(high).toBeLessThanOrEqual(1);
  expect(typeof source).toBe('string');
}

/** The single detection in `text`, checked for kind, rule and share. */
function one<K extends LexicalKind>(kind: K, text: string, lang: Lang = 'nl'): DetectionOf<K> & { span: string } {
  const ds = run(DETECTORS[kind], text, lang);
  expect(ds.map((d) => text.slice(d.start, d.end)), JSON.stringify(text)).toHaveLength(1);
  const d = ds[0]!;
  expect(d.kind).toBe(kind);
  expect(d.rule).toBe(kind);
  expectShare(d);
  if (!isKind(d, kind)) throw new Error(`not a ${kind}`);
  return { ...d, span: text.slice(d.start, d.end) };
}

/** TRUE cases: [text, expected span, lang]. Each gives exactly that one span with a valid share. */
function trueCases(kind: LexicalKind, cases: Array<[string, string, Lang?]>): void {
  for (const [text, span, lang] of cases) {
    it(`finds ${JSON.stringify(span)} in ${JSON.stringify(text)}`, () => {
      expect(one(kind, text, lang).span).toBe(span);
    });
  }
}

/** FALSE cases: [text, lang]. Nothing at all. */
function falseCases(detector: Detector, cases: Array<[string, Lang?]>): void {
  for (const [text, lang] of cases) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => {
      expect(texts(detector, text, lang)).toEqual([]);
    });
  }
}

describe('diagnosis: terms', () => {
  trueCases('diagnosis', [
    ['Bij haar is vorig jaar schizofrenie vastgesteld.', 'schizofrenie'],
    ['Hij heeft een bipolaire stoornis en woont begeleid.', 'bipolaire stoornis'],
    ['Ze heeft anorexia nervosa en is erg verzwakt.', 'anorexia nervosa'],
    ['Zijn vader heeft de ziekte van Huntington.', 'ziekte van Huntington'],
    ['Hij heeft autisme en gaat niet graag naar buiten.', 'autisme'],
    ['She was diagnosed with schizophrenia at nineteen.', 'schizophrenia', 'en'],
    ['She has Down syndrome and loves to dance.', 'Down syndrome', 'en'],
    ['He has PTSD after his deployment.', 'PTSD', 'en'],
  ]);

  it('carries the id, parent and ancestors of the condition', () => {
    const d = one('diagnosis', 'Ze heeft schizofrenie.');
    expect(d.facts).toMatchObject({ id: 'schizophrenia', parent: 'psychotic-disorder' });
    expect(d.facts.ancestors).toEqual(['psychotic-disorder']);
    const als = one('diagnosis', 'Hij heeft ALS.');
    expect(als.facts.ancestors).toEqual(expect.arrayContaining(['neuromuscular-disease', 'neurological-condition']));
  });

  it('always gives an ancestors array, also for a condition right below the root', () => {
    for (const [text, lang] of [['She has PTSD.', 'en'], ['Ze is zwanger van de tweede.', 'nl'], ['Ze heeft uitgezaaide borstkanker.', 'nl']] as const) {
      const d = run(diagnosis, text, lang)[0]!;
      expect(isKind(d, 'diagnosis') && Array.isArray(d.facts.ancestors), text).toBe(true);
    }
  });

  it('gives a rare condition a smaller share than a common one', () => {
    const als = shareOf(one('diagnosis', 'Hij heeft ALS.'))!.central;
    const dep = shareOf(one('diagnosis', 'Ze heeft een depressie.'))!.central;
    expect(als).toBeLessThan(dep);
  });
});

describe('diagnosis: abbreviations with exact case', () => {
  trueCases('diagnosis', [
    ['Hij heeft ALS en kan niet meer lopen.', 'ALS'],
    ['Bij hem is ASS vastgesteld toen hij zes was.', 'ASS'],
    ['Ze heeft MS sinds haar twintigste.', 'MS'],
    ['He has ALS, diagnosed last year.', 'ALS', 'en'],
  ]);
  falseCases(diagnosis, [
    ['Als hij komt, bellen we eerst de dokter.'],
    ['als het regent blijft ze binnen'],
    ['Ze ging als eerste naar huis.'],
    ['ze heeft ms of zo'],
    ['She is as kind as ever.', 'en'],
  ]);
});

describe('diagnosis: medication that reveals a condition', () => {
  it('reads clozapine, lithium and methadon as the conditions they reveal', () => {
    expect(one('diagnosis', 'Hij gebruikt al jaren clozapine.').facts).toMatchObject({ id: 'psychotic-disorder', medication: { inn: 'clozapine', atc: 'N05AH02' } });
    expect(one('diagnosis', 'Ze slikt lithium sinds haar opname.').facts).toMatchObject({ id: 'bipolar-disorder' });
    expect(one('diagnosis', 'Hij krijgt dagelijks methadon bij de poli.').facts).toMatchObject({ id: 'opioid-use-disorder' });
    expect(one('diagnosis', 'He is on methadone now.', 'en').facts).toMatchObject({ id: 'opioid-use-disorder' });
    expect(one('diagnosis', 'She was taking lithium for years.', 'en').span).toBe('lithium');
  });
});

describe('diagnosis: modifiers belong to the span', () => {
  trueCases('diagnosis', [
    ['Ze heeft uitgezaaide borstkanker.', 'uitgezaaide borstkanker'],
    ['Hij kampt met een ernstige depressie.', 'ernstige depressie'],
    ['He has severe obstructive sleep apnea.', 'severe obstructive sleep apnea', 'en'],
    ['She has metastatic breast cancer.', 'metastatic breast cancer', 'en'],
    ["She was diagnosed with early onset Alzheimer's disease.", "early onset Alzheimer's disease", 'en'],
  ]);
});

describe('diagnosis: not a diagnosis', () => {
  falseCases(diagnosis, [
    ['Ze werd doorverwezen naar het MS-centrum.'],
    ['Hij werkt op de ADHD-poli.'],
    ['The MS-clinic was closed.', 'en'],
    ['Ze werkt in een ALS-centrum.'],
    ['Hij ging naar de winkel en kocht brood.'],
    ['Het was een lange dag op de afdeling.'],
    ['It was a long day at work.', 'en'],
    ['I am SAD today', 'en'],
  ]);

  // Unlike a service ("MS-centrum"), a compound can state the person's own condition.
  it('keeps a compound that names the person\'s diagnosis', () => {
    expect(texts(diagnosis, 'Ze heeft sinds kort ook een ASS-diagnose.')).toHaveLength(1);
  });
});

describe('profession: the subject\'s occupation', () => {
  trueCases('profession', [
    ['Hij is kermisexploitant.', 'kermisexploitant'],
    ['Hij werkt als notaris in Zierikzee.', 'notaris'],
    ['Hij is vrachtwagenchauffeur en vaak weken weg.', 'vrachtwagenchauffeur'],
    ['Ze werkt als kapster in het dorp.', 'kapster'],
    ['Zij is huisarts.', 'huisarts'],
    ['Hij is solist bij het plaatselijke mannenkoor.', 'solist'],
    ['He is a Polish lorry driver.', 'lorry driver', 'en'],
    ['He is the mayor of Bath.', 'mayor', 'en'],
  ]);

  it('marks a role there is one of per place (burgemeester)', () => {
    const d = one('profession', 'De burgemeester van Kloetinge werd opgenomen.');
    expect(d.span).toBe('burgemeester');
    expect(d.facts).toMatchObject({ id: 'mayor', uniquePerPlace: true, local: false });
  });

  it('marks "de plaatselijke notaris" as local', () => {
    const d = one('profession', 'Hij is de plaatselijke notaris.');
    expect(d.span).toBe('notaris');
    expect(d.facts).toMatchObject({ id: 'notary', uniquePerPlace: true, local: true });
    expect(one('profession', 'He is the local vicar.', 'en').facts).toMatchObject({ local: true, uniquePerPlace: true });
    // The place after the role: "solist bij het plaatselijke mannenkoor", "de postbode van de wijk".
    expect(one('profession', 'Hij is solist bij het plaatselijke mannenkoor.').facts).toMatchObject({ local: true });
    expect(one('profession', 'Hij was de postbode van de wijk.').facts).toMatchObject({ local: true });
  });

  it('does not mark a common job as unique per place', () => {
    expect(one('profession', 'Hij is vrachtwagenchauffeur.').facts).toMatchObject({ uniquePerPlace: false, local: false });
  });
});

describe('profession: care and school roles need an attribution', () => {
  trueCases('profession', [
    ['Ze was verpleegkundige in het UMC.', 'verpleegkundige'],
    ['Ze is zelf verpleegkundige, dat maakt het moeilijk.', 'verpleegkundige'],
    ['Ze is ex-verpleegkundige.', 'verpleegkundige'],
    ['Hij werkte vroeger als leraar.', 'leraar'],
    ['She is a retired nurse.', 'nurse', 'en'],
    ['He worked as a nurse for twenty years.', 'nurse', 'en'],
  ]);
  falseCases(profession, [
    ['De verpleegkundige gaf haar de medicatie.'],
    ['Er waren twee verpleegkundigen op de afdeling.'],
    ['De psychiater zag haar maandag.'],
    ['Two nurses were on shift that night.', 'en'],
  ]);

  it('finds a care role whose attribution follows it ("Als verpleegkundige werkte ze ...")', () => {
    expect(texts(profession, 'Als verpleegkundige werkte ze dertig jaar in het Maasstad.')).toEqual(['verpleegkundige']);
  });
});

describe('profession: not the subject\'s own job', () => {
  falseCases(profession, [
    ['Bespreek dit eerst met je hulpverlener.'],
    ['Hij had ruzie met zijn leerkracht.'],
    ['Ze haalde brood bij de bakker.'],
    ['Ze ging naar de huisarts met buikpijn.'],
    ['Als wijkverpleegkundige zie ik dit vaak.'],
    ['Ik werk als notaris en zie dit vaak.'],
    ['Vandaag sprak ik met onze maatschappelijk werker.'],
    ['Talk to your GP if this goes on.', 'en'],
    ['She saw her GP on Monday.', 'en'],
    ['We went to the butcher.', 'en'],
    ['As a nurse I see this every day.', 'en'],
    // Relatives' jobs, people around the subject, groups.
    ['Haar vader is kermisexploitant.'],
    ['Zijn moeder is huisarts.'],
    ['De burgemeester van Kloetinge kwam op bezoek.'],
    ['Ze is de dochter van de plaatselijke notaris.'],
    ['De pastor kwam langs.'],
    ['Een pedagogisch medewerker bracht hem naar school.'],
    ['De verpleegkundigen waren vriendelijk.'],
    ['The nurses were kind to her.', 'en'],
  ]);
});

describe('nationality', () => {
  trueCases('nationality', [
    ['Ze heeft Marokkaanse roots.', 'Marokkaanse'],
    ['Met haar moeder praat ze thuis in het Arabisch.', 'Arabisch'],
    ['Hij is Turks en woont hier sinds 2015.', 'Turks'],
    ['Ze is een Syriër en kwam in 2016 naar Gent.', 'Syriër'],
    ['Ze komt uit Eritrea.', 'Eritrea'],
    ['Een Poolse vrachtwagenchauffeur werd onwel.', 'Poolse'],
    ['He is a Polish lorry driver.', 'Polish', 'en'],
    ['She was born to Nigerian parents.', 'Nigerian', 'en'],
    ['She is Somali.', 'Somali', 'en'],
  ]);

  it('carries the id and a share for the text\'s country', () => {
    const cases = [
      ['Ze heeft Marokkaanse roots.', 'moroccan', 'nl'],
      ['Thuis in het Arabisch.', 'arabic-speaking', 'nl'],
      ['He is a Polish lorry driver.', 'polish', 'en'],
    ] as const;
    for (const [text, id, lang] of cases) {
      const d = one('nationality', text, lang);
      expect(d.facts.id).toBe(id);
      expect(d.facts.share).toBeGreaterThan(0);
      expect(d.facts.share).toBeLessThan(0.5);
      expect(shareOf(d)!.central).toBe(d.facts.share);
      expect(d.facts.source).not.toBe('');
    }
  });

  falseCases(nationality, [
    ['Toen de Duitsers kwamen, vluchtte opa naar het zuiden.'],
    ['Alle Marokkanen werden over één kam geschoren.'],
    ['The Germans invaded in 1940.', 'en'],
    ['Many Poles work here in the summer.', 'en'],
    ['Ze ging naar de winkel om brood te halen.'],
  ]);

  // Like the text's own country, the majority narrows nothing.
  it('does not report Dutch in a Dutch text', () => {
    expect(texts(nationality, 'Hij spreekt Nederlands met de verpleging.')).toEqual([]);
  });
});

describe('family', () => {
  trueCases('family', [
    ['Ze heeft vier kinderen.', 'vier kinderen'],
    ['Ze is moeder van drie.', 'moeder van drie'],
    ['Ze is een drieling.', 'drieling'],
    ['Ze is de dochter van de plaatselijke notaris.', 'dochter van de plaatselijke notaris'],
    ['Ze is alleenstaande moeder van drie.', 'alleenstaande moeder van drie'],
    ['Hij heeft twee broers.', 'twee broers'],
    ['She has had four foster placements.', 'four foster placements', 'en'],
    ['He is a father of three.', 'father of three', 'en'],
    ['They have three children.', 'three children', 'en'],
  ]);

  it('gives a larger family a smaller share', () => {
    const two = shareOf(one('family', 'Ze heeft twee kinderen.'))!.central;
    const five = shareOf(one('family', 'Ze heeft vijf kinderen.'))!.central;
    expect(five).toBeLessThan(two);
  });

  it('carries a label', () => {
    expect(one('family', 'Ze heeft vier kinderen.').facts).toMatchObject({ via: 'phrase', label: { nl: 'kinderen', en: 'children' } });
  });

  falseCases(family, [
    ['Haar dochter kwam vandaag op bezoek.'],
    ['Zijn vrouw belde de afdeling.'],
    ['Her daughter visited on Sunday.', 'en'],
    ['His wife called the ward.', 'en'],
    ['We hadden een rustige dienst.'],
  ]);

  // Counts of sons and daughters, like "kinderen" and "broers".
  it('finds a number of sons or daughters', () => {
    expect(texts(family, 'Hij heeft twee zonen.')).toEqual(['twee zonen']);
    expect(texts(family, 'Ze heeft drie dochters.')).toEqual(['drie dochters']);
    expect(texts(family, 'He has two sons.', 'en')).toEqual(['two sons']);
  });
});

describe('event', () => {
  // Media, court cases, legal measures, arrests and crimes are recognized by their grammar in the
  // public-event rule (test/rules/public-event.test.ts); the phrase list keeps the events it has no
  // construction for.
  trueCases('event', [
    ['Na de woningbrand sliep ze bij de buren.', 'woningbrand'],
    ['Hij werd in maart gedwongen opgenomen.', 'gedwongen opgenomen'],
    ['Ze werd gereanimeerd door een buurman.', 'gereanimeerd'],
    ['Hij kreeg een winkelverbod bij de supermarkt.', 'winkelverbod'],
    ['Na het verkeersongeluk liep hij met krukken.', 'verkeersongeluk'],
    ['He overdosed last spring.', 'overdosed', 'en'],
  ]);

  it('carries a label with a Dutch and an English text', () => {
    expect(one('event', 'Hij kreeg een winkelverbod.').facts).toMatchObject({ via: 'phrase', label: { nl: 'een maatregel', en: 'a measure' } });
  });

  falseCases(event, [
    ['We gingen naar de markt en dronken koffie.'],
    ['Het was een mooie dag voor een wandeling.'],
    ['Ze las de krant bij het ontbijt.'],
    ['She went to the shop for milk.', 'en'],
    ['I read the papers every morning.', 'en'],
    // Formerly a bug of the phrase "in de krant": reading the newspaper is not being in it.
    ['Ze lag op de bank in de krant te lezen.'],
  ]);
});

describe('unusual', () => {
  trueCases('unusual', [
    ['Ze woont op een woonboot in de haven.', 'woonboot'],
    ['Hij heeft een tatoeage op zijn gezicht.', 'tatoeage op zijn gezicht'],
    ['She plays the bagpipes at funerals.', 'bagpipes', 'en'],
  ]);

  // Superlatives, "de enige" and ordinals are constructions: the uniqueness rule finds them, not this list.
  falseCases(unusual, [
    ['Het was een gewone dag op de afdeling.'],
    ['Het enige wat ik wil is slapen.'],
    ['De enige manier is praten.'],
    ['Het ergste is voorbij.'],
    ['Als eerste bespreken we de planning.'],
    ['It was a normal shift.', 'en'],
    ['The only way out is through.', 'en'],
    ['the only thing I want is sleep', 'en'],
  ]);
});

describe('uniqueness (constructions that the unusual list used to enumerate)', () => {
  const uniqueness = detectorOf('uniqueness');
  const found = (text: string, lang: Lang = 'nl') => run(uniqueness, text, lang);

  it('reads "de heftigste psychoot allertijden" as one finding, with a construction share', () => {
    const text = 'Dit was de heftigste psychoot allertijden.';
    const ds = found(text);
    expect(ds.map((d) => text.slice(d.start, d.end))).toEqual(['de heftigste psychoot allertijden']);
    expect(ds[0]!.kind).toBe('unusual');
    expect(ds[0]!.facts).toEqual({ via: 'construction', construction: 'superlative', head: 'psychoot' });
    expectShare(ds[0]!);
  });

  for (const [text, span, lang] of [
    ['Ze was de enige die bleef na de brand.', 'de enige die bleef na de brand'],
    ['Hij was de eerste patiënt die dat mocht.', 'de eerste patiënt die dat mocht'],
    ['Ze is de enige vrouwelijke brandweerman in het dorp.', 'de enige vrouwelijke brandweerman in het dorp'],
    ['She was the only girl on the team.', 'the only girl on the team', 'en'],
    ['He is the only one who knows the code.', 'the only one who knows the code', 'en'],
  ] as Array<[string, string, Lang?]>) {
    it(`finds ${JSON.stringify(span)} in ${JSON.stringify(text)}`, () => {
      const ds = found(text, lang);
      expect(ds.map((d) => text.slice(d.start, d.end))).toEqual([span]);
      for (const d of ds) expectShare(d);
    });
  }

  falseCases(uniqueness, [
    ['Het enige wat ik wil is slapen.'],
    ['De enige manier is praten.'],
    ['The only way out is through.', 'en'],
    ['the only thing I want is sleep', 'en'],
  ]);
});
