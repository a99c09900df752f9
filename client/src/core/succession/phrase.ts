/**
 * A succession step in words ("Formerly Norwegian Medicines Agency (renamed 2024-01-01)",
 * "Merged into Helsedirektoratet (2024-01-01)"), split around the other node's name so that a view
 * can make the name a link. The words come from the dictionaries, one sentence per relationship
 * type and direction, since the languages order them differently.
 */
import type { GraphNode, Succession, SuccessionStep } from "../graph/contract.ts";
import { labelOf } from "../graph/utils.ts";
import type { Language } from "../graph/vocabulary.ts";
import { isMessageKey, type MessageKey, t } from "../i18n/index.ts";

export interface SuccessionPhrase {
  /** "before": the node took over from `node`; "after": `node` took over from it. */
  readonly direction: "before" | "after";
  readonly node: GraphNode;
  readonly lead: string;
  readonly name: string;
  readonly tail: string;
}

function phrase(step: SuccessionStep, direction: "before" | "after", language: Language): SuccessionPhrase {
  const wanted = `succession.${direction}.${step.type}`;
  const key: MessageKey = isMessageKey(wanted) ? wanted : `succession.${direction}.SUCCEEDED_BY`;
  const date = step.validFrom ?? t(language, "succession.undated");
  const [lead = "", tail = ""] = t(language, key).replace("{date}", date).split("{name}");
  return { direction, node: step.node, lead, name: labelOf(step.node, language), tail };
}

/** What a node took over from first (its former names), then what took over from it. */
export function successionPhrases(succession: Succession | null, language: Language): SuccessionPhrase[] {
  if (!succession) return [];
  return [
    ...succession.precededBy.map((step) => phrase(step, "before", language)),
    ...succession.succeededBy.map((step) => phrase(step, "after", language)),
  ];
}

/** The phrase as plain text, for a list entry's accessible name or a test. */
export function phraseText(p: SuccessionPhrase): string {
  return `${p.lead}${p.name}${p.tail}`;
}
