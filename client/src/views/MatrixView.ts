/** The objectives × SDGs heat map: intensity by strength, the reason on hover, a click traces the path. */
import type { SdgMatrix } from "@core/graph/index.ts";
import { type Language, labelOf } from "@core/graph/index.ts";
import { isMessageKey, type MessageKey, t } from "@core/i18n/index.ts";
import { matrixRows, STRENGTHS, strengthLevel } from "@core/trace/index.ts";
import { h } from "./dom.ts";
import { cellContent, cellSpoken, keyWording } from "./matrix/cellWording.ts";

export function matrixTable(
  matrix: SdgMatrix,
  language: Language,
  onCell: (objectiveId: string, sdgId: string) => void,
): HTMLElement {
  const rows = matrixRows(matrix, language);
  const say = (key: MessageKey) => t(language, key);
  // A strength is a word of the seed's fixed scale (model/strengths.ts): shown in the language.
  const strength = (value: string | null | undefined) => {
    const key = `strength.${value ?? ""}`;
    return isMessageKey(key) ? say(key) : (value ?? "");
  };
  const sdgName = new Map(matrix.sdgs.map((sdg) => [sdg.id, labelOf(sdg, language)]));
  return h(
    "div",
    { class: "matrix-wrap" },
    h(
      "table",
      { class: "matrix", "data-testid": "matrix" },
      h("caption", {}, say("matrix.caption")),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, say("matrix.objective")),
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
                        title: `${cellSpoken(cell.wording, strength(cell.strength), language)}: ${cell.reason ?? ""}`,
                        "aria-label": `${labelOf(objective, language)} → ${sdgName.get(cell.sdgId) ?? cell.sdgId}: ${cellSpoken(cell.wording, strength(cell.strength), language)}. ${cell.reason ?? ""}`,
                        "data-testid": `matrix-cell-${cell.objectiveId}-${cell.sdgId}`,
                        // The scale's level beside the strategy's words, for the key's colour.
                        "data-strength": strength(cell.strength),
                        onclick: () => onCell(cell.objectiveId, cell.sdgId),
                      },
                      cellContent(cell.wording, strength(cell.strength)),
                    )
                  : h("span", { class: "sr-only" }, say("matrix.noLink")),
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      "p",
      { class: "matrix-key", "data-testid": "matrix-key" },
      keyWording(language),
      // Every level of the scale, from the same list that gives a cell its level, so the key
      // cannot leave a level out or colour it differently from the cells.
      STRENGTHS.map((level) =>
        h(
          "span",
          { class: "matrix-key-item", "data-strength": level },
          h("span", { class: `swatch heat-${strengthLevel(level)}` }),
          ` ${strength(level)} `,
        ),
      ),
    ),
  );
}
