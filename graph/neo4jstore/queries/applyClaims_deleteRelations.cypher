// Deletes the relations no article supports any more.
// Parameters:
//   $relations: LIST<MAP>, rows {type, from, to}
// Returns: nothing
UNWIND $relations AS row
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id = row.from AND b.id = row.to AND type(r) = row.type
DELETE r
