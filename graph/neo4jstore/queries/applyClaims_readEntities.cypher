// Locks and reads every entity a write touches: those the article mentioned
// before and those it mentions now. The lock (a write to each node, in id
// order; MERGE for new ids) comes before the read, so concurrent writes
// touching the same entity fold one after the other and no claim is lost.
// mergeEntities later replaces all properties, dropping _lock.
// Parameters:
//   $articleId: STRING
//   $ids: LIST<STRING>, the ids of the entities the article mentions now
// Returns: entity (MAP {id, claims: LIST<MAP>}), one row per entity that has claims
OPTIONAL MATCH (old:Entity)-[:MENTIONED_IN]->(:Article {id: $articleId})
WITH collect(old.id) + $ids AS ids
UNWIND ids AS id
WITH DISTINCT id
ORDER BY id
MERGE (e:Entity {id: id})
SET e._lock = true
WITH e, [(e)-[m:MENTIONED_IN]->(src:Article) | m {.*, articleId: src.id}] AS claims
WHERE size(claims) > 0
RETURN e {.id, claims: claims} AS entity
