import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { createDetectors } from '../../src/detectors/registry.js';
import { loadLexicon } from '../../src/lexicon/load.js';

const lexicon = loadLexicon();
const TEXT = 'Mevrouw Jansen (45) uit Kloetinge belde 06-12345678.';

describe('registry', () => {
  it('builds one detector per rule, each under its rule id', () => {
    const ids = createDetectors(lexicon).map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('pseudonym');
  });

  it('switches a rule off by id: its findings are gone, the others stay', () => {
    const all = checkText(TEXT, 't', createDetectors(lexicon), { lang: 'nl' }).findings.map((f) => f.rule);
    expect(all).toEqual(expect.arrayContaining(['age', 'place', 'name']));
    const without = checkText(TEXT, 't', createDetectors(lexicon, new Set(['age'])), { lang: 'nl' }).findings.map((f) => f.rule);
    expect(without).not.toContain('age');
    expect(without).toEqual(expect.arrayContaining(['place', 'name']));
  });
});
