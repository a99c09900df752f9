/**
 * Every node and relationship has an address, /id/<id>, that answers by content negotiation: a
 * browser is sent to the explorer with the entity selected, a linked-data client gets JSON-LD or
 * Turtle; an unknown id is a 404 that names it; `?asOf=` gives the entity as it stood that day.
 */
import jsonld from "jsonld";
import { Parser, type Quad } from "n3";
import { describe, expect, it } from "vitest";
import type { ErrorBody } from "#server/errors/errorBody.ts";
import { graphql } from "#tests/generated/gql.ts";
import { useApp } from "./harness.ts";

const BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const SKOS_PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel";
const DCTERMS_IDENTIFIER = "http://purl.org/dc/terms/identifier";

describe("entity addresses /id/<id>", () => {
  // The answers are compared with the API's, not timed: a loaded machine must not fail them.
  const app = useApp({ queryTimeoutMs: 30_000 });
  const get = (path: string, accept: string) =>
    fetch(`${app.url()}${path}`, { headers: { accept }, redirect: "manual" });
  const address = (id: string) => `${app.url()}/id/${encodeURIComponent(id)}`;
  /** The ids of the relationship statements in a Turtle document. */
  const statementIds = (quads: Quad[]) =>
    quads
      .filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${app.url()}/def/Relationship`)
      .map(
        (q) =>
          quads.find((s) => s.subject.equals(q.subject) && s.predicate.value === DCTERMS_IDENTIFIER)?.object
            .value,
      )
      .sort();

  it("sends a browser to the explorer with the node drawn and selected", async () => {
    const answer = await get("/id/norsk-helsenett", BROWSER);
    expect(answer.status).toBe(303);
    expect(answer.headers.get("vary")).toMatch(/accept/i);
    const location = new URL(answer.headers.get("location") ?? "", app.url());
    expect(location.pathname).toBe("/");
    // The explorer's link state (its unit tests read these links back with decodeState).
    expect(location.searchParams.get("s")).toBe("norsk-helsenett");
    expect(location.searchParams.get("n")).toBe("norsk-helsenett");
  });

  it("sends a browser to the explorer with a relationship and its two ends drawn and the relationship selected", async () => {
    const answer = await get(`/id/${encodeURIComponent("norsk-helsenett|RUNS|helsenorge")}`, BROWSER);
    expect(answer.status).toBe(303);
    const state = new URL(answer.headers.get("location") ?? "", app.url()).searchParams;
    expect(state.get("s")).toBe("norsk-helsenett|RUNS|helsenorge");
    expect(state.get("n")?.split(".").sort()).toEqual(["helsenorge", "norsk-helsenett"]);
  });

  it("gives JSON-LD that the jsonld processor expands, with the names in English and Norwegian", async () => {
    const answer = await get("/id/norsk-helsenett", "application/ld+json");
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const expanded = (await jsonld.expand((await answer.json()) as object)) as Record<string, unknown>[];
    const node = expanded.find((object) => object["@id"] === address("norsk-helsenett"));
    const api = await app.query(
      graphql(`query LinkedDataEntitiesNode { node(id: "norsk-helsenett") { name nameNo } }`),
    );
    const labels = (node?.[SKOS_PREF_LABEL] ?? []) as { "@value": string; "@language": string }[];
    expect(labels).toContainEqual({ "@value": api.body.data?.node?.name, "@language": "en" });
    expect(labels).toContainEqual({ "@value": api.body.data?.node?.nameNo, "@language": "nb" });
    expect(expanded.some((object) => object["@id"] === address("norsk-helsenett|RUNS|helsenorge"))).toBe(
      true,
    );
  });

  it("gives a relationship's Turtle: the statement, its basis and every source the API names", async () => {
    const id = "norsk-helsenett|RUNS|helsenorge";
    const answer = await get(`/id/${encodeURIComponent(id)}`, "text/turtle");
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^text\/turtle/);
    const quads = new Parser().parse(await answer.text());
    const about = (predicate: string) =>
      quads
        .filter((q) => q.subject.value === address(id) && q.predicate.value === predicate)
        .map((q) => q.object.value);
    expect(about("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")).toEqual([address("norsk-helsenett")]);
    expect(about(`${app.url()}/def/basis`)).toEqual(["inferred"]);
    const evidence = await app.query(
      graphql(`query LinkedDataEntitiesEvidence($id: ID!) { evidence(id: $id) { section } }`),
      { id },
    );
    expect(about("http://www.w3.org/ns/prov#wasDerivedFrom")).toHaveLength(
      evidence.body.data?.evidence.length ?? -1,
    );
  });

  it("answers an unknown id with 404 naming it, as JSON for a program and as a page for a browser", async () => {
    for (const id of ["no-such-body", "norsk-helsenett|OWNS|helsenorge"]) {
      const answer = await get(`/id/${encodeURIComponent(id)}`, "text/turtle");
      expect(answer.status, id).toBe(404);
      const body = (await answer.json()) as ErrorBody;
      expect(body.errors[0]?.extensions.code).toBe("NOT_FOUND");
      expect(body.errors[0]?.message).toContain(`"${id}"`);
    }
    const page = await get("/id/no-such-body", BROWSER);
    expect(page.status).toBe(404);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toContain("No node with id &#34;no-such-body&#34;");
  });

  it("with asOf gives only what was in force that day, as the API's neighbourhood does", async () => {
    const day = "2022-06-30";
    const answer = await get(`/id/directorate-of-ehealth?asOf=${day}`, "text/turtle");
    expect(answer.status).toBe(200);
    const api = await app.query(
      graphql(
        `query LinkedDataEntitiesNeighbourhood($asOf: String) { neighbourhood(id: "directorate-of-ehealth", asOf: $asOf) { edges { id } } }`,
      ),
      { asOf: day },
    );
    expect(api.body.errors).toBeUndefined();
    const expected = (api.body.data?.neighbourhood.edges ?? []).map((e) => e.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(statementIds(new Parser().parse(await answer.text()))).toEqual(expected);
    // Without a day the address keeps the entity's whole history, the merger of 2024 included.
    const history = statementIds(
      new Parser().parse(await (await get("/id/directorate-of-ehealth", "text/turtle")).text()),
    );
    expect(history).toContain("directorate-of-ehealth|MERGED_INTO|directorate-of-health");
    expect(expected).not.toContain("directorate-of-ehealth|MERGED_INTO|directorate-of-health");
    const browser = await get(`/id/directorate-of-ehealth?asOf=${day}`, BROWSER);
    expect(new URL(browser.headers.get("location") ?? "", app.url()).searchParams.get("asOf")).toBe(day);
  });

  it("with asOf answers 404 with the period for an entity not in force that day, and 400 for a bad day", async () => {
    const gone = await get("/id/directorate-of-ehealth?asOf=2025-01-01", "application/ld+json");
    expect(gone.status).toBe(404);
    const body = (await gone.json()) as ErrorBody;
    expect(body.errors[0]?.message).toContain("was not in force on 2025-01-01");
    const merger = `/id/${encodeURIComponent("directorate-of-ehealth|MERGED_INTO|directorate-of-health")}`;
    expect((await get(`${merger}?asOf=2023-06-30`, "text/turtle")).status).toBe(404);
    expect((await get(`${merger}?asOf=2024-01-01`, "text/turtle")).status).toBe(404);
    expect((await get(`${merger}`, "text/turtle")).status).toBe(200);
    expect((await get("/id/norsk-helsenett?asOf=yesterday", "text/turtle")).status).toBe(400);
  });

  it("answers 406 when the client accepts none of HTML, JSON-LD and Turtle", async () => {
    const answer = await get("/id/norsk-helsenett", "image/png");
    expect(answer.status).toBe(406);
    expect(await answer.text()).toContain("text/turtle");
  });
});
