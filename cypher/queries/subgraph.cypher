// The nodes with the given ids that exist and were in force on $asOf (unknown ids simply match
// nothing), and every relationship among them in force that day. One round trip restores a
// shared view, however many nodes it holds.
MATCH (n:Entity) WHERE n.id IN $ids
  AND @inForce(n)
WITH collect(n) AS found
RETURN
  [n IN found | n {.*, type: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
  [(a)-[r]->(b) WHERE a IN found AND b IN found
    AND @inForce(r) |
    {id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)}] AS edges
