/**
 * The trace panel, evidence first: paths grouped by the SDG they reach, every step badged stated,
 * inferred (with the reason) or ⚠ conflict (with the note) and cited to document — section —
 * paragraph, linked where the source has an address; a switch keeps only stated steps; a trace
 * narrowed to a matrix cell shows the strategy's own wording and who else passes through the cell.
 */
import type { ThroughState } from "@core/app/state.ts";
import {
  type GraphEdge,
  type Language,
  labelOf,
  reasonOf,
  type SdgTrace,
  type SourceRef,
} from "@core/graph/index.ts";
import type { Messages } from "@core/i18n/en.ts";
import { panelText } from "@core/i18n/index.ts";
import { relationName } from "@core/i18n/vocabulary.ts";
import { type Badge, badgesOf, groupBySdg } from "@core/trace/evidence.ts";
import { h } from "../dom.ts";
import { citationList, header, shownText } from "../panel/parts.ts";

export interface EvidenceActions {
  select(id: string): void;
  show(id: string): void;
  clearTrace(): void;
  setStatedOnly(statedOnly: boolean): void;
}

export interface EvidenceProps {
  readonly trace: SdgTrace;
  readonly sdgId: string | null;
  readonly language: Language;
  readonly statedOnly: boolean;
  readonly through: ThroughState;
  readonly nameOf: (id: string) => string;
}

