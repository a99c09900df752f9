/**
 * The graph as RDF triples: every node with its labels in both languages, every relationship as a
 * direct triple plus a statement node (`rdf:Statement`, at the relationship's own address) that
 * carries its basis, wording, reasons, validity and `prov:wasDerivedFrom` its sources; changes
 * between organisations as `org:ChangeEvent`s. The Turtle and JSON-LD writers serialise these.
 */
import { isIsoDate, periodEnd, periodStart } from "../period.ts";
import { type DocumentId, PUBLIC_SOURCE_ID, SOURCE_DOCUMENTS } from "../sources.ts";
import { documentAddress, entityAddress, sdgUri, vocabularyNamespace } from "./addresses.ts";
import type { LinkedEdge, LinkedGraph, LinkedNode, LinkedSource } from "./graph.ts";
import { type CompactTerm, classesOf, expand, PREFIXES, standardTriplesOf } from "./mapping.ts";

export interface Iri {
  readonly kind: "iri";
  readonly value: string;
}
export interface Blank {
  readonly kind: "blank";
  readonly value: string;
}
export interface Literal {
  readonly kind: "literal";
  readonly value: string;
  readonly language?: string;
  /** A full datatype IRI; absent for a plain string (or a language-tagged one). */
  readonly datatype?: string;
}
export type Subject = Iri | Blank;
export type ObjectTerm = Iri | Blank | Literal;
export interface Triple {
  readonly subject: Subject;
  readonly predicate: string;
  readonly object: ObjectTerm;
}

export interface RdfOptions {
  /** The address the entities live under (`<base>/id/<id>`). */
  readonly base: string;
  /** Nodes described only by type and names (the neighbours in one entity's document). */
  readonly brief?: ReadonlySet<string>;
}

export interface RdfGraph {
  readonly triples: readonly Triple[];
  /** Prefixes a writer may use: the standard ones and `ehg:` (the graph's vocabulary) and `id:`. */
  readonly prefixes: Readonly<Record<string, string>>;
}

const XSD = PREFIXES.xsd;
const iri = (value: string): Iri => ({ kind: "iri", value });
const std = (term: CompactTerm): string => expand(term);
const text = (value: string, language?: string): Literal =>
  language ? { kind: "literal", value, language } : { kind: "literal", value };
const typed = (value: string, datatype: string): Literal => ({ kind: "literal", value, datatype });
const day = (value: string): Literal => typed(value, `${XSD}date`);

/** A date as the seed gives it, typed by its precision (xsd:gYear, xsd:gYearMonth or xsd:date). */
function partialDate(value: string): Literal {
  if (!isIsoDate(value)) return text(value);
  const parts = value.split("-").length;
  return typed(value, `${XSD}${parts === 1 ? "gYear" : parts === 2 ? "gYearMonth" : "date"}`);
}

/** A property value as literals (lists give one each); values RDF has no literal for are left out. */
function literals(value: unknown): Literal[] {
  if (Array.isArray(value)) return value.flatMap(literals);
  if (typeof value === "string") return [text(value)];
  if (typeof value === "boolean") return [typed(String(value), `${XSD}boolean`)];
  if (typeof value === "number" && Number.isFinite(value))
    // xsd:decimal, not xsd:double: readers rewrite a double's lexical form ("5.4" → "5.4E0").
    return [typed(String(value), `${XSD}${Number.isInteger(value) ? "integer" : "decimal"}`)];
  return [];
}

