/**
 * Compact URL encoding of the view state. Short keys, defaults left out, lists joined with '.',
 * positions by the order of the listed nodes (positions.ts), the viewport with its canvas size
 * (viewport.ts), the query text as base64url UTF-8.
 */
import { LANGUAGES, type Language } from "../graph/vocabulary.ts";
import { LAYOUT_NAMES, type LayoutName } from "../layouts/types.ts";
import { decodePath, encodePath } from "../path/utils.ts";
import { isDay } from "../time/utils.ts";
import { decodePositions, encodePositions, linkedOrder } from "./positions.ts";
import { DEFAULT_STATE, VIEWS, type ViewName, type ViewState } from "./types.ts";
import { decodeViewport, encodeViewport } from "./viewport.ts";

export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function fromBase64Url(encoded: string): string {
  const padded = encoded
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .padEnd(Math.ceil(encoded.length / 4) * 4, "=");
  const binary = atob(padded);
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

const list = (value: string | null): string[] => (value ? value.split(".").filter(Boolean) : []);
const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  (values as readonly string[]).includes(value ?? "") ? (value as T) : fallback;
const ID = /^[A-Za-z0-9|_-]+$/;

export function encodeState(state: ViewState): string {
  const params = new URLSearchParams();
  const d = DEFAULT_STATE;
  if (state.tab !== d.tab) params.set("v", state.tab);
  if (state.root !== d.root) params.set("r", state.root);
  if (state.selected) params.set("s", state.selected);
  if (state.layout !== d.layout) params.set("l", state.layout);
  if (state.language !== d.language) params.set("lang", state.language);
  if (state.hiddenNodeTypes.length) params.set("hn", state.hiddenNodeTypes.join("."));
  if (state.hiddenEdgeTypes.length) params.set("he", state.hiddenEdgeTypes.join("."));
  if (!state.showInferred) params.set("inf", "0");
  if (state.nodes.length) params.set("n", state.nodes.join("."));
  if (state.expanded.length) {
    params.set("x", state.expanded.map((e) => (e.types ? `${e.id}~${e.types.join("~")}` : e.id)).join("."));
    params.set("xn", state.expanded.map((e) => e.nodes.join("~")).join("."));
  }
  if (state.trace) params.set("t", state.trace);
  if (state.traceSdg) params.set("ts", state.traceSdg);
  if (state.query) params.set("q", toBase64Url(state.query));
  if (state.queryVariables) params.set("qv", toBase64Url(state.queryVariables));
  const positions = encodePositions(state.positions, linkedOrder(state));
  if (positions.ordered) params.set("pp", positions.ordered);
  if (positions.byId) params.set("p", positions.byId);
  if (state.asOf) params.set("asOf", state.asOf);
  if (state.compareTo) params.set("cmp", state.compareTo);
  if (state.viewport) params.set("vp", encodeViewport(state.viewport));
  if (state.statedOnly) params.set("so", "1");
  const path = encodePath(state.path);
  if (path) params.set("path", path);
  // Only a link that holds a view records the release: a plain visit stays a plain address.
  if (state.release && params.size > 0) params.set("rel", state.release);
  return params.toString();
}

/** Reads a state from a query string; anything malformed falls back to its default. */
export function decodeState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const d = DEFAULT_STATE;
  const id = (key: string): string | null => {
    const value = params.get(key);
    return value && ID.test(value) ? value : null;
  };
  // A text that is not base64url is dropped, like any other malformed parameter.
  const text = (key: string): string => {
    try {
      return fromBase64Url(params.get(key) ?? "");
    } catch {
      return "";
    }
  };
  const query = text("q");
  const day = (key: string): string | null => {
    const value = params.get(key);
    return value && isDay(value) ? value : null;
  };
  // Expansion i's nodes are the i-th '.'-separated group of xn (kept apart: ids never hold '.' or '~').
  const expansionNodes = (params.get("xn") ?? "").split(".");
  const expanded = list(params.get("x")).map((entry, index) => {
    const [nodeId = "", ...types] = entry.split("~");
    const nodes = (expansionNodes[index] ?? "").split("~").filter((id) => ID.test(id));
    return { id: nodeId, types: types.length ? types : null, nodes };
  });
  const nodes = list(params.get("n")).filter((id) => ID.test(id));
  const expansions = expanded.filter((e) => ID.test(e.id));
  const order = linkedOrder({ nodes, expanded: expansions });
  return {
    tab: oneOf<ViewName>(VIEWS, params.get("v"), d.tab),
    root: id("r") ?? d.root,
    selected: id("s"),
    layout: oneOf<LayoutName>(LAYOUT_NAMES, params.get("l"), d.layout),
    language: oneOf<Language>(LANGUAGES, params.get("lang"), d.language),
    hiddenNodeTypes: list(params.get("hn")),
    hiddenEdgeTypes: list(params.get("he")),
    showInferred: params.get("inf") !== "0",
    nodes,
    expanded: expansions,
    trace: id("t"),
    traceSdg: id("ts"),
    query,
    queryVariables: text("qv"),
    positions: decodePositions(params.get("pp"), params.get("p"), order),
    asOf: day("asOf"),
    compareTo: day("cmp"),
    viewport: decodeViewport(params.get("vp")),
    path: decodePath(params.get("path")),
    release: /^[0-9][0-9.]{0,30}$/.test(params.get("rel") ?? "") ? params.get("rel") : null,
    statedOnly: params.get("so") === "1",
  };
}
