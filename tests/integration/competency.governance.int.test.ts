/**
 * Competency questions over the seeded graph for Norway's eHealth governance, from the factsheet,
 * the overview, the interview and the department page. Each answer must also carry a source from
 * the right document ("<document> § <section>").
 */
import { describe, expect, it } from "vitest";
import { useSeededNeo4j } from "./harness.ts";

type Doc = "factsheet" | "overview" | "interview" | "department" | "strategy";

function expectSource(sources: unknown, document: Doc, what: string): void {
  expect(Array.isArray(sources), `${what}: sources is a list`).toBe(true);
  expect(
    (sources as string[]).some((s) => s.startsWith(`${document} § `)),
    `${what}: has a source from document "${document}"`,
  ).toBe(true);
}

describe("competency questions: eHealth governance in Norway", () => {
  const db = useSeededNeo4j();

  it("what the Department of eHealth holds oversight or management responsibility for", async () => {
    const rows = await db.run<{ type: string; id: string; sources: string[] }>(
      `MATCH (:Department {id: 'department-of-ehealth'})-[r:OVERSEES|MANAGES|GOVERNS]->(x)
       WHERE r.basis = 'stated'
       RETURN type(r) AS type, x.id AS id, r.sources AS sources ORDER BY x.id`,
    );
    expect(rows.map((r) => [r.type, r.id])).toEqual([
      ["OVERSEES", "directorate-of-ehealth"],
      // No MANAGES → helsenettet: the page's "Norwegian Health Network" is Norsk helsenett SF, the
      // body the department governs (correction of release 2026.12.1).
      ["GOVERNS", "norsk-helsenett"],
      ["GOVERNS", "norwegian-health-archives"],
    ]);
    for (const row of rows) expectSource(row.sources, "department", `department → ${row.id}`);
  });

  it("which sections make up the Department of eHealth, and which ministry it belongs to", async () => {
    const sections = await db.run<{ id: string; name: string; sources: string[] }>(
      `MATCH (s:Section)-[r:PART_OF]->(:Department {id: 'department-of-ehealth'})
       RETURN s.id AS id, s.name AS name, r.sources AS sources ORDER BY s.id`,
    );
    expect(sections.map((s) => s.name)).toEqual([
      "Section for Analysis and Governance",
      "Section for eHealth Services",
    ]);
    for (const row of sections) expectSource(row.sources, "department", row.id);

    const parent = await db.run<{ id: string; nameNo: string }>(
      `MATCH (:Department {id: 'department-of-ehealth'})-[:PART_OF]->(m:Ministry)
       RETURN m.id AS id, m.nameNo AS nameNo`,
    );
    expect(parent).toEqual([
      { id: "ministry-of-health-and-care-services", nameNo: "Helse- og omsorgsdepartementet" },
    ]);
  });

  it("which areas of responsibility the department lists", async () => {
    const rows = await db.run<{ id: string; sources: string[] }>(
      `MATCH (:Department {id: 'department-of-ehealth'})-[r:RESPONSIBLE_FOR]->(a:ResponsibilityArea)
       RETURN a.id AS id, r.sources AS sources`,
    );
    const ids = rows.map((r) => r.id);
    for (const id of [
      "digital-interaction-in-the-healthcare-sector",
      "improved-medical-record-solutions",
      "digital-services-for-citizens-and-healthcare-personnel",
      "health-data-and-national-health-data-filing-systems",
      "digital-security-emergency-preparedness-and-privacy",
      "ict-infrastructure-and-common-components",
      "standards-terminology-and-coding-schemes",
      "oversight-of-ehealth-bodies",
      "international-ehealth-cooperation",
    ]) {
      expect(ids).toContain(id);
    }
    for (const row of rows) expectSource(row.sources, "department", row.id);
  });

  it("which services the department works on", async () => {
    const rows = await db.run<{ id: string; sources: string[] }>(
      `MATCH (:Department {id: 'department-of-ehealth'})-[r:WORKS_ON]->(x)
       RETURN x.id AS id, r.sources AS sources ORDER BY x.id`,
    );
    expect(rows.map((r) => r.id)).toEqual([
      "digital-citizen-services",
      "digital-dialogue",
      "digital-home-follow-up",
      "e-resept",
      "european-health-data-space",
      "helsecert",
      "helsedataservice",
      "kjernejournal",
      "patient-access-to-own-records",
    ]);
    for (const row of rows) expectSource(row.sources, "department", row.id);
  });

  it("which directorate is responsible for national eHealth coordination — each for its own period, with the merger dated", async () => {
    const rows = await db.run<{
      id: string;
      conflict: string | null;
      validFrom: string | null;
      validTo: string | null;
      dateSources: string[];
      sources: string[];
    }>(
      `MATCH (d:Directorate)-[r:RESPONSIBLE_FOR]->(:ResponsibilityArea {id: 'national-ehealth-coordination'})
       RETURN d.id AS id, r.conflict AS conflict, r.validFrom AS validFrom, r.validTo AS validTo,
              r.dateSources AS dateSources, r.sources AS sources ORDER BY d.id`,
    );
    expect(rows.map((r) => [r.id, r.validFrom, r.validTo])).toEqual([
      ["directorate-of-ehealth", "2016-01-01", "2023-12-31"],
      ["directorate-of-health", "2024-01-01", null],
    ]);
    for (const row of rows) {
      expect(row.conflict).toBeNull();
      expect(row.dateSources.some((s) => s.startsWith("public § "))).toBe(true);
    }
    // The strategy's foreword gives the Directorate of eHealth the role (the department page only names it as overseen).
    expectSource(rows[0]?.sources, "strategy", "directorate-of-ehealth");
    expectSource(rows[1]?.sources, "factsheet", "directorate-of-health");
  });

  it("which body defines telemedicine", async () => {
    const rows = await db.run<{ id: string; name: string; sources: string[] }>(
      `MATCH (b)-[r:DEFINES]->(:Definition {id: 'telemedicine'})
       RETURN b.id AS id, b.name AS name, r.sources AS sources`,
    );
    expect(rows.map((r) => r.id)).toEqual(["european-commission"]);
    expectSource(rows[0]?.sources, "factsheet", "telemedicine");
  });

  it("which definitions come from the WHO, directly or through a WHO body", async () => {
    const direct = await db.run<{ id: string; sources: string[] }>(
      `MATCH (:InternationalBody {id: 'who'})-[r:DEFINES]->(d:Definition)
       RETURN d.id AS id, r.sources AS sources ORDER BY d.id`,
    );
    expect(direct.map((r) => r.id)).toEqual(["digital-health-who", "ehealth", "telehealth"]);
    for (const row of direct) expectSource(row.sources, "factsheet", row.id);

    const family = await db.run<{ id: string }>(
      `MATCH (b)-[:PART_OF*0..1]->(:InternationalBody {id: 'who'})
       MATCH (b)-[:DEFINES]->(d:Definition)
       RETURN DISTINCT d.id AS id ORDER BY id`,
    );
    expect(family.map((r) => r.id)).toEqual([
      "digital-health-who",
      "ehealth",
      "mhealth",
      "teleconsultation",
      "telehealth",
    ]);
  });

  it("whether Norway deviates from any international eHealth definition", async () => {
    const rows = await db.run<{ id: string; deviation: string; sources: string[] }>(
      `MATCH (d:Definition) RETURN d.id AS id, d.deviation AS deviation, d.sources AS sources`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(7);
    for (const row of rows) {
      expect(row.deviation).toBe("No deviation from definition");
      expectSource(row.sources, "factsheet", row.id);
    }
  });

  it("who is the State Secretary, in which ministry, as of when", async () => {
    const rows = await db.run<{ name: string; org: string; asOf: string; sources: string[] }>(
      `MATCH (p:Person)-[r:HOLDS_ROLE]->(o)
       WHERE r.role = 'State Secretary'
       RETURN p.name AS name, o.id AS org, r.asOf AS asOf, r.sources AS sources`,
    );
    expect(rows.map((r) => [r.name, r.org, r.asOf])).toEqual([
      ["Ellen Rønning-Arnesen", "ministry-of-health-and-care-services", "2025-04-02"],
    ]);
    expectSource(rows[0]?.sources, "interview", "state secretary");
  });

  it("who reviewed the updated factsheet in October 2025", async () => {
    const rows = await db.run<{ name: string; org: string; sources: string[] }>(
      `MATCH (p:Person)-[r:HOLDS_ROLE]->(o)
       WHERE r.asOf = '2025-10'
       RETURN p.name AS name, o.id AS org, r.sources AS sources`,
    );
    expect(rows.map((r) => [r.name, r.org])).toEqual([
      ["Bjørnar Alexander Andreassen", "directorate-of-health"],
    ]);
    expectSource(rows[0]?.sources, "factsheet", "reviewer");
  });

  it("which project Norway leads", async () => {
    const rows = await db.run<{ id: string; name: string; sources: string[] }>(
      `MATCH (:Country {id: 'norway'})-[r:LEADS]->(p:Project)
       RETURN p.id AS id, p.name AS name, r.sources AS sources`,
    );
    expect(rows.map((r) => r.name)).toEqual(["PREVENT NCD"]);
    expectSource(rows[0]?.sources, "overview", "prevent-ncd");
  });

  it("which European projects Norway takes part in, and that it is a member of the eHealth Network", async () => {
    const rows = await db.run<{ id: string; sources: string[] }>(
      `MATCH (:Country {id: 'norway'})-[r:PARTICIPATES_IN]->(p:Project)
       RETURN p.id AS id, r.sources AS sources`,
    );
    const ids = rows.map((r) => r.id);
    for (const id of [
      "prevent-ncd",
      "xt-ehr",
      "xpandh",
      "xshare",
      "tehdas-2",
      "european-health-data-space",
    ]) {
      expect(ids).toContain(id);
    }
    expectSource(rows.find((r) => r.id === "tehdas-2")?.sources, "overview", "tehdas-2");
    expectSource(rows.find((r) => r.id === "european-health-data-space")?.sources, "interview", "EHDS");

    const network = await db.run<{ sources: string[] }>(
      `MATCH (:Country {id: 'norway'})-[r:MEMBER_OF]->(:InternationalBody {id: 'ehealth-network'})
       RETURN r.sources AS sources`,
    );
    expect(network).toHaveLength(1);
    expectSource(network[0]?.sources, "overview", "eHealth Network");
  });

  it("what share of GDP goes to health, and for which year", async () => {
    const rows = await db.run<{ value: number; year: number; display: string; sources: string[] }>(
      `MATCH (:Country {id: 'norway'})-[:HAS_FIGURE]->(f:Figure {id: 'norway-health-expenditure-gdp'})
       RETURN f.value AS value, f.year AS year, f.display AS display, f.sources AS sources`,
    );
    expect(rows).toHaveLength(1);
    expect(Number(rows[0]?.value)).toBeCloseTo(7.9);
    expect(Number(rows[0]?.year)).toBe(2022);
    expect(rows[0]?.display).toBe("7.9 %");
    expectSource(rows[0]?.sources, "overview", "health expenditure");
  });

  it("how many people and municipalities Norway has", async () => {
    const rows = await db.run<{ id: string; value: number; sources: string[] }>(
      `MATCH (:Country {id: 'norway'})-[:HAS_FIGURE]->(f:Figure)
       WHERE f.id IN ['norway-population', 'norway-municipalities-count']
       RETURN f.id AS id, f.value AS value, f.sources AS sources ORDER BY f.id`,
    );
    expect(rows.map((r) => [r.id, Number(r.value)])).toEqual([
      ["norway-municipalities-count", 357],
      ["norway-population", 5.4],
    ]);
    for (const row of rows) expectSource(row.sources, "overview", row.id);

    const group = await db.run<{ count: number }>(
      `MATCH (m:MunicipalityGroup {id: 'municipalities'}) RETURN m.count AS count`,
    );
    expect(Number(group[0]?.count)).toBe(357);
  });

  it("which agency manages the National Insurance Scheme, and what the overview gets mixed up", async () => {
    const rows = await db.run<{ id: string; aliases: string[]; conflict: string; sources: string[] }>(
      `MATCH (a:Agency)-[r:MANAGES]->(:Topic {id: 'national-insurance-scheme'})
       RETURN a.id AS id, a.aliases AS aliases, r.conflict AS conflict, r.sources AS sources`,
    );
    expect(rows.map((r) => r.id)).toEqual(["norwegian-health-economics-administration"]);
    expect(rows[0]?.aliases).toContain("HELFO");
    expect(rows[0]?.conflict).toContain("NAV");
    expectSource(rows[0]?.sources, "overview", "HELFO manages the scheme");
  });

  it("who runs the specialised and the primary health care", async () => {
    const rows = await db.run<{ id: string; area: string; sources: string[] }>(
      `MATCH (o)-[r:RESPONSIBLE_FOR]->(a:ResponsibilityArea)
       WHERE a.id IN ['specialised-health-care', 'primary-care']
       RETURN o.id AS id, a.id AS area, r.sources AS sources ORDER BY area, id`,
    );
    expect(rows.map((r) => [r.area, r.id])).toEqual([
      ["primary-care", "municipalities"],
      ["specialised-health-care", "central-norway-rha"],
      ["specialised-health-care", "northern-norway-rha"],
      ["specialised-health-care", "south-eastern-norway-rha"],
      ["specialised-health-care", "western-norway-rha"],
    ]);
    for (const row of rows) expectSource(row.sources, "overview", `${row.id} → ${row.area}`);
  });

  it("which hospitals use AI, and with what figures", async () => {
    const rows = await db.run<{
      hospital: string;
      useCase: string;
      figure: number | null;
      sources: string[];
    }>(
      `MATCH (h:Hospital)-[r:USES]->(u:UseCase)
       WHERE u.usesAI = true
       OPTIONAL MATCH (u)-[:HAS_FIGURE]->(f:Figure)
       RETURN h.id AS hospital, u.id AS useCase, f.value AS figure, r.sources AS sources ORDER BY hospital`,
    );
    expect(rows.map((r) => [r.hospital, r.useCase, r.figure === null ? null : Number(r.figure)])).toEqual([
      ["lovisenberg-diaconal-hospital", "lovisenberg-ai-surgery-scheduling", 20],
      ["vestre-viken", "vestre-viken-ai-radiology", null],
    ]);
    for (const row of rows) expectSource(row.sources, "interview", row.hospital);
  });

  it("what Radiumhospitalet automates, and that it is not an AI example", async () => {
    const rows = await db.run<{ usesAI: boolean; epr: string; sources: string[] }>(
      `MATCH (:Hospital {id: 'radiumhospitalet'})-[r:USES]->(u:UseCase)-[:USES]->(s:Solution)
       RETURN u.usesAI AS usesAI, s.id AS epr, r.sources AS sources`,
    );
    expect(rows.map((r) => [r.usesAI, r.epr])).toEqual([[false, "electronic-patient-records"]]);
    expectSource(rows[0]?.sources, "interview", "radiumhospitalet");
  });

  it("which healthcare goals the government set for 2024–2027", async () => {
    const rows = await db.run<{ number: number; validFrom: string; validTo: string; sources: string[] }>(
      `MATCH (:Ministry {id: 'the-government'})-[r:HAS_GOAL]->(g:HealthcareGoal)
       RETURN g.number AS number, g.validFrom AS validFrom, g.validTo AS validTo, r.sources AS sources
       ORDER BY g.number`,
    );
    expect(rows.map((r) => Number(r.number))).toEqual([1, 2, 3, 4, 5]);
    for (const row of rows) {
      expect([row.validFrom, row.validTo]).toEqual(["2024", "2027"]);
      expectSource(row.sources, "interview", `goal ${row.number}`);
    }
  });

  it("finds the Summary Care Record by any of its names", async () => {
    for (const term of ["Summary Care Journal", "summary care records", "Kjernejournal"]) {
      const rows = await db.run<{ id: string; sources: string[] }>(
        `MATCH (s:Solution)
         WHERE toLower(s.name) = toLower($term) OR toLower(s.nameNo) = toLower($term)
            OR any(a IN s.aliases WHERE toLower(a) = toLower($term))
         RETURN s.id AS id, s.sources AS sources`,
        { term },
      );
      expect(
        rows.map((r) => r.id),
        term,
      ).toEqual(["kjernejournal"]);
      expectSource(rows[0]?.sources, "interview", term);
    }
  });

  it("since when Helsenorge exists and which strategy objective it serves (inferred)", async () => {
    const rows = await db.run<{
      validFrom: string;
      objective: string;
      basis: string;
      reason: string;
      sources: string[];
    }>(
      `MATCH (h:Solution {id: 'helsenorge'})-[r:SUPPORTS]->(o:Objective {id: 'objective-1'})
       RETURN h.validFrom AS validFrom, o.id AS objective, r.basis AS basis, r.reason AS reason, r.sources AS sources`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.validFrom).toBe("2011-06-15");
    expect(rows[0]?.basis).toBe("inferred");
    expect(rows[0]?.reason.length).toBeGreaterThan(10);
    expectSource(rows[0]?.sources, "overview", "helsenorge → objective-1");
  });

  it("which EU law applies in Norway because of the EEA, and what it regulates", async () => {
    const rows = await db.run<{ id: string; reason: string; regulates: string[]; sources: string[] }>(
      `MATCH (l:Law)-[r:APPLIES_IN]->(:Country {id: 'norway'})
       WHERE l.id = 'eu-mdr-2017-745'
       OPTIONAL MATCH (l)-[:REGULATES]->(x)
       RETURN l.id AS id, r.reason AS reason, collect(x.id) AS regulates, r.sources AS sources`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.reason).toContain("EEA");
    expect(rows[0]?.regulates).toEqual(["ce-marking-of-medical-devices"]);
    expectSource(rows[0]?.sources, "overview", "MDR");
  });

  it("which agency handles CE marking of medical devices, under each of its names in turn", async () => {
    const rows = await db.run<{
      id: string;
      validFrom: string | null;
      validTo: string | null;
      sources: string[];
    }>(
      `MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(:ResponsibilityArea {id: 'ce-marking-of-medical-devices'})
       RETURN a.id AS id, r.validFrom AS validFrom, r.validTo AS validTo, r.sources AS sources ORDER BY a.id`,
    );
    expect(rows.map((r) => [r.id, r.validFrom, r.validTo])).toEqual([
      ["norwegian-medical-products-agency", "2024-01-01", null],
      ["norwegian-medicines-agency", null, "2023-12-31"],
    ]);
    expectSource(rows[1]?.sources, "overview", "medicines agency");
    expectSource(rows[0]?.sources, "factsheet", "medical products agency");
    const renamed = await db.run<{ validFrom: string }>(
      `MATCH (:Agency {id: 'norwegian-medicines-agency'})-[r:RENAMED_TO]->(:Agency {id: 'norwegian-medical-products-agency'})
       RETURN r.validFrom AS validFrom`,
    );
    expect(renamed.map((r) => r.validFrom)).toEqual(["2024-01-01"]);
  });

  it("which is Norway's comprehensive cancer centre and what its strategy covers", async () => {
    const centre = await db.run<{ id: string; parent: string; sources: string[] }>(
      `MATCH (c:Hospital {id: 'ous-comprehensive-cancer-centre'})-[r:PART_OF]->(h:Hospital)
       RETURN c.id AS id, h.id AS parent, r.sources AS sources`,
    );
    expect(centre.map((r) => r.parent)).toEqual(["oslo-university-hospital"]);
    expectSource(centre[0]?.sources, "factsheet", "cancer centre");

    const covers = await db.run<{ id: string }>(
      `MATCH (:Hospital {id: 'ous-comprehensive-cancer-centre'})-[:PUBLISHED]->(:Strategy)-[:RELATED_TO]->(s:Solution)
       RETURN s.id AS id ORDER BY id`,
    );
    expect(covers.map((r) => r.id)).toEqual(["digital-dialogue", "digital-home-follow-up", "home-hospital"]);
  });

  it("which laws help prevent cancer, and that the cancer strategy follows the EU plan", async () => {
    const laws = await db.run<{ id: string; sources: string[] }>(
      `MATCH (l:Law)-[r:REGULATES]->(:Topic {id: 'cancer-prevention'})
       RETURN l.id AS id, r.sources AS sources ORDER BY l.id`,
    );
    expect(laws.map((r) => r.id)).toEqual(["alcohol-act", "public-health-act", "tobacco-control-act"]);
    for (const row of laws) expectSource(row.sources, "factsheet", row.id);

    const aligned = await db.run<{ id: string; sources: string[] }>(
      `MATCH (:Strategy {id: 'national-cancer-strategy-2025-2035'})-[r:ALIGNED_WITH]->(p)
       RETURN p.id AS id, r.sources AS sources ORDER BY p.id`,
    );
    expect(aligned.map((r) => r.id)).toEqual(["eu-beating-cancer-plan", "eu-cancer-mission"]);
    for (const row of aligned) expectSource(row.sources, "factsheet", row.id);
  });

  it("which white paper the interview names, and that it replaced the hospital plan", async () => {
    const rows = await db.run<{ id: string; sources: string[] }>(
      `MATCH (old:Plan {id: 'national-health-and-hospital-plan-2020-2023'})-[:SUCCEEDED_BY]->(p:Plan)
       MATCH (:Ministry {id: 'the-government'})-[r:PUBLISHED]->(p)
       RETURN p.id AS id, r.sources AS sources`,
    );
    expect(rows.map((r) => r.id)).toEqual(["national-health-and-collaboration-plan"]);
    expectSource(rows[0]?.sources, "interview", "white paper");
  });
});
