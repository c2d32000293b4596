import type { Lang } from '../core/types.js';
import type { Detection } from '../core/types.js';
import type { Token } from '../text/tokenize.js';

/** Everything a detector may look at. Pure data: a detector does no I/O. */
export interface DetectContext {
  text: string;
  tokens: readonly Token[];
  lang: Lang;
}

export interface Detector {
  /** Stable id, also the default `rule` of its detections. */
  id: string;
  detect(ctx: DetectContext): Detection[];
}
