/**
 * A saved statement as it is sent: the .cypher file with its fragments (`@inForce(x)`,
 * cypher/inForce.ts) expanded. Cached, like the file itself, since the text never changes while
 * the server runs.
 */
import { cypherFile } from "./cypherFile.ts";
import { composeCypher } from "./inForce.ts";

const cache = new Map<string, string>();

/** `name` as for cypherFile: relative to cypher/, without the extension. */
export function composedCypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = composeCypher(cypherFile(name));
    cache.set(name, text);
  }
  return text;
}
