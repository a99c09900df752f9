// A shortest path between two nodes in either direction, at most 8 steps.
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
OPTIONAL MATCH p = shortestPath((a)-[*..8]-(b))
RETURN
  a.id AS fromFound, b.id AS toFound,
  CASE WHEN p IS NULL THEN [] ELSE [n IN nodes(p) | n {.*, type: [l IN labels(n) WHERE l <> 'Entity'][0]}] END AS nodes,
  CASE WHEN p IS NULL THEN [] ELSE [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}] END AS edges
