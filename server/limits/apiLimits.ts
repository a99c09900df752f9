/** Limits chosen so that the explorer's own queries pass and abusive ones fail by name. */
export const LIMITS = {
  bodyBytes: 100 * 1024,
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 3000,
  // Fields an answer can hold, multiplied along nested lists (server/limits/queryCost.ts): about
  // 3.5 times the explorer's largest document (Restore, 566,011), so two levels of generated
  // lists at their default page pass and three do not.
  maxCost: 2_000_000,
  maxDirectives: 20,
  documentStoreBytes: 16 * 1024 * 1024,
} as const;
