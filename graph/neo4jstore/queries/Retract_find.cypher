// Tells whether the article to retract exists.
// Parameters:
//   $articleId: STRING
// Returns: id (STRING), one row if it exists
MATCH (a:Article {id: $articleId})
RETURN a.id AS id
