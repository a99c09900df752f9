/**
 * Compact URL encoding of the view state. Short keys, defaults left out, lists joined with '.',
 * positions as 'id_x_y' joined with '~' (ids are slugs, so '_' and '~' never occur in them),
 * the query text as base64url UTF-8.
 */
import { LANGUAGES, type Language } from "../graph/vocabulary.ts";
import { LAYOUT_NAMES, type LayoutName, type Point } from "../layouts/types.ts";
import { decodePath, encodePath } from "../path/utils.ts";
import { isDay } from "../time/utils.ts";
import { DEFAULT_STATE, VIEWS, type ViewName, type ViewState } from "./types.ts";

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
  if (state.view !== d.view) params.set("v", state.view);
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
  const positions = Object.entries(state.positions);
  if (positions.length) {
    params.set("p", positions.map(([id, p]) => `${id}_${Math.round(p.x)}_${Math.round(p.y)}`).join("~"));
  }
  if (state.asOf) params.set("asOf", state.asOf);
  if (state.compareTo) params.set("cmp", state.compareTo);
  if (state.viewport) {
    const { zoom, x, y } = state.viewport;
    params.set("vp", `${zoom.toFixed(3)}_${Math.round(x)}_${Math.round(y)}`);
  }
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
  const positions: Record<string, Point> = {};
  for (const entry of (params.get("p") ?? "").split("~")) {
    const match = /^([a-z0-9-]+)_(-?\d+(?:\.\d+)?)_(-?\d+(?:\.\d+)?)$/.exec(entry);
    if (match?.[1] && match[2] && match[3])
      positions[match[1]] = { x: Number(match[2]), y: Number(match[3]) };
  }
  // Expansion i's nodes are the i-th '.'-separated group of xn (kept apart: ids never hold '.' or '~').
  const expansionNodes = (params.get("xn") ?? "").split(".");
  const vp = /^(\d+(?:\.\d+)?)_(-?\d+)_(-?\d+)$/.exec(params.get("vp") ?? "");
  const viewport =
    vp?.[1] && vp[2] && vp[3] ? { zoom: Number(vp[1]), x: Number(vp[2]), y: Number(vp[3]) } : null;
  const expanded = list(params.get("x")).map((entry, index) => {
    const [nodeId = "", ...types] = entry.split("~");
    const nodes = (expansionNodes[index] ?? "").split("~").filter((id) => ID.test(id));
    return { id: nodeId, types: types.length ? types : null, nodes };
  });
  return {
    view: oneOf<ViewName>(VIEWS, params.get("v"), d.view),
    root: id("r") ?? d.root,
    selected: id("s"),
    layout: oneOf<LayoutName>(LAYOUT_NAMES, params.get("l"), d.layout),
    language: oneOf<Language>(LANGUAGES, params.get("lang"), d.language),
    hiddenNodeTypes: list(params.get("hn")),
    hiddenEdgeTypes: list(params.get("he")),
    showInferred: params.get("inf") !== "0",
    nodes: list(params.get("n")).filter((id) => ID.test(id)),
    expanded: expanded.filter((e) => ID.test(e.id)),
    trace: id("t"),
    traceSdg: id("ts"),
    query,
    queryVariables: text("qv"),
    positions,
    asOf: day("asOf"),
    compareTo: day("cmp"),
    viewport: viewport && viewport.zoom > 0 ? viewport : null,
    path: decodePath(params.get("path")),
    release: /^[0-9][0-9.]{0,30}$/.test(params.get("rel") ?? "") ? params.get("rel") : null,
  };
}
