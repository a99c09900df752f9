/** The details panel: a node or an edge, with evidence (the trace has views/trace/EvidencePanel.ts). */
import {
  displayProperties,
  type GraphEdge,
  type GraphNode,
  humanise,
  isInferredAddition,
  type Language,
  labelOf,
  relationshipsByType,
  type Subgraph,
} from "@core/graph/index.ts";
import { t } from "@core/i18n/index.ts";
import { h } from "./dom.ts";
import { descriptionParagraph, header, sourcesList, typeBadge } from "./panel/parts.ts";

export interface PanelActions {
  select(id: string): void;
  show(id: string): void;
  expand(id: string, types: readonly string[] | null): void;
  collapse(id: string): void;
  trace(id: string): void;
  clearTrace(): void;
  close(): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
}

export interface NodePanelProps {
  readonly node: GraphNode;
  readonly language: Language;
  /** The node's whole neighbourhood (from the server), or null while it loads. */
  readonly neighbourhood: Subgraph | null;
  readonly expanded: boolean;
  readonly nameOf: (id: string) => string;
}

export function nodePanel(props: NodePanelProps, actions: PanelActions): HTMLElement {
  const { node, language, neighbourhood } = props;
  const other = language === "no" ? node.name : node.nameNo;
  const properties = displayProperties(node.properties);
  const groups = neighbourhood ? relationshipsByType(node.id, neighbourhood.edges) : null;
  const names = new Map((neighbourhood?.nodes ?? []).map((n) => [n.id, labelOf(n, language)]));

  const expandMenu = h(
    "details",
    { class: "expand-menu", "data-testid": "expand-menu" },
    h("summary", { "aria-label": "Expand only some relationship types" }, "Expand only…"),
    groups
      ? h(
          "form",
          {
            onsubmit: (event: Event) => {
              event.preventDefault();
              const form = event.currentTarget as HTMLFormElement;
              const types = [...form.querySelectorAll<HTMLInputElement>("input:checked")].map(
                (input) => input.value,
              );
              if (types.length) actions.expand(node.id, types);
            },
          },
          [...groups].map(([type, list]) =>
            h(
              "label",
              { class: "check" },
              h("input", { type: "checkbox", value: type, "data-testid": `expand-type-${type}` }),
              ` ${humanise(type)} (${list.length})`,
            ),
          ),
          h("button", { type: "submit", "data-testid": "expand-types" }, "Expand chosen types"),
        )
      : h("p", { class: "muted" }, "Loading relationships…"),
  );

  return h(
    "div",
    { class: "panel-body", "data-testid": "node-panel", "data-id": node.id },
    header(labelOf(node, language), () => actions.close()),
    h(
      "p",
      {},
      typeBadge(node.type),
      other ? h("span", { class: "other-name", "data-testid": "other-name" }, ` ${other}`) : null,
    ),
    language === "no" && node.nameNo
      ? h("p", { class: "muted", "data-testid": "english-name" }, `English: ${node.name}`)
      : null,
    language === "en" ? h("p", { class: "sr-only", "data-testid": "english-name" }, node.name) : null,
    descriptionParagraph(node, language),
    isInferredAddition(node.properties)
      ? h(
          "p",
          { class: "muted", "data-testid": "inferred-addition" },
          "Added by inference from a public source.",
        )
      : null,
    node.aliases.length ? h("p", { class: "muted" }, `Also known as: ${node.aliases.join(", ")}`) : null,
    properties.length
      ? h(
          "table",
          { class: "properties", "data-testid": "properties" },
          h("caption", {}, "Facts and figures"),
          properties.map(([key, value]) => h("tr", {}, h("th", { scope: "row" }, key), h("td", {}, value))),
        )
      : null,
    h(
      "div",
      { class: "actions" },
      props.expanded
        ? h("button", { "data-testid": "collapse", onclick: () => actions.collapse(node.id) }, "Collapse")
        : h(
            "button",
            { "data-testid": "expand", onclick: () => actions.expand(node.id, null) },
            "Expand neighbours",
          ),
      h("button", { "data-testid": "trace", onclick: () => actions.trace(node.id) }, "Trace to SDGs"),
      h(
        "button",
        { "data-testid": "path-from", onclick: () => actions.pathFrom(node.id) },
        t(language, "path.from"),
      ),
      h(
        "button",
        { "data-testid": "path-to", onclick: () => actions.pathTo(node.id) },
        t(language, "path.to"),
      ),
    ),
    expandMenu,
    h("h3", {}, "Relationships"),
    groups === null
      ? h("p", { class: "muted", "data-testid": "relationships-loading" }, "Loading…")
      : groups.size === 0
        ? h("p", { class: "muted" }, "No relationships.")
        : h(
            "div",
            { class: "relationships", "data-testid": "relationships" },
            [...groups].map(([type, list]) =>
              h(
                "section",
                {},
                h("h4", {}, humanise(type)),
                h(
                  "ul",
                  {},
                  list.map(({ edge, otherId, outgoing }) =>
                    h(
                      "li",
                      {},
                      h("span", { class: "direction", "aria-hidden": "true" }, outgoing ? "→ " : "← "),
                      h(
                        "button",
                        {
                          class: "link",
                          "aria-label": `${outgoing ? "to" : "from"} ${names.get(otherId) ?? props.nameOf(otherId)}`,
                          onclick: () => actions.show(otherId),
                        },
                        names.get(otherId) ?? props.nameOf(otherId),
                      ),
                      edge.basis === "inferred" ? h("span", { class: "tag" }, " inferred") : null,
                      edge.conflict
                        ? h("span", { class: "tag conflict", title: edge.conflict }, " ⚠ conflict")
                        : null,
                      " ",
                      h(
                        "button",
                        {
                          class: "link small",
                          "aria-label": `Details of this ${humanise(type)} link`,
                          onclick: () => actions.select(edge.id),
                        },
                        "evidence",
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
    h("h3", {}, "Sources"),
    sourcesList(node.sources),
  );
}

export function edgePanel(
  edge: GraphEdge,
  nameOf: (id: string) => string,
  actions: PanelActions,
): HTMLElement {
  const row = (label: string, value: string | null | undefined, testid?: string) =>
    value
      ? h("tr", {}, h("th", { scope: "row" }, label), h("td", testid ? { "data-testid": testid } : {}, value))
      : null;
  return h(
    "div",
    { class: "panel-body", "data-testid": "edge-panel", "data-id": edge.id },
    header(humanise(edge.type), () => actions.close()),
    h(
      "p",
      {},
      h("button", { class: "link", onclick: () => actions.select(edge.source) }, nameOf(edge.source)),
      ` —${humanise(edge.type)}→ `,
      h("button", { class: "link", onclick: () => actions.select(edge.target) }, nameOf(edge.target)),
    ),
    edge.conflict
      ? h("p", { class: "conflict-box", "data-testid": "edge-conflict" }, `⚠ ${edge.conflict}`)
      : null,
    h(
      "table",
      { class: "properties" },
      row("Type", edge.type),
      row("Basis", edge.basis, "edge-basis"),
      row("Strength", edge.strength),
      row("Reason", edge.reason),
      ...Object.entries(edge.properties).map(([key, value]) => row(key, String(value))),
    ),
    h("h3", {}, "Sources"),
    sourcesList(edge.sources),
  );
}
