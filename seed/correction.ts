/**
 * The correction shape (model/correction.ts) bound to the releases the seed holds: a correction
 * that names a release that was never cut is refused.
 */
import { type Correction, correctionSchemaFor } from "#model/correction.ts";
import { DATA_RELEASES } from "./release.ts";

const releaseVersions = DATA_RELEASES.map((release) => release.version) as [string, ...string[]];

export const correctionSchema = correctionSchemaFor(releaseVersions);
export type { Correction };
