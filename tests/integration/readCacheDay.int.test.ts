/**
 * Answers that stay true: a read without `asOf` answers for the UTC day it is asked on, also when
 * it comes from the read cache. The app's clock is moved across midnight; the graph is not
 * written, so only the day can turn the cache over.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "#tests/generated/gql.ts";
import { answerTo, useApp } from "./harness.ts";

const PREFIX = "read-cache-day-";
const PLAN = `${PREFIX}plan`;
const QUERY = graphql(`query ReadCacheDayPlan($id: ID!) { node(id: $id) { id } }`);

describe("the read cache across midnight UTC", () => {
  let clock = new Date("2027-12-31T23:59:30Z");
  const api = useApp({ now: () => clock });

  beforeAll(async () => {
    await api.run(
      `CREATE (:Entity:Plan {id: $id, name: 'A plan that ends with 2027', inForceFrom: '2020-01-01', inForceTo: '2027-12-31'})`,
      { id: PLAN },
    );
  });
  afterAll(async () => {
    await api.run("MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix: PREFIX });
  });

  async function read(): Promise<{ cache: string | null; code: unknown; id: unknown }> {
    const response = await fetch(`${api.url()}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: String(QUERY), variables: { id: PLAN } }),
    });
    const body = await answerTo(QUERY, response);
    return {
      cache: response.headers.get("x-read-cache"),
      code: body.errors?.[0]?.extensions?.code,
      id: body.data?.node?.id,
    };
  }

  it("serves a plan that ended yesterday as ended from the first second of the new day", async () => {
    const lastDay = await read();
    expect(lastDay).toMatchObject({ id: PLAN, code: undefined });
    expect((await read()).cache).toBe("hit");

    clock = new Date("2028-01-01T00:00:01Z");
    const nextDay = await read();
    expect(nextDay.code).toBe("NOT_FOUND");
    expect(nextDay.cache).toBe("miss");
    expect((await read()).cache).toBe("hit");
  });
});
