/** The details panel host: redraws the node, edge or trace panel when what it shows changes. */
import type { Actions } from "@core/app/actions.ts";
import type { AppState, Explorer } from "@core/app/state.ts";
import { type GraphNode, labelOf } from "@core/graph/index.ts";
import { t } from "@core/i18n/index.ts";
import { edgeToShow, isRelationshipId, knownEdge } from "@core/relationship/index.ts";
import { correctionsOf } from "@core/release/index.ts";
import { openInForce } from "@core/search/index.ts";
import { sameItems, watch } from "@core/store/store.ts";
import { successionOf } from "@core/succession/index.ts";
import { clear, h } from "./dom.ts";
import { citeDocuments } from "./panel/parts.ts";
import { pathPanel } from "./path/PathPanel.ts";
import { correctionItem } from "./ReleaseViews.ts";
import { edgePanel, nodePanel, type PanelActions } from "./SidePanel.ts";
import { evidencePanel } from "./trace/EvidencePanel.ts";

export function mountPanel(host: HTMLElement, explorer: Explorer, actions: Actions): () => void {
  const { model } = explorer;
  const nameOf =
    (state: AppState) =>
    (id: string): string => {
      let node: GraphNode | undefined = model.nodes.get(id);
      for (const subgraph of state.neighbourhoods.values()) {
        if (node) break;
        node = subgraph.nodes.find((n) => n.id === id);
      }
      return node ? labelOf(node, state.view.language) : id;
    };
  const panelActions: PanelActions = {
    select: (id) => {
      // A relationship opens by its id from the API, wherever its ends are drawn.
      if (isRelationshipId(id)) void actions.openEvidence(id);
      else if (model.nodes.has(id)) actions.select(id);
      else void actions.show(id);
    },
    show: (id) => void actions.show(id),
    expand: (id, types) => void actions.expand(id, types),
    collapse: (id) => actions.collapse(id),
    trace: (id) => void actions.traceFrom(id),
    clearTrace: () => actions.clearTrace(),
    close: () => actions.select(null),
    pathFrom: (id) => void actions.pathFrom(id),
    pathTo: (id) => void actions.pathTo(id),
    openInForce: (node) => void openInForce(actions, node, explorer.store.get().view.asOf),
  };
  const render = (state: AppState) => {
    clear(host);
    const { view } = state;
    const parts: HTMLElement[] = [];
    const id = view.selected;
    if (id) {
      const node = model.nodes.get(id);
      const edge = node
        ? undefined
        : (edgeToShow(
            id,
            knownEdge(id, { model, neighbourhoods: state.neighbourhoods, trace: state.trace }),
            state.evidence,
          ) ?? undefined);
      if (node) {
        parts.push(
          nodePanel(
            {
              node,
              language: view.language,
              neighbourhood: state.neighbourhoods.get(id) ?? null,
              expanded: model.expansions.has(id),
              nameOf: nameOf(state),
              succession: successionOf(state.succession, id),
            },
            panelActions,
          ),
        );
      } else if (edge) {
        parts.push(edgePanel(edge, nameOf(state), panelActions, view.language));
      } else if (state.evidence.phase === "failed" && state.evidence.id === id) {
        parts.push(
          h(
            "div",
            { class: "panel-body" },
            h("p", { class: "error", role: "alert" }, state.evidence.message),
          ),
        );
      }
      const corrections = correctionsOf(state.release.log, id);
      const panel = parts.at(-1);
      if ((node || edge) && panel && corrections.length > 0) {
        panel.append(
          h("h3", {}, t(view.language, "panel.corrections")),
          h(
            "ul",
            { class: "corrections", "data-testid": "panel-corrections" },
            corrections.map((correction) => correctionItem(correction, view.language)),
          ),
        );
      }
    }
    if (state.trace && view.trace) {
      parts.unshift(
        evidencePanel(
          {
            trace: state.trace,
            sdgId: view.traceSdg,
            language: view.language,
            statedOnly: view.statedOnly,
            through: state.through,
            nameOf: nameOf(state),
          },
          { ...panelActions, setStatedOnly: actions.setStatedOnly },
        ),
      );
    }
    if (state.path.phase !== "idle") {
      const pathActions = { select: panelActions.select, clearPath: () => actions.clearPath() };
      parts.unshift(
        pathPanel({ path: state.path, language: view.language, nameOf: nameOf(state) }, pathActions),
      );
    }
    host.append(...parts);
    citeDocuments(host, state.sourceDocuments);
    // Only the graph's panels: a sheet left open must not cover the Matrix or Query tab.
    host.hidden = parts.length === 0 || view.tab !== "graph";
  };
  return watch(
    explorer.store,
    (state) => [
      state.view.selected,
      state.view.language,
      state.view.trace,
      state.view.traceSdg,
      state.trace,
      state.neighbourhoods,
      state.revision,
      state.view.statedOnly,
      state.through,
      state.view.tab,
      state.sourceDocuments,
      state.path,
      state.release.log,
      state.evidence,
      state.succession,
    ],
    (_, state) => render(state),
    sameItems,
  );
}
