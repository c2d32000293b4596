import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { artifactLocation, fileUri } from '../../src/report/artifact-uri.js';
import { RULE_IDS } from '../../src/core/rule-ids.js';
import { useTempDirs } from '../helpers.js';
import { runCli, spawnCli } from './run-cli.js';

// SARIF validated against the SARIF 2.1.0 JSON schema. The schema is the one @microsoft/jest-sarif (MIT)
// ships; the OASIS file is not under an open licence, so it is read from node_modules, never copied here.

const require = createRequire(import.meta.url);
// CommonJS packages whose default export is on .default.
const { default: Ajv } = require('ajv-draft-04') as typeof import('ajv-draft-04');
const { default: addFormats } = require('ajv-formats') as typeof import('ajv-formats');
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// unicodeRegExp: false: the schema's pattern for a language tag is not valid in the regular expressions' u mode.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const tempDir = useTempDirs('herkenbaar-sarif-');

const RISKY = 'Vandaag komt een 45-jarige vrouw uit Kloetinge met schizofrenie op de afdeling.';
const WORDS = /Vandaag|45-jarige|Kloetinge|schizofrenie/;
const ABSOLUTE_URI = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;
const URI_CHARS = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})*$/;

interface Sarif {
  runs: Array<{
    tool: { driver: { informationUri?: string; rules: Array<{ id: string; helpUri?: string; help?: { text: string } }> } };
    originalUriBaseIds: Record<string, { uri?: string }>;
    results: Array<{ ruleId: string; ruleIndex: number; level: string; message: { text: string }; properties?: Record<string, unknown>; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: { startLine: number } } }> }>;
  }>;
}

/** Valid against the schema, every URI valid and percent-encoded, every result located, no matched words. */
function check(stdout: string): Sarif {
  const sarif = JSON.parse(stdout) as Sarif;
  const ok = validate(sarif);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
  const run = sarif.runs[0]!;
  expect(run.tool.driver.informationUri).toMatch(ABSOLUTE_URI);
  for (const rule of run.tool.driver.rules) {
    expect(rule.help?.text, rule.id).toBeTruthy();
    expect(rule.helpUri, rule.id).toMatch(ABSOLUTE_URI);
    expect(existsSync(fileURLToPath(rule.helpUri!)), rule.helpUri).toBe(true);
  }
  for (const base of Object.values(run.originalUriBaseIds)) if (base.uri) expect(base.uri).toMatch(/^file:\/\/.*\/$/);
  expect(run.results.length).toBeGreaterThan(0);
  for (const r of run.results) {
    expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    const loc = r.locations[0]!.physicalLocation;
    expect(loc.region?.startLine, r.ruleId).toBeGreaterThanOrEqual(1);
    expect(loc.artifactLocation.uri).toMatch(URI_CHARS);
    if (!loc.artifactLocation.uriBaseId) expect(loc.artifactLocation.uri).toMatch(ABSOLUTE_URI);
    else expect(run.originalUriBaseIds[loc.artifactLocation.uriBaseId]).toBeDefined();
  }
  // The rules' descriptions quote made-up examples; the results never repeat the text's words.
  expect(JSON.stringify(run.results)).not.toMatch(WORDS);
  expect(JSON.stringify(run.originalUriBaseIds)).not.toMatch(WORDS);
  return sarif;
}

const uris = (s: Sarif) => [...new Set(s.runs[0]!.results.map((r) => JSON.stringify(r.locations[0]!.physicalLocation.artifactLocation)))].map((j) => JSON.parse(j));

