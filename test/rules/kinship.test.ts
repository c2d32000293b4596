import { describe, expect, it } from 'vitest';
import { ruleDetector, testRule } from '../rule-tester.js';
import { tokenize } from '../../src/text/tokenize.js';
import { shareOf } from '../../src/risk/shares.js';
import type { Lang } from '../../src/core/types.js';

testRule('kinship', {
  invalid: [
    // family-size: a large family of the subject's own.
    { text: 'Ze is moeder van vier.', found: ['moeder van vier'], kind: 'family' },
    { text: 'Hij is vader van zes jonge kinderen.', found: ['vader van zes jonge kinderen'] },
    { text: 'Ze heeft vier kinderen, de jongste is net één.', found: ['vier kinderen'] },
    { text: 'Ze heeft samen met haar man vijf kinderen.', found: ['vijf kinderen'] },
    { text: 'Hij heeft twee zonen en twee dochters.', found: ['twee zonen en twee dochters'] },
    { text: 'Ze heeft vijf broers en zussen.', found: ['vijf broers en zussen'] },
    { text: 'Hij komt uit een gezin van negen kinderen.', found: ['gezin van negen kinderen'] },
    { text: 'Ze is weduwe en moeder van zeven.', found: ['moeder van zeven'] },
    { text: 'She is a mother of five.', lang: 'en', found: ['mother of five'] },
    { text: 'They have six kids.', lang: 'en', found: ['six kids'] },
    { text: 'He has five brothers.', lang: 'en', found: ['five brothers'] },
    { text: 'He is one of six children.', lang: 'en', found: ['six children'] },
    { text: 'The family of eleven lives in a small house.', lang: 'en', found: ['family of eleven'] },
    // birth-order.
    { text: 'Ze is de jongste van zes.', found: ['jongste van zes'] },
    { text: 'Hij is de oudste van vijf kinderen.', found: ['oudste van vijf kinderen'] },
    { text: 'Hij is de middelste van drie.', found: ['middelste van drie'] },
    { text: 'Ze is het derde kind van vijf.', found: ['derde kind van vijf'] },
    { text: 'Ze is de oudste van de drie broers.', found: ['oudste van de drie broers'] },
    { text: 'She is the youngest of seven.', lang: 'en', found: ['youngest of seven'] },
    { text: 'He is the third of five children.', lang: 'en', found: ['third of five children'] },
    // only-child.
    { text: 'Ze is enig kind.', found: ['enig kind'] },
    { text: 'Hij is enige zoon.', found: ['enige zoon'] },
    { text: 'Ze is hun enige dochter.', found: ['enige dochter'] },
    { text: 'Het kind heeft geen broers of zussen.', found: ['geen broers of zussen'] },
    { text: 'She is an only child.', lang: 'en', found: ['only child'] },
    { text: 'He has no siblings.', lang: 'en', found: ['no siblings'] },
    // twin.
    { text: 'Ze is een tweeling.', found: ['tweeling'] },
    { text: 'Ze is een eeneiige tweeling.', found: ['eeneiige tweeling'] },
    { text: 'Zijn tweelingbroer woont in Gent.', found: ['tweelingbroer'] },
    { text: 'Ze is zwanger van een tweeling.', found: ['tweeling'] },
    { text: 'He has a twin brother.', lang: 'en', found: ['twin brother'] },
    { text: 'They are identical twins.', lang: 'en', found: ['identical twins'] },
    { text: 'The twins were placed together.', lang: 'en', found: ['twins'] },
    // living-with a relative other than a parent.
    { text: 'Ze woont bij oma.', found: ['woont bij oma'] },
    { text: 'Ze groeide op bij haar tante in Antwerpen.', found: ['groeide op bij haar tante'] },
    { text: 'Hij werd opgevoed door zijn grootouders.', found: ['opgevoed door zijn grootouders'] },
    { text: 'Sinds de scheiding is hij bij zijn opa en oma gaan wonen.', found: ['bij zijn opa en oma gaan wonen'] },
    { text: 'Omdat ze bij hun oma wonen, gaan ze naar een andere school.', found: ['bij hun oma wonen'] },
    { text: 'Verblijft sinds de opname van zijn moeder bij een oom in Ninove.', found: ['bij een oom'] },
    { text: 'She lives with her grandparents.', lang: 'en', found: ['lives with her grandparents'] },
    { text: 'He was brought up by an aunt in Leeds.', lang: 'en', found: ['brought up by an aunt'] },
    { text: 'She moved in with her grandmother last year.', lang: 'en', found: ['moved in with her grandmother'] },
    // carer.
    { text: 'Ze is mantelzorger voor haar moeder.', found: ['mantelzorger voor haar moeder'] },
    { text: 'Ze zorgt al twintig jaar voor haar zus.', found: ['zorgt al twintig jaar voor haar zus'] },
    { text: 'Hij zorgt voor zijn zieke vrouw.', found: ['zorgt voor zijn zieke vrouw'] },
    { text: 'Ze verzorgt haar demente moeder.', found: ['verzorgt haar demente moeder'] },
    { text: 'She cares for her disabled brother.', lang: 'en', found: ['cares for her disabled brother'] },
    { text: 'He is a full-time carer for his wife.', lang: 'en', found: ['full-time carer for his wife'] },
    { text: 'He looks after his father.', lang: 'en', found: ['looks after his father'] },
    // relative-circumstance: a relative's event, told in the relative's own clause.
    { text: 'Vader zit vast.', found: ['Vader zit vast'] },
    { text: 'Zijn moeder overleed vorig jaar.', found: ['Zijn moeder overleed'] },
    { text: 'Vorig jaar overleed zijn moeder.', found: ['overleed zijn moeder'] },
    { text: 'Zijn broer verongelukte vorig jaar met de trekker.', found: ['Zijn broer verongelukte'] },
    { text: 'Sinds maart zit haar vader vast in PI Vught.', found: ['zit haar vader vast'] },
    { text: 'Haar man zit sinds 2021 in de gevangenis.', found: ['Haar man zit sinds 2021 in de gevangenis'] },
    { text: 'zijn vrouw heeft hem buitengezet, zegt hij.', found: ['zijn vrouw heeft hem buitengezet'] },
    { text: 'Toen zijn vader werd opgepakt, ging hij bij zijn oom wonen.', found: ['zijn vader werd opgepakt', 'bij zijn oom wonen'] },
    { text: 'Zijn moeder pleegde zelfmoord toen hij acht was.', found: ['Zijn moeder pleegde zelfmoord'] },
    { text: 'Hun dochter verongelukte op de N59.', found: ['Hun dochter verongelukte'] },
    { text: 'Jarne\'s vader zit vast.', found: ['Jarne\'s vader zit vast'] },
    { text: 'De moeder van cliënt is overleden.', found: ['De moeder van cliënt is overleden'] },
    { text: 'Hij verloor op jonge leeftijd zijn vader.', found: ['verloor op jonge leeftijd zijn vader'] },
    { text: 'Ze heeft vorig jaar haar man verloren.', found: ['haar man verloren'] },
    { text: 'Na het overlijden van zijn vader ging het mis.', found: ['overlijden van zijn vader'] },
    { text: 'Zijn vaders dood was een schok.', found: ['Zijn vaders dood'] },
    { text: 'Zijn overleden vader was visser.', found: ['Zijn overleden vader'] },
    { text: 'Haar gedetineerde broer schrijft haar brieven.', found: ['Haar gedetineerde broer'] },
    { text: 'Her dad is in prison.', lang: 'en', found: ['Her dad is in prison'] },
    { text: 'Her mother was killed in a car crash in 2019.', lang: 'en', found: ['Her mother was killed'] },
    { text: 'After her father died, she moved in with her uncle.', lang: 'en', found: ['her father died', 'moved in with her uncle'] },
    { text: 'Her father took his own life when she was six.', lang: 'en', found: ['Her father took his own life'] },
    { text: 'She lost both parents in the war.', lang: 'en', found: ['lost both parents'] },
    { text: "After her brother's suicide she stopped eating.", lang: 'en', found: ["her brother's suicide"] },
    { text: 'His late wife was a teacher.', lang: 'en', found: ['His late wife'] },
    { text: 'Hij vertelde dat zijn vader in 2010 is overleden.', found: ['zijn vader in 2010 is overleden'] },
    { text: 'Ze heeft een broer die vastzit.', found: ['een broer die vastzit'] },
    { text: 'Zijn vader kreeg vijf jaar cel.', found: ['Zijn vader kreeg vijf jaar cel'] },
    { text: 'Zijn ouders kwamen om bij de aardbeving.', found: ['Zijn ouders kwamen om'] },
    { text: 'Haar man verliet het gezin.', found: ['Haar man verliet het gezin'] },
    { text: 'Ze verloor haar zoontje bij een ongeluk.', found: ['verloor haar zoontje'] },
    { text: "The patient's mother died when he was four.", lang: 'en', found: ["The patient's mother died"] },
    { text: 'His father, a fisherman, drowned in 1990.', lang: 'en', found: ['His father, a fisherman, drowned'] },
    { text: 'His mother passed away last year.', lang: 'en', found: ['His mother passed away'] },
    { text: 'Her parents were killed in the earthquake.', lang: 'en', found: ['Her parents were killed'] },
    { text: 'They lived with an aunt for two years.', lang: 'en', found: ['lived with an aunt'] },
    { text: 'Ze verblijft tijdelijk bij haar zus.', found: ['verblijft tijdelijk bij haar zus'] },
    { text: 'Het gezin telt zes kinderen.', found: ['zes kinderen'] },
    { text: 'Ze kreeg een tweeling in 2020.', found: ['tweeling'] },
    { text: 'She gave birth to twins last spring.', lang: 'en', found: ['twins'] },
    // ... a remarriage, a divorce, a stay in hospital or a care home, a prison term, unknown whereabouts.
    { text: 'Mama is hertrouwd met een collega.', found: ['Mama is hertrouwd'] },
    { text: 'Zijn ouders zijn gescheiden toen hij vijf was.', found: ['Zijn ouders zijn gescheiden'] },
    { text: 'Her dad remarried last year.', lang: 'en', found: ['Her dad remarried'] },
    { text: 'Haar moeder ligt in het ziekenhuis.', found: ['Haar moeder ligt in het ziekenhuis'] },
    { text: 'His mother is in hospital after a fall.', lang: 'en', found: ['His mother is in hospital'] },
    { text: 'Hij woont bij zijn oma omdat vader opgenomen is.', found: ['woont bij zijn oma', 'vader opgenomen is'] },
    { text: 'Moeder werd vorige week opgenomen.', found: ['Moeder werd vorige week opgenomen'] },
    { text: 'Sinds zijn vrouw in het verpleeghuis zit, woont hij alleen.', found: ['zijn vrouw in het verpleeghuis zit'] },
    { text: 'Her husband lives in a nursing home now.', lang: 'en', found: ['Her husband lives in a nursing home'] },
    { text: 'Mum is serving a prison sentence.', lang: 'en', found: ['Mum is serving a prison sentence'] },
    { text: 'Mom remains incarcerated in Texas.', lang: 'en', found: ['Mom remains incarcerated'] },
    { text: "Dad's whereabouts are unknown.", lang: 'en', found: ["Dad's whereabouts are unknown"] },
    { text: 'De verblijfplaats van vader is onbekend.', found: ['verblijfplaats van vader is onbekend'] },
    { text: 'Zijn zoontje van drie ligt in het ziekenhuis.', found: ['Zijn zoontje van drie ligt in het ziekenhuis'] },
    // ... a minor who came without parents.
    { text: 'Hij kwam als vijftienjarige zonder ouders naar Nederland.', found: ['zonder ouders'] },
    { text: 'She arrived in the UK without her parents in 2019.', lang: 'en', found: ['without her parents'] },
    // ... and a relative's role: not the subject's job, but it points at the family.
    { text: 'Haar vader is bakker.', found: ['Haar vader is bakker'] },
    { text: 'Zijn vader werkt als postbode.', found: ['Zijn vader werkt als postbode'] },
    { text: 'Ze is dochter van die bekende bakker uit Hellevoetsluis.', found: ['dochter van die bekende bakker'] },
    { text: 'His mum works as a cleaner at the hospital.', lang: 'en', found: ['His mum works as a cleaner'] },
    { text: 'Haar dochter, zelf huisarts, belde gisteren.', found: ['Haar dochter, zelf huisarts'] },
    // relative-detail: a relative told with a plain detail: where they live, a young child's age, the contact.
    { text: 'Zijn broer woont in Spanje.', found: ['Zijn broer'] },
    { text: 'Haar zoon is naar Australië geëmigreerd.', found: ['Haar zoon'] },
    { text: 'Hij is somber sinds zijn broer naar Spanje verhuisde.', found: ['zijn broer'] },
    { text: 'Zijn vader zit nog in Syrië.', found: ['Zijn vader'] },
    { text: 'Haar schoonzus woont in Gent.', found: ['Haar schoonzus'] },
    { text: 'Nonna woont nog in Italië.', found: ['Nonna'] },
    { text: 'Daughter in Canada, son lives nearby.', lang: 'en', found: ['Daughter'] },
    { text: 'Her brother in Glasgow phones every week.', lang: 'en', found: ['Her brother'] },
    { text: 'Her nonna lives in Naples.', lang: 'en', found: ['Her nonna'] },
    { text: 'His mum drove down from Leeds in her slippers.', lang: 'en', found: ['His mum'] },
    { text: 'Zijn zus is contactpersoon.', found: ['Zijn zus'] },
    { text: 'His daughter is his next of kin.', lang: 'en', found: ['His daughter'] },
    { text: 'Zijn dochtertje van vier had een taart gebakken.', found: ['Zijn dochtertje van vier'] },
    { text: 'Ze heeft een dochtertje van vier jaar.', found: ['een dochtertje van vier jaar'] },
    { text: 'Met haar zoontje van twee woont ze in een flat.', found: ['haar zoontje van twee'] },
    { text: 'Her son, aged four, started school.', lang: 'en', found: ['Her son, aged four'] },
    // A twin says more than where the twin lives.
    { text: 'Haar tweelingzus woont in Gent.', found: ['tweelingzus'] },
    // kin-count: a small count with an adjective or a diminutive, which the family list has no row for.
    { text: 'Hij heeft twee grote broers die allebei voetballen.', found: ['twee grote broers'] },
    { text: 'She has two big brothers and a dog.', lang: 'en', found: ['two big brothers'] },
    { text: 'Ze heeft twee zusjes.', found: ['twee zusjes'] },
    // living-with: raised by a relative, placed with family.
    { text: 'Her abuela, who is raising her, came to the meeting.', lang: 'en', found: ['Her abuela, who is raising her'] },
    { text: 'Oma, die hem opvoedt, was er ook.', found: ['Oma, die hem opvoedt'] },
    { text: 'He is the only one placed with family.', lang: 'en', found: ['placed with family'] },
    { text: 'Ze is bij familie geplaatst.', found: ['bij familie geplaatst'] },
    // twins with adjectives.
    { text: 'We report monozygotic female twins with a rare condition.', lang: 'en', found: ['monozygotic female twins'] },
    { text: 'Ze zijn een eeneiige tweeling.', found: ['eeneiige tweeling'] },
  ],
  valid: [
    // Groups and general statements.
    'De kinderen van groep 5 gingen naar de kinderboerderij.',
    'Alle moeders kregen een bloemetje.',
    'Ouders van kinderen met autisme hebben vaak weinig tijd.',
    'Er zijn vier kinderen in de klas.',
    'In groep 3 zitten 28 kinderen.',
    'Vier kinderen speelden buiten.',
    'Moeders van vier of meer kinderen krijgen korting.',
    'Kinderen die bij hun grootouders wonen, hebben recht op steun.',
    'Veel kinderen wonen bij hun oma.',
    'Bij een tweeling is de kans op vroeggeboorte groter.',
    'Tweelingen worden vaker te vroeg geboren.',
    'Het tweelingonderzoek loopt nog.',
    'Het verlies van een ouder is zwaar.',
    { text: 'Parents of four or more children get a discount.', lang: 'en' },
    { text: 'Twins are more likely to be born early.', lang: 'en' },
    { text: 'In twin studies heritability is estimated.', lang: 'en' },
    { text: 'The death of a parent is hard for any child.', lang: 'en' },
    // Look-alikes in texts about nobody.
    { text: 'We booked a twin room.', lang: 'en' },
    { text: 'The twin towers fell in 2001.', lang: 'en' },
    'Hij is de jongste van vijf deelnemers.',
    'Ze is de oudste van de vier bewoners.',
    'Ze eindigde als derde van vijf.',
    'Het enige kind dat nog rookt, staat buiten.',
    { text: 'She was the youngest of five finalists.', lang: 'en' },
    { text: 'He was the only child in the class who could read.', lang: 'en' },
    'Een gezin van vier past in deze auto.',
    // The writer's family, the reader's.
    'Mijn moeder overleed vorig jaar.',
    'Mijn vader zit vast.',
    'Ik heb vier kinderen en werk parttime.',
    'Ik ben de jongste van zes.',
    'Ik ben enig kind.',
    'Ik woon bij mijn oma.',
    'Ik verloor mijn vader.',
    'Je moeder zit vast in de file.',
    { text: 'My kids love the zoo.', lang: 'en' },
    // Ordinary family life and small families.
    'Hij is vader van drie jonge kinderen.',
    'Hij heeft drie kinderen.',
    'Ze heeft twee oudere zussen.',
    'Hij woont bij zijn moeder.',
    'Ze woont bij haar vriend.',
    'Ze zorgt goed voor haar kinderen.',
    'Ze zorgt ervoor dat haar moeder op tijd eet.',
    'Haar moeder kwam om tien uur.',
    'Zijn moeder belde de afdeling.',
    'Haar vader zit in de auto.',
    'Zijn moeder heeft de tv uitgezet.',
    'Haar vader vertrok om acht uur naar zijn werk.',
    'Zijn vader is gek op voetbal.',
    'Haar zus werkt in de zorg.',
    'Ze zijn broers.',
    'Ouders zijn welkom op de ouderavond.',
    'De moeder van de buurjongen zit vast.',
    'Hij verloor zijn baan.',
    { text: 'Her mother left the room.', lang: 'en' },
    { text: 'She lost her keys.', lang: 'en' },
    { text: 'He lives with his parents.', lang: 'en' },
    { text: 'The children of the village played in the square.', lang: 'en' },
    'Ze zorgt voor haar man en kinderen.',
    'Ze zorgt voor haar hond.',
    'Haar vijf kleinkinderen komen op bezoek.',
    'Ze heeft 30 kinderen in haar klas.',
    'Ze heeft vier kinderen in haar klas met dyslexie.',
    'Hij was de oudste van drie kandidaten.',
    'Het overlijden van een kind is ingrijpend.',
    { text: 'In a family of six everyone helps.', lang: 'en' },
    { text: 'She lost her job and her husband left her.', lang: 'en' },
    { text: 'I live with my grandmother.', lang: 'en' },
    // Addressed to the reader, or about anybody.
    'Wie zorgt voor zijn moeder, kan een mantelzorgcompliment aanvragen.',
    'Iedereen die zorgt voor haar ouders, verdient steun.',
    'Als je vader vastzit, kun je ons bellen.',
    'Hoe vertel je een kind dat zijn vader is overleden?',
    'Kinderen van wie de vader vastzit, schamen zich vaak.',
    { text: 'Anyone who cares for their mother can apply.', lang: 'en' },
    { text: 'If your father is in prison, you can call this line.', lang: 'en' },
    { text: 'Children whose father is in prison often feel ashamed.', lang: 'en' },
    { text: 'Twins research needs volunteers.', lang: 'en' },
    // Titles and compounds, not relatives.
    'Moeder Teresa overleed in 1997.',
    'Vader Abraham zit vast in de file.',
    'Haar moeder-overste overleed.',
    'Het moederbedrijf ging failliet.',
    { text: 'Father Christmas was arrested in the play.', lang: 'en' },
    { text: 'Parents of twins often lack sleep.', lang: 'en' },
    // Relatives without a circumstance, in general, of nobody, or the writer's.
    'Ouders zijn welkom op de informatieavond in Utrecht.',
    'Mijn moeder ligt in het ziekenhuis.',
    'Mijn broer woont in Spanje.',
    { text: 'My mum is in hospital.', lang: 'en' },
    'Vaders en moeders zijn welkom in Gent.',
    'Moeder natuur is onverbiddelijk.',
    'De moeder van alle veldslagen werd in Irak gevoerd.',
    'Als je moeder in het ziekenhuis ligt, kun je ons bellen.',
    'Kinderen van wie de moeder in het ziekenhuis ligt, krijgen extra steun.',
    'Ouders van leerlingen in Gent worden uitgenodigd.',
    'De vader van de buurjongen woont in Spanje.',
    'Het zusje van de buurman woont in Gent.',
    { text: 'The father of the bride lives in Leeds.', lang: 'en' },
    { text: 'If your dad is in prison, call us.', lang: 'en' },
    { text: 'Identical twins share all their genes.', lang: 'en' },
    { text: 'Monozygotic twins are more alike than dizygotic twins.', lang: 'en' },
    // A relative, but nothing said of where or how they are.
    'Haar moeder werkt in het ziekenhuis.',
    'Haar zus werkt in Amsterdam.',
    { text: 'His sister works in Leeds.', lang: 'en' },
    'Zijn moeder woont in de buurt.',
    'Zijn broer komt uit Gent.',
    { text: 'Her sister is from Leeds.', lang: 'en' },
    { text: 'Her husband is in the room.', lang: 'en' },
    { text: 'She and her son moved back to Leeds.', lang: 'en' },
    'Zijn vriend woont in Spanje.',
    'Zijn vrouw is contactpersoon van de vereniging.',
    'Haar dochter in de klas is druk.',
    'Mama zegt dat het goed gaat.',
    { text: 'Mum says hello.', lang: 'en' },
    { text: 'Her sister in law called.', lang: 'en' },
    // Counts and ages of anybody's children.
    'Er zijn twee grote zalen.',
    'In de klas zitten twee kleine kinderen met dyslexie.',
    'Een zoon van vier jaar heeft meer slaap nodig dan een volwassene.',
    'Het kind van vier jaar moet naar school.',
    'Voor een kind van drie is dat moeilijk.',
    'Mijn zoontje van drie speelt buiten.',
    // "zonder ouders" without an arrival, or of a group.
    'Hij kwam zonder jas naar school.',
    'Een feestje zonder ouders is leuk.',
    'Kinderen die zonder ouders naar Nederland komen, hebben recht op opvang.',
    { text: 'A weekend without parents is fun.', lang: 'en' },
    { text: 'He lives with his family.', lang: 'en' },
    // Titles, names, look-alikes.
    { text: 'Big brother is watching you.', lang: 'en' },
    { text: 'Father Christmas lives in Lapland.', lang: 'en' },
    'Onze zusterorganisatie in Gent helpt ook.',
    { text: 'The sister ward in Leeds is full.', lang: 'en' },
    'Zuster Anna woont in Gent.',
    'Broeder Johannes woont in het klooster in Brugge.',
    'Moeder Teresa woonde in Calcutta.',
    'Het moederbedrijf zit in Amsterdam.',
    { text: 'Ali Baba and the forty thieves.', lang: 'en' },
    { text: 'Baba ganoush is a dish from Lebanon.', lang: 'en' },
    { text: "Nonna's Kitchen opened in Brooklyn.", lang: 'en' },
    { text: 'Daughter cells divide in the nucleus.', lang: 'en' },
  ],
});

