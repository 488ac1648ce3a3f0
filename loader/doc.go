// Package loader is the path from articles to the graph: read (package
// read) → skip what is stored already → extract (package extract) →
// resolve (package resolve) → Store.WriteArticle, and the operations the
// CLI and the GraphQL API run on it.
//
//	l, err := loader.New(store, loader.Options{DataDir: "./data", Progress: os.Stderr})
//	sum, err := l.LoadPaths(ctx, "testdata/articles")
//	sum.Format(os.Stdout)
//	if err := sum.Err(); err != nil { ... } // something failed: exit non-zero
//
// Rules it keeps:
//
//   - One bad document never stops the others. Each failure (empty,
//     binary, invalid UTF-8, a malformed JSON line, a write the store
//     refused) is named in Summary.Failures with its file, line and reason;
//     Summary.Err is non-nil when there is one. Files of other types met
//     while walking a directory are listed apart (Summary.Skipped).
//   - Content-identical articles are loaded once: an article whose id (from
//     its content hash) is stored already, or was read earlier in the same
//     run, is a duplicate and is neither extracted nor written. Loading the
//     same files again changes nothing.
//   - Extraction runs Options.Workers articles at a time; writes happen one
//     at a time in input order, so a load's result and its summary do not
//     depend on the number of workers.
//   - Facts the resolver rejects (they break the ontology) are left out and
//     listed in Summary.Problems; the rest of the article is written.
//   - Time: an event's date (when it happened, from the text) is kept apart
//     from the article's Published (when it was reported) and LoadedAt
//     (when it was loaded, from Options.Now).
//   - Corrections (Merge, Unmerge, Distinguish) are judgements appended to
//     the judgement file of the data directory (see package resolve), and
//     the articles concerned are then extracted again from their stored
//     text and rewritten, so the store shows the decision at once and every
//     later load keeps it. Rebuild does the same for articles a person's
//     hand edit of the file concerns.
package loader
