import { readFile, writeFile } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import { checkText, type CheckOptions } from '../core/check.js';
import { messages } from '../i18n/index.js';
import { LEVELS, levelRank } from '../core/kinds.js';
import type { FileResult } from '../core/types.js';
import { createDetectors } from '../detectors/registry.js';
import type { Detector } from '../detectors/types.js';
import { loadLexicon } from '../lexicon/load.js';
import { fails } from '../report/summary.js';
import { exitCode, type RunOutcome } from './exit-code.js';
import type { Io } from './io.js';
import { tooLongToRewrite } from '../fixes/policy.js';
import type { Reporter } from '../report/types.js';
import { decode, stripBom, type Decoded } from '../text/decode.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { levelToStayBelow, summarizeFix, targetFor } from '../fixes/summary.js';
import { fixSummaryLines, refuseDocument, saveFix, writeRewrite } from './fix-mode.js';
import { readStdin, resolveInputs, type Input } from '../sources/inputs.js';
import { DocumentError, documentKind, readDocument, type DocumentKind } from '../sources/documents.js';
import { defaultFormat, FORMATS, inCI, oneOf, parseLevel, parsePopulation, UsageError, wantColor, type CliConfig } from './options.js';
import type { Fixer } from './interactive.js';
import { createPaint } from './paint.js';
import { VERSION } from './version.js';
import { packageDocsBase } from './package-docs.js';
import { createProgress } from './progress.js';
import { ConfigError, findConfig, loadConfig } from '../config/config.js';

export type { Io } from './io.js';

const docsBase = () => {
  const base = packageDocsBase();
  return base ? { docsBase: base } : {};
};

