/** The objectives × SDGs heat map: intensity by strength, the reason on hover, a click traces the path. */
import type { SdgMatrix } from "@core/graph/index.ts";
import { type Language, labelOf } from "@core/graph/index.ts";
import { matrixRows } from "@core/trace/index.ts";
import { h } from "./dom.ts";

export function matrixTable(
  matrix: SdgMatrix,
  language: Language,
  onCell: (objectiveId: string, sdgId: string) => void,
): HTMLElement {
  const rows = matrixRows(matrix);
  const sdgName = new Map(matrix.sdgs.map((sdg) => [sdg.id, labelOf(sdg, language)]));
  return h(
    "div",
    { class: "matrix-wrap" },
    h(
      "table",
      { class: "matrix", "data-testid": "matrix" },
      h(
        "caption",
        {},
        "How each objective of the national eHealth strategy serves the SDGs. Hover a cell for the reason; click it to see the path.",
      ),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, "Objective"),
          matrix.sdgs.map((sdg) =>
            h("th", { scope: "col", title: labelOf(sdg, language) }, labelOf(sdg, language)),
          ),
        ),
      ),
      h(
        "tbody",
        {},
        matrix.objectives.map((objective, i) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, labelOf(objective, language)),
            (rows[i] ?? []).map((cell) =>
              h(
                "td",
                { class: `heat-${cell.level}` },
                cell.level > 0
                  ? h(
                      "button",
                      {
                        class: "cell",
                        title: `${cell.strength}: ${cell.reason ?? ""}`,
                        "aria-label": `${labelOf(objective, language)} → ${sdgName.get(cell.sdgId) ?? cell.sdgId}: ${cell.strength}. ${cell.reason ?? ""}`,
                        "data-testid": `matrix-cell-${cell.objectiveId}-${cell.sdgId}`,
                        onclick: () => onCell(cell.objectiveId, cell.sdgId),
                      },
                      cell.strength ?? "",
                    )
                  : h("span", { class: "sr-only" }, "no link"),
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      "p",
      { class: "matrix-key", "data-testid": "matrix-key" },
      "How strongly the strategy ties an objective to a goal, strongest first: ",
      h("span", { class: "swatch heat-3" }),
      " key ",
      h("span", { class: "swatch heat-2" }),
      " most direct ",
      h("span", { class: "swatch heat-1" }),
      " also",
    ),
  );
}
