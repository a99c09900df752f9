// One level of the governance hierarchy below the frontier: parts (incoming PART_OF) and what
// the frontier oversees or owns (outgoing OVERSEES / OWNS), as it stood on $asOf.
MATCH (p:Entity) WHERE p.id IN $frontier
CALL (p) {
  MATCH (p)<-[r:PART_OF]-(c:Entity) RETURN r, c
  UNION
  MATCH (p)-[r:OVERSEES|OWNS]->(c:Entity) RETURN r, c
}
WITH DISTINCT r, c
WHERE (r.inForceFrom IS NULL OR r.inForceFrom <= $asOf) AND (r.inForceTo IS NULL OR r.inForceTo >= $asOf)
  AND (c.inForceFrom IS NULL OR c.inForceFrom <= $asOf) AND (c.inForceTo IS NULL OR c.inForceTo >= $asOf)
WITH r, c
LIMIT $limit
RETURN
  c {.*, type: [l IN labels(c) WHERE l <> 'Entity'][0]} AS node,
  {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)} AS edge
