// One node by id, with its type label.
MATCH (n:Entity {id: $id})
RETURN n {.*, type: [l IN labels(n) WHERE l <> 'Entity'][0]} AS node
