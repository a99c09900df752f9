/**
 * Writers for RDF triples: Turtle and JSON-LD, dependency-free so that the explorer can write the
 * current view in the browser. Tests read what they write back with real parsers (n3, jsonld).
 */
import type { ObjectTerm, RdfGraph, Subject, Triple } from "./rdf.ts";

const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
/** A local name every Turtle and JSON-LD reader takes without escapes. */
const SAFE_LOCAL = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Subjects in first-seen order, each with its triples, so that a writer can group them. */
function bySubject(triples: readonly Triple[]): Map<string, { subject: Subject; triples: Triple[] }> {
  const groups = new Map<string, { subject: Subject; triples: Triple[] }>();
  for (const triple of triples) {
    const key = `${triple.subject.kind}:${triple.subject.value}`;
    const group = groups.get(key) ?? { subject: triple.subject, triples: [] };
    group.triples.push(triple);
    groups.set(key, group);
  }
  return groups;
}

/** Drops repeated triples (a node and a relationship may state the same standard triple). */
function distinct(triples: readonly Triple[]): Triple[] {
  const seen = new Set<string>();
  return triples.filter((t) => {
    const o = t.object;
    const key = JSON.stringify([
      t.subject.kind,
      t.subject.value,
      t.predicate,
      o.kind,
      o.value,
      o.kind === "literal" ? [o.language, o.datatype] : null,
    ]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function compactor(prefixes: Readonly<Record<string, string>>) {
  // Longest namespace first, so that `id:` never claims what `ehg:` or a standard prefix owns.
  const entries = Object.entries(prefixes).sort(([, a], [, b]) => b.length - a.length);
  return (iri: string): string | undefined => {
    for (const [prefix, namespace] of entries) {
      if (iri.startsWith(namespace)) {
        const local = iri.slice(namespace.length);
        if (SAFE_LOCAL.test(local)) return `${prefix}:${local}`;
      }
    }
    return undefined;
  };
}

function turtleString(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: Turtle strings must escape control characters
  const escaped = value.replace(/[\\"\n\r\t\u0000-\u001f]/g, (c) => {
    switch (c) {
      case "\\":
        return "\\\\";
      case '"':
        return '\\"';
      case "\n":
        return "\\n";
      case "\r":
        return "\\r";
      case "\t":
        return "\\t";
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
    }
  });
  return `"${escaped}"`;
}

export function toTurtle(rdf: RdfGraph): string {
  const compact = compactor(rdf.prefixes);
  const iriText = (iri: string) => compact(iri) ?? `<${iri}>`;
  const term = (t: Subject | ObjectTerm): string => {
    if (t.kind === "iri") return iriText(t.value);
    if (t.kind === "blank") return `_:${t.value}`;
    if (t.language) return `${turtleString(t.value)}@${t.language}`;
    if (t.datatype && t.datatype !== XSD_STRING) return `${turtleString(t.value)}^^${iriText(t.datatype)}`;
    return turtleString(t.value);
  };
  const lines = Object.entries(rdf.prefixes).map(
    ([prefix, namespace]) => `@prefix ${prefix}: <${namespace}> .`,
  );
  for (const { subject, triples } of bySubject(distinct(rdf.triples)).values()) {
    lines.push("");
    const body = triples.map((t) => {
      const predicate = t.predicate === `${rdf.prefixes.rdf}type` ? "a" : iriText(t.predicate);
      return `${predicate} ${term(t.object)}`;
    });
    lines.push(`${term(subject)}\n  ${body.join(" ;\n  ")} .`);
  }
  return `${lines.join("\n")}\n`;
}

type JsonLdValue = { "@id": string } | { "@value": string; "@language"?: string; "@type"?: string };

export function toJsonLd(rdf: RdfGraph): string {
  const compact = compactor(rdf.prefixes);
  const iriText = (iri: string) => compact(iri) ?? iri;
  const id = (t: Subject) => (t.kind === "blank" ? `_:${t.value}` : iriText(t.value));
  const rdfType = `${rdf.prefixes.rdf}type`;
  const graph = [...bySubject(distinct(rdf.triples)).values()].map(({ subject, triples }) => {
    const object: Record<string, unknown> = { "@id": id(subject) };
    const types = triples.filter((t) => t.predicate === rdfType && t.object.kind === "iri");
    if (types.length > 0) object["@type"] = types.map((t) => iriText(t.object.value));
    for (const t of triples) {
      if (t.predicate === rdfType && t.object.kind === "iri") continue;
      const key = iriText(t.predicate);
      const o = t.object;
      const value: JsonLdValue =
        o.kind === "literal"
          ? {
              "@value": o.value,
              ...(o.language ? { "@language": o.language } : {}),
              ...(o.datatype && o.datatype !== XSD_STRING ? { "@type": iriText(o.datatype) } : {}),
            }
          : { "@id": id(o) };
      const values = (object[key] as JsonLdValue[] | undefined) ?? [];
      values.push(value);
      object[key] = values;
    }
    return object;
  });
  return `${JSON.stringify({ "@context": rdf.prefixes, "@graph": graph }, null, 2)}\n`;
}
