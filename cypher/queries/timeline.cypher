// Every distinct day on which a node or relationship starts or ends being in force, ascending:
// the stops of the explorer's time slider.
CALL () {
  MATCH (n:Entity) WHERE n.inForceFrom IS NOT NULL RETURN n.inForceFrom AS day
  UNION
  MATCH (n:Entity) WHERE n.inForceTo IS NOT NULL RETURN n.inForceTo AS day
  UNION
  MATCH (:Entity)-[r]->(:Entity) WHERE r.inForceFrom IS NOT NULL RETURN r.inForceFrom AS day
  UNION
  MATCH (:Entity)-[r]->(:Entity) WHERE r.inForceTo IS NOT NULL RETURN r.inForceTo AS day
}
RETURN day ORDER BY day
