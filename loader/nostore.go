package loader

import (
	"context"
	"errors"

	"github.com/bilateral/bilateral/graph"
)

// ErrNoStore is returned by a loader made without a store (for Extract)
// when asked to do what needs one.
var ErrNoStore = errors.New("loader has no store")

// noStore is the Store of a loader made without one.
type noStore struct{}

func (noStore) WriteArticle(context.Context, graph.ArticleGraph) (graph.WriteStats, error) {
	return graph.WriteStats{}, ErrNoStore
}

func (noStore) Retract(context.Context, string) (graph.WriteStats, error) {
	return graph.WriteStats{}, ErrNoStore
}

func (noStore) Article(context.Context, string) (graph.Article, error) {
	return graph.Article{}, ErrNoStore
}

func (noStore) Articles(context.Context, []string) ([]graph.Article, error) { return nil, ErrNoStore }

func (noStore) Entity(context.Context, string) (graph.Entity, error) {
	return graph.Entity{}, ErrNoStore
}

func (noStore) Stats(context.Context) (graph.Stats, error) { return graph.Stats{}, ErrNoStore }
