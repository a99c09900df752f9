export { loadSuccession, successionOf } from "./actions.ts";
export { syncSuccession } from "./effects.ts";
export { phraseText, type SuccessionPhrase, successionPhrases } from "./phrase.ts";
export * from "./types.ts";
