// A shortest path between two nodes in either direction, at most 8 steps, through only what was
// in force on $asOf: a path may not pass through a node or relationship out of force that day.
// Both ends are returned so that the caller can tell an end out of force from no path at all.
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
OPTIONAL MATCH p = shortestPath((a)-[*..8]-(b))
WHERE all(x IN nodes(p) WHERE @inForce(x))
  AND all(x IN relationships(p) WHERE @inForce(x))
RETURN
  a {.*, type: [l IN labels(a) WHERE l <> 'Entity'][0]} AS from,
  b {.*, type: [l IN labels(b) WHERE l <> 'Entity'][0]} AS to,
  CASE WHEN p IS NULL THEN [] ELSE [n IN nodes(p) | n {.*, type: [l IN labels(n) WHERE l <> 'Entity'][0]}] END AS nodes,
  CASE WHEN p IS NULL THEN [] ELSE [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}] END AS edges
