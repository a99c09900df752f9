/**
 * The evidence-first reading of a trace: paths grouped by the SDG they reach, each step marked
 * by what backs it (stated by a source, inferred, or disputed between sources), and the SDGs that
 * stay reachable when only stated steps count.
 */
import type { GraphEdge, GraphNode, SdgTrace, SourceRef, TracePath } from "../graph/contract.ts";
import { reasonOf, type ShownDescription } from "../graph/utils.ts";
import type { Language } from "../graph/vocabulary.ts";
import type { Highlight } from "./types.ts";
import { highlightOf } from "./utils.ts";

export type Badge =
  | { readonly mark: "stated" }
  | { readonly mark: "inferred"; readonly reason: ShownDescription | null }
  | { readonly mark: "conflict"; readonly note: string };

/**
 * A step's badges: its basis always, and a conflict badge too when sources disagree about it. An
 * inferred step's reason is in the view's language where written (`reasonOf`).
 */
export function badgesOf(
  step: Pick<GraphEdge, "basis" | "reason" | "reasonNo" | "conflict">,
  language: Language = "en",
): readonly Badge[] {
  const basis: Badge =
    step.basis === "inferred" ? { mark: "inferred", reason: reasonOf(step, language) } : { mark: "stated" };
  return step.conflict ? [basis, { mark: "conflict", note: step.conflict }] : [basis];
}

/** True when a source states every step of the path. A disputed step still counts as stated. */
export function isStatedPath(path: TracePath): boolean {
  return path.steps.every((step) => step.basis !== "inferred");
}

export interface SdgGroup {
  readonly sdg: GraphNode;
  /** The paths shown: all of them, or only the stated ones when `statedOnly`. */
  readonly paths: readonly TracePath[];
  /** Whether at least one path to this SDG is stated at every step. */
  readonly reachableStated: boolean;
}

/**
 * The trace's paths grouped by SDG, in the order the trace lists its SDGs; narrowed to one SDG
 * when `sdgId` is given. With `statedOnly`, an SDG reachable only through inferred steps keeps
 * its group (marked unreachable, with no paths) so that the reader sees what was lost.
 */
export function groupBySdg(trace: SdgTrace, sdgId: string | null, statedOnly: boolean): SdgGroup[] {
  const sdgs = sdgId ? trace.sdgs.filter((sdg) => sdg.id === sdgId) : trace.sdgs;
  return sdgs.map((sdg) => {
    const all = trace.paths.filter((path) => path.sdg.id === sdg.id);
    const stated = all.filter(isStatedPath);
    return { sdg, paths: statedOnly ? stated : all, reachableStated: stated.length > 0 };
  });
}

/** The trace with only its stated paths (and the SDGs they reach): what the canvas highlights then. */
export function statedOnlyTrace(trace: SdgTrace): SdgTrace {
  const paths = trace.paths.filter(isStatedPath);
  const reached = new Set(paths.map((path) => path.sdg.id));
  return { ...trace, paths, sdgs: trace.sdgs.filter((sdg) => reached.has(sdg.id)) };
}

/** What the canvas highlights for a trace: its stated paths only when the switch is on. */
export function highlightFor(
  trace: SdgTrace | null,
  sdgId: string | null,
  statedOnly: boolean,
): Highlight | null {
  if (!trace) return null;
  return highlightOf(statedOnly ? statedOnlyTrace(trace) : trace, sdgId);
}

/** "Document — section — ¶ n": where in its document a fact is, as precisely as the graph knows. */
export function citation(source: Pick<SourceRef, "title" | "section" | "paragraph">): string {
  const parts = [source.title, source.section];
  if (source.paragraph !== null && source.paragraph !== undefined) parts.push(`¶ ${source.paragraph}`);
  return parts.join(" — ");
}

/** Only web addresses become links: a source's url is data, and data must not run script. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}
