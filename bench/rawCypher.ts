/**
 * Hand-written Cypher answering the same questions as the API's custom queries, one statement
 * each, run straight through neo4j-driver (`session.executeRead`): the floor the GraphQL layer
 * is measured against. Each returns the same data the API returns (nodes with all their
 * properties, relationships with theirs); `sameAnswer` in apiCost.ts checks that on the first
 * run.
 */

/** A node with every property and its type label, as the API's `GraphNode` needs. */
const NODE = (v: string) => `${v} {.*, type: [l IN labels(${v}) WHERE l <> 'Entity'][0]}`;
/** A relationship as the API's `GraphEdge` needs. */
const EDGE = (v: string) =>
  `{id: ${v}.id, type: type(${v}), source: startNode(${v}).id, target: endNode(${v}).id, props: properties(${v})}`;

export interface RawQuery {
  readonly cypher: string;
  /** Parameters; integers are converted to Cypher integers by the runner. */
  readonly params: Record<string, unknown>;
}

export const RAW = {
  /** The same full-text index the API uses, with a simple Lucene query for one term. */
  search: {
    cypher: `
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $limit}) YIELD node, score
RETURN ${NODE("node")} AS node, score
ORDER BY score DESC`,
    params: { query: "kjernejournal^2 OR kjernejournal* OR kjernejournal~1", limit: 10 },
  },

  node: {
    cypher: `MATCH (n:Entity {id: $id}) RETURN ${NODE("n")} AS node`,
    params: { id: "helsenorge" },
  },

  /** Depth 2: every relationship of the node and of its direct neighbours, with both ends. */
  neighbourhood: {
    cypher: `
MATCH (a:Entity {id: $id})
OPTIONAL MATCH (a)--(b:Entity)
WITH a, collect(DISTINCT b) AS ring
UNWIND [a] + ring AS n
MATCH (n)-[r]-(:Entity)
WITH collect(DISTINCT r) AS rels
UNWIND rels AS r
UNWIND [startNode(r), endNode(r)] AS x
WITH rels, collect(DISTINCT x) AS nodes
RETURN [x IN nodes | ${NODE("x")}] AS nodes, [r IN rels | ${EDGE("r")}] AS edges`,
    params: { id: "helsenorge" },
  },

  /** Parts (incoming PART_OF) and what is overseen or owned (outgoing), to any depth ≤ 8. */
  governanceTree: {
    cypher: `
MATCH (root:Entity {id: $id})
OPTIONAL MATCH (root) ((p)-[r:PART_OF|OVERSEES|OWNS]-(c:Entity)
  WHERE (type(r) = 'PART_OF' AND startNode(r) = c) OR (type(r) <> 'PART_OF' AND endNode(r) = c)){1,8} (:Entity)
UNWIND CASE WHEN r IS NULL THEN [null] ELSE r END AS rel
WITH root, collect(DISTINCT rel) AS rels
UNWIND [root] + [x IN rels | startNode(x)] + [x IN rels | endNode(x)] AS n
WITH rels, collect(DISTINCT n) AS nodes
RETURN [n IN nodes | ${NODE("n")}] AS nodes, [r IN rels | ${EDGE("r")}] AS edges`,
    params: { id: "ministry-of-health-and-care-services" },
  },

  traceToSdgs: {
    cypher: `
MATCH p = (from:Entity {id: $id})-[:OVERSEES|RUNS|MANAGES|PUBLISHED|HAS_OBJECTIVE|OUTCOME_OF|SUPPORTS|CONTRIBUTES_TO*1..6]->(:SDG)
WITH p ORDER BY length(p) LIMIT $maxPaths
RETURN [n IN nodes(p) | ${NODE("n")}] AS nodes, [r IN relationships(p) | ${EDGE("r")}] AS steps`,
    params: { id: "department-of-ehealth", maxPaths: 200 },
  },

  sdgMatrix: {
    cypher: `
MATCH (o:Objective) WITH collect(o {.*, type: 'Objective'}) AS objectives
MATCH (s:SDG) WITH objectives, collect(s {.*, type: 'SDG'}) AS sdgs
OPTIONAL MATCH (o:Objective)-[r:CONTRIBUTES_TO]->(s:SDG)
RETURN objectives, sdgs, collect({objective: o.id, sdg: s.id, props: properties(r)}) AS cells`,
    params: {},
  },

  shortestPath: {
    cypher: `
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = shortestPath((a)-[*..8]-(b))
RETURN [n IN nodes(p) | ${NODE("n")}] AS nodes, [r IN relationships(p) | ${EDGE("r")}] AS edges`,
    params: { fromId: "helsenorge", toId: "sdg-3" },
  },

  evidence: {
    cypher: `MATCH (n:Entity {id: $id}) RETURN n.sources AS sources`,
    params: { id: "kjernejournal" },
  },

  /** What `{ solutions { id name runsIncoming { ... on Entity { id name } } } }` asks of the generated API. */
  solutions: {
    cypher: `
MATCH (s:Solution)
WITH s LIMIT 100
RETURN s.id AS id, s.name AS name,
  COLLECT { MATCH (a)-[:RUNS]->(s) WHERE a:Agency OR a:Directorate RETURN a {.id, .name} } AS runsIncoming`,
    params: {},
  },
} satisfies Record<string, RawQuery>;

export type RawQueryName = keyof typeof RAW;
