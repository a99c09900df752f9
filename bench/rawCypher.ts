/**
 * Hand-written Cypher answering the same questions as the API's custom queries, one statement
 * each, run straight through neo4j-driver (`session.executeRead`): the floor the GraphQL layer
 * is measured against. Each returns the same data the API returns (nodes with all their
 * properties, relationships with theirs) for the same day: like the API, every statement reads
 * only what was in force on `$asOf` (today), a node or relationship whose `inForceFrom` /
 * `inForceTo` (inclusive days, a missing bound open) hold it. `sameAnswer` in apiCost.ts checks
 * that on the first run.
 */

/** A node with every property and its type label, as the API's `GraphNode` needs. */
const NODE = (v: string) => `${v} {.*, type: [l IN labels(${v}) WHERE l <> 'Entity'][0]}`;
/** A relationship as the API's `GraphEdge` needs. */
const EDGE = (v: string) =>
  `{id: ${v}.id, type: type(${v}), source: startNode(${v}).id, target: endNode(${v}).id, props: properties(${v})}`;
/** In force on $asOf: the same test as every saved query (model/period.ts). */
const IN_FORCE = (v: string) =>
  `(${v}.inForceFrom IS NULL OR ${v}.inForceFrom <= $asOf) AND (${v}.inForceTo IS NULL OR ${v}.inForceTo >= $asOf)`;

/** The day the API answers for when no `asOf` is given. */
const TODAY = new Date().toISOString().slice(0, 10);

export interface RawQuery {
  readonly cypher: string;
  /** Parameters; integers are converted to Cypher integers by the runner. */
  readonly params: Record<string, unknown>;
}

export const RAW = {
  /** The same full-text index and Lucene query the API builds for one term, exact names first. */
  search: {
    cypher: `
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 200}) YIELD node, score
WHERE ${IN_FORCE("node")}
WITH node, score, CASE WHEN $exact IN [toLower(node.name), toLower(coalesce(node.nameNo, ''))] + [a IN node.aliases | toLower(a)] THEN 1 ELSE 0 END AS exactMatch
ORDER BY exactMatch DESC, score DESC
LIMIT $limit
RETURN ${NODE("node")} AS node, score + exactMatch * 10.0 AS score`,
    params: {
      query: "(kjernejournal^2 OR kjernejournal* OR kjernejournal~1)",
      exact: "kjernejournal",
      limit: 10,
      asOf: TODAY,
    },
  },

  node: {
    cypher: `MATCH (n:Entity {id: $id}) WHERE ${IN_FORCE("n")} RETURN ${NODE("n")} AS node`,
    params: { id: "helsenorge", asOf: TODAY },
  },

  /** Depth 2: every relationship in force of the node and of its direct neighbours, with both ends. */
  neighbourhood: {
    cypher: `
MATCH (a:Entity {id: $id})
OPTIONAL MATCH (a)-[r1]-(b:Entity) WHERE ${IN_FORCE("r1")} AND ${IN_FORCE("b")}
WITH a, collect(DISTINCT b) AS ring
UNWIND [a] + ring AS n
MATCH (n)-[r]-(m:Entity) WHERE ${IN_FORCE("r")} AND ${IN_FORCE("m")}
WITH collect(DISTINCT r) AS rels
UNWIND rels AS r
UNWIND [startNode(r), endNode(r)] AS x
WITH rels, collect(DISTINCT x) AS nodes
RETURN [x IN nodes | ${NODE("x")}] AS nodes, [r IN rels | ${EDGE("r")}] AS edges`,
    params: { id: "helsenorge", asOf: TODAY },
  },

  /**
   * Parts (incoming PART_OF) and what is overseen or owned (outgoing), to any depth ≤ 8: one
   * breadth-first search (ANY SHORTEST reaches each node once), then the hierarchy's
   * relationships among the nodes found.
   */
  governanceTree: {
    cypher: `
MATCH (root:Entity {id: $id})
OPTIONAL MATCH p = ANY SHORTEST (root)((a:Entity)-[r:PART_OF|OVERSEES|OWNS]-(b:Entity)
    WHERE CASE type(r) WHEN 'PART_OF' THEN startNode(r) = b ELSE endNode(r) = b END
      AND ${IN_FORCE("r")} AND ${IN_FORCE("b")}){1,8}(c:Entity)
WHERE c <> root
WITH root, collect(c) AS found
WITH [root] + found AS nodes
UNWIND nodes AS n
OPTIONAL MATCH (n)-[r:PART_OF|OVERSEES|OWNS]-(m:Entity)
  WHERE CASE type(r) WHEN 'PART_OF' THEN endNode(r) = n ELSE startNode(r) = n END
    AND m IN nodes AND ${IN_FORCE("r")}
WITH nodes, collect(DISTINCT r) AS rels
RETURN [n IN nodes | ${NODE("n")}] AS nodes, [r IN rels | ${EDGE("r")}] AS edges`,
    params: { id: "ministry-of-health-and-care-services", asOf: TODAY },
  },

  traceToSdgs: {
    cypher: `
MATCH p = (from:Entity {id: $id})-[:OVERSEES|RUNS|MANAGES|PUBLISHED|HAS_OBJECTIVE|OUTCOME_OF|SUPPORTS|CONTRIBUTES_TO*1..6]->(:SDG)
WHERE all(x IN nodes(p) WHERE ${IN_FORCE("x")}) AND all(x IN relationships(p) WHERE ${IN_FORCE("x")})
WITH p ORDER BY length(p) LIMIT $maxPaths
RETURN [n IN nodes(p) | ${NODE("n")}] AS nodes, [r IN relationships(p) | ${EDGE("r")}] AS steps`,
    params: { id: "department-of-ehealth", maxPaths: 200, asOf: TODAY },
  },

  /** The default strategy's objectives against the SDGs, as the API's `sdgMatrix` without arguments. */
  sdgMatrix: {
    cypher: `
MATCH (:Entity {id: $strategyId})-[h:HAS_OBJECTIVE]->(o:Objective) WHERE ${IN_FORCE("h")} AND ${IN_FORCE("o")}
WITH collect(o) AS os
MATCH (s:SDG) WHERE ${IN_FORCE("s")}
WITH os, collect(s) AS ss
OPTIONAL MATCH (o:Objective)-[r:CONTRIBUTES_TO]->(s:SDG) WHERE o IN os AND ${IN_FORCE("r")}
RETURN [o IN os | o {.*, type: 'Objective'}] AS objectives, [s IN ss | s {.*, type: 'SDG'}] AS sdgs,
  collect({objective: o.id, sdg: s.id, props: properties(r)}) AS cells`,
    params: { strategyId: "national-ehealth-strategy-2023", asOf: TODAY },
  },

  shortestPath: {
    cypher: `
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = shortestPath((a)-[*..8]-(b))
WHERE all(x IN nodes(p) WHERE ${IN_FORCE("x")}) AND all(x IN relationships(p) WHERE ${IN_FORCE("x")})
RETURN [n IN nodes(p) | ${NODE("n")}] AS nodes, [r IN relationships(p) | ${EDGE("r")}] AS edges`,
    params: { fromId: "helsenorge", toId: "sdg-3", asOf: TODAY },
  },

  evidence: {
    cypher: `MATCH (n:Entity {id: $id}) WHERE ${IN_FORCE("n")} RETURN n.sources AS sources`,
    params: { id: "kjernejournal", asOf: TODAY },
  },

  /**
   * What `{ solutions { id name runsIncoming { ... } } }` asks of the generated API, which
   * serves the stored graph as it is (it has no `asOf`): no time filter, like it.
   */
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