describe('--format sarif validates against SARIF 2.1.0', () => {
  it('for files, with spaces, accents, % and # in their names, relative to the working folder', () => {
    const dir = tempDir({ 'notes/café 1 #2 100%.md': RISKY, 'plain.txt': RISKY });
    const r = spawnCli(['notes/café 1 #2 100%.md', './plain.txt', '--format', 'sarif'], { cwd: dir });
    expect(r.code).toBe(1);
    const sarif = check(r.stdout);
    expect(uris(sarif)).toEqual([
      { uri: 'notes/caf%C3%A9%201%20%232%20100%25.md', uriBaseId: '%SRCROOT%' },
      { uri: 'plain.txt', uriBaseId: '%SRCROOT%' },
    ]);
    expect(sarif.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`${fileUri(dir)}/`);
  });

  it('for a file outside the working folder: an absolute file: URI', () => {
    const dir = tempDir({ 'a b/ü.txt': RISKY });
    const cwd = tempDir();
    const r = spawnCli([join(dir, 'a b', 'ü.txt'), '--format', 'sarif'], { cwd });
    const sarif = check(r.stdout);
    const [loc] = uris(sarif);
    expect(loc.uriBaseId).toBeUndefined();
    expect(loc.uri).toMatch(/^file:\/\/\/.*\/a%20b\/%C3%BC\.txt$/);
    expect(fileURLToPath(loc.uri)).toBe(join(dir, 'a b', 'ü.txt'));
  });

  it('for --text and for standard input: "text" and "stdin" on HERKENBAAR_INPUT, a base without a location', async () => {
    const text = check((await runCli(['--text', RISKY, '--format', 'sarif'])).stdout);
    expect(uris(text)).toEqual([{ uri: 'text', uriBaseId: 'HERKENBAAR_INPUT' }]);
    expect(text.runs[0]!.originalUriBaseIds['HERKENBAAR_INPUT']!.uri).toBeUndefined();
    const stdin = check(spawnCli(['--format', 'sarif'], { input: RISKY }).stdout);
    expect(uris(stdin)).toEqual([{ uri: 'stdin', uriBaseId: 'HERKENBAAR_INPUT' }]);
  });

  it('names every rule, with help text and a help URI to its doc; results carry the rule id', async () => {
    const sarif = check((await runCli(['--text', `Bel Jan de Vries op 06-12345678. ${RISKY}`, '--format', 'sarif'])).stdout);
    const rules = sarif.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id).sort()).toEqual(['risk', ...RULE_IDS].sort());
    expect(rules.find((r) => r.id === 'place')!.helpUri).toMatch(/\/docs\/rules\/place\.md$/);
    expect(rules.find((r) => r.id === 'risk')!.helpUri).toMatch(/\/docs\/risk-model\.md$/);
    const ids = sarif.runs[0]!.results.map((r) => r.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['phone', 'place', 'age', 'risk']));
    expect(sarif.runs[0]!.results.find((r) => r.ruleId === 'phone')!.level).toBe('error');
  });

  it('--fix reports the suggested rewrite in the SARIF (kinds and replacements, never the text)', async () => {
    const r = await runCli(['--text', RISKY, '--format', 'sarif', '--fix']);
    const sarif = check(r.stdout);
    const risk = sarif.runs[0]!.results.find((x) => x.ruleId === 'risk')!;
    expect(risk.message.text).toMatch(/Suggested rewrite: \d+ changes?, re-checked: (none|low)/);
    const fix = risk.properties!['fix'] as { reached: boolean; changes: Array<{ kind: string; replacement: string }> };
    expect(fix.reached).toBe(true);
    expect(fix.changes.map((c) => c.kind)).toContain('place');
    expect(r.stdout).not.toContain(RISKY);
    expect(r.code).toBe(0);
  });

  it('a harmless text gives a valid run with no results but the rules', async () => {
    const r = await runCli(['--text', 'Wat een mooie dag voor een wandeling.', '--format', 'sarif']);
    const sarif = JSON.parse(r.stdout) as Sarif;
    expect(validate(sarif)).toBe(true);
    expect(sarif.runs[0]!.results).toEqual([]);
  });
});

describe('the validator', () => {
  it('rejects what the report used to give ("<text>" and unencoded paths as URIs) and a driver without a name', async () => {
    const good = JSON.parse((await runCli(['--text', RISKY, '--format', 'sarif'])).stdout);
    expect(validate(good)).toBe(true);
    for (const uri of ['<text>', 'notes/café 1.md']) {
      const bad = structuredClone(good);
      bad.runs[0].results[0].locations[0].physicalLocation.artifactLocation = { uri };
      expect(validate(bad), uri).toBe(false);
    }
    const nameless = structuredClone(good);
    delete nameless.runs[0].tool.driver.name;
    expect(validate(nameless)).toBe(false);
  });
});

describe('artifact locations', () => {
  it('relative paths stay relative (normalized), others become file: URIs, all percent-encoded', () => {
    expect(artifactLocation('a/./b c.md', '/w')).toEqual({ uri: 'a/b%20c.md', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('x:y.md', '/w')).toEqual({ uri: 'x%3Ay.md', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('../up.md', '/w/sub')).toEqual({ uri: 'file:///w/up.md' });
    expect(artifactLocation('/abs/[1].md', '/w')).toEqual({ uri: 'file:///abs/%5B1%5D.md' });
    expect(artifactLocation('<text>', '/w')).toEqual({ uri: 'text', uriBaseId: 'HERKENBAAR_INPUT' });
  });
});
