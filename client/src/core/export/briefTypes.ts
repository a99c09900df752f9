/** What a one-page brief holds: everything already worded, so the builder only lays it out. */
import type { SourceRef } from "../graph/contract.ts";

export interface BriefLabels {
  readonly title: string;
  readonly asOf: string;
  readonly dataRelease: string;
  readonly today: string;
  readonly picture: string;
  readonly legend: string;
  readonly links: string;
  readonly inferredLine: string;
  readonly conflictLine: string;
  readonly nodes: string;
  readonly relationships: string;
  readonly sources: string;
  readonly inferred: string;
  readonly conflict: string;
  readonly none: string;
}

export interface BriefFact {
  /** The fact as a sentence, e.g. "Helsenorge (Solution): …" or "A — runs → B". */
  readonly text: string;
  /** Marks shown after the fact: inferred, the conflict note. */
  readonly inferred?: boolean;
  readonly conflict?: string | null;
  readonly sources: readonly SourceRef[];
  /** The fact's own address (`<base>/id/<id>`), which the brief links it to. */
  readonly address?: string | null;
}

export interface BriefModel {
  readonly language: "en" | "no";
  readonly labels: BriefLabels;
  /** The day the graph is drawn as of; null for today. */
  readonly asOf: string | null;
  /** The data release the facts come from; null when unknown. */
  readonly dataRelease: string | null;
  /** The canvas as drawn, as a PNG data URL (anything else is left out). */
  readonly picture: string | null;
  readonly legend: readonly { readonly label: string; readonly colour: string }[];
  /** The relationship types shown, and how the picture marks inferred and disputed links. */
  readonly linkLegend: readonly string[];
  readonly nodes: readonly BriefFact[];
  readonly relationships: readonly BriefFact[];
}
