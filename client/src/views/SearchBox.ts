/** Autocomplete over the server's full-text search, as an ARIA combobox. */
import { api, describeError } from "@core/api/index.ts";
import { type Language, labelOf, type SearchHit } from "@core/graph/index.ts";
import { t, tf } from "@core/i18n/index.ts";
import { typeName } from "@core/i18n/vocabulary.ts";
import { debounce, matchedName, type SearchState } from "@core/search/index.ts";
import { clear, h } from "./dom.ts";

export class SearchBox {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private state: SearchState = { phase: "idle" };
  private active = -1;
  private requestId = 0;

  constructor(
    private readonly onChoose: (hit: SearchHit) => void,
    private language: () => Language,
    /** The day the view is drawn for: each search names it (the API client keeps no day). */
    private readonly asOf: () => string | null = () => null,
  ) {
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
    const run = debounce((text: string) => void this.search(text), 200);
    this.input.addEventListener("input", () => run(this.input.value));
    this.input.addEventListener("keydown", (event) => this.onKey(event));
    this.input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
    this.input.addEventListener("focus", () => {
      if (this.state.phase === "results") this.render();
    });
  }

  private async search(text: string): Promise<void> {
    const trimmed = text.trim();
    if (trimmed.length < 2) {
      this.state = { phase: "idle" };
      this.render();
      return;
    }
    const id = ++this.requestId;
    this.state = { phase: "loading", text: trimmed };
    this.render();
    try {
      const hits = await api.search(trimmed, 8, this.asOf());
      if (id !== this.requestId) return;
      this.state = { phase: "results", text: trimmed, hits };
    } catch (error) {
      if (id !== this.requestId) return;
      this.state = { phase: "failed", text: trimmed, message: describeError(error, this.language()) };
    }
    this.active = this.state.phase === "results" && this.state.hits.length ? 0 : -1;
    this.render();
  }

  private onKey(event: KeyboardEvent): void {
    const hits = this.state.phase === "results" ? this.state.hits : [];
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
    const state = this.state;
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
          const shown = labelOf(hit.node, this.language());
          const matched = matchedName(state.text, hit.node);
          const option = h(
            "li",
            {
              id: `search-option-${index}`,
              role: "option",
              class: index === this.active ? "active" : "",
              "aria-selected": index === this.active ? "true" : "false",
              "data-testid": "search-option",
              "data-id": hit.node.id,
            },
            h("span", { class: "search-name" }, shown),
            h("span", { class: "search-type" }, typeName(hit.node.type, this.language())),
            matched && matched !== shown ? h("span", { class: "search-alias" }, `“${matched}”`) : null,
          );
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
}