const constructionOf = (text: string, lang: Lang = 'nl') =>
  ruleDetector('kinship')
    .detect({ text, tokens: tokenize(text), lang })
    .map((d) => (d.kind === 'family' && d.facts.via === 'construction' ? d.facts.construction : undefined));

describe('kinship: facts and shares', () => {
  it('names the construction it found', () => {
    expect(constructionOf('Ze is moeder van vier.')).toEqual(['family-size']);
    expect(constructionOf('Ze is de jongste van zes.')).toEqual(['birth-order']);
    expect(constructionOf('Ze is enig kind.')).toEqual(['only-child']);
    expect(constructionOf('Ze is een tweeling.')).toEqual(['twin']);
    expect(constructionOf('Ze woont bij oma.')).toEqual(['living-with']);
    expect(constructionOf('Ze is mantelzorger voor haar moeder.')).toEqual(['carer']);
    expect(constructionOf('Vader zit vast.')).toEqual(['relative-circumstance']);
    expect(constructionOf('Zijn broer woont in Spanje.')).toEqual(['relative-detail']);
    expect(constructionOf('Ze heeft twee grote zussen.')).toEqual(['kin-count']);
  });

  it('scores where a relative lives as a weaker detail than a relative in prison', () => {
    const detect = (text: string) => ruleDetector('kinship').detect({ text, tokens: tokenize(text), lang: 'nl' });
    const [prison] = detect('Vader zit vast.');
    const [abroad] = detect('Zijn broer woont in Spanje.');
    expect(shareOf(prison!)!.central).toBeLessThan(shareOf(abroad!)!.central);
  });

  it('leaves the share to the risk layer: a relative in prison narrows more than caring for one', () => {
    const [prison] = ruleDetector('kinship').detect({ text: 'Vader zit vast.', tokens: tokenize('Vader zit vast.'), lang: 'nl' });
    const text = 'Ze is mantelzorger voor haar moeder.';
    const [carer] = ruleDetector('kinship').detect({ text, tokens: tokenize(text), lang: 'nl' });
    expect(shareOf(prison!)!.central).toBeLessThan(shareOf(carer!)!.central);
  });
});
