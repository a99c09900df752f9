// The succession of each node in $ids, whatever the day: the steps by which something took over
// from it or it took over from something ($successionTypes: renamed, merged into, succeeded by),
// one step each way, at most $steps per node, earliest takeover first. `later` is true when the
// other end is the one that took over. Unknown ids give no row. Nothing is filtered by a day on
// purpose: a successor's panel names its predecessor long after the predecessor ended.
MATCH (node:Entity)
WHERE node.id IN $ids
CALL (node) {
  OPTIONAL MATCH (node)-[r]-(other:Entity)
  WHERE type(r) IN $successionTypes
  WITH r, other ORDER BY r.inForceFrom, other.id LIMIT $steps
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {
    type: type(r),
    validFrom: r.validFrom,
    later: startNode(r) = node,
    node: other {.*, type: [l IN labels(other) WHERE l <> 'Entity'][0]}
  } END) AS steps
}
RETURN node.id AS id, steps
