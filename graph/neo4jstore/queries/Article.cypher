// One article by id.
// Parameters:
//   $id: STRING
// Returns: article (MAP of the article's properties), no row if none
MATCH (a:Article {id: $id})
RETURN a {.*} AS article
