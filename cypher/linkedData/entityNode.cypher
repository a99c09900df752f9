// One node by id with every relationship it takes part in (either direction) and the node at the
// other end, for its address /id/<id>. The caller filters by date, so that an entity that is no
// longer in force still has a document (its history) when no date is asked for.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r]-(m:Entity)
RETURN labels(n) AS labels,
       properties(n) AS properties,
       [x IN collect({from: startNode(r).id, type: type(r), to: endNode(r).id, properties: properties(r),
                      otherLabels: labels(m), otherProperties: properties(m)}) WHERE x.type IS NOT NULL] AS relationships
