import type { Finding, FindingOf } from '../../core/types.js';
import { GREETINGS as SHARED_GREETINGS, KIN_NOUNS, KIN_TITLES as SHARED_KIN_TITLES, ROLES_BEFORE_NAME } from '../../lexicon/person-words.js';
import { isPersonalDirect } from '../../risk/estimate.js';
import type { LadderStep } from '../types.js';
import { type Ctx, DETERMINERS, nextToken, prevToken, tokenAfter, tokenBefore } from './shared.js';

// ---------------------------------------------------------------------------------------------------
// Names and other direct identifiers

const FEMALE_TITLES = new Set(['mevrouw', 'mw', 'mevr', 'mrs', 'ms', 'miss', 'mejuffrouw', 'juffrouw', 'juf', 'zuster', 'sister']);
const KIN_TITLES = new Set(SHARED_KIN_TITLES);
// "zijn dochter Sanne", "her husband Tom": the role is already there, the name just goes.
const KIN_BEFORE = new Set([...ROLES_BEFORE_NAME, 'sister', 'boyfriend', 'girlfriend']);

const GREETINGS = new Set([...SHARED_GREETINGS, 'welcome']);
const SECOND_PERSON = new Set(['jij', 'je', 'u', 'jullie', 'you']);

export function nameLadder(f: FindingOf<'name'>, ctx: Ctx): LadderStep[] {
  if (f.facts.pseudonym || f.confidence < 0.7) return [];
  const steps = nameSteps(f, ctx);
  const dot = initialPoint(f, ctx);
  return dot ? steps.map((s) => (s.span ? s : { ...s, span: { start: f.start, end: dot } })) : steps;
}

/**
 * "meneer D. (beschut wonen)", "Kaylee M. is": the point of a last initial is part of the name and goes
 * with it; before a capital or at the end it also ends the sentence, and stays. The end of the point, if so.
 */
function initialPoint(f: FindingOf<'name'>, ctx: Ctx): number | undefined {
  if (!/(?:^|[\s.])\p{Lu}$/u.test(f.text) || ctx.text[f.end] !== '.') return undefined;
  const rest = ctx.text.slice(f.end + 1, f.end + 40);
  return /^\s*(?:$|\p{Lu})/u.test(rest) ? undefined : f.end + 1;
}

function nameSteps(f: FindingOf<'name'>, ctx: Ctx): LadderStep[] {
  let prev = prevToken(ctx, f.start);
  const next = nextToken(ctx, f.end);
  // "hoi Sanne," / "Jorrit, jij bent een kanjer": the person spoken to; the name just goes.
  if (prev && GREETINGS.has(prev.lower)) return [{ replacement: '', loss: 1, remove: true }];
  const initial = !prev || /^[.!?]$/.test(prev.text) || /[\n\r]/.test(ctx.text.slice(prev.end, f.start));
  if (initial && next?.text === ',' && SECOND_PERSON.has(tokenAfter(ctx, next)?.lower ?? '')) return [{ replacement: '', loss: 1, remove: true, span: { start: f.start, end: next.end } }];
  // "Consulent: Joke Vermeersch", "Patient: ...": the label names the role; a placeholder keeps the form readable.
  if (prev?.text === ':' && !/[\n\r]/.test(ctx.text.slice(prev.end, f.start))) return [{ replacement: ctx.words.namePlaceholder, loss: 1, remove: true }];
  if (prev?.text === '(' || prev?.text === ',') prev = tokenBefore(ctx, prev);
  if (prev && (KIN_BEFORE.has(prev.lower) || KIN_NOUNS.has(prev.lower))) return [{ replacement: '', loss: 1, remove: true }];
  // "Groet, Marieke": a name after a sign-off is the writer's signature; it goes with its comma.
  if (prev && GREETINGS.has(prev.lower) && ctx.text.slice(prev.end, f.start).includes(',')) return [{ replacement: '', loss: 1, remove: true, span: { start: prev.end, end: f.end } }];
  const first = f.text.split(/[\s.]+/)[0]!.toLowerCase();
  const words = ctx.words;
  // Later mentions of the same person are "de cliënt", the first "een cliënt".
  const key = (x: FindingOf<'name'>) => x.facts.parts.join(' ');
  const earlier = ctx.findings.some((x) => x.kind === 'name' && x.start < f.start && !x.facts.pseudonym && (key(x) === key(f) || key(x).split(' ').some((p) => key(f).split(' ').includes(p))));
  const det = prev && DETERMINERS.has(prev.lower);
  let noun: string;
  if (KIN_TITLES.has(first)) noun = first;
  else noun = words.client(FEMALE_TITLES.has(first));
  const replacement = det ? noun : earlier || KIN_TITLES.has(first) ? words.definite(noun) : words.article(noun);
  return [{ replacement, loss: 1, remove: true }];
}

export function addressLadder(f: Finding, ctx: Ctx): LadderStep[] {
  // "op de Oostmolenweg 101, Kloetinge" -> "in Kloetinge": the place stays, the street goes.
  const next = nextToken(ctx, f.end);
  const place = ctx.findings.find((x) => x.kind === 'place' && x.start > f.end && x.start - f.end <= 12 && /^[\s,]*(?:\d{4}\s?[A-Z]{2}\s*)?(?:in|te)?\s*$/.test(ctx.text.slice(f.end, x.start)));
  if (place && next) {
    const prev = prevToken(ctx, f.start);
    const det = prev && ['de', 'het', 'the'].includes(prev.lower) ? prev : undefined;
    const prep = tokenBefore(ctx, det ?? prev);
    const lead = det ? prep : prev;
    if (lead && ['aan', 'op', 'in', 'at', 'on', 'te', 'bij'].includes(lead.lower)) {
      return [{ replacement: 'in ', loss: 1, remove: true, span: { start: lead.start, end: place.start } }];
    }
    return [{ replacement: '', loss: 1, remove: true, span: { start: f.start, end: place.start } }];
  }
  return [{ replacement: '', loss: 1, remove: true }];
}

const DIRECT_LABEL = /(^|[\s(,;])(?:[A-Za-z]+\s+(?:no|nr|number|nummer)|NHS|BSN|burgerservicenummer|rijksregisternummer|rijksregisternr|INSZ|SSN|tel|telefoon(?:nummer)?|phone|mobile|mob|gsm|e-?mail|iban|rekeningnummer|account|dossiernummer|dossiernr|patiëntnummer|patiëntnr|MRN|kenteken)\.?(?:\s*(?:no|nr|number|nummer)\.?)?\s*:?\s*$/i;

/** Email, phone, url, handle, iban, national id, record id, licence plate, postcode: the label goes with the number. */
export function directLadder(f: Finding, ctx: Ctx): LadderStep[] {
  if (!isPersonalDirect(f)) return [];
  // "NHS no 943 476 5919", "BSN: 123456782", "tel. 06-...": the label goes with the number.
  const label = DIRECT_LABEL.exec(ctx.text.slice(Math.max(0, f.start - 40), f.start));
  const span = label && label[0].trim() ? { start: f.start - label[0].length + (label[1]?.length ?? 0), end: f.end } : undefined;
  return [{ replacement: '', loss: 1, remove: true, ...(span ? { span } : {}) }];
}
