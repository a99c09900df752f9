/** The details panel: a node or an edge, with evidence (the trace has views/trace/EvidencePanel.ts). */
import {
  displayProperties,
  type GraphEdge,
  type GraphNode,
  isInferredAddition,
  type Language,
  labelOf,
  langOf,
  reasonOf,
  relationshipsByType,
  type Subgraph,
} from "@core/graph/index.ts";
import { isMessageKey, type MessageKey, t, tf } from "@core/i18n/index.ts";
import { relationName } from "@core/i18n/vocabulary.ts";
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
  const say = (key: MessageKey) => t(language, key);
  const relation = (type: string) => relationName(type, language);
  const properties = displayProperties(node.properties, language);
  const groups = neighbourhood ? relationshipsByType(node.id, neighbourhood.edges) : null;
  const names = new Map((neighbourhood?.nodes ?? []).map((n) => [n.id, labelOf(n, language)]));

  const expandMenu = h(
    "details",
    { class: "expand-menu", "data-testid": "expand-menu" },
    h("summary", { "aria-label": say("panel.expandOnlyLabel") }, say("panel.expandOnly")),
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
              ` ${relation(type)} (${list.length})`,
            ),
          ),
          h("button", { type: "submit", "data-testid": "expand-types" }, say("panel.expandChosen")),
        )
      : h("p", { class: "muted" }, say("panel.loadingRelationships")),
  );

  return h(
    "div",
    { class: "panel-body", "data-testid": "node-panel", "data-id": node.id },
    header(labelOf(node, language), () => actions.close(), say("panel.close")),
    h(
      "p",
      {},
      typeBadge(node.type, language),
      other ? h("span", { class: "other-name", "data-testid": "other-name" }, ` ${other}`) : null,
    ),
    language === "no" && node.nameNo
      ? h(
          "p",
          { class: "muted", "data-testid": "english-name" },
          tf(language, "panel.englishName", { name: node.name }),
        )
      : null,
    language === "en" ? h("p", { class: "sr-only", "data-testid": "english-name" }, node.name) : null,
    descriptionParagraph(node, language),
    isInferredAddition(node.properties)
      ? h("p", { class: "muted", "data-testid": "inferred-addition" }, say("panel.inferredAddition"))
      : null,
    node.aliases.length
      ? h("p", { class: "muted" }, tf(language, "panel.aliases", { names: node.aliases.join(", ") }))
      : null,
    properties.length
      ? h(
          "table",
          { class: "properties", "data-testid": "properties" },
          h("caption", {}, say("panel.facts")),
          properties.map(([key, value]) => h("tr", {}, h("th", { scope: "row" }, key), h("td", {}, value))),
        )
      : null,
    h(
      "div",
      { class: "actions" },
      props.expanded
        ? h(
            "button",
            { "data-testid": "collapse", onclick: () => actions.collapse(node.id) },
            say("panel.collapse"),
          )
        : h(
            "button",
            { "data-testid": "expand", onclick: () => actions.expand(node.id, null) },
            say("panel.expand"),
          ),
      h("button", { "data-testid": "trace", onclick: () => actions.trace(node.id) }, say("panel.trace")),
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
    h("h3", {}, say("panel.relationships")),
    groups === null
      ? h("p", { class: "muted", "data-testid": "relationships-loading" }, say("status.loading"))
      : groups.size === 0
        ? h("p", { class: "muted" }, say("panel.noRelationships"))
        : h(
            "div",
            { class: "relationships", "data-testid": "relationships" },
            [...groups].map(([type, list]) =>
              h(
                "section",
                {},
                h("h4", {}, relation(type)),
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
                          "aria-label": tf(language, outgoing ? "panel.toOther" : "panel.fromOther", {
                            name: names.get(otherId) ?? props.nameOf(otherId),
                          }),
                          onclick: () => actions.show(otherId),
                        },
                        names.get(otherId) ?? props.nameOf(otherId),
                      ),
                      edge.basis === "inferred"
                        ? h("span", { class: "tag" }, ` ${say("panel.inferred")}`)
                        : null,
                      // The sources' disagreement opens on a tap: a tooltip alone never shows on a touch screen.
                      edge.conflict
                        ? h(
                            "details",
                            { class: "tag conflict", "data-testid": "conflict-note" },
                            h("summary", {}, say("panel.conflict")),
                            h("span", { class: "conflict-box" }, edge.conflict),
                          )
                        : null,
                      " ",
                      h(
                        "button",
                        {
                          class: "link small",
                          "aria-label": tf(language, "panel.evidenceLabel", { type: relation(type) }),
                          onclick: () => actions.select(edge.id),
                        },
                        say("panel.evidence"),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
    h("h3", {}, say("panel.sources")),
    sourcesList(node.sources, language),
  );
}

export function edgePanel(
  edge: GraphEdge,
  nameOf: (id: string) => string,
  actions: PanelActions,
  language: Language = "en",
): HTMLElement {
  const say = (key: MessageKey) => t(language, key);
  const row = (label: string, value: string | null | undefined, cell: Record<string, string> = {}) =>
    value ? h("tr", {}, h("th", { scope: "row" }, label), h("td", cell, value)) : null;
  // Basis and strength are values of a fixed vocabulary: shown in the interface language.
  const term = (prefix: "basis" | "strength", value: string | null | undefined) => {
    const key = `${prefix}.${value ?? ""}`;
    return isMessageKey(key) ? say(key) : value;
  };
  const relation = relationName(edge.type, language);
  const reason = reasonOf(edge, language);
  return h(
    "div",
    { class: "panel-body", "data-testid": "edge-panel", "data-id": edge.id },
    header(relation, () => actions.close(), say("panel.close")),
    h(
      "p",
      {},
      h("button", { class: "link", onclick: () => actions.select(edge.source) }, nameOf(edge.source)),
      ` —${relation}→ `,
      h("button", { class: "link", onclick: () => actions.select(edge.target) }, nameOf(edge.target)),
    ),
    edge.conflict
      ? h("p", { class: "conflict-box", "data-testid": "edge-conflict" }, `⚠ ${edge.conflict}`)
      : null,
    h(
      "table",
      { class: "properties" },
      row(say("panel.type"), relation),
      row(say("panel.basis"), term("basis", edge.basis), { "data-testid": "edge-basis" }),
      row(say("panel.strength"), term("strength", edge.strength)),
      // The reason in the view's language, tagged with the language it is written in.
      row(say("panel.reason"), reason?.text, {
        lang: langOf(reason?.language ?? language),
        "data-testid": "edge-reason",
      }),
      ...displayProperties(edge.properties, language).map(([label, value]) => row(label, value)),
    ),
    h("h3", {}, say("panel.sources")),
    sourcesList(edge.sources, language),
  );
}
