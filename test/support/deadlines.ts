/**
 * How long a refusal of hostile input may take in a unit test. Generous on purpose: the tests run
 * in parallel on small CI machines, and what they guard against (entity or reference expansion,
 * parsing a huge file) takes minutes, not seconds. The real speed budgets live in `npm run bench`.
 */
export const HOSTILE_INPUT_DEADLINE_MS = 2000;
