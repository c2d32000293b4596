import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers.js';
import { docx, odfParagraphs, odt, wordParagraphs } from '../sources/office-files.js';
import { gitOk, initRepo } from './git-repo.js';
import { launchers, runCli, spawnCli } from './run-cli.js';

// Case notes written in Word or LibreOffice: read, checked like text, findings located by paragraph.

const tempDir = useTempDirs('herkenbaar-documents-');

// A made-up case note: a title, an empty paragraph, then the details.
const NOTE = ['Casusbespreking', '', 'Gisteren werd een 67-jarige weduwnaar uit Kloetinge opgenomen met de ziekte van Huntington.', 'Hij woont alleen.'];
const HARMLESS = ['Teamoverleg', 'We bespreken de roosters voor de zomer en de nieuwe koffieautomaat.'];

interface Finding { kind: string; line: number; column: number; text: string }
const findings = (stdout: string, i = 0): Finding[] => JSON.parse(stdout).results[i].findings;

describe('.docx and .odt', () => {
  for (const [ext, make] of [['docx', (p: string[]) => docx(wordParagraphs(p))], ['odt', (p: string[]) => odt(odfParagraphs(p))]] as const) {
    it(`a risky case note in a .${ext} exits 1, with findings located by paragraph (line) and place in it (column)`, async () => {
      const dir = tempDir({ [`casus.${ext}`]: make(NOTE), [`overleg.${ext}`]: make(HARMLESS) });
      const r = await runCli([join(dir, `casus.${ext}`), '--format', 'json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      const place = findings(r.stdout).find((f) => f.kind === 'place')!;
      expect(place).toMatchObject({ text: 'Kloetinge', line: 3, column: NOTE[2]!.indexOf('Kloetinge') + 1 });
      expect(findings(r.stdout).map((f) => f.kind)).toEqual(expect.arrayContaining(['age', 'place', 'diagnosis']));
      const stylish = await runCli([join(dir, `casus.${ext}`)]);
      expect(stylish.stdout).toMatch(new RegExp(`casus\\.${ext}\\n[\\s\\S]*  3:\\d+ +place  Kloetinge`));
      expect((await runCli([join(dir, `overleg.${ext}`)])).code).toBe(0);
    });
  }

  it('a folder walk and --staged take documents too', async () => {
    const dir = tempDir({ 'notes/casus.docx': docx(wordParagraphs(NOTE)), 'notes/casus.odt': odt(odfParagraphs(NOTE)), 'notes/foto.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
    const walked = await runCli([join(dir, 'notes'), '--format', 'json']);
    expect(JSON.parse(walked.stdout).results.map((r: { file: string }) => r.file.split('/').pop())).toEqual(['casus.docx', 'casus.odt']);
    expect(walked.code).toBe(1);
    initRepo(dir);
    gitOk(dir, ['add', 'notes/casus.odt']);
    const staged = await runCli(['--staged', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(staged.stdout).results.map((r: { file: string }) => r.file)).toEqual(['notes/casus.odt']);
    expect(staged.code).toBe(1);
  });

  it('another binary file named explicitly is exit 2 with one clear line; the other inputs are still checked', async () => {
    const dir = tempDir({ 'scan.pdf': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0]), 'post.txt': HARMLESS.join('\n') });
    const r = await runCli([join(dir, 'scan.pdf'), join(dir, 'post.txt'), '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^herkenbaar: .*scan\.pdf: not checked: looks like a binary file \(herkenbaar reads text files, \.docx and \.odt\)\n$/);
    expect(JSON.parse(r.stdout).results.map((x: { file: string }) => x.file)).toEqual([join(dir, 'post.txt')]);
  });

  it('a .docx that is not one (an old .doc renamed, a text file) is exit 2 saying why', async () => {
    const dir = tempDir({ 'oud.docx': 'Dit is gewoon tekst.' });
    const r = await runCli([join(dir, 'oud.docx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/oud\.docx: not a Word document \(\.docx\): it is not a zip file/);
  });

  it('--fix --write refuses to write a document back, says so, and leaves it as it was; --fix prints the rewritten text', async () => {
    const bytes = docx(wordParagraphs(NOTE));
    const dir = tempDir({ 'casus.docx': bytes });
    const file = join(dir, 'casus.docx');
    const w = await runCli([file, '--fix', '--write']);
    expect(w.code).toBe(1);
    expect(w.stderr).toMatch(/casus\.docx: not written: herkenbaar does not write documents back/);
    expect(Buffer.compare(readFileSync(file), Buffer.from(bytes))).toBe(0);
    const printed = await runCli([file, '--fix']);
    expect(printed.stdout).toMatch(/^Casusbespreking\n\n/);
    expect(printed.stdout).not.toMatch(/Kloetinge/);
    const interactive = await runCli([file, '--fix', '--interactive'], { stdoutIsTTY: true, stdinIsTTY: true, terminal: async () => { throw new Error('no terminal in this test'); } });
    expect(interactive.code).toBe(2);
    expect(interactive.stderr).toMatch(/--interactive cannot write a document back/);
  });

  it('as a separate process, SARIF for a document validates its URI and lines', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'café note.odt'), odt(odfParagraphs(NOTE)));
    const r = spawnCli(['café note.odt', '--format', 'sarif'], { cwd: dir });
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout).runs[0].results;
    expect(results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'caf%C3%A9%20note.odt', uriBaseId: '%SRCROOT%' });
    expect(results.find((x: { ruleId: string }) => x.ruleId === 'place').locations[0].physicalLocation.region.startLine).toBe(3);
  });
});

for (const launcher of launchers()) {
  describe.skipIf(launcher.skip !== undefined)(`documents in a separate process (${launcher.name}${launcher.skip ? `; skipped: ${launcher.skip}` : ''})`, () => {
    it('a .docx and an .odt with a risky case note exit 1, located by paragraph', () => {
      const dir = tempDir({ 'casus.docx': docx(wordParagraphs(NOTE)), 'casus.odt': odt(odfParagraphs(NOTE)) });
      const r = spawnCli(['casus.docx', 'casus.odt', '--format', 'json'], { cwd: dir, launcher });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      for (const i of [0, 1]) expect(findings(r.stdout, i).find((f) => f.kind === 'place')).toMatchObject({ line: 3 });
    });
  });
}
