/** Legend and filters in one: each node type present is a swatch with a visibility checkbox. */
import type { Filters, GraphModel, Language } from "@core/graph/index.ts";
import { NODE_TYPES, styleOf } from "@core/graph/index.ts";
import { t } from "@core/i18n/index.ts";
import { relationName, typeName } from "@core/i18n/vocabulary.ts";
import { h } from "./dom.ts";

export interface LegendActions {
  toggleNodeType(type: string, visible: boolean): void;
  toggleEdgeType(type: string, visible: boolean): void;
  setShowInferred(show: boolean): void;
}

function swatch(type: string): SVGSVGElement {
  const { color, shape } = styleOf(type);
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("width", "14");
  svg.setAttribute("height", "14");
  svg.setAttribute("viewBox", "0 0 14 14");
  svg.setAttribute("aria-hidden", "true");
  const shapes: Record<string, string> = {
    ellipse: "",
    rectangle: "1,2 13,2 13,12 1,12",
    "round-rectangle": "1,2 13,2 13,12 1,12",
    tag: "1,2 10,2 13,7 10,12 1,12",
    barrel: "2,1 12,1 13,7 12,13 2,13 1,7",
    diamond: "7,0 14,7 7,14 0,7",
    "round-diamond": "7,0 14,7 7,14 0,7",
    hexagon: "3.5,1 10.5,1 14,7 10.5,13 3.5,13 0,7",
    octagon: "4,0 10,0 14,4 14,10 10,14 4,14 0,10 0,4",
    "round-triangle": "7,1 13,13 1,13",
    star: "7,0 9,5 14,5 10,8 12,14 7,10 2,14 4,8 0,5 5,5",
  };
  const points = shapes[shape] ?? "";
  const element = document.createElementNS(ns, points ? "polygon" : "circle");
  if (points) element.setAttribute("points", points);
  else {
    element.setAttribute("cx", "7");
    element.setAttribute("cy", "7");
    element.setAttribute("r", "6");
  }
  element.setAttribute("fill", color);
  element.setAttribute("stroke", "#1f2937");
  svg.append(element);
  return svg;
}

export function legend(
  model: GraphModel,
  filters: Filters,
  language: Language,
  actions: LegendActions,
): HTMLElement {
  const nodeTypes = NODE_TYPES.filter((type) => [...model.nodes.values()].some((node) => node.type === type));
  const edgeTypes = [...new Set([...model.edges.values()].map((edge) => edge.type))].sort();
  return h(
    "div",
    { class: "legend-body" },
    h("h3", {}, t(language, "legend.nodeTypes")),
    h(
      "ul",
      { class: "legend-list", "data-testid": "legend" },
      nodeTypes.map((type) =>
        h(
          "li",
          {},
          h(
            "label",
            { class: "check" },
            h("input", {
              type: "checkbox",
              checked: !filters.hiddenNodeTypes.includes(type),
              "data-testid": `filter-node-${type}`,
              "aria-label": `${t(language, "legend.showType")}: ${typeName(type, language)}`,
              onchange: (event: Event) =>
                actions.toggleNodeType(type, (event.target as HTMLInputElement).checked),
            }),
            swatch(type),
            ` ${typeName(type, language)}`,
          ),
        ),
      ),
    ),
    h("h3", {}, t(language, "legend.links")),
    h(
      "ul",
      { class: "legend-list key" },
      h("li", {}, h("span", { class: "line solid" }), ` ${t(language, "legend.stated")}`),
      h("li", {}, h("span", { class: "line dashed" }), ` ${t(language, "legend.inferred")}`),
      h("li", {}, h("span", { class: "line conflict" }), ` ${t(language, "legend.conflict")}`),
      h("li", {}, h("span", { class: "line traced" }), ` ${t(language, "legend.traced")}`),
    ),
    h(
      "label",
      { class: "check" },
      h("input", {
        type: "checkbox",
        checked: filters.showInferred,
        "data-testid": "toggle-inferred",
        onchange: (event: Event) => actions.setShowInferred((event.target as HTMLInputElement).checked),
      }),
      ` ${t(language, "legend.showInferred")}`,
    ),
    h(
      "details",
      { class: "edge-filters" },
      h("summary", {}, t(language, "legend.relationshipTypes")),
      h(
        "ul",
        { class: "legend-list" },
        edgeTypes.map((type) =>
          h(
            "li",
            {},
            h(
              "label",
              { class: "check" },
              h("input", {
                type: "checkbox",
                checked: !filters.hiddenEdgeTypes.includes(type),
                "data-testid": `filter-edge-${type}`,
                onchange: (event: Event) =>
                  actions.toggleEdgeType(type, (event.target as HTMLInputElement).checked),
              }),
              ` ${relationName(type, language)}`,
            ),
          ),
        ),
      ),
    ),
  );
}
