/**
 * Loads the data release and its correction log once, at start. The link the explorer was opened
 * with is read before anything is awaited, so the notice compares the release the link was made
 * with, not the one the URL is rewritten to afterwards.
 */
import { api } from "../api/index.ts";
import type { Explorer } from "../app/state.ts";
import { freshness } from "../store/freshness.ts";
import { linkShowsData, noticeFor } from "./utils.ts";

export async function loadRelease(explorer: Explorer): Promise<void> {
  const opened = explorer.store.get().view;
  const link = { release: opened.release, hasView: linkShowsData(opened) };
  // Without the release the explorer works as before: links and exports simply do not record it,
  // so a failure changes nothing. A second load (a retry) leaves only the newer answer.
  await freshness(explorer.store, "release").load(
    (signal) => Promise.all([api.dataRelease(signal), api.corrections({}, signal)]),
    ([current, log]) => {
      if (current === null) return;
      const { view } = explorer.store.get();
      explorer.store.set({
        release: { current, log, notice: noticeFor(link, current, log) },
        // From now on every link records the release it is made with.
        view: { ...view, release: current.version },
      });
    },
  );
}

export function dismissNotice(explorer: Explorer): void {
  const { release } = explorer.store.get();
  if (release.notice !== null) explorer.store.set({ release: { ...release, notice: null } });
}
