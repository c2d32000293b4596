import { closeSync, writeSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { CHUNK_SIZE, checkChunks, checkText, type CheckOptions } from '../core/check.js';
import { messages } from '../i18n/index.js';
import { LEVELS, levelRank } from '../core/kinds.js';
import type { FileResult } from '../core/types.js';
import type { RuleId } from '../core/rule-ids.js';
import { createDetectors } from '../detectors/registry.js';
import type { Detector } from '../detectors/types.js';
import { loadLexicon } from '../lexicon/load.js';
import { fails } from '../report/summary.js';
import { exitCode, verdictOf, type RunOutcome, type Verdict } from './exit-code.js';
import type { Io } from './io.js';
import { noteChecked } from './memory.js';
import { tooLongToRewrite, tooLongToRewriteCounted } from '../fixes/policy.js';
import type { FileStream, ReportWriter, ReportWriterFactory } from '../report/types.js';
import { decode, stripBom, type Decoded } from '../text/decode.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { levelToStayBelow, summarizeFix, targetFor } from '../fixes/summary.js';
import { DEFAULT_MAX_SIZE, formatSize, readInputFile, readStdin, resolveInputs, type Input } from '../sources/inputs.js';
import { openPrivateFile, sameFile, writePrivateFile } from '../sources/write.js';
import { defaultFormat, FORMATS, inCI, oneOf, parseSubcommand, parseLevel, parsePopulation, parseSize, UsageError, wantColor, type CliConfig } from './options.js';
import type { Fixer } from './interactive.js';
import { createPaint } from './paint.js';
import { packageDocsBase } from './package-docs.js';
import { createProgress } from './progress.js';
import { DocumentError, documentKind, readDocument, type DocumentKind } from '../sources/documents.js';
import { VERSION } from './version.js';
import { ConfigError, loadConfig } from '../config/config.js';
import { ConfigResolver } from '../config/discover.js';
import { makeFilter } from '../core/suppress.js';
import { perInput, settingsFor, type Flags } from './per-file.js';
import type { Baseline } from './baseline.js';

export type { Io } from './io.js';

// Only the reporter asked for is loaded.
const REPORTERS: Record<CliConfig['format'], () => Promise<ReportWriterFactory>> = {
  stylish: async () => (await import('../report/stylish.js')).stylishWriter,
  json: async () => (await import('../report/json.js')).jsonWriter,
  sarif: async () => (await import('../report/sarif.js')).sarifWriter,
  github: async () => (await import('../report/github.js')).githubWriter,
};

// --fix prints rewrites and --write saves them (src/cli/fix-mode.ts, with the atomic write): loaded only then.
const fixMode = () => import('./fix-mode.js');

const docsBase = () => {
  const base = packageDocsBase();
  return base ? { docsBase: base } : {};
};

/** Where the report goes: standard output, or the file of --output-file, written as the files are checked. */
interface Sink {
  write(s: string): void;
  close(): void;
}

/** Writing the report failed: exit 2, with the file's name. */
class OutputError extends Error {}

/** A reporter failed on a result: an internal error while writing the report. */
class ReportError extends Error {
  constructor(cause: unknown) {
    super((cause as Error).message, { cause });
  }
}

function openSink(file: string | undefined, io: Io): Sink {
  if (file === undefined) return { write: (s) => void (s && io.stdout(s)), close: () => {} };
  let fd: number;
  try {
    fd = openPrivateFile(file); // mode 600: a report names the details of a client
  } catch (e) {
    throw new OutputError((e as Error).message);
  }
  return {
    write: (s) => {
      try {
        if (s) writeSync(fd, s);
      } catch (e) {
        throw new OutputError((e as Error).message);
      }
    },
    close: () => closeSync(fd),
  };
}

const EXAMPLES = `
Examples:
  $ herkenbaar post.txt                      check one draft
  $ herkenbaar -                             check what you paste (end with Ctrl-D)
  $ herkenbaar --text "Vandaag kwam een 45-jarige vrouw uit Kloetinge binnen."
  $ herkenbaar "content/**/*.md" --fail-on high
  $ herkenbaar drafts/ --format json > report.json
  $ herkenbaar post.txt --fix                print a rewrite that passes
  $ herkenbaar post.txt --fix --interactive  go through the changes one by one, then save
  $ herkenbaar --staged                      in a git pre-commit hook
  $ herkenbaar install-hook                  write .git/hooks/pre-commit (runs --staged); ./install-hook checks a path
  $ herkenbaar . --baseline-write .herkenbaar-baseline.json   accept what is there now
  $ herkenbaar . --baseline .herkenbaar-baseline.json         then report only new findings
  $ herkenbaar rules                         list the rules (--format json); ./rules checks a path named rules

Exit codes:
  0  nothing at or above --fail-on
  1  at least one file at or above --fail-on
  2  usage error, unreadable or missing input, internal error`;

/** `herkenbaar rules [--format json]`. */
async function listRules(argv: readonly string[], io: Io): Promise<number> {
  const cmd = new Command('herkenbaar rules')
    .description('Lists every rule: its id, the kinds it reports, the languages it reads, and its doc.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  const stop = parseSubcommand(cmd, argv);
  if (stop !== undefined) return stop;
  const [{ RULES }, { rulesJson, rulesText }] = await Promise.all([import('../detectors/registry.js'), import('../report/rules.js')]);
  const metas = Object.values(RULES).map((r) => r.meta);
  io.stdout(cmd.opts()['format'] === 'json' ? rulesJson(metas) : rulesText(metas));
  return 0;
}

function program(io: Io): Command {
  return new Command('herkenbaar')
    .description('Checks whether a reader could recognize the person a text is about, before you publish or commit it.')
    .argument('[paths...]', 'files, folders or globs to check; - reads standard input')
    .option('--text <text>', 'check this text instead of files')
    .addOption(new Option('-f, --format <format>', 'output format (default: stylish; github when GITHUB_ACTIONS=true)').choices(FORMATS))
    .option('--fail-on <level>', `exit 1 when a file reaches this level (${LEVELS.join('|')})`, 'medium')
    .addOption(new Option('--lang <lang>', 'language of the text').choices(['nl', 'en', 'auto']).default('auto'))
    .addOption(new Option('--ui-lang <lang>', "language of herkenbaar's own messages (default: the text's)").choices(['nl', 'en']))
    .option('--pseudonym <name...>', 'names you made up: not direct identifiers (the other details still count)')
    .option('--population <n>', 'size of the population readers picture (overrides the place or country)')
    .addOption(new Option('--audience <who>', 'the scenario the expectedMatches of the report describe (the level always says who could recognize the person)').choices(['stranger', 'employer', 'insider']))
    .option('--staged', 'check the text files staged for commit, as staged (for a git pre-commit hook)')
    .option('--fix', 'print the text rewritten so that it passes (the file is not touched)')
    .option('--write', 'with --fix: save the rewrite in place (atomically), only when it reaches the target')
    .option('--interactive', 'with --fix, on a terminal: go through the changes one by one (accept, skip, edit), then save if you confirm')
    .option('--target <level>', 'the level a rewrite must reach at most (default: just under --fail-on)')
    .option('-c, --config <file>', 'read settings from this file for every input (default: per file, the nearest .herkenbaarrc.json, herkenbaar.config.json or package.json "herkenbaar")')
    .option('--no-config', 'ignore config files')
    .option('--no-inline-config', 'ignore <!-- herkenbaar-disable… --> comments in the texts (e.g. in CI)')
    .option('--baseline <file>', 'report only findings this baseline does not hold (it is never rewritten)')
    .option('--baseline-write <file>', 'record the findings of this run as accepted in a baseline file, then exit 0')
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output (mode 600; never one of the inputs)')
    .option('--max-size <size>', 'the largest input read: a larger file or standard input is refused (exit 2), e.g. 200MB', formatSize(DEFAULT_MAX_SIZE).replace(' ', ''))
    .option('-q, --quiet', 'report only files at or above --fail-on; no progress on stderr')
    .option('--no-color', 'no colours (also: NO_COLOR=1)')
    .option('--debug', 'show stack traces for internal errors')
    .version(VERSION, '-v, --version')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
}

interface Checked {
  result: FileResult;
  /** The text as read and how, for --fix --write. */
  decoded?: Decoded;
  /** A document (.docx, .odt): read, never written back. */
  document?: DocumentKind;
  /** A long text whose findings went to the report chunk by chunk (the result holds none): its part's end, and how many there were. */
  streamed?: { stream: FileStream; count: number };
}

async function checkInput(input: Input, config: CliConfig, env: Env, io: Io): Promise<Checked | undefined> {
  if (input.kind === 'missing') throw new InputError(input.path, input.reason);
  const name = input.kind === 'stdin' ? '<stdin>' : input.path;
  let bytes: Uint8Array;
  try {
    bytes = input.kind === 'stdin' ? await readStdin(config.maxSize) : input.kind === 'staged' ? input.read(config.maxSize) : await (io.readFile ?? ((p: string) => readInputFile(p, config.maxSize)))(input.path);
  } catch (e) {
    throw new InputError(name, (e as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a folder' : (e as Error).message);
  }
  const document = input.kind === 'stdin' ? undefined : documentKind(name);
  if (document) {
    // A .docx or .odt: its paragraphs, one per line, checked like text (src/sources/documents.ts).
    const read = await readDocument(bytes, document).catch((e: unknown) => {
      throw e instanceof DocumentError ? new InputError(name, e.message) : e;
    });
    for (const w of read.warnings) io.stderr(`herkenbaar: ${name}: ${w}\n`);
    return { result: await checkDecoded(read.text, name, config, env, io, config.format === 'json' ? read.warnings : []), document };
  }
  const decoded = decode(bytes);
  // The bytes are not needed once decoded: a long file is not held twice while it is checked.
  bytes = new Uint8Array(0);
  if (decoded.binary) {
    // A file named on the command line or staged for commit that cannot be read is an error (exit 2): a
    // hook must not pass it. One a folder or a glob turned up is skipped with a warning, even with --quiet.
    if (input.kind === 'staged' || (input.kind === 'file' && config.paths.includes(input.path))) {
      throw new InputError(name, `not checked: ${decoded.warnings[0]!.replace(/; skipped$/, '')} (herkenbaar reads text files, .docx and .odt)`);
    }
  }
  // Even with --quiet: a file that was not checked, or not read as written, must never pass unnoticed.
  // On stderr, never only inside the report.
  for (const w of decoded.warnings) io.stderr(`herkenbaar: ${name}: ${w}\n`);
  if (decoded.binary) return undefined;
  // The JSON report keeps them as data (its `warnings` field); the report for people does not repeat them.
  const warnings = config.format === 'json' ? decoded.warnings : [];
  if (env.report && decoded.text.length > CHUNK_SIZE && !config.fix && !config.baselineWrite && !env.baseline) {
    return { ...checkStreamed(decoded.text, name, config, env, env.report, warnings), decoded };
  }
  return { result: await checkDecoded(decoded.text, name, config, env, io, warnings), decoded };
}

/**
 * A text longer than one chunk, for a report that takes findings as they come (JSON): each chunk's
 * findings are written and dropped, so memory stays that of a chunk and the risk model's bounded
 * summary (src/core/check.ts, checkChunks), whatever the file's length. Such a text is far too long for
 * a rewrite: a failing one gets the statement that says so, as withFix gives it.
 */
function checkStreamed(text: string, name: string, config: CliConfig, env: Env, report: StreamingReport, warnings: string[]): Pick<Checked, 'result' | 'streamed'> {
  noteChecked(text.length);
  const run = checkChunks(text, name, env.detectors, checkOptions(config), warnings);
  let stream: FileStream | undefined;
  let step = run.next();
  for (; !step.done; step = run.next()) {
    stream ??= report.writer.fileStream!({ file: name, language: step.value.language });
    for (const part of stream.findings(step.value.findings)) report.out(part);
  }
  const { findingCount, details, ...result } = step.value;
  stream ??= report.writer.fileStream!({ file: name, language: result.language });
  const stayBelow = levelToStayBelow(config.target);
  if (stayBelow && fails({ ...result, findings: { length: findingCount } }, config.failOn)) {
    const reason = tooLongToRewriteCounted(result.language, details, text.length, false)!;
    result.fix = tooLongFix(result, config, reason, text);
  }
  return { result, streamed: { stream, count: findingCount } };
}

/** What a file too long to rewrite gets instead of a rewrite: the reason, and its risk as it is. */
function tooLongFix(result: FileResult, config: CliConfig, reason: string, text: string): FileResult['fix'] {
  const { level, score, expectedMatches, scenario, explanation } = result.risk;
  return { target: config.target, reached: false, reason, changes: [], after: { level, score, expectedMatches, scenario, explanation, ...(result.risk.audiences ? { audiences: result.risk.audiences } : {}) }, ...(config.fix ? { rewritten: text } : {}) };
}

/** Where checkStreamed writes: the report's writer, when it can take findings as they come, and the output. */
interface StreamingReport {
  writer: ReportWriter;
  out: (part: string) => void;
}

/** The check of one text, with the baseline and the suggested rewrite. */
async function checkDecoded(text: string, name: string, config: CliConfig, env: Env, io: Io, warnings: string[]): Promise<FileResult> {
  // The heap stays near what is alive once the run has checked more than a few posts (src/cli/memory.ts).
  noteChecked(text.length);
  const checked = checkText(text, name, env.detectors, checkOptions(config), warnings);
  // --baseline-write records the findings; no rewrite is wanted.
  if (config.baselineWrite) return checked;
  if (!env.baseline) return withFix(checked, text, config, env);
  // The fixer sees every detail (a reader combines old and new); the report, only the new ones.
  const { applyBaseline, baselineKey } = await import('./baseline.js');
  const result = applyBaseline(checked, env.baseline, baselineKey(config.baseline!, io.cwd, name));
  if (!config.fix && !fails(result, config.failOn)) return result;
  const fixed = await withFix(checked, text, config, env);
  return fixed.fix ? { ...result, fix: fixed.fix } : result;
}

interface Env {
  detectors: readonly Detector[];
  lexicon: Lexicon;
  /** --baseline, read once. */
  baseline?: Baseline;
  /** The report, when long texts may go to it chunk by chunk (checkStreamed). */
  report?: StreamingReport;
}

/**
 * A failing file gets a suggested rewrite, re-checked by the whole pipeline; with --fix every file
 * does. The text stays in memory only as long as this takes.
 */
async function withFix(result: FileResult, text: string, config: CliConfig, env: Env): Promise<FileResult> {
  const stayBelow = levelToStayBelow(config.target);
  if (!stayBelow) {
    // Every level is allowed: nothing to rewrite; --fix still prints the text as it is.
    if (!config.fix) return result;
    const { level, score, expectedMatches, scenario, explanation } = result.risk;
    return { ...result, fix: { target: config.target, reached: true, changes: [], after: { level, score, expectedMatches, scenario, explanation, ...(result.risk.audiences ? { audiences: result.risk.audiences } : {}) }, rewritten: text } };
  }
  if (!(config.fix || fails(result, config.failOn))) return result;
  const reason = tooLongToRewrite(result, text, config.fix);
  if (reason) return { ...result, fix: tooLongFix(result, config, reason, text) };
  // The fixer loads only when a file needs it.
  const { fixText } = await import('../fixes/fix.js');
  const outcome = fixText(text, result.file, env.detectors, env.lexicon, checkOptions(config), stayBelow, result);
  return { ...result, fix: summarizeFix(outcome, config.target, config.fix) };
}

/** The part of the configuration the core needs. */
function checkOptions(config: CliConfig): CheckOptions {
  return {
    lang: config.lang,
    pseudonyms: config.pseudonyms,
    ...(config.uiLang ? { uiLang: config.uiLang } : {}),
    ...(config.population !== undefined ? { population: config.population } : {}),
    ...(config.audience ? { audience: config.audience } : {}),
    ...(config.employer ? { employer: true } : {}),
    ...(config.caseload ? { caseload: config.caseload } : {}),
    ...(config.ward ? { ward: config.ward } : {}),
    ...filterOf(config),
  };
}

/** The allow list and the inline directives, as the pipeline applies them. */
function filterOf(config: CliConfig): Pick<CheckOptions, 'filter'> {
  const filter = makeFilter(config.allow, config.inline);
  return filter ? { filter } : {};
}

class InputError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}

/** --interactive: the combinations that cannot work, and no terminal to ask on, are usage errors. */
function interactiveUsage(config: CliConfig, io: Io): void {
  if (!config.fix) throw new UsageError('--interactive only works with --fix (it goes through the changes --fix proposes)');
  if (config.staged) throw new UsageError('--interactive rewrites a file in the working tree; --staged checks what is staged');
  if (config.text !== undefined || config.paths.length === 0 || config.paths.includes('-')) {
    throw new UsageError('--interactive needs a file to write to; --text and standard input can only be printed with --fix');
  }
  if (config.paths.length > 1) throw new UsageError(`--interactive works on one file at a time (got ${config.paths.length})`);
  if (config.format !== 'stylish' || config.outputFile) throw new UsageError('--interactive talks to you on the terminal; --format and --output-file do not go with it');
  const why = inCI(io.env) ? 'CI is set' : !io.stdinIsTTY ? 'standard input is not a terminal' : !io.stdoutIsTTY ? 'standard output is not a terminal' : !io.terminal ? 'no terminal to talk to' : undefined;
  if (why) throw new UsageError(`--interactive needs a terminal to ask you on (${why}); use --fix to print the rewrite, or --fix --write to save it`);
}

/**
 * `--fix --interactive FILE`: the session on the terminal (src/cli/interactive.ts) with the real
 * pipeline, then the atomic write of --fix --write when the user confirms. Exit code: 0 when the file
 * as it is now on disk reaches the target, 1 when it does not, 2 when it cannot be read or written.
 */
async function interactive(config: CliConfig, io: Io, off: ReadonlySet<RuleId> = new Set()): Promise<number> {
  const inputs = await resolveInputs(config.paths, { warn: (path, message) => io.stderr(`herkenbaar: ${path}: ${message}\n`) });
  const named = config.paths[0]!;
  if (inputs.length !== 1) {
    io.stderr(`herkenbaar: --interactive works on one file at a time; ${named} ${inputs.length === 0 ? 'holds no text files' : `is ${inputs.length} files`}\n`);
    return 2;
  }
  const input = inputs[0]!;
  if (input.kind === 'missing') {
    io.stderr(`herkenbaar: ${input.path}: ${input.reason}\n`);
    return 2;
  }
  if (input.kind !== 'file') throw new Error(`unexpected input ${input.kind}`);
  const path = input.path;
  let bytes: Uint8Array;
  try {
    bytes = await (io.readFile ?? ((p: string) => readInputFile(p, config.maxSize)))(path);
  } catch (e) {
    io.stderr(`herkenbaar: ${path}: ${(e as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a folder' : (e as Error).message}\n`);
    return 2;
  }
  if (documentKind(path)) {
    io.stderr(`herkenbaar: ${path}: --interactive cannot write a document back; use --fix to print the rewrite, and make the changes in the document\n`);
    return 2;
  }
  const decoded = decode(bytes);
  // The bytes are not needed once decoded: a long file is not held twice while it is checked.
  bytes = new Uint8Array(0);
  if (decoded.binary) {
    io.stderr(`herkenbaar: ${path}: ${decoded.warnings[0]}\n`);
    return 2;
  }
  for (const w of decoded.warnings) io.stderr(`herkenbaar: ${path}: ${w}\n`);
  const lexicon = loadLexicon();
  const detectors = createDetectors(lexicon, off);
  const options = checkOptions(config);
  const before = checkText(decoded.text, path, detectors, options);
  const { fixSummaryLines, writeRewrite } = await fixMode();
  const stayBelow = levelToStayBelow(config.target);
  const passes = (level: FileResult['risk']['level']) => !stayBelow || levelRank(level) < levelRank(stayBelow);
  if (!stayBelow) {
    io.stderr(fixSummaryLines([before], config));
    return 0;
  }
  const tooLong = tooLongToRewrite(before, decoded.text, true);
  if (tooLong) {
    io.stderr(`herkenbaar: ${path}: ${messages(config.uiLang ?? before.language).fix.targetNotReached}: ${tooLong}\n`);
    return passes(before.risk.level) ? 0 : 1;
  }
  const [{ fixText }, { applyChanges }, { runSession }] = await Promise.all([import('../fixes/fix.js'), import('../fixes/rewrite.js'), import('./interactive.js')]);
  // The re-checks read the text in the language of the original, with every risk setting, as --fix does.
  const recheck: CheckOptions = { ...options, lang: before.language };
  const fixer: Fixer = {
    check: (text) => checkText(text, path, detectors, recheck),
    propose: (text, checked) => {
      const out = fixText(text, path, detectors, lexicon, options, stayBelow, checked);
      return { changes: out.plan.changes, ...(out.reason ? { reason: out.reason } : {}) };
    },
    apply: applyChanges,
  };
  const terminal = await io.terminal!();
  try {
    const outcome = await runSession({
      file: path, text: decoded.text, before, stayBelow, target: config.target, paint: await createPaint(config.color), color: config.color,
      terminal, fixer, ...(config.uiLang ? { uiLang: config.uiLang } : {}),
    });
    const say = messages(config.uiLang ?? before.language).interactive;
    if (!outcome.write) {
      if (outcome.accepted > 0 && !outcome.aborted) terminal.write(`${say.notWritten}\n`);
      return passes(before.risk.level) ? 0 : 1;
    }
    const saved = writeRewrite(path, outcome.text, decoded, io);
    if (saved === 'failed') return 2;
    if (saved === 'refused') return 1;
    if (saved === 'saved') terminal.write(`${say.written(path)}\n`);
    return outcome.reached ? 0 : 1;
  } finally {
    terminal.close();
  }
}

/** Runs the CLI and returns the exit code; never throws, never calls process.exit. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const now = io.now ?? (() => performance.now());
  const started = now();
  // "herkenbaar rules" lists the rules; a file or folder named "rules" is checked as ./rules.
  if (argv[0] === 'rules') return listRules(argv.slice(1), io);
  if (argv[0] === 'install-hook') return (await import('./install-hook.js')).installHook(argv.slice(1), io);
  const cmd = program(io);
  let config: CliConfig;
  let flags: Flags;
  let resolver: ConfigResolver;
  try {
    cmd.parse(argv as string[], { from: 'user' });
    const o = cmd.opts();
    // A config file gives defaults; what the command line says explicitly wins.
    // Each file's settings come from its nearest config (src/config/discover.ts); the working
    // directory's give the run's own (--text, standard input, the summary's --fail-on).
    resolver = new ConfigResolver(o['config'] === false ? { kind: 'none' } : typeof o['config'] === 'string' ? { kind: 'explicit', file: o['config'] } : { kind: 'nearest' }, io.cwd);
    const configFile = resolver.configFileFor();
    const file = configFile ? loadConfig(configFile) : {};
    const fromCli = (name: string) => cmd.getOptionValueSource(name) === 'cli';
    config = {
      paths: cmd.args,
      ...(o['text'] !== undefined ? { text: o['text'] as string } : {}),
      format: o['format'] ?? (o['interactive'] ? 'stylish' : defaultFormat(io.env)),
      failOn: fromCli('failOn') || !file.failOn ? parseLevel(o['failOn']) : file.failOn,
      lang: fromCli('lang') || !file.lang ? o['lang'] : file.lang,
      ...((o['uiLang'] ?? file.uiLang) ? { uiLang: o['uiLang'] ?? file.uiLang } : {}),
      color: wantColor(o['color'], io.stdoutIsTTY && !o['outputFile'], io.env),
      quiet: Boolean(o['quiet']),
      debug: Boolean(o['debug']),
      ...(o['outputFile'] ? { outputFile: o['outputFile'] } : {}),
      pseudonyms: [...(file.pseudonyms ?? []), ...(o['pseudonym'] ?? [])],
      ...(o['population'] !== undefined ? { population: parsePopulation(o['population']) } : file.population ? { population: file.population } : {}),
      ...(o['audience'] ? { audience: oneOf('--audience', ['stranger', 'employer', 'insider'] as const)(o['audience']) } : file.audience ? { audience: file.audience } : {}),
      ...(file.employer ? { employer: true } : {}),
      ...(file.caseload ? { caseload: file.caseload } : {}),
      ...(file.ward ? { ward: file.ward } : {}),
      ...(configFile ? { configFile } : {}),
      fix: Boolean(o['fix']),
      staged: Boolean(o['staged']),
      write: Boolean(o['write']),
      interactive: Boolean(o['interactive']),
      inline: o['inlineConfig'] !== false,
      ...(o['baseline'] ? { baseline: o['baseline'] as string } : {}),
      ...(o['baselineWrite'] ? { baselineWrite: o['baselineWrite'] as string } : {}),
      target: 'low',
      maxSize: o['maxSize'] !== undefined ? parseSize(o['maxSize']) : DEFAULT_MAX_SIZE,
    };
    flags = {
      ...(fromCli('failOn') ? { failOn: config.failOn } : {}),
      ...(fromCli('lang') ? { lang: config.lang } : {}),
      ...(o['uiLang'] ? { uiLang: o['uiLang'] } : {}),
      pseudonyms: o['pseudonym'] ?? [],
      ...(o['population'] !== undefined ? { population: config.population! } : {}),
      ...(o['audience'] ? { audience: config.audience! } : {}),
      ...(o['target'] !== undefined ? { target: oneOf('--target', LEVELS)(o['target']) } : {}),
    };
    config.target = o['target'] !== undefined ? oneOf('--target', LEVELS)(o['target']) : targetFor(config.failOn);
    if (config.staged && config.write) throw new UsageError('--staged checks what is staged; --write would change the working file instead. Fix the file, then stage it again');
    if (config.write && !config.fix) throw new UsageError('--write only works with --fix (it saves the rewritten text)');
    if (config.write && (config.text !== undefined || config.paths.length === 0 || config.paths.includes('-'))) {
      throw new UsageError('--write needs files to write to; --text and standard input can only be printed with --fix');
    }
    if (config.interactive) interactiveUsage(config, io);
    if (config.baselineWrite && (config.staged || config.fix)) {
      throw new UsageError(`--baseline-write records the working tree's findings; it does not go with ${config.staged ? '--staged (a hook never rewrites the baseline)' : '--fix'}`);
    }
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError || e instanceof ConfigError) {
      io.stderr(`herkenbaar: ${e.message}\n`);
      return 2;
    }
    throw e;
  }

  if (config.text === undefined && config.paths.length === 0 && !config.staged) {
    if (io.stdinIsTTY) {
      io.stderr(cmd.helpInformation() + EXAMPLES + '\n');
      return 2;
    }
    config.paths = ['-'];
  }

  if (config.interactive) {
    try {
      const own = await resolver.policy(config.paths[0]);
      return await interactive(settingsFor(config, flags, own), io, own.off);
    } catch (e) {
      if (e instanceof ConfigError) {
        io.stderr(`herkenbaar: ${e.message}\n`);
        return 2;
      }
      io.stderr(`herkenbaar: internal error: ${(e as Error).message}\n`);
      if (config.debug) io.stderr(`${(e as Error).stack}\n`);
      return 2;
    }
  }

  // Each file's part of the report is written as soon as it is checked; what is kept of a file is its
  // verdict (for the exit code), and with --fix (printing rewrites, not a report) or --baseline-write
  // (writing a baseline, not a report) its result.
  const verdicts: Verdict[] = [];
  const outcome: RunOutcome = { results: verdicts, failOn: config.failOn, fix: config.fix, trouble: false, unsaved: false };
  // A machine format reports the rewrite instead: never the text in a CI log.
  const printsRewrites = config.fix && config.format === 'stylish';
  const keepsResults = printsRewrites || Boolean(config.baselineWrite);
  const results: FileResult[] = [];
  let baselines: typeof import('./baseline.js') | undefined;
  let previous: Baseline | undefined;
  let sink: Sink | undefined;
  let writer: ReportWriter | undefined;
  const reportFailed = (e: unknown): number => {
    if (e instanceof OutputError) io.stderr(`herkenbaar: ${config.outputFile}: cannot write the report: ${e.message}\n`);
    else {
      io.stderr(`herkenbaar: internal error while writing the report: ${(e as Error).message}\n`);
      if (config.debug) io.stderr(`${(e as Error).stack}\n`);
    }
    return 2;
  };
  if (!keepsResults) {
    try {
      const paint = await createPaint(config.color);
      writer = (await REPORTERS[config.format]())({ failOn: config.failOn, version: VERSION, cwd: io.cwd, ...(config.format === 'sarif' ? docsBase() : {}), elapsed: () => now() - started }, { paint, quiet: config.quiet, ...(config.uiLang ? { uiLang: config.uiLang } : {}) });
    } catch (e) {
      return reportFailed(e);
    }
  }
  // The output is opened, and the report begun, with the first file checked: a run that stops before
  // (a usage, config, baseline or git error) writes nothing.
  const out = (part: string) => {
    if (!sink) {
      sink = openSink(config.outputFile, io);
      sink.write(writer!.start());
    }
    sink.write(part);
  };
  /** A file checked: its part of the report out, its verdict kept. */
  const done = (result: FileResult, streamed?: Checked['streamed']) => {
    verdicts.push(streamed ? { ...verdictOf(result), findings: { length: streamed.count } } : verdictOf(result));
    if (keepsResults) results.push(result);
    else {
      let parts: string[];
      try {
        parts = streamed ? streamed.stream.end(result, streamed.count) : writer!.file(result);
      } catch (e) {
        throw new ReportError(e);
      }
      for (const part of parts) out(part);
    }
  };
  try {
    try {
      const lexicon = loadLexicon();
      const env: Env = { detectors: createDetectors(lexicon), lexicon, ...(writer?.fileStream ? { report: { writer, out } } : {}) };
      if (config.baseline || config.baselineWrite) {
        baselines = await import('./baseline.js');
        try {
          const read = baselines.readRunBaselines(config, io.cwd);
          if (read.baseline) env.baseline = read.baseline;
          previous = read.previous;
        } catch (e) {
          if (!(e instanceof baselines.BaselineError)) throw e;
          io.stderr(`herkenbaar: ${e.message}\n`);
          return 2;
        }
      }
      // Each input is checked with the settings of its own config; a broken one is named once.
      const forInput = perInput(resolver, config, flags, env, (message) => {
        io.stderr(`herkenbaar: ${message}\n`);
        outcome.trouble = true;
      });
      if (config.text !== undefined) {
        const text = stripBom(config.text);
        const own = await forInput(undefined);
        if (typeof own === 'object') done(await checkDecoded(text, '<text>', own.config, own.env, io, []));
      }
      const inputs: Input[] = config.paths.length ? await resolveInputs(config.paths, { warn: (path, message) => io.stderr(`herkenbaar: ${path}: ${message}\n`) }) : [];
      if (config.staged) {
        const git = await import('../sources/git.js');
        try {
          for (const f of git.stagedFiles(io.cwd)) inputs.push({ kind: 'staged', path: f.path, read: f.read });
        } catch (e) {
          if (!(e instanceof git.GitError)) throw e;
          io.stderr(`herkenbaar: --staged: ${e.message}\n`);
          return 2;
        }
      }
      // -o must never overwrite what is being checked (the draft would be lost to its own report).
      const overwritten = config.outputFile !== undefined ? inputs.find((i) => (i.kind === 'file' || i.kind === 'staged') && sameFile(i.path, config.outputFile!)) : undefined;
      if (overwritten) {
        io.stderr(`herkenbaar: --output-file ${config.outputFile} is ${overwritten.kind === 'staged' ? 'a staged file' : 'one of the inputs'} (${(overwritten as { path: string }).path}); choose another file for the ${config.fix ? 'rewrite' : 'report'}\n`);
        return 2;
      }
      const progress = createProgress(io, inputs.length, config.quiet);
      // Whatever else goes to stderr first wipes the progress line.
      if (progress) io = { ...io, stderr: ((raw) => (s: string) => { progress.clear(); raw(s); })(io.stderr) };
      for (const input of inputs) {
        try {
          if (input.kind !== 'stdin' && input.kind !== 'missing') progress?.start(input.path);
          const own = input.kind === 'missing' ? { config, env } : await forInput(input.kind === 'stdin' ? undefined : input.path);
          if (typeof own !== 'object') continue;
          const checked = await checkInput(input, own.config, own.env, io);
          if (!checked) continue;
          progress?.done(checked.streamed ? checked.streamed.count : checked.result.findings.length);
          if (own.config.failOn !== config.failOn) checked.result.failOn = own.config.failOn;
          if (config.write && input.kind === 'file') {
            const mode = await fixMode();
            const saved = checked.document ? mode.refuseDocument(input.path, checked.result, io) : mode.saveFix(input.path, checked, io, input.root);
            if (saved === 'refused') outcome.unsaved = true;
            if (saved === 'failed') outcome.trouble = true;
          }
          done(checked.result, checked.streamed);
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          io.stderr(`herkenbaar: ${e.file}: ${e.reason}\n`);
          outcome.trouble = true;
        }
      }
      progress?.clear();
      if (writer) {
        let end: string;
        try {
          end = writer.end();
        } catch (e) {
          throw new ReportError(e);
        }
        out(end);
      }
    } catch (e) {
      if (e instanceof OutputError) return reportFailed(e);
      if (e instanceof ReportError) return reportFailed(e.cause);
      io.stderr(`herkenbaar: internal error: ${(e as Error).message}\n`);
      if (config.debug) io.stderr(`${(e as Error).stack}\n`);
      return 2;
    }
  } finally {
    sink?.close();
  }

  if (config.baselineWrite && baselines) {
    let said: string;
    try {
      said = baselines.writeRunBaseline(config.baselineWrite, results, previous, io.cwd);
    } catch (e) {
      io.stderr(`herkenbaar: ${config.baselineWrite}: cannot write the baseline: ${(e as Error).message}\n`);
      return 2;
    }
    if (!config.quiet || outcome.trouble) io.stderr(`herkenbaar: ${config.baselineWrite}: ${said}\n`);
    return outcome.trouble ? 2 : 0;
  }

  if (printsRewrites) {
    const { fixSummaryLines } = await fixMode();
    // --fix prints the rewritten text; what changed, and whether it is enough, goes to stderr.
    const texts = results.map((r) => r.fix?.rewritten ?? '');
    const out = results.length === 1 ? texts[0]! : results.map((r, i) => `==> ${r.file} <==\n${texts[i]}`).join('\n');
    if (!config.write && config.outputFile) {
      try {
        writePrivateFile(config.outputFile, out);
      } catch (e) {
        io.stderr(`herkenbaar: ${config.outputFile}: cannot write the rewrite: ${(e as Error).message}\n`);
        return 2;
      }
    } else if (!config.write) io.stdout(out);
    if (!config.quiet || results.some((r) => r.fix && !r.fix.reached)) io.stderr(fixSummaryLines(results, config));
  }

  return exitCode(outcome);
}
