package dataload_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/resolvers/dataload"
)

// fakeStore answers the three batch reads from fixed data and records the
// queries it got.
type fakeStore struct {
	graph.Store

	entities  map[string]graph.Entity // by id, including merged ids
	relations []graph.Relation

	mu      sync.Mutex
	queries []string
}

func (f *fakeStore) log(q string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.queries = append(f.queries, q)
}

func (f *fakeStore) Entities(_ context.Context, q graph.EntityQuery) (graph.EntityPage, error) {
	f.log(fmt.Sprintf("Entities %d", len(q.Filter.IDs)))
	var p graph.EntityPage
	for _, id := range q.Filter.IDs {
		if e, ok := f.entities[id]; ok && e.ID == id {
			p.Entities = append(p.Entities, e)
		}
	}
	return p, nil
}

func (f *fakeStore) Entity(_ context.Context, id string) (graph.Entity, error) {
	f.log("Entity " + id)
	if e, ok := f.entities[id]; ok {
		return e, nil
	}
	return graph.Entity{}, graph.ErrNotFound
}

func (f *fakeStore) Articles(_ context.Context, ids []string) ([]graph.Article, error) {
	f.log(fmt.Sprintf("Articles %d", len(ids)))
	var out []graph.Article
	for _, id := range ids {
		if id != "missing" {
			out = append(out, graph.Article{ID: id})
		}
	}
	return out, nil
}

func (f *fakeStore) Relations(_ context.Context, q graph.RelationQuery) ([]graph.Relation, error) {
	f.log(fmt.Sprintf("Relations %d %v %s", len(q.EntityIDs), q.Types, q.Direction))
	var out []graph.Relation
	for _, r := range f.relations {
		for _, id := range q.EntityIDs {
			if (r.From == id || r.To == id) && (len(q.Types) == 0 || contains(q.Types, r.Type)) {
				out = append(out, r)
				break
			}
		}
	}
	return out, nil
}

func contains(ts []graph.RelType, t graph.RelType) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

func rel(t graph.RelType, from, to string) graph.Relation {
	return graph.Relation{ID: graph.RelationID(t, from, to), Type: t, From: from, To: to}
}

func newFake() *fakeStore {
	kept := graph.Entity{ID: "org:a", Name: "A", MergedIDs: []string{"org:old"}}
	return &fakeStore{
		entities: map[string]graph.Entity{
			"org:a": kept, "org:old": kept,
			"org:b": {ID: "org:b", Name: "B"},
			"ev:1":  {ID: "ev:1", Name: "E1"},
		},
		relations: []graph.Relation{
			rel(graph.RelAttended, "org:a", "ev:1"),
			rel(graph.RelAttended, "org:b", "ev:1"),
			rel(graph.RelRepresents, "off:x", "org:a"),
		},
	}
}

func TestConcurrentLoadsAreOneStoreCall(t *testing.T) {
	f := newFake()
	l := dataload.New(f, dataload.Options{Wait: 20 * time.Millisecond})
	ctx := context.Background()
	var wg sync.WaitGroup
	for _, id := range []string{"org:a", "org:b", "ev:1", "org:a"} {
		wg.Go(func() {
			if _, err := l.Entity(ctx, id); err != nil {
				t.Errorf("Entity(%s): %v", id, err)
			}
			if _, err := l.Articles(ctx, []string{"art:" + id}); err != nil {
				t.Errorf("Articles: %v", err)
			}
		})
	}
	wg.Wait()
	// Cached: asking again costs nothing.
	if _, err := l.Entity(ctx, "org:b"); err != nil {
		t.Fatal(err)
	}
	want := []string{"Entities 3", "Articles 3"}
	if diff := cmp.Diff(want, f.queries); diff != "" {
		t.Errorf("store queries (-want +got):\n%s", diff)
	}
}

func TestEntityFallsBackForMergedIDsAndReportsMissing(t *testing.T) {
	f := newFake()
	l := dataload.New(f, dataload.Options{Wait: time.Millisecond})
	ctx := context.Background()
	e, err := l.Entity(ctx, "org:old")
	if err != nil || e.ID != "org:a" {
		t.Errorf("Entity(org:old) = %v, %v; want org:a", e.ID, err)
	}
	if _, err := l.Entity(ctx, "org:none"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Entity(org:none) error = %v, want ErrNotFound", err)
	}
	if _, err := l.Articles(ctx, []string{"missing"}); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Articles(missing) error = %v, want ErrNotFound", err)
	}
}

func TestRelationsAreSharedOutPerKey(t *testing.T) {
	f := newFake()
	l := dataload.New(f, dataload.Options{Wait: 20 * time.Millisecond})
	ctx := context.Background()
	keys := []dataload.RelationKey{
		dataload.NewRelationKey("ev:1", []graph.RelType{graph.RelAttended}, graph.DirectionIn),
		dataload.NewRelationKey("org:a", nil, graph.DirectionOut),
		dataload.NewRelationKey("org:a", nil, graph.DirectionIn),
		dataload.NewRelationKey("org:a", []graph.RelType{graph.RelRepresents, graph.RelAttended}, ""),
	}
	got := make([][]string, len(keys))
	var wg sync.WaitGroup
	for i, k := range keys {
		wg.Go(func() {
			rs, err := l.Relations(ctx, k)
			if err != nil {
				t.Errorf("Relations(%+v): %v", k, err)
			}
			for _, r := range rs {
				got[i] = append(got[i], r.ID)
			}
		})
	}
	wg.Wait()
	want := [][]string{
		{"ATTENDED|org:a|ev:1", "ATTENDED|org:b|ev:1"},
		{"ATTENDED|org:a|ev:1"},
		{"REPRESENTS|off:x|org:a"},
		{"ATTENDED|org:a|ev:1", "REPRESENTS|off:x|org:a"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("relations per key (-want +got):\n%s", diff)
	}
	if len(f.queries) != 1 || f.queries[0] != "Relations 2 [] BOTH" {
		t.Errorf("store queries = %v, want one Relations call for both entities, all types, both directions", f.queries)
	}
}

func TestForPanicsWithoutMiddleware(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("For on a bare context did not panic")
		}
	}()
	dataload.For(context.Background())
}
