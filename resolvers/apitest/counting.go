package apitest

import (
	"context"
	"maps"
	"sync"

	"github.com/bilateral/bilateral/graph"
)

// CountingStore is a graph.Store that counts the calls made to it, by
// method: the measure of how many statements a query costs.
type CountingStore struct {
	graph.Store

	mu     sync.Mutex
	counts map[string]int
}

var _ graph.Store = (*CountingStore)(nil)

// NewCountingStore wraps s.
func NewCountingStore(s graph.Store) *CountingStore {
	return &CountingStore{Store: s, counts: map[string]int{}}
}

// Counts returns the calls so far by method.
func (c *CountingStore) Counts() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return maps.Clone(c.counts)
}

// Total returns the number of calls so far.
func (c *CountingStore) Total() int {
	n := 0
	for _, v := range c.Counts() {
		n += v
	}
	return n
}

// Reset sets every count to zero.
func (c *CountingStore) Reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.counts)
}

func (c *CountingStore) count(method string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts[method]++
}

// WriteArticle implements graph.Store.
func (c *CountingStore) WriteArticle(ctx context.Context, g graph.ArticleGraph) (graph.WriteStats, error) {
	c.count("WriteArticle")
	return c.Store.WriteArticle(ctx, g)
}

// Retract implements graph.Store.
func (c *CountingStore) Retract(ctx context.Context, id string) (graph.WriteStats, error) {
	c.count("Retract")
	return c.Store.Retract(ctx, id)
}

// Article implements graph.Store.
func (c *CountingStore) Article(ctx context.Context, id string) (graph.Article, error) {
	c.count("Article")
	return c.Store.Article(ctx, id)
}

// Articles implements graph.Store.
func (c *CountingStore) Articles(ctx context.Context, ids []string) ([]graph.Article, error) {
	c.count("Articles")
	return c.Store.Articles(ctx, ids)
}

// Entity implements graph.Store.
func (c *CountingStore) Entity(ctx context.Context, id string) (graph.Entity, error) {
	c.count("Entity")
	return c.Store.Entity(ctx, id)
}

// Entities implements graph.Store.
func (c *CountingStore) Entities(ctx context.Context, q graph.EntityQuery) (graph.EntityPage, error) {
	c.count("Entities")
	return c.Store.Entities(ctx, q)
}

// Search implements graph.Store.
func (c *CountingStore) Search(ctx context.Context, q graph.SearchQuery) ([]graph.Entity, error) {
	c.count("Search")
	return c.Store.Search(ctx, q)
}

// Relations implements graph.Store.
func (c *CountingStore) Relations(ctx context.Context, q graph.RelationQuery) ([]graph.Relation, error) {
	c.count("Relations")
	return c.Store.Relations(ctx, q)
}

// Meetings implements graph.Store.
func (c *CountingStore) Meetings(ctx context.Context, q graph.MeetingQuery) (graph.MeetingPage, error) {
	c.count("Meetings")
	return c.Store.Meetings(ctx, q)
}

// Path implements graph.Store.
func (c *CountingStore) Path(ctx context.Context, q graph.PathQuery) (graph.Path, error) {
	c.count("Path")
	return c.Store.Path(ctx, q)
}

// Activity implements graph.Store.
func (c *CountingStore) Activity(ctx context.Context, q graph.ActivityQuery) (graph.Activity, error) {
	c.count("Activity")
	return c.Store.Activity(ctx, q)
}

// Stats implements graph.Store.
func (c *CountingStore) Stats(ctx context.Context) (graph.Stats, error) {
	c.count("Stats")
	return c.Store.Stats(ctx)
}

// Dump implements graph.Store.
func (c *CountingStore) Dump(ctx context.Context) (graph.Dump, error) {
	c.count("Dump")
	return c.Store.Dump(ctx)
}
