// Creates or replaces the article node of a write.
// Parameters:
//   $article: MAP, the article's properties (id, source, url, title, language, published, contentHash, loadedAt, text)
// Returns: id (STRING)
MERGE (a:Article {id: $article.id})
SET a = $article
RETURN a.id AS id
