// The articles with the given ids, or every article when ids is empty, by id.
// Parameters:
//   $ids: LIST<STRING>
// Returns: article (MAP of the article's properties)
MATCH (a:Article)
WHERE size($ids) = 0 OR a.id IN $ids
RETURN a {.*} AS article
ORDER BY a.id
