// Creates or replaces every seed node by id. Properties are replaced whole, and the type label
// is reset, so a re-seed leaves each node exactly as the seed says.
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
REMOVE n:$($typeLabels)
SET n:$(row.label)
