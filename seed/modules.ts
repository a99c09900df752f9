/** Every seed module. Ids are global across modules, so the order does not matter. */

import type { SeedModule } from "#model/model.ts";
import { withAnchors } from "./anchors.ts";
import arenas from "./arenas.ts";
import cancer from "./cancer.ts";
import country from "./country.ts";
import definitions from "./definitions.ts";
import { withDescriptionsNo } from "./descriptionsNo.ts";
import documents from "./documents.ts";
import europe from "./europe.ts";
import governmentGoals from "./governmentGoals.ts";
import objectives from "./objectives.ts";
import organisations from "./organisations.ts";
import people from "./people.ts";
import { withReasonsNo } from "./reasonsNo.ts";
import sdgs from "./sdgs.ts";
import solutions from "./solutions.ts";
import strategy from "./strategy.ts";

/**
 * A module with its nodes' Norwegian descriptions (seed/descriptionsNo.ts) and its relationships'
 * Norwegian reasons (seed/reasonsNo.ts) attached: the one place that knows what the maps add, for
 * SEED_MODULES and for a test that validates a few modules on their own.
 */
export function withNorwegianTexts(seedModule: SeedModule): SeedModule {
  return withReasonsNo(withDescriptionsNo(seedModule));
}

/**
 * Every seed module with its Norwegian texts, before the anchors are attached: what the anchors
 * tool (tools/anchorsCli.ts) matches the anchor files against.
 */
export const UNANCHORED_MODULES: readonly SeedModule[] = [
  country,
  organisations,
  people,
  solutions,
  documents,
  europe,
  definitions,
  governmentGoals,
  cancer,
  strategy,
  objectives,
  sdgs,
  arenas,
].map(withNorwegianTexts);

/** Every seed module, with its Norwegian texts and its citations' anchors attached. */
export const SEED_MODULES: readonly SeedModule[] = UNANCHORED_MODULES.map((seedModule) =>
  withAnchors(seedModule),
);
