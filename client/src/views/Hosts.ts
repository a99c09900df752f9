/**
 * Small views that subscribe to the store and redraw themselves: the status line, the server
 * banner, the legend with its filters, and the SDG matrix tab.
 */
import type { Actions } from "@core/app/actions.ts";
import { type AppState, type Explorer, filtersOf } from "@core/app/state.ts";
import { sameItems, watch } from "@core/store/store.ts";
import { clear, h } from "./dom.ts";
import { legend } from "./Legend.ts";
import { matrixTable } from "./MatrixView.ts";

export function mountStatus(host: HTMLElement, x: Explorer): () => void {
  const render = (state: AppState) => {
    clear(host);
    if (state.pending > 0) {
      host.append(h("span", { class: "spinner", "data-testid": "loading" }, "Loading…"));
    } else if (state.flash) {
      host.append(h("span", { class: "error", "data-testid": "status-error" }, state.flash));
    } else if (x.model.nodes.size > 0 && x.canvas.visibleCount() === 0) {
      host.append(
        h(
          "span",
          { "data-testid": "empty" },
          "Every node is filtered out: change the filters in the legend.",
        ),
      );
    } else if (x.model.nodes.size === 0 && state.connection.phase !== "down") {
      host.append(h("span", { "data-testid": "empty" }, "Nothing to show yet."));
    }
  };
  render(x.store.get());
  return x.store.subscribe(render);
}

export function mountBanner(host: HTMLElement, x: Explorer, actions: Actions): () => void {
  return watch(
    x.store,
    (state) => state.connection,
    (connection) => {
      clear(host);
      host.hidden = connection.phase !== "down";
      if (connection.phase !== "down") return;
      host.append(
        h("strong", {}, "Server unavailable. "),
        `${connection.message} Start it with npm start; the explorer reconnects by itself.`,
        " ",
        h("button", { "data-testid": "retry", onclick: () => void actions.retry() }, "Retry now"),
      );
    },
  );
}

export function mountLegend(host: HTMLElement, x: Explorer, actions: Actions): () => void {
  const render = (state: AppState) => {
    clear(host);
    host.append(
      legend(x.model, filtersOf(state.view), {
        toggleNodeType: actions.setNodeTypeVisible,
        toggleEdgeType: actions.setEdgeTypeVisible,
        setShowInferred: actions.setShowInferred,
      }),
    );
  };
  let last: AppState | null = null;
  const onChange = (state: AppState) => {
    const changed =
      !last ||
      state.revision !== last.revision ||
      state.view.hiddenNodeTypes !== last.view.hiddenNodeTypes ||
      state.view.hiddenEdgeTypes !== last.view.hiddenEdgeTypes ||
      state.view.showInferred !== last.view.showInferred;
    last = state;
    if (changed) render(state);
  };
  onChange(x.store.get());
  return x.store.subscribe(onChange);
}

export function mountMatrix(host: HTMLElement, x: Explorer, actions: Actions): () => void {
  return watch(
    x.store,
    (state) => [state.matrix, state.view.language] as const,
    ([matrix, language]) => {
      clear(host);
      switch (matrix.phase) {
        case "idle":
          return;
        case "loading":
          host.append(h("p", { class: "muted", "data-testid": "loading" }, "Loading the matrix…"));
          return;
        case "failed":
          host.append(
            h("p", { class: "error", role: "alert", "data-testid": "matrix-error" }, matrix.message),
            h("button", { onclick: () => void actions.loadMatrix() }, "Retry"),
          );
          return;
        case "ready":
          host.append(
            h("h2", {}, "Objectives × SDGs"),
            matrixTable(
              matrix.matrix,
              language,
              (objectiveId, sdgId) => void actions.traceFrom(objectiveId, sdgId),
            ),
          );
          return;
        default: {
          const unreachable: never = matrix;
          throw new Error(String(unreachable));
        }
      }
    },
    sameItems,
  );
}
