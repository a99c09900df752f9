/** Every seed module, in load order (order does not matter for validity: ids are global). */
import type { SeedModule } from "./model.ts";

export const SEED_MODULES: readonly SeedModule[] = [];
