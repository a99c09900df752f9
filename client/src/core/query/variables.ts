/** The variables pane's text, checked before a query is sent: GraphQL wants one JSON object. */

export type ParsedVariables =
  | { readonly ok: true; readonly value: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly message: string };

/** An empty pane means no variables; anything else must be a JSON object. */
export function parseVariables(text: string): ParsedVariables {
  if (text.trim() === "") return { ok: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { ok: false, message: 'Variables must be a JSON object, like {"id": "helsedirektoratet"}.' };
  return { ok: true, value: Object.fromEntries(Object.entries(value)) };
}
