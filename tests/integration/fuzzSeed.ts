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
