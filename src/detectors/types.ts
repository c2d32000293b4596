import type { Kind } from '../core/kinds.js';
import type { RuleId } from '../core/rule-ids.js';
import type { Detection, Lang } from '../core/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Token } from '../text/tokenize.js';

/** Everything a detector may look at. Pure data: a detector does no I/O. */
export interface DetectContext {
  text: string;
  tokens: readonly Token[];
  lang: Lang;
}

export interface Detector {
  /** The id of the rule it belongs to, also the `rule` of its detections. */
  id: RuleId;
  detect(ctx: DetectContext): Detection[];
}

/** What `herkenbaar rules` lists about a rule. */
export interface RuleMeta {
  id: RuleId;
  /** The finding kinds it reports. */
  kinds: readonly Kind[];
  /** The text languages it works for. */
  languages: readonly Lang[];
  /** One line, for the rules list. */
  description: string;
  /** Its doc, relative to the package root. */
  docs: string;
}

/** A rule: its metadata, and a detector built from the dictionaries (shaped like an ESLint rule). */
export interface Rule {
  meta: RuleMeta;
  create(lexicon: Lexicon): Detector;
}

/** The meta of a rule whose doc lives at docs/rules/<id>.md. */
export const ruleMeta = (id: RuleId, kinds: readonly Kind[], description: string, languages: readonly Lang[] = ['nl', 'en']): RuleMeta => ({
  id,
  kinds,
  languages,
  description,
  docs: `docs/rules/${id}.md`,
});
