import { describe, expect, it } from 'vitest';
import { propagateAbbreviations } from '../../src/core/abbreviations.js';
import { checkText } from '../../src/core/check.js';
import type { Lang } from '../../src/core/types.js';
import { createDetectors } from '../../src/detectors/registry.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { detection } from '../helpers.js';

const detectors = createDetectors(loadLexicon());
const findings = (text: string, lang: Lang = 'en') => checkText(text, 'x', detectors, { lang }).findings.map((f) => `${f.kind}:${f.text}`);

describe('abbreviations a text defines (the pass over resolved findings)', () => {
  const at = (text: string, span: string, from = 0) => {
    const start = text.indexOf(span, from);
    return { start, end: start + span.length };
  };

  it('grows the defining finding by its brackets and reports later uses with its kind and facts', () => {
    const text = 'He went to the Employment Appeal Tribunal ("EAT"). The EAT held that the EAT-rules applied; eat well.';
    const def = detection({ kind: 'institution', ...at(text, 'Employment Appeal Tribunal'), rule: 'institution', facts: { type: 'court', form: 'head' } });
    const out = propagateAbbreviations(text, [def], new Map());
    expect(out.map((d) => text.slice(d.start, d.end))).toEqual(['Employment Appeal Tribunal ("EAT")', 'EAT']);
    expect(out[1]).toMatchObject({ kind: 'institution', rule: 'institution', facts: { type: 'court', form: 'head' } });
  });

  it('drops what another rule found inside the brackets or on a use, but keeps a finding that reaches beyond the word', () => {
    const text = 'the Court of Justice of the European Union (ECJ) ruled. ECJ judges met; the ECJ Rules apply.';
    const def = detection({ kind: 'institution', ...at(text, 'Court of Justice of the European Union'), facts: { type: 'court' } });
    const inside = detection({ kind: 'name', ...at(text, 'ECJ') });
    const onUse = detection({ kind: 'name', ...at(text, 'ECJ', 50) });
    const longer = detection({ kind: 'unusual', ...at(text, 'ECJ Rules') });
    const out = propagateAbbreviations(text, [def, inside, onUse, longer], new Map());
    expect(out.map((d) => `${d.kind}:${text.slice(d.start, d.end)}`)).toEqual([
      'institution:Court of Justice of the European Union (ECJ)',
      'institution:ECJ',
      'unusual:ECJ Rules',
    ]);
  });

  it('takes only an abbreviation of the phrase: capitals that are its initials', () => {
    const text = 'She lives in Utrecht (NL) and goes to Parnassia (GGZ). NL and GGZ are common.';
    const place = detection({ kind: 'place', ...at(text, 'Utrecht') });
    const inst = detection({ kind: 'institution', ...at(text, 'Parnassia') });
    const out = propagateAbbreviations(text, [place, inst], new Map());
    expect(out.map((d) => text.slice(d.start, d.end))).toEqual(['Utrecht', 'Parnassia']);
  });

  it('carries definitions to later chunks, and not back to text before the definition', () => {
    const defined = new Map();
    const first = 'The EAT was busy. The Employment Appeal Tribunal (EAT) sat.';
    const def = detection({ kind: 'institution', ...at(first, 'Employment Appeal Tribunal') });
    const out1 = propagateAbbreviations(first, [def], defined);
    expect(out1.map((d) => first.slice(d.start, d.end))).toEqual(['Employment Appeal Tribunal (EAT)']);
    const text = `${first}\n\nLater the EAT agreed.`;
    const out2 = propagateAbbreviations(text, [], defined, first.length, text.length);
    expect(out2.map((d) => text.slice(d.start, d.end))).toEqual(['EAT']);
  });

  it('runs in the pipeline: institutions, names and places', () => {
    expect(findings('He appealed to the Employment Appeal Tribunal ("EAT"). The EAT dismissed the appeal.')).toEqual([
      'institution:Employment Appeal Tribunal ("EAT")',
      'institution:EAT',
    ]);
    expect(findings('Ze had contact met het Centrum voor Jeugd en Gezin (CJG). Het CJG belde terug.', 'nl')).toEqual([
      'institution:Centrum voor Jeugd en Gezin (CJG)',
      'institution:CJG',
    ]);
    expect(findings('The Court of Justice of the European Union (ECJ) ruled, and the ECJ sent it back.')).toEqual([
      'institution:Court of Justice of the European Union (ECJ)',
      'institution:ECJ',
    ]);
    const names = checkText('Anna Maria Jansen (AMJ) was seen today. Later AMJ said she felt fine.', 'x', detectors, { lang: 'en' }).findings.filter((f) => f.kind === 'name');
    expect(names.map((f) => f.text)).toEqual(['Anna Maria Jansen (AMJ)', 'AMJ']);
    expect(names[1]!.facts).toEqual(names[0]!.facts);
    expect(findings('He grew up in Milton Keynes (MK). MK was quiet then.').filter((f) => f.startsWith('place'))).toEqual(['place:Milton Keynes (MK)', 'place:MK']);
    // One initial is no abbreviation of a one-word name.
    expect(findings('Hij woont in Kloetinge (KLT). In KLT is het rustig.', 'nl').filter((f) => f.startsWith('place'))).toEqual(['place:Kloetinge']);
  });

  it('leaves texts without a definition, and bare capitals, alone', () => {
    expect(findings('The EAT held that the claim failed.')).toEqual([]);
    expect(findings('Zij werkt bij de GGD (afdeling jeugd). De GGD belde.', 'nl')).toEqual([]);
  });
});
