import type { FactsOf } from './facts.js';
import type { Kind, Level } from './kinds.js';
import type { RuleId } from './rule-ids.js';

export type Lang = 'nl' | 'en';

export type { Figure } from './figure.js';

interface DetectionBase {
  start: number;
  end: number;
  /** The rule that found it. */
  rule: RuleId;
  /** 0..1, how sure the rule is; used to resolve overlaps (higher wins on equal specificity). */
  confidence: number;
}

/**
 * What a rule reports: a span of the text, what it is, and the facts the rule found out about it.
 * Rules know nothing of lines, messages or risk; the pipeline adds those.
 */
export type DetectionOf<K extends Kind> = DetectionBase & { kind: K; facts: FactsOf<K> };
export type Detection = { [K in Kind]: DetectionOf<K> }[Kind];

interface FindingExtras {
  identifier: 'direct' | 'quasi';
  text: string;
  line: number;
  column: number;
  message: string;
  suggestion: string;
  /** The factor this finding contributes to E (a share; for a place, its share of the country). */
  factor?: number;
}

export type FindingOf<K extends Kind> = DetectionOf<K> & FindingExtras;
export type Finding = { [K in Kind]: FindingOf<K> }[Kind];

export interface Contributor {
  text: string;
  kind: Kind;
  factor: number;
  label: string;
}

/** Readers by how well they know the person: anyone, the community, acquaintances, insiders of a ward or service. */
export type AudienceId = 'anyone' | 'community' | 'acquaintances' | 'insiders';

export interface AudienceResult {
  audience: AudienceId;
  /** People in this audience's frame who match every detail. */
  expectedMatches: { low: number; central: number; high: number };
  recognizable: boolean;
  /** The details that decide it, rarest first. */
  contributors: Contributor[];
}

export interface RiskResult {
  level: Level;
  score: number;
  expectedMatches: { low: number; central: number; high: number };
  scenario: 'stranger' | 'employer' | 'insider' | 'direct';
  contributors: Contributor[];
  explanation: string;
  /** Who could recognize the person, widest audience first (absent when no person is described). */
  audiences?: AudienceResult[];
}

/** What the risk model read from the text besides the findings (src/risk/cues.ts). */
export interface TextCues {
  employer: boolean;
  ward: boolean;
  /** The text speaks of an admission ("vandaag opgenomen"), not of being there ("op de afdeling"). */
  admission: boolean;
  windowDays?: number;
  country: string;
  /** A care setting the text names by a word ("tbs", "verpleeghuis"); see src/risk/settings.ts. */
  setting?: 'forensic' | 'nursing-home' | 'youth-care' | 'mental-health' | 'hospital' | 'school';
}

/** What the fixer proposes for a file, and what the re-check of the rewritten text found. */
export interface FixSummary {
  /** The highest level the rewrite may have. */
  target: Level;
  reached: boolean;
  reason?: string;
  /** round 2: a change made after the first rewrite was checked again (offsets into that rewrite). */
  changes: Array<{
    kind: Kind; start: number; end: number; original: string; replacement: string; round: 1 | 2;
    /** The audiences this change takes out of reach (the model's estimate with every other change made). */
    outOfReach?: AudienceId[];
  }>;
  /** The re-check of the rewritten text (the whole pipeline, not the model's arithmetic). */
  after: Pick<RiskResult, 'level' | 'score' | 'expectedMatches' | 'scenario' | 'explanation' | 'audiences'>;
  /** The rewritten text (with --fix). */
  rewritten?: string;
}

/**
 * Why a finding is not reported: a comment in the text (SARIF kind "inSource"), or the config's
 * `allow` list or the baseline, both outside the text ("external").
 */
export interface Suppression {
  kind: 'inSource' | 'external';
  by: 'directive' | 'allow' | 'baseline';
  /** The reason the directive or the allow entry gives. */
  justification?: string;
  /** A directive: the line it is on. */
  line?: number;
  /** The baseline: "accepted" for an entry marked reviewed, "underReview" for one not yet reviewed. */
  status?: 'accepted' | 'underReview';
}

export type SuppressedFinding = Finding & { suppression: Suppression };

export interface FileResult {
  file: string;
  language: Lang;
  findings: Finding[];
  pseudonym: boolean;
  risk: RiskResult;
  warnings: string[];
  /** Inputs of the risk estimate, kept so fixes can re-estimate; not part of the JSON report. */
  cues: TextCues;
  fix?: FixSummary;
  /**
   * Findings a directive, the allow list or the baseline accepted, in text order. Those of a directive
   * or the allow list are left out of the risk; those of the baseline are not (see src/cli/baseline.ts).
   */
  suppressed?: SuppressedFinding[];
  /** Set when a baseline was read: the file fails only when it has findings the baseline does not hold. */
  baseline?: { accepted: number; unreviewed: number };
  /** The --fail-on of this file's own config, when it has one. */
  failOn?: Level;
}
