/**
 * The data release: a version and a date for the graph's content as a whole, so that a citation, an
 * export or a shared link can say which data it was made from. A new release is cut whenever the
 * data changes; every change to a fact made after a release is recorded in seed/corrections/.
 */
export interface DataRelease {
  /** Calendar version: the year and month of the release, and a number within the month. */
  readonly version: string;
  /** The day the release was cut (ISO 8601). */
  readonly date: string;
}

/** Every release, oldest first. The last is the data the seed holds now. */
export const DATA_RELEASES: readonly DataRelease[] = [
  // The data as it stood before releases were recorded: links made before then carry no release.
  { version: "2026.11.0", date: "2026-11-30" },
  { version: "2026.12.1", date: "2026-12-05" },
];

export const DATA_RELEASE: DataRelease = DATA_RELEASES[DATA_RELEASES.length - 1] as DataRelease;
