/**
 * Small closed word lists about the words next to a person's name, shared by the name detector
 * (src/detectors/name.ts: evidence that a name follows) and the fixes (src/fixes/ladders.ts: how the
 * name can go). Each user adds the few words only it needs, named where it uses them.
 */

/** Kin words used as a title before a first name ("Opa Teun", "Auntie Jo"): part of the name's span. */
export const KIN_TITLES: readonly string[] = ['opa', 'oma', 'tante', 'oom', 'nonkel', 'auntie', 'uncle', 'grandma', 'grandpa', 'nan', 'granny'];

/** Salutations, thanks and sign-offs right before a name ("hoi Sanne", "groetjes Els", "thanks Tom"). */
export const GREETINGS: readonly string[] = [
  'hoi', 'hey', 'hé', 'hallo', 'dag', 'beste', 'lieve', 'hi', 'hello', 'dear', 'hiya', 'yo', 'dank', 'bedankt', 'thanks', 'welkom',
  'groetjes', 'groet', 'groeten', 'cheers', 'regards', 'love', 'liefs',
];

/** Kin and role nouns right before a name ("zijn dochter Sanne", "her husband Tom", "cliënt Els"). */
export const ROLES_BEFORE_NAME: readonly string[] = [
  'zoon', 'dochter', 'zus', 'zusje', 'broer', 'broertje', 'moeder', 'vader', 'man', 'vrouw', 'echtgenoot', 'echtgenote', 'partner',
  'vriend', 'vriendin', 'kleinzoon', 'kleindochter', 'neef', 'nicht', 'collega', 'cliënt', 'cliënte', 'client', 'patiënt', 'patiënte',
  'bewoner', 'bewoonster', 'son', 'daughter', 'brother', 'husband', 'wife', 'mum', 'mom', 'dad', 'friend', 'colleague', 'patient',
  'resident', 'pupil', 'leerling', 'baby', 'mentor', 'begeleider', 'buurman', 'buurvrouw', 'neighbour', 'neighbor',
];
