import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';
import { ruleDetector, testRule } from '../rule-tester.js';

testRule('compound', {
  invalid: [
    // Events named by a compound.
    { text: 'Zijn broer kwam vorig jaar om bij een brommerongeluk.', found: ['brommerongeluk'], kind: 'event' },
    { text: 'Na de vuurwerkramp verhuisde het gezin naar de andere kant van de stad.', found: ['vuurwerkramp'], kind: 'event' },
    { text: 'Hij raakte zwaargewond bij een trekkerongeluk op de boerderij.', found: ['trekkerongeluk'], kind: 'event' },
    { text: 'Sinds de garagebrand slaapt ze slecht.', found: ['garagebrand'], kind: 'event' },
    { text: 'Haar vader overleefde de gasexplosie in de flat.', found: ['gasexplosie'], kind: 'event' },
    { text: 'De helikoptercrash haalde het journaal.', found: ['helikoptercrash'], kind: 'event' },
    { text: 'Ze was getuige van de juweliersoverval.', found: ['juweliersoverval'], kind: 'event' },
    { text: 'Hij verloor zijn moeder bij de Veerbootramp van 1987.', found: ['Veerbootramp'], kind: 'event' },
    { text: 'Na het scooter-ongeluk kon hij niet meer werken.', found: ['scooter-ongeluk'], kind: 'event' },
    { text: 'Her brother died in a tractor crash in 2019.', lang: 'en', found: ['tractor crash'], kind: 'event' },
    { text: 'They lost everything in the barn fire.', lang: 'en', found: ['barn fire'], kind: 'event' },
    // Kin of a trade.
    { text: 'Ze is een bakkersdochter uit het dorp.', found: ['bakkersdochter'], kind: 'family' },
    { text: 'De schipperszoon zit sinds maart bij ons op de groep.', found: ['schipperszoon'], kind: 'family' },
    { text: 'Hij is een echte boerenzoon.', found: ['boerenzoon'], kind: 'family' },
    { text: 'De notarisdochter kwam met haar moeder.', found: ['notarisdochter'], kind: 'family' },
    { text: 'De vissersweduwe woont nog aan de haven.', found: ['vissersweduwe'], kind: 'family' },
    { text: "The vicar's daughter was admitted last week.", lang: 'en', found: ["vicar's daughter"], kind: 'family' },
    // Roles of the subject.
    { text: 'Hij was kotterschipper.', found: ['kotterschipper'], kind: 'profession' },
    { text: 'Hij werkte twintig jaar als orgelmaker.', found: ['orgelmaker'], kind: 'profession' },
    { text: 'Ze is kopersmid in de polder.', found: ['kopersmid'], kind: 'profession' },
    { text: 'Meneer is gepensioneerd fietsmonteur.', found: ['fietsmonteur'], kind: 'profession' },
    { text: 'Hij was vulkanoloog.', found: ['vulkanoloog'], kind: 'profession' },
    { text: 'Ze werkt als landmeetkundige in Zwolle.', found: ['landmeetkundige'], kind: 'profession' },
    { text: 'Hij werkte als taxirijder.', found: ['taxirijder'], kind: 'profession' },
    { text: 'Ze was jarenlang scheepsarts.', found: ['scheepsarts'], kind: 'profession' },
    // Conditions.
    { text: 'Hij heeft artritis in beide handen.', found: ['artritis'], kind: 'diagnosis' },
    { text: 'Ze was veertig jaar kantwerkster in een klein atelier.', found: ['kantwerkster'], kind: 'profession' },
    { text: 'Vroeger werkte hij als havenschipper in Antwerpen.', found: ['havenschipper'], kind: 'profession' },
    { text: 'Hij heeft sinds zijn jeugd amblyopie aan het linkeroog.', found: ['amblyopie'], kind: 'diagnosis' },
    { text: 'Bij haar werd vorig jaar hyperurikemie vastgesteld.', found: ['hyperurikemie'], kind: 'diagnosis' },
    { text: 'Sinds de geboorte heeft hij een monoplegie.', found: ['monoplegie'], kind: 'diagnosis' },
    { text: 'She had worked as a council housing officer for years.', lang: 'en', found: ['council housing officer'], kind: 'profession' },
    { text: 'He is a wages clerk at the mill.', lang: 'en', found: ['wages clerk'], kind: 'profession' },
    { text: 'The boy has amblyopia in his right eye.', lang: 'en', found: ['amblyopia'], kind: 'diagnosis' },
    { text: 'Her anaemia was treated with iron.', lang: 'en', found: ['anaemia'], kind: 'diagnosis' },
    { text: 'He has lived with monoplegia since birth.', lang: 'en', found: ['monoplegia'], kind: 'diagnosis' },
    { text: 'Bij haar is scoliose vastgesteld.', found: ['scoliose'], kind: 'diagnosis' },
    { text: 'Ze heeft een ritmestoornis.', found: ['ritmestoornis'], kind: 'diagnosis' },
    { text: 'Hij is dementiepatiënt en woont nog thuis.', found: ['dementiepatiënt'], kind: 'diagnosis' },
    { text: 'De epilepsiepatiënt op kamer 4 kreeg een aanval.', found: ['epilepsiepatiënt'], kind: 'diagnosis' },
    { text: 'Na zijn knieoperatie liep hij met krukken.', found: ['knieoperatie'], kind: 'diagnosis' },
    { text: 'Ze is al jaren migrainelijder.', found: ['migrainelijder'], kind: 'diagnosis' },
    { text: 'Hij kampt met een suikerverslaving.', found: ['suikerverslaving'], kind: 'diagnosis' },
    { text: 'He is a dementia patient.', lang: 'en', found: ['dementia patient'], kind: 'diagnosis' },
    { text: 'She is a stroke survivor and lives alone.', lang: 'en', found: ['stroke survivor'], kind: 'diagnosis' },
    { text: 'She has had endometriosis since her twenties.', lang: 'en', found: ['endometriosis'], kind: 'diagnosis' },
  ],
  valid: [
    'Ze maakte een kopie van de brief voor de academie.',
    'De kantwerkster op de markt verkocht mooie kleden.',
    'Ik was vroeger zelf kantwerkster.',
    'Na de gastroscopie ging hij naar huis; hij betaalt een hoge premie.',
    'De pandemie veranderde de scheikunde en de biochemie.',
    { text: 'The novel describes a dystopia, not a utopia.', lang: 'en' },
    { text: 'The housing officer visited her flat on Monday.', lang: 'en' },
    { text: 'She spoke to the duty officer at the station.', lang: 'en' },
    { text: 'She left academia for a job in Bohemia.', lang: 'en' },
    // The head alone, a head inside another word, a street, a look-alike.
    'De stoornis is goed te behandelen.',
    'Hij woont in de Bakkerstraat.',
    'Zoonose is een ziekte die van dier op mens overgaat.',
    'Ze liep achterwaarts de kamer uit.',
    'Zet de vaatwasser aan na het eten.',
    'Ze kreeg de diagnose pas na maanden.',
    'Hij had last van spierkramp na het sporten.',
    'De oorlog was voorbij.',
    'Het gesprek liep uit op een monoloog.',
    'Het huis was platgebrand.',
    'De vergaderitis op het werk is erg.',
    'Hij voelde nostalgie naar vroeger.',
    'Er was sprake van een belangenbotsing.',
    'Ze kreeg een aanslag van de belastingdienst: de belastingaanslag viel hoog uit.',
    'Een kalkaanslag in de ketel.',
    'Na de beurscrash daalde de koers.',
    'Een woede-explosie is geen misdaad.',
    'Het was een wereldbrand.',
    'Dat is pure xenofobie.',
    'De reddingsoperatie duurde de hele nacht.',
    'Een landmeetkundige meting is verstandig.',
    'Haar vader was kotterschipper.',
    'Hij kampt met een internetverslaving.',
    'Hij is een echte grappenmaker.',
    'Ze hebben een nieuwe koffiemaker gekocht.',
    'De pacemaker werd vervangen.',
    // Kin words without a trade.
    'Haar kleindochter komt elke week.',
    'De buurvrouw bracht soep.',
    'Ze is huisvrouw.',
    // Listed in another dictionary: that rule reports it.
    'Ze heeft een hechtingsstoornis.',
    'Bij hem werd longkanker vastgesteld.',
    'Sinds de diagnose fibromyalgie werkt ze niet meer.',
    'Hij werkt als glazenwasser.',
    'Het auto-ongeluk op de A2.',
    'De kinderarts onderzocht hem.',
    // Care staff around the subject, road users, surnames.
    'De scheepsarts kwam aan boord.',
    'Een motorrijder raakte gewond.',
    'Meneer Schoenmaker kwam binnen.',
    'Gerbrand kwam gisteren langs.',
    'Ze verhuisde naar Melrose.',
    'Hij sprak met Hildebrand over het werk.',
    // Texts about nobody: advice to the reader, a question, a general determiner.
    'Wat moet je doen bij een woningbrand?',
    'Heeft uw kind een ritmestoornis, bel dan de huisarts.',
    'Wat te doen bij een gasexplosie?',
    'Elke dementiepatiënt heeft recht op casemanagement.',
    // The writer's own.
    'Ik ben zelf een boerendochter.',
    'Ik heb zelf artritis.',
    { text: 'The stock market crash hit savings.', lang: 'en' },
    { text: 'He felt great sympathy for her.', lang: 'en' },
    { text: 'The diagnosis was clear.', lang: 'en' },
    { text: 'He had a heart attack.', lang: 'en' },
    { text: 'What should you do in a house fire?', lang: 'en' },
    { text: 'That is plain xenophobia.', lang: 'en' },
  ],
});

