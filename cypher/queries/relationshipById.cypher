// One relationship by its id 'from|TYPE|to', found through its (indexed) end nodes.
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE type(r) = $type
RETURN {id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)} AS edge
