/**
 * Small views that subscribe to the store and redraw themselves: the status line, the server
 * banner, the legend with its filters, and the SDG matrix tab.
 */
import type { Actions } from "@core/app/actions.ts";
import { type AppState, type Explorer, filtersOf } from "@core/app/state.ts";
import { t } from "@core/i18n/index.ts";
import { sameItems, watch } from "@core/store/store.ts";
import { clear, h } from "./dom.ts";
import { legend } from "./Legend.ts";
import { matrixTable } from "./MatrixView.ts";

export function mountStatus(host: HTMLElement, explorer: Explorer): () => void {
  const render = (state: AppState) => {
    clear(host);
    const { language } = state.view;
    if (state.pending > 0) {
      host.append(h("span", { class: "spinner", "data-testid": "loading" }, t(language, "status.loading")));
    } else if (state.flash) {
      host.append(h("span", { class: "error", "data-testid": "status-error" }, state.flash));
    } else if (explorer.model.nodes.size > 0 && explorer.canvas.visibleCount() === 0) {
      host.append(h("span", { "data-testid": "empty" }, t(language, "status.allFiltered")));
    } else if (explorer.model.nodes.size === 0 && state.connection.phase !== "down") {
      host.append(h("span", { "data-testid": "empty" }, t(language, "status.empty")));
    }
  };
  render(explorer.store.get());
  return explorer.store.subscribe(render);
}

export function mountBanner(host: HTMLElement, explorer: Explorer, actions: Actions): () => void {
  return watch(
    explorer.store,
    (state) => [state.connection, state.view.language] as const,
    ([connection, language]) => {
      clear(host);
      host.hidden = connection.phase !== "down";
      if (connection.phase !== "down") return;
      host.append(
        h("strong", {}, `${t(language, "banner.title")} `),
        `${connection.message} ${t(language, "banner.hint")}`,
        " ",
        h(
          "button",
          { "data-testid": "retry", onclick: () => void actions.retry() },
          t(language, "banner.retry"),
        ),
      );
    },
    sameItems,
  );
}

export function mountLegend(host: HTMLElement, explorer: Explorer, actions: Actions): () => void {
  const render = (state: AppState) => {
    clear(host);
    host.append(
      legend(explorer.model, filtersOf(state.view), state.view.language, {
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
      state.view.showInferred !== last.view.showInferred ||
      state.view.language !== last.view.language;
    last = state;
    if (changed) render(state);
  };
  onChange(explorer.store.get());
  return explorer.store.subscribe(onChange);
}

export function mountMatrix(host: HTMLElement, explorer: Explorer, actions: Actions): () => void {
  return watch(
    explorer.store,
    (state) => [state.matrix, state.view.language] as const,
    ([matrix, language]) => {
      clear(host);
      switch (matrix.phase) {
        case "idle":
          return;
        case "loading":
          host.append(h("p", { class: "muted", "data-testid": "loading" }, t(language, "matrix.loading")));
          return;
        case "failed":
          host.append(
            h("p", { class: "error", role: "alert", "data-testid": "matrix-error" }, matrix.message),
            h("button", { onclick: () => void actions.loadMatrix() }, t(language, "matrix.retry")),
          );
          return;
        case "ready":
          host.append(
            h("h2", {}, t(language, "matrix.title")),
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
