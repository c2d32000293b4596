import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/fixes/fix.js';
import { detectors, expectMonotone, ladderOf, lexicon, withStep } from './helpers.js';

const fix = (text: string, target: 'medium' | 'low' = 'medium') => fixText(text, '<test>', detectors, lexicon, { lang: 'auto' }, target);

describe('ladders for what happened and what stands out', () => {
  it('an event: its kind without place or date, then any event, then the phrase or its clause', () => {
    const text = 'Na de overstroming woont hij bij zijn zus in Goes.';
    const { ladder } = ladderOf(text, 'event');
    expectMonotone(ladder);
    expect(withStep(text, 'event', 0)).toBe('Na een ramp woont hij bij zijn zus in Goes.');
    expect(withStep(text, 'event', 1)).toBe('Na een ingrijpende gebeurtenis woont hij bij zijn zus in Goes.');
    expect(withStep(text, 'event', 2)).toBe('Hij woont bij zijn zus in Goes.');
  });

  it('media exposure goes with its clause', () => {
    const text = 'Hij reed met zijn auto de sloot in; het stond met foto in de Zeeuwse Courant.';
    const { ladder } = ladderOf(text, 'event', 'stond met foto in de Zeeuwse Courant');
    expect(ladder.every((s) => s.remove)).toBe(true);
    expect(withStep(text, 'event', -1, 'stond met foto in de Zeeuwse Courant')).toBe('Hij reed met zijn auto de sloot in.');
  });

  it('an accident, a fire or a crime told in a sentence of its own becomes a serious incident, about the same pronoun', () => {
    const incident = (text: string, lang: 'nl' | 'en' = 'nl') => {
      const { ladder } = ladderOf(text, 'event', undefined, lang);
      expectMonotone(ladder);
      const at = ladder.findIndex((s) => /voorval|incident/.test(s.replacement));
      return at < 0 ? undefined : withStep(text, 'event', at, undefined, lang);
    };
    expect(incident('Vorig jaar reed hij met de tractor tegen een boom aan de Dorpsweg. Hij is 19.')).toBe('Hij was betrokken bij een ernstig voorval. Hij is 19.');
    expect(incident('Vorige maand werd ze beroofd bij de bushalte. Ze woont alleen.')).toBe('Ze was betrokken bij een ernstig voorval. Ze woont alleen.');
    expect(incident('In March they set fire to the barn behind the pub. They are both 15.', 'en')).toBe('They were involved in a serious incident. They are both 15.');
    // The sentence's own punctuation stays: after a semicolon the next clause keeps its own fate.
    expect(incident('Met Pinksteren reed hij met de shovel tegen een boom; het team schrok.')).toBe('Hij was betrokken bij een ernstig voorval; het team schrok.');
    // Not a sentence of its own: the clause it opens goes, the main clause stays.
    expect(incident('Sinds hij met de auto tegen een boom reed, loopt hij met krukken.')).toBeUndefined();
    expect(withStep('Sinds hij met de auto tegen een boom reed, loopt hij met krukken.', 'event', -1)).toBe('Hij loopt met krukken.');
    // A performance is no incident.
    expect(incident('Met Kerst zong ze de solo in het kerkkoor van Yerseke.')).toBeUndefined();
  });

  it('family composition loses its figure first', () => {
    expect(withStep('Ze is moeder van vier en woont in Goes.', 'family', 0)).toBe('Ze is moeder en woont in Goes.');
    expect(withStep('Ze is moeder van vier en woont in Goes.', 'family', -2)).toBe('Ze woont in Goes.');
    expect(withStep('He is a father of six and drives a bus.', 'family', 0)).toBe('He is a father and drives a bus.');
    expect(withStep('Ze heeft drie broers en twee zussen.', 'family', 0)).toBe('Ze heeft broers en zussen.');
  });

  it('uniqueness: the person stays, indefinite without what made them the one', () => {
    expect(withStep('Onze oudste bewoonster kreeg bezoek.', 'unusual', 0)).toBe('Onze bewoonster kreeg bezoek.');
    expect(withStep('She is the only woman on the lifeboat crew.', 'unusual', 0)).toBe('She is a woman on the lifeboat crew.');
    expect(withStep('Hij zingt als enige man in het koor.', 'unusual', 0)).toBe('Hij zingt in het koor.');
  });

  it('tenure and feats: the count of years, the ordinal and the time go, the activity stays', () => {
    expect(withStep('Ze zingt al veertig jaar in het kerkkoor.', 'unusual', 0)).toBe('Ze zingt al jaren in het kerkkoor.');
    expect(withStep('He has rung the bells for over forty years.', 'unusual', 0)).toBe('He has rung the bells for years.');
    expect(withStep('Vorige week liep hij zijn honderdste marathon.', 'unusual', 0)).toBe('Vorige week liep hij zijn marathon.');
    expect(withStep('Zijn record: 2500 kilometer in negen dagen.', 'unusual', 0)).toBe('Zijn record: veel kilometer.');
  });
});

describe('every mention alike; stand-out details never kept as written', () => {
  it('a place told twice is rewritten twice, the same way', () => {
    const out = fix('Een 52-jarige vrouw uit Yerseke met schizofrenie. De 52-jarige vrouw woont in Yerseke.');
    expect(out.rewritten).not.toMatch(/Yerseke/);
    const wider = out.rewritten.match(/uit (.+?) met/)?.[1];
    expect(wider).toBeTruthy();
    expect(out.rewritten).toContain(`woont in ${wider}.`);
  });

  it('an age told twice changes in both places or in neither', () => {
    const out = fix('Een 52-jarige vrouw uit Yerseke met schizofrenie. De 52-jarige vrouw woont in Yerseke en werkt als mosselkweker.', 'low');
    const ages = out.rewritten.match(/52-jarige/g)?.length ?? 0;
    expect([0, 2]).toContain(ages);
  });

  it('a rare event is rewritten even when the numbers would allow it', () => {
    const out = fix('Mijn cliënt woont in Nederland. Hij raakte gewond bij een steekpartij.');
    expect(out.rewritten).not.toMatch(/steekpartij/);
  });
});
