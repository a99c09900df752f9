/**
 * `window.__explorer` for the end-to-end tests: the cytoscape instance and the state. Only a test
 * build (vite --mode test) has it: `import.meta.env.MODE` is replaced at build time, so in a
 * production build the branch and its name are dropped (tests/e2e/bundle.spec.ts checks this).
 */
import type { Explorer } from "@core/app/state.ts";
import type { GraphView } from "./GraphView.ts";

export function installTestHook(explorer: Explorer, graph: GraphView): void {
  if (import.meta.env.MODE !== "test") return;
  const hook = {
    cy: graph.cy,
    state: () => explorer.store.get().view,
    get ready() {
      return explorer.store.get().ready;
    },
  };
  Object.defineProperty(window, "__explorer", { value: hook, configurable: true });
}
