/**
 * The whole-graph dumps, read back by real tools: the Turtle by n3 and then by Oxigraph's SPARQL
 * engine, which answers five questions exactly as the GraphQL API does; the JSON-LD by the jsonld
 * processor (expansion, then RDF, which must be the Turtle's triples); GraphML and GEXF by xmllint
 * against their published schemas, with as many nodes and edges as the graph. And `npm run export`
 * writes the same files.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jsonld from "jsonld";
import { Parser, type Quad } from "n3";
import { Store } from "oxigraph";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { LABEL_CLASSES } from "#model/linkedData/mapping.ts";
import { NODE_LABELS } from "#model/model.ts";
import { graphql } from "#tests/generated/gql.ts";
import type { TypedDocumentString } from "#tests/generated/graphql.ts";
import { type GraphqlResponse, useApp } from "./harness.ts";
import { type PublishedSchemas, publishedSchemas, xmllint } from "./publishedSchemas.ts";

const work = mkdtempSync(join(tmpdir(), "ehealth-dumps-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("whole-graph dumps", () => {
  // The answers are compared, not timed: a loaded machine must not turn a slow read into a failure.
  const app = useApp({ queryTimeoutMs: 30_000 });
  let counts = { nodes: 0, relationships: 0 };
  let turtle = "";
  let store: Store;
  let ehg = "";

  beforeAll(async () => {
    const [nodes] = await app.run<{ count: number }>("MATCH (n:Entity) RETURN count(n) AS count");
    const [relationships] = await app.run<{ count: number }>(
      "MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS count",
    );
    counts = { nodes: nodes?.count ?? 0, relationships: relationships?.count ?? 0 };
    const response = await get(`/data/graph.ttl`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/turtle/);
    turtle = await response.text();
    store = new Store();
    store.load(turtle, { format: "text/turtle" });
    ehg = `${app.url()}/def/`;
  });

  const prefixes = () => `
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    PREFIX org: <http://www.w3.org/ns/org#>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    PREFIX dcterms: <http://purl.org/dc/terms/>
    PREFIX schema: <https://schema.org/>
    PREFIX ehg: <${ehg}>
  `;
  /**
   * Parsing a dump here keeps this process busy for seconds, past the server's keep-alive timeout,
   * so fetch's next request may go out on a connection the server has just closed: that one request
   * is sent again, on a new connection.
   */
  async function afterIdle<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (!(error instanceof TypeError && /ECONNRESET|other side closed/.test(String(error.cause))))
        throw error;
      return request();
    }
  }
  const get = (path: string, headers: Record<string, string> = {}) =>
    afterIdle(() => fetch(`${app.url()}${path}`, { headers }));

  /**
   * The API's answer to a read. The machine running the suite may be loaded enough for a first
   * query to outlive the API's time limit, which names itself: such a read is asked again.
   */
  function readApi<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables?: TVariables,
  ): Promise<GraphqlResponse<TResult>> {
    return retried(() => app.query(document, variables));
  }
  /** A read whose text is built at run time: its answer is untyped until the caller parses it. */
  function readUntyped(query: string): Promise<GraphqlResponse<unknown>> {
    return retried(() => app.graphql(query));
  }
  async function retried<T>(read: () => Promise<GraphqlResponse<T>>): Promise<GraphqlResponse<T>> {
    for (let attempt = 1; ; attempt++) {
      const answer = await afterIdle(read);
      const timedOut = answer.body.errors?.some((e) => e.extensions?.limit === "queryTimeoutMs");
      if (!timedOut || attempt === 4) {
        expect(answer.body.errors).toBeUndefined();
        return answer;
      }
    }
  }
  /** Rows of a SPARQL SELECT as plain strings by variable name (unbound variables left out). */
  const select = (query: string): Record<string, string>[] => {
    const results = store.query(`${prefixes()}\n${query}`) as Map<string, { value: string }>[];
    return results.map((row) => Object.fromEntries([...row].map(([name, term]) => [name, term.value])));
  };
  /** In force on `day` by the statement's or node's first and last days (open where absent). */
  const inForce = (variable: string, day: string) => `
    OPTIONAL { ${variable} schema:validFrom ?from_${variable.slice(1)} }
    OPTIONAL { ${variable} schema:validThrough ?to_${variable.slice(1)} }
    FILTER ((!BOUND(?from_${variable.slice(1)}) || ?from_${variable.slice(1)} <= "${day}"^^xsd:date) &&
            (!BOUND(?to_${variable.slice(1)}) || ?to_${variable.slice(1)} >= "${day}"^^xsd:date))`;

  it("parses the Turtle with n3, with one statement per relationship and one typed subject per node", async () => {
    const quads = new Parser().parse(turtle);
    expect(quads.length).toBeGreaterThan(counts.nodes + counts.relationships);
    const [statements] = select("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ehg:Relationship }");
    expect(Number(statements?.n)).toBe(counts.relationships);
    const [nodes] = select(`SELECT (COUNT(DISTINCT ?n) AS ?c) WHERE {
      ?n a ?type ; dcterms:identifier ?id . FILTER(STRSTARTS(STR(?type), STR(ehg:)))
      FILTER NOT EXISTS { ?n a ehg:Relationship } FILTER NOT EXISTS { ?n a ehg:SourceReference } }`);
    expect(Number(nodes?.c)).toBe(counts.nodes);
  });

  it("expands the JSON-LD with the jsonld processor into exactly the Turtle's triples", async () => {
    const response = await get(`/data/graph.jsonld`);
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const document = (await response.json()) as object;
    const expanded = await jsonld.expand(document);
    expect(expanded.length).toBeGreaterThan(counts.nodes);
    const nquads = (await jsonld.toRDF(document, { format: "application/n-quads" })) as unknown as string;
    const fromJsonLd = new Parser({ format: "N-Quads" }).parse(nquads);
    const fromTurtle = new Parser().parse(turtle);
    // Blank nodes are relabelled by each reader, so the triples are compared without them.
    const named = (quads: Quad[]) =>
      new Set(
        quads
          .filter((q) => q.subject.termType !== "BlankNode" && q.object.termType !== "BlankNode")
          .map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.id}`),
      );
    expect(fromJsonLd.length).toBe(fromTurtle.length);
    expect(named(fromJsonLd)).toEqual(named(fromTurtle));
  });

  it("SPARQL: who oversaw the Directorate of eHealth in 2022, as the API's neighbourhood says", async () => {
    const day = "2022-06-30";
    const api = await readApi(
      graphql(
        `query DumpsOverseers($asOf: String) { neighbourhood(id: "directorate-of-ehealth", types: ["OVERSEES"], asOf: $asOf) { edges { source target type } } }`,
      ),
      { asOf: day },
    );
    const expected = (api.body.data?.neighbourhood.edges ?? [])
      .filter((e) => e.type === "OVERSEES" && e.target === "directorate-of-ehealth")
      .map((e) => e.source)
      .sort();
    const rows = select(`SELECT DISTINCT ?id WHERE {
      ?s rdf:predicate ehg:OVERSEES ; rdf:object ?target ; rdf:subject ?overseer .
      ?target dcterms:identifier "directorate-of-ehealth" . ?overseer dcterms:identifier ?id .
      ${inForce("?s", day)} ${inForce("?overseer", day)} }`);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.id).sort()).toEqual(expected);
  });

  it("SPARQL: what merged into what on 2024-01-01 (org:ChangeEvent), as the API's changes say", async () => {
    const api = await readApi(
      graphql(
        `query DumpsMergers { changes(from: "2024-01-01", to: "2024-01-01") { kind edge { source target type } } }`,
      ),
    );
    const expected = (api.body.data?.changes ?? [])
      .filter((c) => c.kind === "started" && c.edge?.type === "MERGED_INTO")
      .map((c) => `${c.edge?.source} → ${c.edge?.target}`)
      .sort();
    const rows = select(`SELECT ?from ?to WHERE {
      ?event a org:ChangeEvent, ehg:Merger ; dcterms:date "2024-01-01"^^xsd:date ;
             org:originalOrganization ?a ; org:resultingOrganization ?b .
      ?a dcterms:identifier ?from . ?b dcterms:identifier ?to }`);
    expect(expected).toEqual(["directorate-of-ehealth → directorate-of-health"]);
    expect(rows.map((r) => `${r.from} → ${r.to}`).sort()).toEqual(expected);
  });

  it("SPARQL: which objectives contribute to http://metadata.un.org/sdg/10 and in which words, as the SDG matrix says", async () => {
    const api = await readApi(
      graphql(
        `query DumpsSdgMatrix { sdgMatrix { cells { objective { id } sdg { id properties } wording } } }`,
      ),
    );
    const expected = (api.body.data?.sdgMatrix.cells ?? [])
      .filter((cell) => cell.sdg.properties.unNumber === 10)
      .map((cell) => `${cell.objective.id}: ${cell.wording}`)
      .sort();
    const today = new Date().toISOString().slice(0, 10);
    const rows = select(`SELECT ?id ?wording WHERE {
      ?s rdf:predicate ehg:CONTRIBUTES_TO ; rdf:object <http://metadata.un.org/sdg/10> ; rdf:subject ?objective ;
         ehg:wording ?wording .
      ?objective a ehg:Objective ; dcterms:identifier ?id . ${inForce("?s", today)} }`);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((r) => `${r.id}: ${r.wording}`).sort()).toEqual(expected);
  });

  it("SPARQL: the sources (and quote where there is one) of norsk-helsenett|RUNS|helsenorge, as the API's evidence says", async () => {
    const api = await readApi(
      graphql(
        `query DumpsEvidence { evidence(id: "norsk-helsenett|RUNS|helsenorge") { title section paragraph url quote } }`,
      ),
    );
    const line = (s: {
      title: string;
      section: string;
      paragraph?: string | number | null;
      url?: string | null;
      quote?: string | null;
    }) => [s.title, s.section, s.paragraph ?? "", s.url ?? "", s.quote ?? ""].join(" § ");
    const expected = (api.body.data?.evidence ?? []).map(line).sort();
    const statement = `${app.url()}/id/${encodeURIComponent("norsk-helsenett|RUNS|helsenorge")}`;
    const rows = select(`SELECT ?title ?section ?paragraph ?url ?quote WHERE {
      <${statement}> prov:wasDerivedFrom ?ref .
      ?ref dcterms:isPartOf ?document ; ehg:section ?section . ?document dcterms:title ?title .
      OPTIONAL { ?ref ehg:paragraph ?paragraph } OPTIONAL { ?ref ehg:quote ?quote }
      OPTIONAL { ?document schema:url ?url } }`);
    expect(expected.length).toBe(3);
    expect(
      rows
        .map((r) =>
          line({
            title: r.title ?? "",
            section: r.section ?? "",
            paragraph: r.paragraph,
            url: r.url,
            quote: r.quote,
          }),
        )
        .sort(),
    ).toEqual(expected);
  });

  it("SPARQL: every organisation's Norwegian name, as the generated API gives them", async () => {
    // The generated API's root field for each organisation label, found by its type, not spelt here.
    const schema = await readApi(
      graphql(
        `query DumpsRootFields { __schema { queryType { fields { name type { ofType { ofType { ofType { name } } } } } } } }`,
      ),
    );
    const organisations: readonly string[] = NODE_LABELS.filter((label) =>
      LABEL_CLASSES[label].includes("org:Organization"),
    );
    const fields = (schema.body.data?.__schema.queryType.fields ?? []).filter((f) =>
      organisations.includes(f.type.ofType?.ofType?.ofType?.name ?? ""),
    );
    expect(fields.length).toBe(organisations.length);
    const api = await readUntyped(`{ ${fields.map((f) => `${f.name} { id nameNo }`).join(" ")} }`);
    const names = z
      .record(z.string(), z.array(z.object({ id: z.string(), nameNo: z.string().nullable() })))
      .parse(api.body.data);
    const expected = Object.values(names)
      .flat()
      .map((o) => `${o.id}: ${o.nameNo ?? ""}`)
      .sort();
    const rows = select(`SELECT ?id ?name WHERE {
      ?o a org:Organization ; dcterms:identifier ?id .
      OPTIONAL { ?o skos:prefLabel ?name FILTER(LANG(?name) = "nb") } }`);
    expect(expected.length).toBeGreaterThan(20);
    expect(rows.map((r) => `${r.id}: ${r.name ?? ""}`).sort()).toEqual(expected);
  });

  describe("GraphML and GEXF", () => {
    let schemas: PublishedSchemas;
    beforeAll(() => {
      schemas = publishedSchemas();
    });

    const count = (text: string, element: string) =>
      (text.match(new RegExp(`<${element}\\b`, "g")) ?? []).length;

    it("GraphML is valid against the published GraphML schema and has every node and relationship", async () => {
      const response = await get(`/data/graph.graphml`);
      const graphml = await response.text();
      const file = join(work, "graph.graphml");
      writeFileSync(file, graphml);
      const result = xmllint(schemas.graphml, file);
      expect(result.output).toContain("validates");
      expect(result.ok).toBe(true);
      expect(count(graphml, "node")).toBe(counts.nodes);
      expect(count(graphml, "edge")).toBe(counts.relationships);
    });

    it("GEXF 1.3 is dynamic, valid against the published GEXF schema and has every node and relationship", async () => {
      const response = await get(`/data/graph.gexf`);
      const gexf = await response.text();
      expect(gexf).toMatch(/<gexf xmlns="http:\/\/gexf\.net\/1\.3"[^>]* version="1\.3">/);
      expect(gexf).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
      // The merger's edge starts on its day; the merged directorate ends the day before.
      expect(gexf).toMatch(
        /<edge id="directorate-of-ehealth\|MERGED_INTO\|directorate-of-health"[^>]* start="2024-01-01"/,
      );
      expect(gexf).toMatch(/<node id="directorate-of-ehealth"[^>]* end="2023-12-31"/);
      const file = join(work, "graph.gexf");
      writeFileSync(file, gexf);
      const result = xmllint(schemas.gexf13, file);
      expect(result.output).toContain("validates");
      expect(result.ok).toBe(true);
      expect(count(gexf, "node")).toBe(counts.nodes);
      expect(count(gexf, "edge")).toBe(counts.relationships);
    });

    it("xmllint with the GEXF 1.3 schema rejects the same file claiming version 1.2", async () => {
      // Proves the check bites: the 1.3 schema allows its own version number only.
      const gexf = await (await get(`/data/graph.gexf`)).text();
      const file = join(work, "graph-1.2.gexf");
      writeFileSync(file, gexf.replace(/(<gexf\b[^>]*?) version="1\.3"/, '$1 version="1.2"'));
      const result = xmllint(schemas.gexf13, file);
      expect(result.ok).toBe(false);
      expect(result.output).toContain("version");
    });

    it("xmllint with the published schemas rejects a GraphML edge id holding '|'", () => {
      // Proves the check bites: GraphML ids are name tokens, which a raw relationship id is not.
      const file = join(work, "bad.graphml");
      writeFileSync(
        file,
        '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"/><node id="b"/><edge id="a|RUNS|b" source="a" target="b"/></graph></graphml>',
      );
      expect(xmllint(schemas.graphml, file).ok).toBe(false);
    });
  });

  it("answers a repeat with 304 by ETag until the graph changes", async () => {
    const first = await get(`/data/graph.gexf`);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^".+-gexf"$/);
    const again = await get(`/data/graph.gexf`, { "if-none-match": etag });
    expect(again.status).toBe(304);
    // A write that leaves the data as it was still commits, and so moves the graph's version.
    await app.run("CREATE (probe:LinkedDataEtagProbe) DELETE probe");
    const after = await get(`/data/graph.gexf`, { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    const unknown = await get(`/data/graph.pdf`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("/data/graph.ttl");
  });

  it("npm run export -- --format writes the same four files as /data", async () => {
    const shared = inject("neo4j");
    for (const [format, extension] of [
      ["turtle", "ttl"],
      ["jsonld", "jsonld"],
      ["graphml", "graphml"],
      ["gexf", "gexf"],
    ] as const) {
      const target = join(work, `cli.${extension}`);
      const run = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          ["--import", "tsx", "tools/exportCli.ts", "--format", format, target],
          {
            env: {
              ...process.env,
              NEO4J_URI: shared.uri,
              NEO4J_USER: shared.user,
              NEO4J_PASSWORD: shared.password,
              NEO4J_DATABASE: shared.database,
              PUBLIC_BASE_URL: app.url(),
            },
            stdio: ["ignore", "pipe", "pipe"],
          },
        );
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.once("error", reject);
        child.once("exit", (code) => resolve({ code, output }));
      });
      expect(run.code, run.output).toBe(0);
      const served = await (await get(`/data/graph.${extension}`)).text();
      expect(readFileSync(target, "utf8"), format).toBe(served);
    }
  });
});
