/**
 * The load clients in their own process, so that they take no CPU or memory from the app being
 * measured: `node --import tsx bench/loadClients.ts <baseUrl> <clients> <seconds>` runs runLoad
 * over every node id of the seed in force today and prints the LoadResult as JSON on stdout.
 */

import { inForceOn } from "#model/period.ts";
import { SEED_MODULES } from "#seed/modules.ts";
import { runLoad, setLoadIds } from "./load.ts";

const [baseUrl, clients, seconds] = process.argv.slice(2);
if (!baseUrl) throw new Error("usage: loadClients.ts <baseUrl> <clients> <seconds>");
// Only what is in force today: the API answers NOT_FOUND (correctly) for a node that has ended.
const today = new Date().toISOString().slice(0, 10);
const nodes = SEED_MODULES.flatMap((module) => module.nodes).filter((node) =>
  inForceOn(node.validFrom, node.validTo, today),
);
setLoadIds({
  nodes: nodes.map((node) => node.id),
  solutions: nodes.filter((node) => node.label === "Solution").map((node) => node.id),
});
const result = await runLoad(baseUrl, { clients: Number(clients ?? 50), seconds: Number(seconds ?? 60) });
process.stdout.write(`${JSON.stringify(result)}\n`);
