package loader

import (
	"context"
	"errors"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/loader/read"
)

// doc is one document on its way through the pipeline: an article, or
// why there is none.
type doc struct {
	path      string
	line      int
	article   graph.Article
	err       error // why the document gave no article
	skipped   bool  // err is read.ErrSkipped: a file of another type
	duplicate bool  // the article is stored or was read before
}

// readFunc reads the documents at paths in order and yields each; false
// from yield stops it. It returns an error only for what stops the whole
// read (the context).
type readFunc func(ctx context.Context, paths []string, yield func(doc) bool) error

// readPaths reads with package read.
func readPaths(ctx context.Context, paths []string, yield func(doc) bool) error {
	for d, err := range read.All(ctx, paths) {
		var d2 doc
		var re *read.Error
		switch {
		case err == nil:
			d2 = doc{path: d.Path, line: d.Line, article: d.Article()}
		case errors.As(err, &re):
			d2 = doc{path: re.Path, line: re.Line, err: re.Err, skipped: read.Skipped(err)}
		default:
			return err
		}
		if !yield(d2) {
			return ctx.Err()
		}
	}
	return nil
}
