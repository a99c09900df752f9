/** Pure rules of releases and corrections, shared by the notice, the panels and the exports. */
import { DEFAULT_STATE, type ViewState } from "../url-state/types.ts";
import { encodeState } from "../url-state/utils.ts";
import type { Correction, DataRelease, ReleaseNotice } from "./types.ts";

/**
 * The corrections a reader of release `since` has not seen: those first carried by a later
 * release. `since` null (a link made before releases were recorded) or unknown: all of them.
 */
export function correctionsSince(
  log: readonly Correction[],
  releases: readonly string[],
  since: string | null,
): Correction[] {
  const seen = since === null ? -1 : releases.indexOf(since);
  return log.filter((correction) => releases.indexOf(correction.release) > seen);
}

/** One fact's corrections, oldest first. */
export function correctionsOf(log: readonly Correction[], item: string): Correction[] {
  return log.filter((correction) => correction.item === item);
}

/**
 * Whether an opened link shows any of the graph's data (nodes, a trace, a date, a query …). The
 * interface's language and tab say nothing of the data: `?lang=no&v=query`, typed by hand, is a
 * plain visit, not a link made before releases were recorded.
 */
export function linkShowsData(opened: ViewState): boolean {
  return (
    encodeState({ ...opened, release: null, language: DEFAULT_STATE.language, tab: DEFAULT_STATE.tab }) !== ""
  );
}

/**
 * What a link opened now must be told: nothing for a plain visit (no view in the link) or a link
 * made with the current release; otherwise the corrections that came since it was made.
 */
export function noticeFor(
  link: { readonly release: string | null; readonly hasView: boolean },
  current: DataRelease,
  log: readonly Correction[],
): ReleaseNotice | null {
  if (!link.hasView || link.release === current.version) return null;
  const corrections = correctionsSince(log, current.releases, link.release);
  return corrections.length === 0 ? null : { since: link.release, corrections };
}
