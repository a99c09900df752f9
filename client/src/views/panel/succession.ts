/**
 * A node's succession in its panel: "Formerly …" on a successor, "Merged into …" on a
 * predecessor, each other node's name a button that opens it on a day it was in force.
 */
import type { GraphNode, Language, Succession } from "@core/graph/index.ts";
import { type SuccessionPhrase, successionPhrases } from "@core/succession/index.ts";
import { h } from "../dom.ts";

/** One phrase, its name a link-like button when `open` is given. */
export function successionLine(
  phrase: SuccessionPhrase,
  open: ((node: GraphNode) => void) | null,
  tag: "p" | "span" = "p",
): HTMLElement {
  const name = open
    ? h(
        "button",
        {
          type: "button",
          class: "link",
          "data-testid": `succession-${phrase.direction}-link`,
          "data-id": phrase.node.id,
          onclick: () => open(phrase.node),
        },
        phrase.name,
      )
    : phrase.name;
  return h(
    tag,
    { class: "succession", "data-testid": `succession-${phrase.direction}` },
    phrase.lead,
    name,
    phrase.tail,
  );
}

/** The panel's succession lines, or null when the node took over from nothing and nothing from it. */
export function successionPart(
  succession: Succession | null,
  language: Language,
  open: (node: GraphNode) => void,
): HTMLElement | null {
  const phrases = successionPhrases(succession, language);
  if (phrases.length === 0) return null;
  return h(
    "div",
    { class: "succession-lines", "data-testid": "succession" },
    phrases.map((phrase) => successionLine(phrase, open)),
  );
}
