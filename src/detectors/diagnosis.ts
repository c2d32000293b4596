import type { Detection } from '../core/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Token } from '../text/tokenize.js';
import { medicationMentions } from './medication.js';
import { ruleMeta, type DetectContext, type Detector, type Rule } from './types.js';

// Modifiers that belong to a diagnosis ("uitgezaaide borstkanker", "severe obstructive sleep apnea").
const MODIFIERS = new Set([
  'ernstige', 'zware', 'lichte', 'milde', 'chronische', 'acute', 'uitgezaaide', 'vergevorderde', 'eenzijdige', 'dubbelzijdige',
  'beginnende', 'terminale', 'progressieve', 'recidiverende', 'ernstig', 'chronisch', 'severe', 'chronic', 'acute', 'metastatic',
  'advanced', 'mild', 'terminal', 'progressive', 'early', 'onset', 'late', 'stage', 'relapsing', 'remitting', 'treatment', 'resistant',
  'therapieresistente', 'jeugdige', 'aangeboren', 'congenital', 'juvenile', 'secundaire', 'primaire', 'primary', 'secondary',
]);

function extendLeft(tokens: readonly Token[], first: number): number {
  let i = first;
  while (i > 0) {
    const p = tokens[i - 1]!;
    if (MODIFIERS.has(p.lower)) i--;
    else if (p.text === '-' && MODIFIERS.has(tokens[i - 2]?.lower ?? '')) i -= 2;
    else break;
  }
  return i;
}

/** A condition's broader concepts, short of the top ("psychische problemen" relates everything). */
export function ancestors(lexicon: Lexicon, id: string): string[] {
  const { byId } = lexicon.conditions();
  const out: string[] = [];
  let parent = byId.get(id)?.parent;
  while (parent && out.length < 8) {
    const p = byId.get(parent);
    if (!p || !p.parent) break; // the root itself is not a relation
    out.push(parent);
    parent = p.parent;
  }
  return out;
}

function createDiagnosisDetector(lexicon: Lexicon): Detector {
  return {
    id: 'diagnosis',
    detect({ tokens }: DetectContext): Detection[] {
      // "MS-centrum", "ADHD-poli": a compound naming a service, not a person's condition.
      const compound = (last: number) =>
        tokens[last + 1]?.text === '-' && !tokens[last + 1]!.gapBefore && !tokens[last + 2]?.gapBefore && SERVICE_WORDS.has(tokens[last + 2]?.lower ?? '');
      const conditions = lexicon.conditions().matcher.findAll(tokens).filter((m) => !compound(m.last)).map((m) => {
        const first = extendLeft(tokens, m.first);
        return {
          kind: 'diagnosis',
          start: tokens[first]!.start,
          end: m.end,
          rule: 'diagnosis',
          confidence: 0.85,
          facts: { id: m.value.id, parent: m.value.parent, ancestors: ancestors(lexicon, m.value.id), figure: m.value.figure },
        } satisfies Detection;
      });
      // A medication that reveals a condition stands for that condition ("neemt Rilatine": ADHD).
      const medications = medicationMentions(lexicon, tokens).filter((m) => !compound(m.last)).map((m) => {
        const c = m.value.condition;
        return {
          kind: 'diagnosis',
          start: m.start,
          end: m.end,
          rule: 'diagnosis',
          confidence: 0.8,
          facts: { id: c.id, parent: c.parent, ancestors: ancestors(lexicon, c.id), figure: c.figure, medication: { inn: m.value.inn, atc: m.value.atc } },
        } satisfies Detection;
      });
      return [...conditions, ...medications].sort((a, b) => a.start - b.start);
    },
  };
}

// The second half of a compound that names a service, not a condition: "MS-centrum", "ADHD-poli".
const SERVICE_WORDS = new Set(['centrum', 'center', 'centre', 'poli', 'polikliniek', 'kliniek', 'clinic', 'team', 'afdeling', 'unit', 'zorg', 'vereniging', 'stichting', 'fonds', 'week', 'dag', 'congres', 'onderzoek', 'research', 'service', 'services', 'verpleegkundige', 'nurse', 'specialist', 'behandeling', 'groep', 'group', 'huis', 'netwerk', 'network', 'programma', 'programme', 'program']);

export const diagnosisRule: Rule = {
  meta: ruleMeta('diagnosis', ['diagnosis'], 'Diagnoses and conditions from the conditions dictionary, with their modifiers ("uitgezaaide borstkanker"), and medications that reveal one ("neemt Rilatine")'),
  create: createDiagnosisDetector,
};
