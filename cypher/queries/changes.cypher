// Everything that started or ended within [$from, $to] (full days): nodes and relationships whose
// first day in force (inForceFrom) or last day in force (inForceTo) falls in the range. Ordered
// by day, then "ended" before "started", then id, so the answer reads as a history and is stable.
// A relationship's row carries its two ends (`ends`) so a list can name them. Bounded by $limit.
CALL () {
  MATCH (n:Entity) WHERE n.inForceFrom >= $from AND n.inForceFrom <= $to
  RETURN n.inForceFrom AS date, 'started' AS kind, n.id AS id,
    n {.*, type: [l IN labels(n) WHERE l <> 'Entity'][0]} AS node, null AS edge, [] AS ends
  UNION ALL
  MATCH (n:Entity) WHERE n.inForceTo >= $from AND n.inForceTo <= $to
  RETURN n.inForceTo AS date, 'ended' AS kind, n.id AS id,
    n {.*, type: [l IN labels(n) WHERE l <> 'Entity'][0]} AS node, null AS edge, [] AS ends
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity) WHERE r.inForceFrom >= $from AND r.inForceFrom <= $to
  RETURN r.inForceFrom AS date, 'started' AS kind, r.id AS id, null AS node,
    {id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)} AS edge,
    [endNode IN [a, b] | endNode {.*, type: [l IN labels(endNode) WHERE l <> 'Entity'][0]}] AS ends
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity) WHERE r.inForceTo >= $from AND r.inForceTo <= $to
  RETURN r.inForceTo AS date, 'ended' AS kind, r.id AS id, null AS node,
    {id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)} AS edge,
    [endNode IN [a, b] | endNode {.*, type: [l IN labels(endNode) WHERE l <> 'Entity'][0]}] AS ends
}
RETURN date, kind, node, edge, ends
ORDER BY date, kind, id
LIMIT $limit
