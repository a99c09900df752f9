/**
 * The path panel: the steps from one node to the other, each with its evidence (stated or
 * inferred with the reason, a conflict note, sources as document — section — ¶ with a link),
 * or a clear message while an end is missing, while it loads, or when there is no path.
 */
import type { GraphEdge, Language, SourceRef } from "@core/graph/index.ts";
import { type MessageKey, t } from "@core/i18n/index.ts";
import { relationName } from "@core/i18n/vocabulary.ts";
import { namesOnPath, type PathState, type PathStep } from "@core/path/index.ts";
import { badgesOf } from "@core/trace/evidence.ts";
import { h } from "../dom.ts";
import { citationList, header, shownText } from "../panel/parts.ts";

export interface PathPanelProps {
  readonly path: Exclude<PathState, { phase: "idle" }>;
  readonly language: Language;
  readonly nameOf: (id: string) => string;
}

export interface PathPanelActions {
  select(id: string): void;
  clearPath(): void;
}

export function pathPanel(given: PathPanelProps, actions: PathPanelActions): HTMLElement {
  // The panel shows the answer as soon as it arrives, maybe before its nodes are in the graph.
  const props = { ...given, nameOf: namesOnPath(given.path, given.language, given.nameOf) };
  const { path, language, nameOf } = props;
  const say = (key: MessageKey) => t(language, key);
  const title =
    path.phase === "choosing"
      ? say("path.title")
      : `${say("path.title")}: ${nameOf(path.from)} → ${nameOf(path.to)}`;
  return h(
    "div",
    { class: "panel-body path-panel", "data-testid": "path-panel", "data-phase": path.phase },
    header(title, () => actions.clearPath(), say("path.close")),
    body(props, actions),
    h("button", { "data-testid": "path-clear", onclick: () => actions.clearPath() }, say("path.clear")),
  );
}

function body(props: PathPanelProps, actions: PathPanelActions): HTMLElement {
  const { path, language, nameOf } = props;
  const say = (key: MessageKey) => t(language, key);
  switch (path.phase) {
    case "choosing":
      return h(
        "p",
        { class: "muted", "data-testid": "path-choosing" },
        path.from ? say("path.chooseTo") : say("path.chooseFrom"),
      );
    case "loading":
      return h("p", { class: "muted", "data-testid": "path-loading" }, say("path.loading"));
    case "failed":
      return h(
        "p",
        { class: "error", role: "alert", "data-testid": "path-failed" },
        `${say("path.failed")} ${path.message}`,
      );
    case "ready":
      if (path.steps.length === 0 && path.from !== path.to)
        return h("p", { class: "notice", role: "status", "data-testid": "path-none" }, say("path.none"));
      return h(
        "section",
        {},
        h("h3", {}, `${say("path.steps")} (${path.steps.length})`),
        h(
          "ol",
          { class: "path-steps", "data-testid": "path-steps" },
          path.steps.map((step) => stepItem(step, language, nameOf, actions)),
        ),
      );
    default: {
      const unreachable: never = path;
      throw new Error(String(unreachable));
    }
  }
}

function stepItem(
  { edge, forward }: PathStep,
  language: Language,
  nameOf: (id: string) => string,
  actions: PathPanelActions,
): HTMLElement {
  const say = (key: MessageKey) => t(language, key);
  const badges = badgesOf(edge, language);
  // The relationship's own direction is kept: a step walked against it reads "←".
  const link = forward
    ? `${nameOf(edge.source)} —${relationName(edge.type, language)}→ ${nameOf(edge.target)}`
    : `${nameOf(edge.target)} ←${relationName(edge.type, language)}— ${nameOf(edge.source)}`;
  return h(
    "li",
    {
      class: `step ${badges.map((badge) => `step-${badge.mark}`).join(" ")}`,
      "data-testid": "path-step",
      "data-edge": edge.id,
      "data-marks": badges.map((badge) => badge.mark).join(" "),
    },
    h("button", { class: "link step-link", onclick: () => actions.select(edge.id) }, link),
    " ",
    badges.map((badge) =>
      h(
        "span",
        { class: `mark mark-${badge.mark}`, "data-testid": `mark-${badge.mark}` },
        say(`path.${badge.mark}`),
      ),
    ),
    edge.wording ? h("q", { class: "wording", lang: "en" }, edge.wording) : null,
    ...badges.map((badge) =>
      badge.mark === "inferred" && badge.reason
        ? h(
            "p",
            { class: "reason", "data-testid": "inferred-reason" },
            h("strong", {}, say("path.because")),
            shownText(badge.reason),
          )
        : badge.mark === "conflict"
          ? h("p", { class: "conflict-box", "data-testid": "conflict-note" }, `⚠ ${badge.note}`)
          : null,
    ),
    sources(edge.sources, language),
  );
}

function sources(list: readonly SourceRef[], language: Language): HTMLElement {
  return citationList(list, {
    language,
    empty: t(language, "path.noSource"),
    linkAttributes: () => ({ title: t(language, "path.openSource") }),
    withDocumentMeta: true,
  });
}

export type { GraphEdge };
