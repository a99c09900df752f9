/** The brief's model from what the explorer shows: the visible nodes and links, worded in the interface language. */

import { entityAddress } from "@model/linkedData/addresses.ts";
import type { GraphEdge, GraphNode } from "../graph/contract.ts";
import { styleOf } from "../graph/styles.ts";
import { descriptionOf, edgeVisible, labelOf, nodeVisible } from "../graph/utils.ts";
import type { Filters, Language } from "../graph/vocabulary.ts";
import { t } from "../i18n/index.ts";
import { relationName, typeName } from "../i18n/vocabulary.ts";
import type { BriefModel } from "./briefTypes.ts";

export interface ShownGraph {
  readonly nodes: Iterable<GraphNode>;
  readonly edges: Iterable<GraphEdge>;
}

export function briefModelOf(
  graph: ShownGraph,
  options: {
    language: Language;
    filters: Filters;
    asOf: string | null;
    picture: string | null;
    /** The data release the view was drawn from; null when unknown. */
    dataRelease?: string | null;
    /** Where the entities' addresses live (the explorer's own origin); null: no links. */
    base?: string | null;
  },
): BriefModel {
  const { language, filters } = options;
  const address = (id: string) => (options.base ? entityAddress(options.base, id) : null);
  const nodes = [...graph.nodes].filter((node) => nodeVisible(node, filters));
  const shown = new Map(nodes.map((node) => [node.id, node]));
  // A link is shown when both its ends are (as on the canvas) and the filters let it through.
  const edges = [...graph.edges].filter(
    (edge) => shown.has(edge.source) && shown.has(edge.target) && edgeVisible(edge, filters),
  );
  const name = (id: string) => {
    const node = shown.get(id);
    return node ? labelOf(node, language) : id;
  };
  const types = [...new Set(nodes.map((node) => node.type))].sort();
  const label = (key: Parameters<typeof t>[1]) => t(language, key);
  return {
    language,
    asOf: options.asOf,
    dataRelease: options.dataRelease ?? null,
    picture: options.picture,
    labels: {
      title: label("brief.title"),
      asOf: label("brief.asOf"),
      dataRelease: label("brief.dataRelease"),
      today: label("brief.today"),
      picture: label("brief.picture"),
      legend: label("brief.legend"),
      links: label("brief.links"),
      inferredLine: label("brief.inferredLine"),
      conflictLine: label("brief.conflictLine"),
      nodes: label("brief.nodes"),
      relationships: label("brief.relationships"),
      sources: label("brief.sources"),
      inferred: label("brief.inferred"),
      conflict: label("brief.conflict"),
      none: label("brief.none"),
    },
    legend: types.map((type) => ({ label: typeName(type, language), colour: styleOf(type).color })),
    linkLegend: [...new Set(edges.map((edge) => edge.type))]
      .sort()
      .map((type) => relationName(type, language)),
    nodes: nodes.map((node) => {
      const description = descriptionOf(node, language);
      // A description in the other language (none written yet) says so, as in the panel.
      const marker =
        description && description.language !== language ? ` ${label("description.otherLanguage")}` : "";
      return {
        text: `${labelOf(node, language)} (${typeName(node.type, language)})${description ? `: ${description.text}${marker}` : ""}`,
        sources: node.sources,
        address: address(node.id),
      };
    }),
    relationships: edges.map((edge) => ({
      text: `${name(edge.source)} — ${relationName(edge.type, language)} → ${name(edge.target)}`,
      inferred: edge.basis === "inferred",
      conflict: edge.conflict,
      sources: edge.sources,
      address: address(edge.id),
    })),
  };
}
