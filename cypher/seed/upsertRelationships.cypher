// Creates or replaces every seed relationship by (from, type, to); its id is "from|TYPE|to".
UNWIND $relationships AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r = row.props