describe('compound facts', () => {
  const detect = (text: string, lang: 'nl' | 'en' = 'nl') => ruleDetector('compound').detect({ text, tokens: tokenize(text), lang });
  it('a role compound has the head\'s profession as its parent and no figure of its own', () => {
    const [d] = detect('Hij was kotterschipper.');
    expect(d?.facts).toEqual({ id: 'kotterschipper', parent: 'skipper', uniquePerPlace: false, local: false });
  });
  it('a patient compound is the condition its modifier names, with its figure', () => {
    const [d] = detect('Hij is dementiepatiënt.');
    expect(d?.kind).toBe('diagnosis');
    expect(d?.facts).toMatchObject({ id: 'dementia' });
    expect(d && 'figure' in d.facts && d.facts.figure).toBeTruthy();
  });
  it('an unlisted condition takes the head\'s parent and no figure', () => {
    const [d] = detect('Bij haar is scoliose vastgesteld.');
    expect(d?.facts).toEqual({ id: 'scoliose', parent: 'physical-illness', ancestors: [] });
  });
  it('events and kin are constructions', () => {
    expect(detect('Na de vuurwerkramp verhuisden ze.')[0]?.facts).toEqual({ via: 'construction', construction: 'event-compound' });
    expect(detect('De bakkersdochter kwam.')[0]?.facts).toEqual({ via: 'construction', construction: 'kin-compound' });
  });
});
