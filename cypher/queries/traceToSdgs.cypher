// Every directed path from a node to an SDG along the relationship types that point from a
// thing towards what it serves (model/model.ts TRACE_TYPES; a test keeps this list in sync).
// DEPENDS_ON is deliberately absent. Bounded: 6 steps, $maxPaths paths, shortest first.
// Every node and relationship on a path was in force on $asOf.
MATCH (from:Entity {id: $id})
OPTIONAL MATCH p = (from)-[:OVERSEES|RUNS|MANAGES|PUBLISHED|HAS_OBJECTIVE|OUTCOME_OF|SUPPORTS|CONTRIBUTES_TO*1..6]->(sdg:SDG)
WHERE all(x IN nodes(p) WHERE @inForce(x))
  AND all(x IN relationships(p) WHERE @inForce(x))
WITH from, p ORDER BY length(p)
LIMIT $maxPaths
WITH from, collect(p) AS paths
RETURN
  from {.*, type: [l IN labels(from) WHERE l <> 'Entity'][0]} AS from,
  [p IN paths | {
    sdg: last(nodes(p)).id,
    nodes: [n IN nodes(p) | n {.*, type: [l IN labels(n) WHERE l <> 'Entity'][0]}],
    steps: [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}]
  }] AS paths
