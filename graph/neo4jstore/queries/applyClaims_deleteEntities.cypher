// Deletes the entities no article supports any more.
// Parameters:
//   $ids: LIST<STRING>
// Returns: nothing
UNWIND $ids AS id
MATCH (e:Entity {id: id})
DETACH DELETE e
