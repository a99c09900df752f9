// The neighbourhood of $id as it stood on $asOf, $depth (1 to 3) levels out, in one statement:
// the breadth-first expansion that cypher/queries/expandLevel.cypher does one round trip per
// level, unrolled into three CALLs (a level beyond $depth matches nothing). Bounded the same way
// at hubs: a level reads at most $limit relationships, a node already found is never expanded
// again, and no more than $maxNodes nodes are kept (the start among them), in the order found.
// A relationship counts when it and the node it leads to were in force that day and its type is
// one of $types (any type when $types is empty). The start node is returned whether in force or
// not (the caller answers NOT_FOUND naming its period), but expanded only when it was.
MATCH (start:Entity {id: $id})
WITH start,
  @inForce(start) AS live
CALL (start, live) {
  WITH start WHERE live AND $depth >= 1
  MATCH (start)-[r]-(m:Entity)
  WHERE (size($types) = 0 OR type(r) IN $types)
    AND @inForce(r)
    AND @inForce(m)
  WITH DISTINCT r, m
  LIMIT $limit
  RETURN collect(r) AS rels1, collect(DISTINCT m) AS found1
}
WITH start, rels1, [m IN found1 WHERE m <> start][..$maxNodes - 1] AS level1
CALL (level1) {
  UNWIND CASE WHEN $depth >= 2 THEN level1 ELSE [] END AS n
  MATCH (n)-[r]-(m:Entity)
  WHERE (size($types) = 0 OR type(r) IN $types)
    AND @inForce(r)
    AND @inForce(m)
  WITH DISTINCT r, m
  LIMIT $limit
  RETURN collect(r) AS rels2, collect(DISTINCT m) AS found2
}
WITH start, rels1 + rels2 AS rels, [start] + level1 AS seen, found2
WITH start, rels, seen, [m IN found2 WHERE NOT m IN seen][..$maxNodes - size(seen)] AS level2
CALL (level2) {
  UNWIND CASE WHEN $depth >= 3 THEN level2 ELSE [] END AS n
  MATCH (n)-[r]-(m:Entity)
  WHERE (size($types) = 0 OR type(r) IN $types)
    AND @inForce(r)
    AND @inForce(m)
  WITH DISTINCT r, m
  LIMIT $limit
  RETURN collect(r) AS rels3, collect(DISTINCT m) AS found3
}
WITH start, rels + rels3 AS rels, seen + level2 AS seen, found3
WITH start, rels, seen + [m IN found3 WHERE NOT m IN seen][..$maxNodes - size(seen)] AS nodes
// A relationship between two expanded nodes was met from both ends: send it once. One whose far
// end was not kept (past $maxNodes) is dropped by the caller.
CALL (rels) {
  UNWIND rels AS r
  RETURN collect(DISTINCT r) AS distinctRels
}
WITH start, nodes, distinctRels AS rels
RETURN
  start {.*, type: [l IN labels(start) WHERE l <> 'Entity'][0]} AS root,
  [n IN nodes[1..] | n {.*, type: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
  [r IN rels | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}] AS edges