/** Properties by key, so that equal graphs give equal files whatever order a reader returned. */
function sortedEntries(properties: Readonly<Record<string, unknown>>): [string, unknown][] {
  return Object.entries(properties).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Characters the IRI grammar (and Turtle) forbid, percent-encoded; everything else kept. */
function safeIri(value: string): string {
  return value.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the IRI grammar forbids control characters, so they are percent-encoded
    /[\u0000-\u0020<>"{}|\\^`]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/** A property key as a local name of the graph's vocabulary. */
function localName(key: string): string {
  return encodeURIComponent(key);
}

export function toRdf(graph: LinkedGraph, options: RdfOptions): RdfGraph {
  const ns = vocabularyNamespace(options.base);
  const ehg = (local: string) => `${ns}${local}`;
  const triples: Triple[] = [];
  const add = (subject: Subject, predicate: string, object: ObjectTerm) =>
    triples.push({ subject, predicate, object });
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));

  function nodeIri(id: string): Iri {
    const node = nodes.get(id);
    const number = node?.properties.unNumber ?? node?.properties.number;
    // The UN's own URI for an SDG, so that the graph joins every other dataset that uses it.
    if (node?.type === "SDG" && typeof number === "number") return iri(sdgUri(number));
    return iri(entityAddress(options.base, id));
  }

  const documents = new Map<string, Subject>();
  function documentOf(source: LinkedSource): Subject {
    const key =
      source.document === PUBLIC_SOURCE_ID ? `${source.url ?? ""}\u0000${source.title}` : source.document;
    const known = documents.get(key);
    if (known) return known;
    const registered = Object.hasOwn(SOURCE_DOCUMENTS, source.document)
      ? SOURCE_DOCUMENTS[source.document as DocumentId]
      : undefined;
    const subject: Subject = registered
      ? iri(documentAddress(options.base, registered.id))
      : source.url && /^https?:\/\//.test(source.url)
        ? iri(safeIri(source.url))
        : { kind: "blank", value: `doc${documents.size + 1}` };
    documents.set(key, subject);
    add(subject, std("rdf:type"), iri(std("prov:Entity")));
    add(subject, std("rdf:type"), iri(std("foaf:Document")));
    add(subject, std("dcterms:title"), text(source.title));
    if (registered) {
      add(subject, std("dcterms:identifier"), text(registered.id));
      add(subject, std("dcterms:publisher"), text(registered.publisher));
      if (registered.date) add(subject, std("dcterms:date"), partialDate(registered.date));
      if (registered.url) add(subject, std("schema:url"), iri(safeIri(registered.url)));
    } else if (source.url) {
      add(subject, std("schema:url"), iri(safeIri(source.url)));
    }
    return subject;
  }

  const references = new Map<string, Blank>();
  /** A source reference: the document, its section and paragraph, and the quote where there is one. */
  function referenceOf(source: LinkedSource): Blank {
    const quote = typeof source.quote === "string" && source.quote.length > 0 ? source.quote : undefined;
    const key = JSON.stringify([
      source.document,
      source.title,
      source.url ?? null,
      source.section,
      source.paragraph ?? null,
      quote ?? null,
    ]);
    const known = references.get(key);
    if (known) return known;
    const reference: Blank = { kind: "blank", value: `src${references.size + 1}` };
    references.set(key, reference);
    add(reference, std("rdf:type"), iri(ehg("SourceReference")));
    add(reference, std("rdf:type"), iri(std("prov:Entity")));
    add(reference, std("dcterms:isPartOf"), documentOf(source));
    add(reference, ehg("section"), text(source.section));
    if (typeof source.paragraph === "number")
      add(reference, ehg("paragraph"), typed(String(source.paragraph), `${XSD}integer`));
    if (quote) add(reference, ehg("quote"), text(quote));
    return reference;
  }

  /** Sources, validity and its sources: the same for a node and for a relationship's statement. */
  function evidence(subject: Subject, fact: LinkedNode | LinkedEdge): void {
    for (const source of fact.sources) add(subject, std("prov:wasDerivedFrom"), referenceOf(source));
    if (fact.validFrom) {
      add(subject, ehg("validFrom"), partialDate(fact.validFrom));
      if (isIsoDate(fact.validFrom)) add(subject, std("schema:validFrom"), day(periodStart(fact.validFrom)));
    }
    if (fact.validTo) {
      add(subject, ehg("validTo"), partialDate(fact.validTo));
      if (isIsoDate(fact.validTo)) add(subject, std("schema:validThrough"), day(periodEnd(fact.validTo)));
    }
    for (const source of fact.dateSources ?? []) add(subject, ehg("dateSource"), referenceOf(source));
  }

  for (const node of graph.nodes) {
    const subject = nodeIri(node.id);
    add(subject, std("rdf:type"), iri(ehg(node.type)));
    for (const term of classesOf(node.type)) add(subject, std("rdf:type"), iri(std(term)));
    add(subject, std("dcterms:identifier"), text(node.id));
    add(subject, std("rdfs:label"), text(node.name, "en"));
    add(subject, std("skos:prefLabel"), text(node.name, "en"));
    if (node.nameNo) {
      add(subject, std("rdfs:label"), text(node.nameNo, "nb"));
      add(subject, std("skos:prefLabel"), text(node.nameNo, "nb"));
    }
    if (subject.value !== entityAddress(options.base, node.id))
      add(subject, std("rdfs:seeAlso"), iri(entityAddress(options.base, node.id)));
    if (options.brief?.has(node.id)) continue;
    // The seed does not record an alias's language, so none is claimed.
    for (const alias of node.aliases) add(subject, std("skos:altLabel"), text(alias));
    if (node.description) add(subject, std("dcterms:description"), text(node.description, "en"));
    if (node.descriptionNo) add(subject, std("dcterms:description"), text(node.descriptionNo, "nb"));
    for (const [key, value] of sortedEntries(node.properties))
      for (const literal of literals(value)) add(subject, ehg(localName(key)), literal);
    evidence(subject, node);
  }

  for (const edge of graph.edges) {
    const from = nodeIri(edge.source);
    const to = nodeIri(edge.target);
    const predicate = ehg(edge.type);
    add(from, predicate, to);
    const ends = { from, to };
    const standard = standardTriplesOf(
      edge.type,
      nodes.get(edge.source)?.type ?? "",
      nodes.get(edge.target)?.type ?? "",
    );
    for (const [subjectEnd, term, objectEnd] of standard.triples)
      add(ends[subjectEnd], std(term), ends[objectEnd]);

    const statement = iri(entityAddress(options.base, edge.id));
    add(statement, std("rdf:type"), iri(std("rdf:Statement")));
    add(statement, std("rdf:type"), iri(ehg("Relationship")));
    add(statement, std("rdf:subject"), from);
    add(statement, std("rdf:predicate"), iri(predicate));
    add(statement, std("rdf:object"), to);
    add(statement, std("dcterms:identifier"), text(edge.id));
    add(statement, ehg("basis"), text(edge.basis));
    if (edge.strength) add(statement, ehg("strength"), text(edge.strength));
    if (edge.wording) add(statement, ehg("wording"), text(edge.wording, "en"));
    if (edge.reason) add(statement, ehg("reason"), text(edge.reason, "en"));
    if (edge.reasonNo) add(statement, ehg("reason"), text(edge.reasonNo, "nb"));
    if (edge.conflict) add(statement, ehg("conflict"), text(edge.conflict, "en"));
    for (const [key, value] of sortedEntries(edge.properties))
      for (const literal of literals(value)) add(statement, ehg(localName(key)), literal);
    evidence(statement, edge);

    if (standard.change) {
      const event = iri(`${statement.value}#change`);
      add(event, std("rdf:type"), iri(std("org:ChangeEvent")));
      add(event, std("rdf:type"), iri(ehg(standard.change)));
      add(event, std("org:originalOrganization"), from);
      add(event, std("org:resultingOrganization"), to);
      add(from, std("org:changedBy"), event);
      add(to, std("org:resultedFrom"), event);
      add(event, std("rdfs:seeAlso"), statement);
      if (edge.validFrom && isIsoDate(edge.validFrom)) {
        const first = periodStart(edge.validFrom);
        add(event, std("dcterms:date"), day(first));
        add(event, std("prov:startedAtTime"), typed(`${first}T00:00:00Z`, `${XSD}dateTime`));
      }
    }
  }

  return {
    triples,
    prefixes: { ...PREFIXES, ehg: ns, id: `${entityAddress(options.base, "")}` },
  };
}
