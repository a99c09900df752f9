/**
 * The fuzzers' random seed: the same every run unless FUZZ_SEED says otherwise, so a red run
 * replays exactly (`FUZZ_SEED=<n> npx vitest run <file>`), and a new seed is a deliberate choice.
 */
const DEFAULT_SEED = 20_261_124;

export function fuzzSeed(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.FUZZ_SEED;
  if (raw === undefined || raw === "") return DEFAULT_SEED;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, got "${raw}"`);
  return seed;
}

/**
 * Requests of the schema fuzzer per run inside `npm test` (about a minute on a busy machine: most
 * reach Neo4j with a query shape it has never planned); `npm run bench` sends 20,000
 * (bench/bounds.ts). SCHEMA_FUZZ_REQUESTS=<n> sends another number.
 */
export function schemaFuzzRequests(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SCHEMA_FUZZ_REQUESTS;
  if (raw === undefined || raw === "") return 300;
  const count = Number(raw);
  if (!Number.isSafeInteger(count) || count < 1)
    throw new Error(`SCHEMA_FUZZ_REQUESTS must be a positive integer, got "${raw}"`);
  return count;
}
