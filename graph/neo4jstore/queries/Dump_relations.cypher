// Every relation with its claims, by id.
// Returns: relation (MAP {id, type, from, to, claim lists})
MATCH (a:Entity)-[r]->(b:Entity)
RETURN r {.*, type: type(r), from: a.id, to: b.id} AS relation
ORDER BY r.id
