// Package embedded is the default graph.Store: no server, everything in one
// bbolt file in a data directory.
//
// # Layout
//
// The file holds what articles claim, never a folded graph: bucket
// "articles" maps each article id to its graph.ArticleGraph as JSON, and
// bucket "meta" records the format version. Writing or retracting an article
// is one bbolt transaction, so after a crash an article is wholly stored or
// not at all.
//
// # Memory
//
// Open replays every stored article into an in-memory index: the claims per
// entity and relation, their folds (graph.Fold, graph.FoldRelation),
// adjacency lists, the merged-id index and folded names for search. A write
// commits to disk first, then updates the index and refolds only the nodes
// and edges the article touched (its old and new claims). A sync.RWMutex
// makes the store safe for concurrent use; every value returned is a deep
// copy.
package embedded
