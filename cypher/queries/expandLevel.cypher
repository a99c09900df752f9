// One breadth-first level of a neighbourhood: the relationships from the frontier to the
// nodes around it, optionally limited to some relationship types. Only what was in force on
// $asOf (a full day, see model/period.ts): the relationship and the node it leads to. The API
// now runs neighbourhood.cypher (all levels in one statement); this one, level by level, is the
// oracle tests/integration/expandBreadthFirst.ts runs to hold it equal.
MATCH (n:Entity)-[r]-(m:Entity)
WHERE n.id IN $frontier AND (size($types) = 0 OR type(r) IN $types)
  AND @inForce(r)
  AND @inForce(m)
WITH DISTINCT r, m
LIMIT $limit
RETURN
  m {.*, type: [l IN labels(m) WHERE l <> 'Entity'][0]} AS node,
  {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)} AS edge
