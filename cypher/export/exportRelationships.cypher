// Every relationship between two :Entity nodes, by the ids of its ends, with all its properties
// and each property's Cypher type.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.id AS from,
       type(r) AS type,
       b.id AS to,
       properties(r) AS properties,
       [key IN keys(r) | {key: key, type: valueType(r[key])}] AS types
ORDER BY from, type, to, r.id
