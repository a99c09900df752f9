/**
 * How the graph's vocabulary maps onto standard vocabularies: the W3C Organization Ontology (org:),
 * PROV-O (prov:), SKOS, Dublin Core terms and schema.org. One table per concept — node labels and
 * relationship types — read by the RDF writer and listed row by row in docs/linked-data.md (a test
 * keeps the two equal). Every label and type also keeps its own term in the graph's namespace
 * (`ehg:Ministry`, `ehg:OVERSEES`), so nothing is lost where no standard term fits.
 */
import type { NodeLabel, RelationshipType } from "../vocabulary.ts";

export const PREFIXES = {
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  owl: "http://www.w3.org/2002/07/owl#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  org: "http://www.w3.org/ns/org#",
  prov: "http://www.w3.org/ns/prov#",
  dcterms: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  schema: "https://schema.org/",
} as const;
export type Prefix = keyof typeof PREFIXES;
/** A term of a standard vocabulary, written compact (`org:subOrganizationOf`). */
export type CompactTerm = `${Prefix}:${string}`;

export function expand(term: CompactTerm): string {
  const colon = term.indexOf(":");
  return PREFIXES[term.slice(0, colon) as Prefix] + term.slice(colon + 1);
}

/** Organisational units inside another organisation: `org:unitOf` / `org:hasUnit` rather than sub-organisations. */
const UNIT_LABELS = ["Department", "Section"] as const satisfies readonly NodeLabel[];
const DOCUMENT_LABELS = ["Strategy", "Plan", "Report", "Law"] as const satisfies readonly NodeLabel[];

/** The standard classes of each label, beside its own `ehg:<Label>`. */
export const LABEL_CLASSES: Readonly<Record<NodeLabel, readonly CompactTerm[]>> = {
  Country: ["schema:Country"],
  Figure: ["schema:Observation"],
  Ministry: ["org:Organization", "org:FormalOrganization", "schema:GovernmentOrganization"],
  Department: ["org:Organization", "org:OrganizationalUnit", "schema:GovernmentOrganization"],
  Section: ["org:Organization", "org:OrganizationalUnit", "schema:GovernmentOrganization"],
  Directorate: ["org:Organization", "org:FormalOrganization", "schema:GovernmentOrganization"],
  Agency: ["org:Organization", "org:FormalOrganization", "schema:GovernmentOrganization"],
  RegionalHealthAuthority: ["org:Organization", "org:FormalOrganization", "schema:GovernmentOrganization"],
  MunicipalityGroup: ["org:Organization"],
  Hospital: ["org:Organization", "org:FormalOrganization", "schema:Hospital"],
  Council: ["org:Organization"],
  Association: ["org:Organization", "org:FormalOrganization"],
  Parliament: ["org:Organization", "org:FormalOrganization", "schema:GovernmentOrganization"],
  InternationalBody: ["org:Organization", "org:FormalOrganization"],
  Person: ["foaf:Person", "schema:Person"],
  Solution: ["schema:Service"],
  Strategy: ["prov:Entity", "foaf:Document", "schema:CreativeWork"],
  Plan: ["prov:Entity", "foaf:Document", "schema:CreativeWork"],
  Report: ["prov:Entity", "foaf:Document", "schema:Report"],
  Law: ["prov:Entity", "foaf:Document", "schema:Legislation"],
  Vision: ["skos:Concept"],
  Goal: ["skos:Concept"],
  Objective: ["skos:Concept"],
  Outcome: ["skos:Concept"],
  TargetGroup: ["schema:Audience"],
  Topic: ["skos:Concept"],
  ResponsibilityArea: ["skos:Concept"],
  SDG: ["skos:Concept"],
  Project: ["schema:Project"],
  Definition: ["skos:Concept"],
  HealthcareGoal: ["skos:Concept"],
  UseCase: ["skos:Concept"],
};

/** What an end of a relationship must be for a standard term to apply. */
export type EndKind = "unit" | "organisation" | "document" | "person" | "any";

export function endKindsOf(label: string): ReadonlySet<EndKind> {
  const kinds = new Set<EndKind>(["any"]);
  if ((UNIT_LABELS as readonly string[]).includes(label)) kinds.add("unit");
  // An organisation is what the table above makes an org:Organization (a unit test lists which
  // labels those are), so the explorer need not load the model.
  if (classesOf(label).includes("org:Organization")) kinds.add("organisation");
  if ((DOCUMENT_LABELS as readonly string[]).includes(label)) kinds.add("document");
  if (label === "Person") kinds.add("person");
  return kinds;
}

/** A triple written beside the relationship's own: its subject and object are the relationship's ends. */
export type StandardTriple = readonly ["from" | "to", CompactTerm, "from" | "to"];

export interface StandardLink {
  readonly from: EndKind;
  readonly to: EndKind;
  readonly triples: readonly StandardTriple[];
}

/** Renames, mergers and successions between organisations become `org:ChangeEvent`s of this kind. */
export type ChangeKind = "Merger" | "Renaming" | "Succession";

export interface RelationshipMapping {
  /** Tried in order; the first whose end kinds fit applies. */
  readonly links: readonly StandardLink[];
  /** Between two organisations, the relationship is also an `org:ChangeEvent` of this kind. */
  readonly change?: ChangeKind;
}

