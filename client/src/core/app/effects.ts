/**
 * Effects: keep the outside world in step with the store. The address follows the view state;
 * the server's health is polled; reconnecting rebuilds an empty graph and drops cached
 * neighbourhoods (the server may hold new data after a restart).
 */
import { onReachability } from "../api/index.ts";
import { t } from "../i18n/index.ts";
import { isNewStep, readUrlState, writeUrlState } from "../url-state/index.ts";
import { StepGate } from "../url-state/steps.ts";
import { updateView } from "./commit.ts";
import { restore } from "./restore.ts";
import type { Explorer } from "./state.ts";
import { checkHealth, setConnection } from "./viewActions.ts";

const HEALTH_POLL_MS = 5000;

/**
 * The address follows the view state; once the first view is up, each user step is a history
 * entry, one per action (StepGate). Back/Forward (popstate) read the address and rebuild that picture.
 */
export function syncUrl(explorer: Explorer): () => void {
  let replaying = false;
  const steps = new StepGate(document);
  const stop = explorer.store.subscribe((state, previous) => {
    if (state.view === previous.view) return;
    const step = state.ready && !replaying && isNewStep(state.view, previous.view);
    writeUrlState(state.view, step && steps.takeStep());
  });
  const onPopState = () => {
    steps.disarm();
    replaying = true;
    updateView(explorer, readUrlState());
    void restore(explorer).finally(() => {
      replaying = false;
    });
  };
  window.addEventListener("popstate", onPopState);
  return () => {
    stop();
    window.removeEventListener("popstate", onPopState);
  };
}

export function watchHealth(explorer: Explorer): () => void {
  const stopListening = onReachability((reachable) => {
    const phase = explorer.store.get().connection.phase;
    if (reachable && phase !== "up") setConnection(explorer, { phase: "up" });
    if (!reachable)
      setConnection(explorer, {
        phase: "down",
        message: t(explorer.store.get().view.language, "connection.unreachable"),
      });
  });
  const reconnect = explorer.store.subscribe((state, previous) => {
    if (previous.connection.phase !== "down" || state.connection.phase !== "up") return;
    explorer.store.set({ neighbourhoods: new Map() });
    if (explorer.model.nodes.size === 0 && explorer.store.get().ready) void restore(explorer);
  });
  const timer = setInterval(() => void checkHealth(explorer), HEALTH_POLL_MS);
  return () => {
    stopListening();
    reconnect();
    clearInterval(timer);
  };
}