// Only the reporter asked for is loaded.
const REPORTERS: Record<CliConfig['format'], () => Promise<Reporter>> = {
  stylish: async () => (await import('../report/stylish.js')).stylishReporter,
  json: async () => (await import('../report/json.js')).jsonReporter,
  sarif: async () => (await import('../report/sarif.js')).sarifReporter,
  github: async () => (await import('../report/github.js')).githubReporter,
};

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
  try {
    cmd.parse(argv as string[], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
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
    .option('-c, --config <file>', 'read settings from this file (default: the nearest herkenbaar.config.json or .herkenbaarrc.json)')
    .option('--no-config', 'ignore config files')
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output')
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
}

async function checkInput(input: Input, config: CliConfig, env: Env, io: Io): Promise<Checked | undefined> {
  const options = checkOptions(config);
  if (input.kind === 'missing') throw new InputError(input.path, input.reason);
  const name = input.kind === 'stdin' ? '<stdin>' : input.path;
  let bytes: Uint8Array;
  try {
    bytes = input.kind === 'stdin' ? await readStdin() : input.kind === 'staged' ? input.read() : await (io.readFile ?? readFile)(input.path);
  } catch (e) {
    throw new InputError(name, (e as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a folder' : (e as Error).message);
  }
  const document = input.kind === 'stdin' ? undefined : documentKind(name);
  if (document) {
    // A .docx or .odt: its paragraphs, one per line, checked like text (src/sources/documents.ts).
    const read = await readDocument(bytes, document).catch((e: unknown) => {
      throw e instanceof DocumentError ? new InputError(name, e.message) : e;
    });
    return { result: await withFix(checkText(read.text, name, env.detectors, options, read.warnings), read.text, config, env), document };
  }
  const decoded = decode(bytes);
  if (decoded.binary) {
    // A file named on the command line or staged for commit that cannot be read is an error (exit 2): a
    // hook must not pass it. One a folder or a glob turned up is skipped with a warning, even with --quiet.
    if (input.kind === 'staged' || (input.kind === 'file' && config.paths.includes(input.path))) {
      throw new InputError(name, `not checked: ${decoded.warnings[0]!.replace(/; skipped$/, '')} (herkenbaar reads text files, .docx and .odt)`);
    }
    io.stderr(`herkenbaar: ${name}: ${decoded.warnings[0]}\n`);
    return undefined;
  }
  return { result: await withFix(checkText(decoded.text, name, env.detectors, options, decoded.warnings), decoded.text, config, env), decoded };
}

interface Env {
  detectors: readonly Detector[];
  lexicon: Lexicon;
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
  if (reason) {
    const { level, score, expectedMatches, scenario, explanation } = result.risk;
    return { ...result, fix: { target: config.target, reached: false, reason, changes: [], after: { level, score, expectedMatches, scenario, explanation, ...(result.risk.audiences ? { audiences: result.risk.audiences } : {}) }, ...(config.fix ? { rewritten: text } : {}) } };
  }
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
  };
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
async function interactive(config: CliConfig, io: Io): Promise<number> {
  const inputs = await resolveInputs(config.paths);
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
    bytes = await (io.readFile ?? readFile)(path);
  } catch (e) {
    io.stderr(`herkenbaar: ${path}: ${(e as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a folder' : (e as Error).message}\n`);
    return 2;
  }
  if (documentKind(path)) {
    io.stderr(`herkenbaar: ${path}: --interactive cannot write a document back; use --fix to print the rewrite, and make the changes in the document\n`);
    return 2;
  }
  const decoded = decode(bytes);
  if (decoded.binary) {
    io.stderr(`herkenbaar: ${path}: ${decoded.warnings[0]}\n`);
    return 2;
  }
  for (const w of decoded.warnings) io.stderr(`herkenbaar: ${path}: ${w}\n`);
  const lexicon = loadLexicon();
  const detectors = createDetectors(lexicon);
  const options = checkOptions(config);
  const before = checkText(decoded.text, path, detectors, options, decoded.warnings);
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
  const started = (io.now ?? (() => performance.now()))();
  // "herkenbaar rules" lists the rules; a file or folder named "rules" is checked as ./rules.
  if (argv[0] === 'rules') return listRules(argv.slice(1), io);
  if (argv[0] === 'install-hook') return (await import('./install-hook.js')).installHook(argv.slice(1), io);
  const cmd = program(io);
  let config: CliConfig;
  try {
    cmd.parse(argv as string[], { from: 'user' });
    const o = cmd.opts();
    // A config file gives defaults; what the command line says explicitly wins.
    const configFile = o['config'] === false ? undefined : typeof o['config'] === 'string' ? o['config'] : findConfig(io.cwd);
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
      target: 'low',
    };
    config.target = o['target'] !== undefined ? oneOf('--target', LEVELS)(o['target']) : targetFor(config.failOn);
    if (config.staged && config.write) throw new UsageError('--staged checks what is staged; --write would change the working file instead. Fix the file, then stage it again');
    if (config.write && !config.fix) throw new UsageError('--write only works with --fix (it saves the rewritten text)');
    if (config.write && (config.text !== undefined || config.paths.length === 0 || config.paths.includes('-'))) {
      throw new UsageError('--write needs files to write to; --text and standard input can only be printed with --fix');
    }
    if (config.interactive) interactiveUsage(config, io);
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
      return await interactive(config, io);
    } catch (e) {
      io.stderr(`herkenbaar: internal error: ${(e as Error).message}\n`);
      if (config.debug) io.stderr(`${(e as Error).stack}\n`);
      return 2;
    }
  }

  const results: FileResult[] = [];
  const outcome: RunOutcome = { results, failOn: config.failOn, fix: config.fix, trouble: false, unsaved: false };
  try {
    const lexicon = loadLexicon();
    const env: Env = { detectors: createDetectors(lexicon), lexicon };
    if (config.text !== undefined) {
      const text = stripBom(config.text);
      results.push(await withFix(checkText(text, '<text>', env.detectors, checkOptions(config)), text, config, env));
    }
    const inputs: Input[] = config.paths.length ? await resolveInputs(config.paths) : [];
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
    const progress = createProgress(io, inputs.length, config.quiet);
    // Whatever else goes to stderr first wipes the progress line.
    if (progress) io = { ...io, stderr: ((raw) => (s: string) => { progress.clear(); raw(s); })(io.stderr) };
    for (const input of inputs) {
      try {
        if (input.kind !== 'stdin') progress?.start(input.path);
        const checked = await checkInput(input, config, env, io);
        if (!checked) continue;
        progress?.done(checked.result.findings.length);
        results.push(checked.result);
        if (config.write && input.kind === 'file') {
          const saved = checked.document ? refuseDocument(input.path, checked.result, io) : saveFix(input.path, checked, io);
          if (saved === 'refused') outcome.unsaved = true;
          if (saved === 'failed') outcome.trouble = true;
        }
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        io.stderr(`herkenbaar: ${e.file}: ${e.reason}\n`);
        outcome.trouble = true;
      }
    }
    progress?.clear();
  } catch (e) {
    io.stderr(`herkenbaar: internal error: ${(e as Error).message}\n`);
    if (config.debug) io.stderr(`${(e as Error).stack}\n`);
    return 2;
  }

  if (config.fix && config.format === 'stylish') {
    // --fix prints the rewritten text (a machine format reports the rewrite instead: never the text in a CI log); what changed, and whether it is enough, goes to stderr.
    const texts = results.map((r) => r.fix?.rewritten ?? '');
    const out = results.length === 1 ? texts[0]! : results.map((r, i) => `==> ${r.file} <==\n${texts[i]}`).join('\n');
    if (!config.write && config.outputFile) {
      try {
        await writeFile(config.outputFile, out);
      } catch (e) {
        io.stderr(`herkenbaar: ${config.outputFile}: cannot write the rewrite: ${(e as Error).message}\n`);
        return 2;
      }
    } else if (!config.write) io.stdout(out);
    if (!config.quiet || results.some((r) => r.fix && !r.fix.reached)) io.stderr(fixSummaryLines(results, config));
    return exitCode(outcome);
  }

  let report: string;
  try {
    report = (await REPORTERS[config.format]())(
      { results, failOn: config.failOn, version: VERSION, cwd: io.cwd, ...(config.format === 'sarif' ? docsBase() : {}), elapsedMs: (io.now ?? (() => performance.now()))() - started },
      { paint: await createPaint(config.color), quiet: config.quiet, ...(config.uiLang ? { uiLang: config.uiLang } : {}) },
    );
  } catch (e) {
    io.stderr(`herkenbaar: internal error while writing the report: ${(e as Error).message}\n`);
    if (config.debug) io.stderr(`${(e as Error).stack}\n`);
    return 2;
  }
  if (config.outputFile) {
    try {
      await writeFile(config.outputFile, report);
    } catch (e) {
      io.stderr(`herkenbaar: ${config.outputFile}: cannot write the report: ${(e as Error).message}\n`);
      return 2;
    }
  } else io.stdout(report);

  return exitCode(outcome);
}
