// One breadth-first level of a neighbourhood: the relationships from the frontier to the
// nodes around it, optionally limited to some relationship types.
MATCH (n:Entity)-[r]-(m:Entity)
WHERE n.id IN $frontier AND (size($types) = 0 OR type(r) IN $types)
WITH DISTINCT r, m
LIMIT $limit
RETURN
  m {.*, type: [l IN labels(m) WHERE l <> 'Entity'][0]} AS node,
  {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)} AS edge
