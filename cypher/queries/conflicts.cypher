// Every relationship on which the sources disagree (it carries a conflict note), with both of its
// ends, as the graph stood on $asOf. A change over time is not a conflict: that is two dated facts.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.conflict IS NOT NULL AND r.conflict <> ''
  AND @inForce(r)
  AND @inForce(a)
  AND @inForce(b)
RETURN
  a {.*, type: [l IN labels(a) WHERE l <> 'Entity'][0]} AS from,
  b {.*, type: [l IN labels(b) WHERE l <> 'Entity'][0]} AS to,
  {id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)} AS edge
ORDER BY r.id
