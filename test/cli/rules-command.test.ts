import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/core/rule-ids.js';
import { runCli } from './run-cli.js';

describe('herkenbaar rules', () => {
  it('lists every rule with its kinds, languages and doc as JSON', async () => {
    const r = await runCli(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const { schemaVersion, rules } = JSON.parse(r.stdout) as { schemaVersion: number; rules: Array<{ id: string; kinds: string[]; languages: string[]; description: string; docs: string }> };
    expect(schemaVersion).toBe(1);
    expect(rules.map((x) => x.id).sort()).toEqual([...RULE_IDS].sort());
    for (const rule of rules) {
      expect(rule.kinds.length).toBeGreaterThan(0);
      expect(rule.languages).toEqual(expect.arrayContaining(['nl']));
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.docs).toBe(`docs/rules/${rule.id}.md`);
    }
    expect(rules.find((x) => x.id === 'pseudonym')!.kinds).toEqual(['name']);
  });

  it('lists them as text by default, one id per block', async () => {
    const r = await runCli(['rules']);
    expect(r.code).toBe(0);
    for (const id of RULE_IDS) expect(r.stdout).toMatch(new RegExp(`^${id}\\s`, 'm'));
    expect(r.stdout).toContain('docs/rules/national-id.md');
  });

  it('rejects an unknown format with exit 2', async () => {
    const r = await runCli(['rules', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/xml/);
  });
});
