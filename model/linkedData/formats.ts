/**
 * The four open formats the graph is published in, by name, with their media types and file
 * extensions: one list for the export command line, `GET /data/graph.<ext>` and the explorer.
 */
import type { LinkedGraph } from "./graph.ts";
import { toGexf, toGraphml } from "./networkFormats.ts";
import { toRdf } from "./rdf.ts";
import { toJsonLd, toTurtle } from "./serialise.ts";

export const OPEN_FORMATS = ["jsonld", "turtle", "graphml", "gexf"] as const;
export type OpenFormat = (typeof OPEN_FORMATS)[number];

export const FORMAT_INFO: Readonly<
  Record<OpenFormat, { readonly mediaType: string; readonly extension: string }>
> = {
  jsonld: { mediaType: "application/ld+json", extension: "jsonld" },
  turtle: { mediaType: "text/turtle", extension: "ttl" },
  graphml: { mediaType: "application/graphml+xml", extension: "graphml" },
  gexf: { mediaType: "application/gexf+xml", extension: "gexf" },
};

export function isOpenFormat(value: string): value is OpenFormat {
  return (OPEN_FORMATS as readonly string[]).includes(value);
}

/** The format a file extension names (`ttl` → turtle), if any. */
export function formatOfExtension(extension: string): OpenFormat | undefined {
  return OPEN_FORMATS.find((format) => FORMAT_INFO[format].extension === extension);
}

/** The graph written in one format, with entity addresses under `base`. */
export function writeGraph(graph: LinkedGraph, format: OpenFormat, base: string): string {
  switch (format) {
    case "jsonld":
      return toJsonLd(toRdf(graph, { base }));
    case "turtle":
      return toTurtle(toRdf(graph, { base }));
    case "graphml":
      return toGraphml(graph, base);
    case "gexf":
      return toGexf(graph, base);
    default: {
      const unreachable: never = format;
      throw new Error(`Unknown format ${String(unreachable)}`);
    }
  }
}
