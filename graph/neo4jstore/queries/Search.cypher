// Entities with a name or alias matching a folded text: candidates from the
// full-text index, then the exact rule of graph.SearchQuery (equal, prefix,
// whole words) as the rank; best rank first, then id.
// Parameters:
//   $query: STRING, the Lucene query built from the folded text's words
//   $text: STRING, the folded text
//   $kinds: LIST<STRING>, empty for every kind
//   $countries: LIST<STRING>, empty for every country
//   $limit: INTEGER
// Returns: entity (MAP {id, claims}), rank (INTEGER: 0 equal, 1 prefix, 2 words)
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node
WITH node AS e
WHERE (size($kinds) = 0 OR any(l IN labels(e) WHERE l IN $kinds))
  AND (size($countries) = 0 OR e.country IN $countries)
WITH e, CASE
    WHEN $text IN e.nameKeys THEN 0
    WHEN any(k IN e.nameKeys WHERE k STARTS WITH $text) THEN 1
    WHEN any(k IN e.nameKeys WHERE (' ' + k + ' ') CONTAINS (' ' + $text + ' ')) THEN 2
  END AS rank
WHERE rank IS NOT NULL
RETURN e {
  .id,
  claims: [(e)-[m:MENTIONED_IN]->(src:Article) | m {.*, articleId: src.id}]
} AS entity, rank
ORDER BY rank, e.id
LIMIT $limit
