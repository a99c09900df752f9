/** A tiny element builder: h("button", { class: "x", onclick }, "text"). */
import type { Language } from "@core/graph/index.ts";
import { isMessageKey, type MessageKey, t } from "@core/i18n/index.ts";

type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") {
      element.addEventListener(key.replace(/^on/, ""), value);
    } else if (value === true) {
      element.setAttribute(key, "");
    } else {
      element.setAttribute(key, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export function clear(element: Element): void {
  element.replaceChildren();
}

/** The parts of an element that carry interface text: its text, or one of its attributes. */
type Translations = Readonly<Partial<Record<"text" | "aria-label" | "title" | "placeholder", MessageKey>>>;

function applyTranslations(element: HTMLElement, language: Language, keys: Translations): void {
  for (const [part, key] of Object.entries(keys)) {
    if (!key || !isMessageKey(key)) continue;
    if (part === "text") element.textContent = t(language, key);
    else element.setAttribute(part, t(language, key));
  }
}

/**
 * Gives `element` its text in `language` and remembers the keys, so that `retranslate` can
 * switch it to another language without the view being rebuilt (views built once, like the
 * query tab, follow the EN/NO switch this way).
 */
export function translated<E extends HTMLElement>(element: E, language: Language, keys: Translations): E {
  element.dataset.i18n = JSON.stringify(keys);
  applyTranslations(element, language, keys);
  return element;
}

/** Rewrites every element under `root` that `translated` marked, in `language`. */
export function retranslate(root: ParentNode, language: Language): void {
  for (const element of root.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const keys: unknown = JSON.parse(element.dataset.i18n ?? "{}");
    if (typeof keys === "object" && keys !== null) applyTranslations(element, language, keys);
  }
}
