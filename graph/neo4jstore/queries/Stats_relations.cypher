// How many relations of each type are stored.
// Parameters:
//   $types: LIST<STRING>, the relationship types (graph.RelTypes)
// Returns: type (STRING), n (INTEGER)
MATCH (:Entity)-[r]->(:Entity)
WITH type(r) AS type
WHERE type IN $types
RETURN type, count(*) AS n
