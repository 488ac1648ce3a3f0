// Removes the article's previous claims about entities.
// Parameters:
//   $articleId: STRING
// Returns: nothing
MATCH (:Entity)-[m:MENTIONED_IN]->(:Article {id: $articleId})
DELETE m
