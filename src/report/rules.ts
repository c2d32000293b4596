import type { RuleMeta } from '../detectors/types.js';

/** `herkenbaar rules --format json`: every rule's metadata, versioned like the report. */
export function rulesJson(rules: readonly RuleMeta[]): string {
  return JSON.stringify({ schemaVersion: 1, rules: rules.map(({ id, kinds, languages, description, docs }) => ({ id, kinds, languages, description, docs })) }, null, 2) + '\n';
}

/** `herkenbaar rules`: one block per rule, ids aligned, the doc's path last. */
export function rulesText(rules: readonly RuleMeta[]): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => `${r.id.padEnd(width)}  ${r.description}\n${' '.repeat(width)}  kinds: ${r.kinds.join(', ')} · languages: ${r.languages.join(', ')} · ${r.docs}`);
  return `${lines.join('\n')}\n`;
}