const linkedTo: StandardLink = {
  from: "organisation",
  to: "organisation",
  triples: [["from", "org:linkedTo", "to"]],
};
const replaces: StandardLink = {
  from: "any",
  to: "any",
  triples: [
    ["from", "dcterms:isReplacedBy", "to"],
    ["to", "dcterms:replaces", "from"],
  ],
};

/**
 * Every relationship type's standard terms. Between two organisations a type without a closer
 * term is `org:linkedTo` ("an arbitrary relationship between two organizations").
 */
export const RELATIONSHIP_MAPPING: Readonly<Record<RelationshipType, RelationshipMapping>> = {
  PART_OF: {
    links: [
      {
        from: "unit",
        to: "organisation",
        triples: [
          ["from", "org:unitOf", "to"],
          ["to", "org:hasUnit", "from"],
        ],
      },
      {
        from: "organisation",
        to: "organisation",
        triples: [
          ["from", "org:subOrganizationOf", "to"],
          ["to", "org:hasSubOrganization", "from"],
        ],
      },
      { from: "any", to: "any", triples: [["from", "dcterms:isPartOf", "to"]] },
    ],
  },
  OVERSEES: { links: [linkedTo] },
  OWNS: {
    links: [
      {
        from: "organisation",
        to: "organisation",
        triples: [
          ["from", "org:hasSubOrganization", "to"],
          ["to", "org:subOrganizationOf", "from"],
        ],
      },
    ],
  },
  RUNS: { links: [] },
  MANAGES: { links: [linkedTo] },
  GOVERNS: { links: [linkedTo] },
  RESPONSIBLE_FOR: { links: [] },
  WORKS_ON: { links: [] },
  MEMBER_OF: {
    links: [{ from: "any", to: "organisation", triples: [["from", "org:memberOf", "to"]] }],
  },
  LEADS: {
    links: [{ from: "person", to: "organisation", triples: [["from", "org:headOf", "to"]] }, linkedTo],
  },
  PARTICIPATES_IN: { links: [linkedTo] },
  HOLDS_ROLE: {
    links: [{ from: "person", to: "organisation", triples: [["from", "org:memberOf", "to"]] }],
  },
  ADVISES: { links: [linkedTo] },
  COORDINATES: { links: [linkedTo] },
  FINANCES: { links: [linkedTo] },
  PUBLISHED: {
    links: [
      {
        from: "any",
        to: "any",
        triples: [
          ["to", "dcterms:publisher", "from"],
          ["to", "prov:wasAttributedTo", "from"],
        ],
      },
    ],
  },
  REPLACED_BY: { links: [replaces], change: "Succession" },
  SUCCEEDED_BY: { links: [replaces], change: "Succession" },
  MERGED_INTO: { links: [linkedTo], change: "Merger" },
  RENAMED_TO: { links: [replaces], change: "Renaming" },
  ALIGNED_WITH: { links: [] },
  IMPLEMENTED_BY: { links: [] },
  HAS_VISION: { links: [] },
  HAS_GOAL: { links: [] },
  HAS_OBJECTIVE: { links: [] },
  OUTCOME_OF: { links: [] },
  CONTRIBUTES_TO: { links: [] },
  DEPENDS_ON: { links: [{ from: "any", to: "any", triples: [["from", "dcterms:requires", "to"]] }] },
  TARGETS: { links: [{ from: "any", to: "any", triples: [["from", "schema:audience", "to"]] }] },
  ADDRESSES: { links: [{ from: "any", to: "any", triples: [["from", "dcterms:subject", "to"]] }] },
  SUPPORTS: { links: [] },
  DEFINES: { links: [{ from: "any", to: "any", triples: [["to", "rdfs:isDefinedBy", "from"]] }] },
  REGULATES: { links: [] },
  APPLIES_IN: {
    links: [{ from: "any", to: "any", triples: [["from", "schema:legislationJurisdiction", "to"]] }],
  },
  LOCATED_IN: { links: [{ from: "any", to: "any", triples: [["from", "schema:location", "to"]] }] },
  HAS_FIGURE: { links: [] },
  USES: { links: [] },
  RELATED_TO: {
    links: [linkedTo, { from: "any", to: "any", triples: [["from", "dcterms:relation", "to"]] }],
  },
};

/** The standard triples of one relationship, by the labels of its ends. */
export function standardTriplesOf(
  type: string,
  fromLabel: string,
  toLabel: string,
): { readonly triples: readonly StandardTriple[]; readonly change: ChangeKind | undefined } {
  const mapping = (RELATIONSHIP_MAPPING as Readonly<Record<string, RelationshipMapping>>)[type];
  if (!mapping) return { triples: [], change: undefined };
  const fromKinds = endKindsOf(fromLabel);
  const toKinds = endKindsOf(toLabel);
  const link = mapping.links.find((l) => fromKinds.has(l.from) && toKinds.has(l.to));
  const bothOrganisations = fromKinds.has("organisation") && toKinds.has("organisation");
  return {
    triples: link?.triples ?? (bothOrganisations ? linkedTo.triples : []),
    change: bothOrganisations ? mapping.change : undefined,
  };
}

/** The classes of a label: its standard ones; unknown labels (written outside the seed) have none. */
export function classesOf(label: string): readonly CompactTerm[] {
  return (LABEL_CLASSES as Readonly<Record<string, readonly CompactTerm[]>>)[label] ?? [];
}
