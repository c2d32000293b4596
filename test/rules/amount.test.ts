import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import type { Lang } from '../../src/core/types.js';
import { createDetectors } from '../../src/detectors/registry.js';
import { ladderFor } from '../../src/fixes/ladders.js';
import { applyChanges } from '../../src/fixes/rewrite.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { amountShare } from '../../src/risk/shares.js';
import { tokenize } from '../../src/text/tokenize.js';
import { ruleDetector, testRule } from '../rule-tester.js';

testRule('amount', {
  invalid: [
    // Dutch: a head noun after the sum, with a rate or "aan" between.
    { text: 'Ze meldt zich met een koopverslaving en inmiddels ruim 22.000 euro schuld bij drie webwinkels.', found: ['ruim 22.000 euro schuld'], kind: 'unusual' },
    { text: 'Na de scheiding bleef ze achter met bijna 45.000 euro aan schulden.', found: ['bijna 45.000 euro aan schulden'] },
    { text: 'Ze kreeg € 1.250,- boete voor zwartrijden.', found: ['€ 1.250,- boete'] },
    { text: 'Ze leeft van zo\'n 400 euro per maand bijstand.', found: ['zo\'n 400 euro per maand bijstand'] },
    { text: 'De cliënt heeft inmiddels 12.000 euro huurachterstand.', found: ['12.000 euro huurachterstand'] },
    { text: 'Hij moet zijn ex elke maand 650 euro alimentatie betalen.', found: ['650 euro alimentatie'] },
    { text: 'Hij betaalde 1.800 euro borg voor het appartement.', found: ['1.800 euro borg'] },
    { text: 'Ze heeft 30 000 euro spaargeld op haar rekening.', found: ['30 000 euro spaargeld'] },
    { text: 'Vader heeft voor 2 ton schulden bij de bank.', found: ['2 ton schulden'] },
    // Dutch: a head noun before the sum ("een boete van"), also as a compound.
    { text: 'Hij kreeg een boete van € 1.250,-.', found: ['€ 1.250,-'] },
    { text: 'Mevrouw kreeg vorig jaar een erfenis van 2 ton.', found: ['2 ton'] },
    { text: 'Zijn oom liet hem een erfenis van een half miljoen na.', found: ['een half miljoen'] },
    { text: 'Hij heeft een studieschuld van 28.500 euro.', found: ['28.500 euro'] },
    { text: 'Mevrouw De Vries kreeg een verkeersboete van 390 euro.', found: ['390 euro'] },
    { text: 'De cliënt heeft een WW-uitkering van 1.400 euro.', found: ['1.400 euro'] },
    { text: 'Ze kreeg een schadevergoeding van 15.000 euro na het ongeval.', found: ['15.000 euro'] },
    { text: 'Zijn maandsalaris is € 4.250 bruto.', found: ['€ 4.250'] },
    // Dutch: a verb of winning, stealing, losing, borrowing.
    { text: 'Zijn vader won 1,2 miljoen euro in de loterij.', found: ['1,2 miljoen euro'] },
    { text: 'Hij stal 500 euro uit de kas van de sportclub.', found: ['500 euro'] },
    { text: 'Hij verloor in twee weken 8.000 euro in het casino.', found: ['8.000 euro'] },
    { text: 'Ze leende 5.000 euro van haar broer.', found: ['5.000 euro'] },
    { text: 'Bij de inbraak werd 3.500 euro contant geld gestolen; hij heeft het zelf gemeld.', found: ['3.500 euro'] },
    { text: 'Hij heeft twee miljoen euro gewonnen met de Lotto.', found: ['twee miljoen euro'] },
    // Flemish: frank, leefloon, groeipakket, OCMW, GAS-boete.
    { text: 'Sinds zijn ontslag leeft hij van een leefloon van € 1.263,57.', found: ['€ 1.263,57'] },
    { text: 'Ze heeft 250.000 Belgische frank geërfd van haar grootmoeder.', found: ['250.000 Belgische frank'] },
    { text: 'Moeder heeft een OCMW-schuld van 3.400 euro.', found: ['3.400 euro'] },
    { text: 'Hij kreeg een GAS-boete van 350 euro.', found: ['350 euro'] },
    { text: 'Het OCMW betaalt hem 900 euro per maand.', found: ['900 euro'] },
    // English: signs, codes, currency words, trailing codes and conversions in brackets.
    { text: 'After the divorce she was left with almost $45,000 in debt.', lang: 'en', found: ['almost $45,000 in debt'] },
    { text: 'A £500 fine was imposed on him.', lang: 'en', found: ['£500 fine'] },
    { text: 'He lives on around £90 a week in benefits.', lang: 'en', found: ['around £90 a week in benefits'] },
    { text: 'The applicant was awarded EUR 7,500 in respect of non-pecuniary damage.', lang: 'en', found: ['EUR 7,500'] },
    { text: 'The court ordered him to pay a fine of £750.', lang: 'en', found: ['£750'] },
    { text: 'She inherited USD 1.2 million from her aunt.', lang: 'en', found: ['USD 1.2 million'] },
    { text: 'He won USD 12.5 million in the lottery.', lang: 'en', found: ['USD 12.5 million'] },
    { text: 'Mr Smith received compensation of 3,400 pounds sterling (GBP).', lang: 'en', found: ['3,400 pounds sterling (GBP)'] },
    { text: 'Her monthly benefit of £412.60 was stopped in May.', lang: 'en', found: ['£412.60'] },
    { text: 'The patient stole $300 from the nurses\' station.', lang: 'en', found: ['$300'] },
    { text: 'She owes $1,200 to her landlord.', lang: 'en', found: ['$1,200'] },
    { text: 'He gambled away 20 grand in a weekend.', lang: 'en', found: ['20 grand'] },
    { text: 'The applicant was paid 7.85 Turkish liras (TRY) for the missing days.', lang: 'en', found: ['7.85 Turkish liras (TRY)'] },
    { text: 'She claimed damages of 180,000 Swedish kronor (SEK; approximately 17,000 euros).', lang: 'en', found: ['180,000 Swedish kronor (SEK; approximately 17,000 euros)'] },
    { text: 'He was stopped with 3,000 pills worth approximately GBP 41,000.', lang: 'en', found: ['approximately GBP 41,000'] },
    { text: 'The applicant was told to pay a total of TRY 3,412 (approximately EUR 2,100 at the time) in fees.', lang: 'en', found: ['TRY 3,412 (approximately EUR 2,100 at the time) in fees'] },
    { text: 'The applicant sought 120,000 Turkish liras (TRY) (70,000 euros (EUR) at the time) in compensation.', lang: 'en', found: ['120,000 Turkish liras (TRY) (70,000 euros (EUR) at the time) in compensation'] },
  ],
  valid: [
    // Prices and rates of goods and services.
    'Een kop koffie kost in de kantine 2 euro.',
    'Parkeren bij het ziekenhuis kost € 3 per uur.',
    'Een ticket voor het concert kost 45 euro.',
    'De entree is € 12,50 per persoon.',
    'Het pakje kost 8 euro en hij rookt er één per dag.',
    'Ze betaalde 4 euro voor een kop koffie.',
    'Een frietje kost 3,50 euro.',
    'De koffie van 3 euro was lauw.',
    { text: 'The ticket costs $20.', lang: 'en' },
    { text: 'Parking at the hospital costs £3 per hour.', lang: 'en' },
    { text: 'A coffee in the canteen is $2.50.', lang: 'en' },
    { text: 'Rooms are £80 a night.', lang: 'en' },
    { text: 'He paid £300 for the bike.', lang: 'en' },
    { text: 'The minimum wage is £11.44 an hour.', lang: 'en' },
    // The writer's and the organisation's money.
    'Ons ziekenhuis kreeg 2 miljoen subsidie van de provincie.',
    'Ik verdien 3000 euro netto.',
    'Wij hebben vorig jaar €5.000 opgehaald voor de wensambulance.',
    'Bij ons in het woonzorgcentrum kost een kamer 2.000 euro per maand.',
    'Het woonzorgcentrum kreeg 40.000 euro van de Koning Boudewijnstichting.',
    'De gemeente trekt 5 miljoen euro uit voor armoedebestrijding.',
    'Het kabinet reserveert 2 miljard euro voor de zorg.',
    { text: 'Our hospital received £2 million in funding.', lang: 'en' },
    { text: 'I earn $3,000 a month.', lang: 'en' },
    { text: 'We raised £5,000 for the hospice.', lang: 'en' },
    { text: 'The council has set aside £5 million for the new wing.', lang: 'en' },
    // Anyone, hypotheses, averages.
    'Als je een boete van 500 euro krijgt, kun je bezwaar maken.',
    'Wie meer dan 10.000 euro schuld heeft, kan schuldhulp aanvragen.',
    'Mensen met een uitkering van 1.100 euro komen vaak rond.',
    'Studenten hebben gemiddeld 15.000 euro studieschuld.',
    'Stel dat hij morgen 1 miljoen wint, wat dan?',
    'Een boete voor door rood rijden is 280 euro.',
    { text: 'If you get a £100 fine, you can appeal.', lang: 'en' },
    { text: 'Anyone who owes more than £5,000 should seek advice.', lang: 'en' },
    { text: 'People on benefits of £300 a week struggle to pay rent.', lang: 'en' },
    { text: 'Suppose he won a million pounds tomorrow.', lang: 'en' },
    { text: 'The average student debt is £45,000.', lang: 'en' },
    { text: 'The change would add an estimated GBP 490 million to the annual budget.', lang: 'en' },
    // Look-alikes: weights, counts, measures, headings.
    'Hij is in drie maanden 10 pond afgevallen.',
    'Hij woog 95 kilo en was 1,85 meter lang.',
    'Zij kocht 2 ton zand voor de tuin.',
    'In 2023 had hij drie kinderen en twee honden.',
    'Hij kreeg 3 sterren voor zijn werkstuk.',
    { text: 'She lost 20 pounds after the surgery.', lang: 'en' },
    { text: 'He weighs 200 pounds and is six feet tall.', lang: 'en' },
    { text: 'THE TOP 10 TIPS FOR SAVING MONEY.', lang: 'en' },
    { text: 'She scored 95 points in the test.', lang: 'en' },
    { text: 'He ran 5 m in the hall and lifted 30 k of weights.', lang: 'en' },
  ],
});

