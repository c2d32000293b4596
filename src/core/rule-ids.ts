/**
 * Every rule's id: the JSON `rule` field, `herkenbaar rules`, and the name a config uses to switch a
 * rule off. Adding a rule means adding its id here, its module in src/detectors/, its doc in
 * docs/rules/<id>.md and its test in test/rules/<id>.test.ts.
 */
export const RULE_IDS = [
  'email', 'url', 'handle', 'phone', 'national-id', 'iban', 'postcode', 'address', 'license-plate', 'record-id',
  'name', 'pseudonym',
  'date', 'age', 'gender', 'place', 'street', 'institution', 'diagnosis', 'profession', 'nationality', 'family', 'kinship', 'event', 'unusual', 'amount',
  'compound', 'rarity', 'uniqueness', 'public-event', 'marks', 'routine',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

const ids = new Set<string>(RULE_IDS);
export const isRuleId = (s: string): s is RuleId => ids.has(s);
