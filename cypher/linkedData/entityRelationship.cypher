// One relationship by its id 'from|TYPE|to' (found through its indexed end nodes), with both ends,
// for its address /id/<from|TYPE|to>.
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE type(r) = $type
RETURN properties(r) AS properties,
       labels(a) AS fromLabels, properties(a) AS fromProperties,
       labels(b) AS toLabels, properties(b) AS toProperties
LIMIT 1
