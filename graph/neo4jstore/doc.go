// Package neo4jstore is the Neo4j graph.Store, for production: a server, a
// cluster or Aura, reached through github.com/neo4j/neo4j-go-driver/v5.
//
// # Graph model
//
// Each entity is a node with its kind's label (Region, Organisation,
// Official, Event) and the common label Entity, holding the folded values
// in camelCase properties (id, name, aliases, country, level, code,
// orgType, roles, date, eventType, status, mergedIds, sourceCount, and
// nameKeys / searchNames / sortName for matching and ordering). Articles
// are (:Article {id, source, url, title, language, published, contentHash,
// loadedAt, text}). What each article claims about an entity is its
// (entity)-[:MENTIONED_IN]->(article) relationship, carrying the claimed
// properties and the evidence sentence. Relations are relationships of the
// six graph.RelTypes with the folded role, agreement, confidence and the
// claims as parallel lists (articleIds, sentences, languages, roles,
// agreements, confidences). Each id merged into an entity is a
// (:MergedId {id})-[:MERGED_INTO]->(entity), so that lookups by merged id
// (Entity, Relations, Path, the ids filter) are index seeks: Neo4j 5 cannot
// seek a list property by one of its elements.
//
// Node and relationship values are always graph.Fold / graph.FoldRelation
// of the stored claims, computed in Go (the one merge rule every store
// shares): a write reads the claims it touches, folds, and writes the
// result back in the same transaction; reads fold the claims they return.
//
// # Statements
//
// Every Cypher statement is a file in queries/ (named after the method that
// runs it) or schema/ (applied in name order by New, each IF NOT EXISTS),
// embedded with go:embed and checked at init: a missing file panics, and so
// does one whose $parameters differ from those its header declares.
// Statements take parameters only; the labels and relationship types they
// write are fixed in the text (one FOREACH branch per graph.Kinds and
// graph.RelTypes value), never built from input, and a test keeps every
// such list equal to package graph's. tools/cypherlint lints every file
// with Neo4j's own Cypher front end.
//
// # Units of work
//
// Every method is one managed transaction (ExecuteRead / ExecuteWrite,
// retried on transient errors, so callbacks are idempotent) on the
// configured database, with a fixed number of statements whatever the size
// of the data: WriteArticle runs 10, Retract 11. Sessions share a bookmark
// manager, so a read routed to any cluster member sees the store's earlier
// writes.
package neo4jstore
