// Creates every exported relationship between the nodes just created. CREATE, not MERGE, so
// that two relationships of one type between the same two nodes both survive the round trip.
UNWIND $relationships AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
RETURN count(r) AS created
