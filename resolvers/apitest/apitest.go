// Package apitest is the API's test suite, run through the real HTTP
// handler against any graph.Store: Run(t, newStore) runs one named subtest
// per question an analyst asks, plus the limits, errors, auth and protocol
// rules, each on a fresh store seeded with an invented Russia–China graph
// (see SeedGraphs). Package resolvers runs it on the embedded store; the
// Neo4j store runs the very same suite.
//
// The helpers are exported for further tests: NewServer and its Post/Get,
// CountingStore (calls per store method: the cost of a query), Seed and
// Bulk, and LoadCorpus, which loads the sample corpus (CorpusDir) through
// the real pipeline of package loader, for instance:
//
//	s := newStore(t)
//	apitest.LoadCorpus(t, s)
//	srv := apitest.NewServer(t, httpapi.Config{Store: s})
//	res := srv.Post(apitest.Request{Query: httpapi.Examples()[0].Query})
package apitest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"sync"
	"testing"
	"time"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/resolvers/httpapi"
	"github.com/bilateral/bilateral/resolvers/model"
)

// Token is the bearer token the suite's servers accept.
const Token = "test-token"

// Env is one test's server and the store behind it.
type Env struct {
	*Server
	// Store counts the calls the API makes.
	Store *CountingStore
	// Ingester is the fake mutation backend.
	Ingester *FakeIngester
}

// NewEnv seeds a fresh store from newStore and serves it with the suite's
// configuration (token, introspection and playground on, small dataloader
// wait kept long enough to batch on a busy machine), changed by mods.
func NewEnv(t *testing.T, newStore func(t *testing.T) graph.Store, mods ...func(*httpapi.Config)) Env {
	t.Helper()
	base := newStore(t)
	Seed(t, base)
	cs := NewCountingStore(base)
	ing := &FakeIngester{Store: base}
	cfg := httpapi.Config{
		Store:          cs,
		Ingester:       ing,
		Token:          Token,
		Introspection:  true,
		Playground:     true,
		DataloaderWait: 20 * time.Millisecond,
	}
	for _, m := range mods {
		m(&cfg)
	}
	return Env{Server: NewServer(t, cfg), Store: cs, Ingester: ing}
}

// Run runs the whole API suite. newStore returns an empty store and
// registers its cleanup.
func Run(t *testing.T, newStore func(t *testing.T) graph.Store) {
	t.Run("questions", func(t *testing.T) { runQuestions(t, newStore) })
	t.Run("browsing", func(t *testing.T) { runBrowsing(t, newStore) })
	t.Run("cost", func(t *testing.T) { runCost(t, newStore) })
	t.Run("limits", func(t *testing.T) { runLimits(t, newStore) })
	t.Run("mutations", func(t *testing.T) { runMutations(t, newStore) })
	t.Run("protocol", func(t *testing.T) { runProtocol(t, newStore) })
	t.Run("corpus", func(t *testing.T) { runCorpus(t, newStore) })
}

// FakeIngester stands in for package loader in the suite: Retract and Merge
// act on the store as far as a store can (Merge is not a store operation,
// so it is only recorded), and Ingest writes one organisation claim named
// by the article's title, so that a test sees what changed.
type FakeIngester struct {
	Store graph.Store

	mu    sync.Mutex
	Calls []string
}

func (f *FakeIngester) record(call string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.Calls = append(f.Calls, call)
}

// Ingest implements resolvers.Ingester.
func (f *FakeIngester) Ingest(ctx context.Context, a graph.Article) (model.IngestResult, error) {
	f.record("Ingest")
	sum := sha256.Sum256([]byte(a.Text))
	a.ContentHash = hex.EncodeToString(sum[:])
	a.ID = "article:" + a.ContentHash[:16]
	a.LoadedAt = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	if a.Language == "" {
		a.Language = "en"
	}
	if _, err := f.Store.Article(ctx, a.ID); err == nil {
		return model.IngestResult{Article: a, Duplicate: true}, nil
	}
	g := graph.ArticleGraph{Article: a, Entities: []graph.Entity{{
		ID: "org:ru:" + a.ContentHash[:8], Kind: graph.KindOrganisation, Name: a.Title, Country: "RU",
		Sources: []graph.Source{{ArticleID: a.ID, Sentence: a.Text, Language: a.Language}},
	}}}
	st, err := f.Store.WriteArticle(ctx, g)
	if err != nil {
		return model.IngestResult{}, err
	}
	return model.IngestResult{Article: a, Graph: g, Stats: st}, nil
}

// Retract implements resolvers.Ingester.
func (f *FakeIngester) Retract(ctx context.Context, id string) (graph.WriteStats, error) {
	f.record("Retract")
	return f.Store.Retract(ctx, id)
}

// Merge implements resolvers.Ingester.
func (f *FakeIngester) Merge(ctx context.Context, keep, merge string) error {
	f.record("Merge")
	if _, err := f.Store.Entity(ctx, merge); err != nil {
		return err
	}
	_, err := f.Store.Entity(ctx, keep)
	return err
}

// CallCount returns how many mutations reached the ingester.
func (f *FakeIngester) CallCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.Calls)
}
