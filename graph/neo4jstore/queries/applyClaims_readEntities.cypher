// Reads the claims of every entity a write touches: those the article
// mentioned before and those it mentions now.
// Parameters:
//   $articleId: STRING
//   $ids: LIST<STRING>, the ids of the entities the article mentions now
// Returns: entity (MAP {id, claims: LIST<MAP>}), one row per existing entity
OPTIONAL MATCH (old:Entity)-[:MENTIONED_IN]->(:Article {id: $articleId})
WITH collect(old.id) + $ids AS ids
UNWIND ids AS id
WITH DISTINCT id
MATCH (e:Entity {id: id})
RETURN e {
  .id,
  claims: [(e)-[m:MENTIONED_IN]->(src:Article) | m {.*, articleId: src.id}]
} AS entity
