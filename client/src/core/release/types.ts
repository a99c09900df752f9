/** The data release the explorer shows, its correction log, and the notice an older link gets. */
import type { CorrectionsQuery, DataReleaseQuery } from "@generated/graphql.ts";

export type DataRelease = NonNullable<DataReleaseQuery["dataRelease"]>;
export type Correction = CorrectionsQuery["corrections"][number];

/** What an older shared link is told: the corrections made since the release it was made with. */
export interface ReleaseNotice {
  /** The link's release, or null for a link made before releases were recorded. */
  readonly since: string | null;
  readonly corrections: readonly Correction[];
}

export interface ReleaseState {
  /** The release the server's data is; null until loaded (or when it records none). */
  readonly current: DataRelease | null;
  /** Every correction, oldest first: small enough to load once and filter per fact. */
  readonly log: readonly Correction[];
  readonly notice: ReleaseNotice | null;
}

export const INITIAL_RELEASE: ReleaseState = { current: null, log: [], notice: null };
