/**
 * When each relationship in a query result held: its period on the result graph's edge labels,
 * ended ones drawn apart, and the same as a list a screen reader (and a test) can read.
 */
import type { GraphEdge, Language, Subgraph } from "@core/graph/index.ts";
import { labelOf } from "@core/graph/index.ts";
import { t, tf } from "@core/i18n/index.ts";
import { relationName } from "@core/i18n/vocabulary.ts";
import { type Period, periodOf } from "@core/query/period.ts";
import { today } from "@core/time/utils.ts";
import { h } from "../dom.ts";

export function periodText(period: Period, language: Language): string {
  const { from, to } = period;
  const span =
    from && to
      ? tf(language, "query.periodRange", { from, to })
      : from
        ? tf(language, "query.periodSince", { from })
        : tf(language, "query.periodUntil", { to: to ?? "" });
  return period.ended ? `${span}, ${t(language, "query.periodEnded")}` : span;
}

/** The edge's label on the result graph: its relationship, and its period when the result has one. */
export function edgeLabel(edge: GraphEdge, language: Language, day = today()): string {
  const period = periodOf(edge, day);
  const name = relationName(edge.type, language);
  return period ? `${name} (${periodText(period, language)})` : name;
}

export const isEnded = (edge: GraphEdge, day = today()): boolean => periodOf(edge, day)?.ended ?? false;

/** Every dated relationship of the result, as "A runs B (2016 – 2019, ended)"; null when none is dated. */
export function periodList(graph: Subgraph, language: Language, day = today()): HTMLElement | null {
  const names = new Map(graph.nodes.map((node) => [node.id, labelOf(node, language)]));
  const dated = graph.edges.flatMap((edge) => {
    const period = periodOf(edge, day);
    return period ? [{ edge, period }] : [];
  });
  if (dated.length === 0) return null;
  return h(
    "section",
    { class: "result-periods", "data-testid": "result-periods" },
    h("h4", {}, t(language, "query.periods")),
    h(
      "ul",
      {},
      dated.map(({ edge, period }) =>
        h(
          "li",
          { "data-edge": edge.id, ...(period.ended ? { "data-ended": "true", class: "ended" } : {}) },
          `${names.get(edge.source) ?? edge.source} ${relationName(edge.type, language)} ${
            names.get(edge.target) ?? edge.target
          }: ${periodText(period, language)}`,
        ),
      ),
    ),
  );
}
