// The strategy's objectives against the SDGs, with each contribution's strength and reason.
CALL () {
  MATCH (o:Objective) RETURN collect(o {.*, type: 'Objective'}) AS objectives
}
CALL () {
  MATCH (s:SDG) RETURN collect(s {.*, type: 'SDG'}) AS sdgs
}
CALL () {
  MATCH (o:Objective)-[r:CONTRIBUTES_TO]->(s:SDG)
  RETURN collect({objective: o.id, sdg: s.id, props: properties(r)}) AS cells
}
RETURN objectives, sdgs, cells
