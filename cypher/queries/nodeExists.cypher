// Which of the given ids exist (to tell NOT_FOUND from an empty answer).
MATCH (n:Entity) WHERE n.id IN $ids
RETURN collect(n.id) AS found
