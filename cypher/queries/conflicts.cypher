// Every relationship on which the sources disagree, with both of its ends.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.conflict IS NOT NULL
RETURN
  a {.*, type: [l IN labels(a) WHERE l <> 'Entity'][0]} AS from,
  b {.*, type: [l IN labels(b) WHERE l <> 'Entity'][0]} AS to,
  {id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)} AS edge
ORDER BY r.id
