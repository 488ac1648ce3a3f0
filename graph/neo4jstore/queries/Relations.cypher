// The relations touching the given entities (or the entities they were
// merged into), in a direction and of the given types, by id.
// Parameters:
//   $ids: LIST<STRING>
//   $types: LIST<STRING>, the relationship types wanted (never empty)
//   $direction: STRING, OUT, IN or BOTH
// Returns: relation (MAP {id, type, from, to, claim lists})
MATCH (x:Entity)
WHERE x.id IN $ids OR any(m IN coalesce(x.mergedIds, []) WHERE m IN $ids)
MATCH (x)-[r]-(:Entity)
WHERE type(r) IN $types
  AND ($direction = 'BOTH'
    OR ($direction = 'OUT' AND startNode(r) = x)
    OR ($direction = 'IN' AND endNode(r) = x))
WITH DISTINCT r
RETURN r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS relation
ORDER BY r.id
