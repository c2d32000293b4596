import type { Kind, Level } from '../core/kinds.js';
import type { AudienceId } from '../core/types.js';

/** Where a scenario's readers stand (src/risk/estimate.ts). */
export type ScenarioName = 'stranger' | 'employer' | 'insider';
/** Why a rewrite could not reach its target. */
export type FixReason = 'direct' | 'unique' | 'person' | 'nothingLeft';
/** Why a detail left in a rewrite keeps it from being safe. */
export type UnsafeWhy = 'standsOut' | 'direct' | 'noRewrite';

/**
 * Everything herkenbaar says to its users, in one language: one implementation per UI language
 * (nl.ts, en.ts). Numbers come in already formatted for the language (see `formatInt`).
 */
export interface Catalog {
  /** Decimal and thousands separators. */
  decimal: string;
  thousands: string;
  levels: Readonly<Record<Level, string>>;
  /** Per kind: what it means for the reader, and what to write instead. */
  kinds: Readonly<Record<Kind, { message: string; suggestion: string }>>;
  /** Country names as a sentence uses them ("het Verenigd Koninkrijk"). */
  countries: Readonly<Record<string, string>>;

  report: {
    warning: string;
    markedPseudonym: string;
    write: string;
    risk: string;
    noRewrite: string;
    suggestedRewrite: string;
    rechecked: string;
    remove: string;
    cautiousEstimate: string;
    /** After a rewrite that leaves no detail describing a person: in place of a count of people. */
    nobodyDescribed: string;
    notEnoughYet: string;
    /** "12 people match", with `n` formatted; `few` when fewer than one. */
    matches(n: string, e: number): string;
    summary(files: number, findings: number, highest: string, failed: number, failOn: string): string;
    /** The line under the summary: files per level ("verhoogd 1 · geen 3"), then how long the run took. */
    perLevel(counts: string, seconds: string): string;
    /** The heading of the table of audiences. */
    whoCanRecognize: string;
    /** Findings accepted by a comment in the text, the allow list or the baseline: not reported, and why. */
    suppressed(n: { directive: number; allow: number; baseline: number }): string;
    /** A file whose findings are all in the baseline. */
    nothingNew: string;
    audience: Readonly<Record<AudienceId, string>>;
    /** The audiences in a few words, for a list after a change ("de omgeving", "bekenden"). */
    audienceShort: Readonly<Record<AudienceId, string>>;
    /** After a change of a suggested rewrite: the readers it alone keeps from recognizing the person. */
    outOfReach(audiences: readonly string[]): string;
    yes: string;
    no: string;
  };

  fix: {
    nothingToRewrite: string;
    targetNotReached: string;
    changes(n: number): string;
    reason: Readonly<Record<FixReason, string>>;
    /** The re-check still finds identifying details of these kinds. */
    recheckFails(kinds: string): string;
    /** A kind as a sentence names it ("een gebeurtenis", "an event"). */
    kindName: Readonly<Record<Kind, string>>;
    /** Why one detail could not be made safe. */
    unsafeWhy: Readonly<Record<UnsafeWhy, string>>;
    /** The detail the fixer could not make safe, by kind and position (never its words: this goes to logs), and why. */
    unsafeDetail(kind: string, line: number, column: number, why: string): string;
    /** Several such details, joined. */
    unsafeDetails(items: readonly string[]): string;
    tooLong(details: number, characters: number, maxDetails: number, maxCharacters: number): string;
  };

  /** `--fix --interactive`: the walk through the proposed changes (src/cli/interactive.ts). */
  interactive: {
    /** The file, its level now, and the highest level a rewrite may have. */
    heading(file: string, level: string, target: string): string;
    /** The question after each change; the keys are y n e q ? in every language. */
    question(index: number, total: number): string;
    /** One line per key, for `?`. */
    help: readonly string[];
    /** Answers that mean yes besides "y" (e.g. "j", "ja"). */
    yes: readonly string[];
    /** The question for a replacement of the user's own; empty = remove the words. */
    editPrompt(original: string): string;
    /** The user's own text is itself a detail the check finds. */
    ownTextFinds(details: string): string;
    /** Column headings of the reader table: the text as accepted so far, and with this change. */
    now: string;
    withChange: string;
    /** No person is described any more. */
    nobody: string;
    /** A new round: the accepted changes are not enough yet. */
    nextRound(level: string, proposals: number): string;
    /** The verdict of the re-check of the whole result. */
    verdict(level: string, target: string, reached: boolean): string;
    confirmWrite(file: string, reached: boolean): string;
    written(file: string): string;
    notWritten: string;
    noChanges: string;
    aborted: string;
  };

  risk: {
    scenario: Readonly<Record<ScenarioName, string>>;
    configuredPeople(n: string): string;
    inhabitants(place: string, n: string): string;
    theOrganisation: string;
    clientsOf(who: string, n: string): string;
    admissions(days: number, n: string): string;
    direct(what: string): string;
    noPerson: string;
    /** "about 12 people", "fewer than 1 person". */
    people(n: string, e: number): string;
    match(who: string, people: string, low: string, high: string, chain: string): string;
    pseudonymDoesNotProtect: string;
    /** Who could recognize the person, with the verb that agrees ("Wie deze persoon kent, kan"). */
    recognizers: Readonly<Record<AudienceId, string>>;
    /** "<who> could tell who this is: <people> match all the details (range …). Deciding: …" */
    recognizedBy(who: string, people: string, low: string, high: string, decisive: string): string;
    /** A story or an office tells them who it is, whatever the numbers ("<who> see who it is from <what>"). */
    recognizedFrom(who: string, decisive: string): string;
    /** What generalizing the deciding details would do: `people` would match without them. */
    withoutThem(people: string): string;
    /** Nobody around the person could tell: `people` of the ~150 one knows match. */
    nobodyCouldTell(people: string, acquaintances: number): string;
  };
}
