// Deletes the retracted article once its claims are gone.
// Parameters:
//   $articleId: STRING
// Returns: nothing
MATCH (a:Article {id: $articleId})
DETACH DELETE a
