// Every :Entity node with all its labels and properties, and each property's Cypher type (so
// that integers and floats, which JSON cannot tell apart, survive the round trip).
MATCH (n:Entity)
RETURN labels(n) AS labels,
       properties(n) AS properties,
       [key IN keys(n) | {key: key, type: valueType(n[key])}] AS types
ORDER BY n.id
