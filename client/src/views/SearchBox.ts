/**
 * Autocomplete over the server's full-text search, as an ARIA combobox. Search covers every date:
 * each hit is marked with its period and its successor or predecessor, and one that is not in
 * force on the view's day says so (choosing it moves the date, see core/search/open.ts).
 */
import { api, describeError } from "@core/api/index.ts";
import { type Language, labelOf, type SearchHit } from "@core/graph/index.ts";
import { t, tf } from "@core/i18n/index.ts";
import { typeName } from "@core/i18n/vocabulary.ts";
import {
  createSearchSlice,
  dayToOpen,
  debounce,
  inForceOnDay,
  matchedName,
  periodYears,
  type SearchSlice,
} from "@core/search/index.ts";
import { successionPhrases } from "@core/succession/index.ts";
import { today } from "@core/time/utils.ts";
import { clear, h } from "./dom.ts";
import { successionLine } from "./panel/succession.ts";

export class SearchBox {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly slice: SearchSlice;
  private readonly run: ReturnType<typeof debounce<[string]>>;
  private active = -1;

  constructor(
    private readonly onChoose: (hit: SearchHit) => void,
    private language: () => Language,
    /** The day the graph shows (null: today): hits not in force then are marked. */
    private readonly viewDay: () => string | null = () => null,
  ) {
    this.slice = createSearchSlice({
      hits: (text) => api.search(text, 8),
      describe: (error) => describeError(error, this.language()),
    });
    this.input = h("input", {
      type: "search",
      class: "search-input",
      placeholder: t(language(), "search.placeholder"),
      "aria-label": t(language(), "search.label"),
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": "search-results",
      autocomplete: "off",
      "data-testid": "search-input",
    });
    this.list = h("ul", {
      id: "search-results",
      class: "search-results",
      role: "listbox",
      "data-testid": "search-results",
    });
    this.element = h("div", { class: "search" }, this.input, this.list);
    this.run = debounce((text: string) => void this.slice.run(text), 200);
    this.slice.subscribe((state) => {
      this.active = state.phase === "results" && state.hits.length ? 0 : -1;
      this.render();
    });
    this.input.addEventListener("input", () => this.run(this.input.value));
    this.input.addEventListener("keydown", (event) => this.onKey(event));
    this.input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
    this.input.addEventListener("focus", () => {
      if (this.slice.get().phase === "results") this.render();
    });
  }

  /**
   * Enter before the suggestions for the typed text have arrived: search now, without waiting for
   * the pause in typing, and open the best hit once it is there (unless the text changed meanwhile).
   */
  private async searchAndChoose(): Promise<void> {
    const text = this.input.value;
    this.run.cancel();
    const state = await this.slice.run(text);
    if (this.input.value !== text || state.phase !== "results") return;
    const [best] = state.hits;
    if (best) this.choose(best);
  }

  private onKey(event: KeyboardEvent): void {
    const state = this.slice.get();
    const current = state.phase === "results" && state.text === this.input.value.trim();
    const hits = current ? state.hits : [];
    if (event.key === "ArrowDown" && hits.length) {
      this.active = (this.active + 1) % hits.length;
      this.render();
      event.preventDefault();
    } else if (event.key === "ArrowUp" && hits.length) {
      this.active = (this.active - 1 + hits.length) % hits.length;
      this.render();
      event.preventDefault();
    } else if (event.key === "Enter") {
      const hit = hits[this.active] ?? hits[0];
      if (hit) this.choose(hit);
      else if (!current) void this.searchAndChoose();
      event.preventDefault();
    } else if (event.key === "Escape") {
      this.close();
    }
  }

  private choose(hit: SearchHit): void {
    this.input.value = labelOf(hit.node, this.language());
    this.close();
    this.onChoose(hit);
  }

  private close(): void {
    clear(this.list);
    this.list.classList.remove("open");
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  }

  private render(): void {
    clear(this.list);
    const state = this.slice.get();
    switch (state.phase) {
      case "idle":
        this.close();
        return;
      case "loading":
        this.list.append(
          h(
            "li",
            { class: "search-note", role: "option", "aria-disabled": "true" },
            t(this.language(), "search.searching"),
          ),
        );
        break;
      case "failed":
        this.list.append(
          h("li", { class: "search-note error", role: "option", "aria-disabled": "true" }, state.message),
        );
        break;
      case "results":
        if (state.hits.length === 0) {
          this.list.append(
            h(
              "li",
              {
                class: "search-note",
                role: "option",
                "aria-disabled": "true",
                "data-testid": "search-empty",
              },
              tf(this.language(), "search.nothing", { text: state.text }),
            ),
          );
        }
        state.hits.forEach((hit, index) => {
          const option = this.option(hit, index, state.text);
          option.addEventListener("mousedown", (event) => {
            event.preventDefault();
            this.choose(hit);
          });
          this.list.append(option);
        });
        if (this.active >= 0)
          this.input.setAttribute("aria-activedescendant", `search-option-${this.active}`);
        break;
      default: {
        const unreachable: never = state;
        throw new Error(`Unhandled search state ${String(unreachable)}`);
      }
    }
    this.list.classList.add("open");
    this.input.setAttribute("aria-expanded", "true");
  }

  /** One suggestion: name, type, the name matched, its period and succession when it has them. */
  private option(hit: SearchHit, index: number, text: string): HTMLElement {
    const language = this.language();
    const shown = labelOf(hit.node, language);
    const matched = matchedName(text, hit.node);
    const day = this.viewDay() ?? today();
    const period = periodYears(hit.node);
    const opensAt = dayToOpen(hit.node, day);
    const elsewhen = !inForceOnDay(hit.node, day);
    return h(
      "li",
      {
        id: `search-option-${index}`,
        role: "option",
        class: [index === this.active ? "active" : "", elsewhen ? "elsewhen" : ""].join(" ").trim(),
        "aria-selected": index === this.active ? "true" : "false",
        "data-testid": "search-option",
        "data-id": hit.node.id,
        "data-in-force": elsewhen ? "false" : "true",
        title: opensAt ? tf(language, "search.opensAt", { date: opensAt }) : null,
      },
      h("span", { class: "search-name" }, shown),
      h("span", { class: "search-type" }, typeName(hit.node.type, language)),
      matched && matched !== shown ? h("span", { class: "search-alias" }, `“${matched}”`) : null,
      period
        ? h(
            "span",
            {
              class: "search-period",
              "data-testid": "search-period",
              "aria-label": tf(language, "search.periodLabel", { period }),
            },
            period,
          )
        : null,
      elsewhen
        ? h(
            "span",
            { class: "search-when", "data-testid": "search-when" },
            t(language, opensAt !== null && opensAt > day ? "search.future" : "search.past"),
          )
        : null,
      successionPhrases(hit.succession, language).map((phrase) => successionLine(phrase, null, "span")),
    );
  }
}