const detect = (text: string, lang: Lang = 'nl') => ruleDetector('amount').detect({ text, tokens: tokenize(text), lang });

describe('amount facts', () => {
  it('counts significant digits as written, approximations at most two', () => {
    const digits = (text: string, lang: Lang = 'nl') => detect(text, lang).map((d) => (d.kind === 'unusual' && d.facts.via === 'construction' ? d.facts.amount?.significant : undefined));
    expect(digits('Hij heeft 30.000 euro schuld.')).toEqual([1]);
    expect(digits('Hij kreeg € 1.250,- boete.')).toEqual([3]);
    expect(digits('Zijn vader won 1,2 miljoen euro.')).toEqual([2]);
    expect(digits('The Tribunal made him an award of 31,408.27 pounds sterling (GBP).', 'en')).toEqual([7]);
    expect(digits('She was awarded approximately GBP 268,400 in damages.', 'en')).toEqual([2]);
  });

  it('keeps the head noun after the sum for the rewrite', () => {
    const [d] = detect('Ze kreeg € 1.250,- boete.');
    expect(d?.kind === 'unusual' && d.facts.via === 'construction' ? d.facts.head : undefined).toBe('boete');
  });
});

describe('amount share', () => {
  it('narrows with every significant digit, modest for a round sum, and stops at a floor', () => {
    const c = (s: number) => amountShare(s).central;
    expect(c(1)).toBeGreaterThanOrEqual(0.01);
    expect(c(2)).toBeLessThan(c(1));
    expect(c(3)).toBeLessThan(c(2));
    expect(c(7)).toBe(c(6));
    for (const s of [1, 2, 3, 5, 7]) {
      const f = amountShare(s);
      expect(f.low).toBeLessThanOrEqual(f.central);
      expect(f.central).toBeLessThanOrEqual(f.high);
    }
  });

  it('does not make a text critical with a lone round sum', () => {
    const lexicon = loadLexicon();
    const res = checkText('Hij heeft ruim 30.000 euro schuld.', 'x', createDetectors(lexicon), { lang: 'nl' });
    expect(res.findings.some((f) => f.rule === 'amount')).toBe(true);
    expect(['none', 'low', 'medium']).toContain(res.risk.level);
  });
});