export function evidencePanel(props: EvidenceProps, actions: EvidenceActions): HTMLElement {
  const { trace, sdgId, language, statedOnly } = props;
  const t = panelText(language).trace;
  const groups = groupBySdg(trace, sdgId, statedOnly);
  // The summary counts every path; the stated-only line below says what remains of them.
  const pathCount = groupBySdg(trace, sdgId, false).reduce((sum, group) => sum + group.paths.length, 0);
  const reachableStated = groups.filter((group) => group.reachableStated).length;
  const cellStep =
    sdgId && trace.from.type === "Objective"
      ? trace.paths
          .flatMap((path) => path.steps)
          .find((step) => step.source === trace.from.id && step.target === sdgId)
      : undefined;
  return h(
    "div",
    { class: "panel-body evidence", "data-testid": "trace-panel" },
    header(t.title(labelOf(trace.from, language)), () => actions.clearTrace(), t.close),
    h("p", { "data-testid": "trace-summary" }, groups.length ? t.summary(groups.length, pathCount) : t.none),
    h(
      "label",
      { class: "check stated-only", title: t.statedOnlyHint },
      h("input", {
        type: "checkbox",
        "data-testid": "stated-only",
        checked: statedOnly,
        onchange: (event: Event) => {
          const target = event.target;
          if (target instanceof HTMLInputElement) actions.setStatedOnly(target.checked);
        },
      }),
      ` ${t.statedOnly}`,
    ),
    statedOnly && groups.length
      ? h(
          "p",
          { class: "muted", "data-testid": "stated-summary" },
          t.statedSummary(reachableStated, groups.length),
        )
      : null,
    cellStep ? cellSection(cellStep, props, actions) : null,
    h("button", { "data-testid": "clear-trace", onclick: () => actions.clearTrace() }, t.clear),
    h("h3", {}, t.heading),
    h(
      "div",
      { class: "sdg-groups", "data-testid": "trace-paths" },
      groups.map((group) =>
        h(
          "section",
          {
            // Struck through only while the reader asked for stated steps: without the switch the
            // group's paths are all on the list, and a struck heading would read as an error.
            class: `sdg-group${statedOnly && !group.reachableStated ? " unreachable-stated" : ""}`,
            "data-testid": "sdg-group",
            "data-sdg": group.sdg.id,
            "data-stated": group.reachableStated ? "reachable" : "unreachable",
          },
          h(
            "h4",
            {},
            h(
              "button",
              { class: "link", "data-id": group.sdg.id, onclick: () => actions.select(group.sdg.id) },
              labelOf(group.sdg, language),
            ),
            " ",
            h("span", { class: "muted" }, `(${t.pathsTo(group.paths.length)})`),
            group.reachableStated
              ? null
              : statedOnly
                ? h("span", { class: "tag lost", "data-testid": "sdg-lost" }, ` ${t.unreachableStated}`)
                : h("span", { class: "muted", "data-testid": "sdg-inferred-only" }, ` · ${t.onlyInferred}`),
          ),
          h(
            "ol",
            { class: "paths" },
            group.paths.map((path) =>
              h(
                "li",
                {},
                h(
                  "ol",
                  { class: "steps" },
                  path.steps.map((step) => stepItem(step, props, actions)),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function stepItem(step: GraphEdge, props: EvidenceProps, actions: EvidenceActions): HTMLElement {
  const badges = badgesOf(step, props.language);
  const t = panelText(props.language).trace;
  return h(
    "li",
    {
      class: `step ${badges.map((badge) => `step-${badge.mark}`).join(" ")}`,
      "data-testid": "trace-step",
      "data-edge": step.id,
      "data-marks": badges.map((badge) => badge.mark).join(" "),
    },
    h(
      "button",
      { class: "link step-link", onclick: () => actions.select(step.id) },
      `${props.nameOf(step.source)} —${relationName(step.type, props.language)}→ ${props.nameOf(step.target)}`,
    ),
    " ",
    badges.map((badge) => badgeOf(badge, t)),
    step.wording
      ? h("q", { class: "wording", lang: "en", "data-testid": "step-wording" }, step.wording)
      : null,
    ...badges.map((badge) => explanationOf(badge, t)),
    sourceList(step.sources, props.language),
  );
}

function badgeOf(badge: Badge, t: Messages["trace"]): HTMLElement {
  const text = badge.mark === "conflict" ? t.conflict : badge.mark === "inferred" ? t.inferred : t.stated;
  return h("span", { class: `mark mark-${badge.mark}`, "data-testid": `mark-${badge.mark}` }, text);
}

function explanationOf(badge: Badge, t: Messages["trace"]): HTMLElement | null {
  switch (badge.mark) {
    case "stated":
      return null;
    case "inferred":
      return badge.reason
        ? h(
            "p",
            { class: "reason", "data-testid": "inferred-reason" },
            h("strong", {}, t.because),
            shownText(badge.reason),
          )
        : null;
    case "conflict":
      return h("p", { class: "conflict-box", "data-testid": "conflict-note" }, `⚠ ${badge.note}`);
    default: {
      const unreachable: never = badge;
      throw new Error(String(unreachable));
    }
  }
}

function sourceList(sources: readonly SourceRef[], language: Language): HTMLElement {
  const t = panelText(language).trace;
  return citationList(sources, {
    language,
    empty: t.noSource,
    linkAttributes: (source) => ({ "aria-label": t.openSource(source.title) }),
  });
}

/** The contribution's reason, in the view's language where written (the English one stands in). */
function cellReason(step: GraphEdge, language: Language): HTMLElement | null {
  const reason = reasonOf(step, language);
  return reason
    ? h(
        "p",
        { class: "reason", "data-testid": "cell-reason" },
        h("strong", {}, panelText(language).cell.reason),
        shownText(reason),
      )
    : null;
}

function cellSection(step: GraphEdge, props: EvidenceProps, actions: EvidenceActions): HTMLElement {
  const c = panelText(props.language).cell;
  const { through } = props;
  let list: HTMLElement;
  if (through.phase === "ready") {
    list = through.nodes.length
      ? h(
          "ul",
          { class: "through", "data-testid": "cell-through" },
          through.nodes.map((node) =>
            h(
              "li",
              {},
              h(
                "button",
                { class: "link", "data-id": node.id, onclick: () => actions.show(node.id) },
                labelOf(node, props.language),
              ),
            ),
          ),
        )
      : h("p", { class: "muted", "data-testid": "cell-through" }, c.nobody);
  } else if (through.phase === "failed") {
    list = h("p", { class: "error", role: "alert" }, through.message);
  } else {
    list = h("p", { class: "muted", "data-testid": "cell-through-loading" }, c.loading);
  }
  return h(
    "section",
    { class: "matrix-cell-detail", "data-testid": "matrix-cell-detail" },
    h("h3", {}, c.heading),
    h(
      "p",
      {},
      step.wording
        ? [
            c.wording,
            " ",
            h("q", { class: "wording", lang: "en", "data-testid": "cell-wording" }, step.wording),
          ]
        : h("span", { class: "muted" }, c.noWording),
    ),
    cellReason(step, props.language),
    h("h4", {}, c.through),
    list,
  );
}
