// The relations touching the given entities, in a direction and of the
// given types, by id. Each id stands for its entity or else the entity it
// was merged into (as in Entity.cypher); both lookups are index seeks.
// Parameters:
//   $ids: LIST<STRING>
//   $types: LIST<STRING>, the relationship types wanted (never empty)
//   $direction: STRING, OUT, IN or BOTH
// Returns: relation (MAP {id, type, from, to, claim lists})
UNWIND $ids AS id
CALL (id) {
  CALL (id) {
    MATCH (x:Entity {id: id})
    RETURN x, 0 AS rank
    UNION
    MATCH (:MergedId {id: id})-[:MERGED_INTO]->(x:Entity)
    RETURN x, 1 AS rank
  }
  WITH x, rank
  ORDER BY rank, x.id
  LIMIT 1
  RETURN x
}
WITH DISTINCT x
MATCH (x)-[r]-(:Entity)
WHERE type(r) IN $types
  AND ($direction = 'BOTH'
    OR ($direction = 'OUT' AND startNode(r) = x)
    OR ($direction = 'IN' AND endNode(r) = x))
WITH DISTINCT r
RETURN r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS relation
ORDER BY r.id