describe('amount fixes', () => {
  const lexicon = loadLexicon();
  const detectors = createDetectors(lexicon);
  const firstRung = (text: string, lang: Lang = 'nl'): string => {
    const res = checkText(text, 'x', detectors, { lang });
    const f = res.findings.find((x) => x.rule === 'amount')!;
    const step = ladderFor(f, { text, lang, lexicon, findings: res.findings })[0]!;
    const span = step.span ?? { start: f.start, end: f.end };
    return applyChanges(text, [{ finding: f, start: span.start, end: span.end, original: f.text, replacement: step.replacement, step }]);
  };

  it('keeps what the sum is and drops the figure', () => {
    expect(firstRung('Hij heeft inmiddels ruim 30.000 euro schuld.')).toBe('Hij heeft inmiddels een schuld.');
    expect(firstRung('Ze leeft van zo\'n 400 euro per maand bijstand.')).toBe('Ze leeft van bijstand.');
    expect(firstRung('Hij kreeg een boete van € 1.250,-.')).toBe('Hij kreeg een boete.');
    expect(firstRung('A £500 fine was imposed on him.', 'en')).toBe('A fine was imposed on him.');
    expect(firstRung('She was left with almost $45,000 in debt.', 'en')).toBe('She was left with a debt.');
    expect(firstRung('He was awarded damages of EUR 5,000.', 'en')).toBe('He was awarded damages.');
  });

  it('says "een fors bedrag" / "a large sum" where no noun says what the sum is', () => {
    expect(firstRung('Zijn vader won 1,2 miljoen euro in de loterij.')).toBe('Zijn vader won een fors bedrag in de loterij.');
    expect(firstRung('He won USD 12.5 million in the lottery.', 'en')).toBe('He won a large sum in the lottery.');
    expect(firstRung('Hij stal 500 euro uit de kas.')).toBe('Hij stal een bedrag uit de kas.');
  });
});
