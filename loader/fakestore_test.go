package loader

import (
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/bilateral/bilateral/graph"
)

// fakeStore keeps claims per article in memory and folds them on read,
// enough of a store for the loader's unit tests. It records the order of
// writes.
type fakeStore struct {
	mu       sync.Mutex
	articles map[string]graph.ArticleGraph
	writes   []string // article ids in write order
	fail     map[string]error
}

func newFakeStore() *fakeStore {
	return &fakeStore{articles: map[string]graph.ArticleGraph{}, fail: map[string]error{}}
}

func (s *fakeStore) ids() (entities, relations map[string]bool) {
	entities, relations = map[string]bool{}, map[string]bool{}
	for _, g := range s.articles {
		for _, e := range g.Entities {
			entities[e.ID] = true
		}
		for _, r := range g.Relations {
			relations[r.ID] = true
		}
	}
	return entities, relations
}

func diffStats(beforeE, beforeR, afterE, afterR map[string]bool) graph.WriteStats {
	var st graph.WriteStats
	for id := range afterE {
		if !beforeE[id] {
			st.EntitiesCreated++
		}
	}
	for id := range beforeE {
		if !afterE[id] {
			st.EntitiesDeleted++
		}
	}
	for id := range afterR {
		if !beforeR[id] {
			st.RelationsCreated++
		}
	}
	for id := range beforeR {
		if !afterR[id] {
			st.RelationsDeleted++
		}
	}
	return st
}

func (s *fakeStore) WriteArticle(_ context.Context, g graph.ArticleGraph) (graph.WriteStats, error) {
	if err := graph.Validate(g); err != nil {
		return graph.WriteStats{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.fail[g.Article.ID]; err != nil {
		return graph.WriteStats{}, err
	}
	be, br := s.ids()
	s.articles[g.Article.ID] = g
	s.writes = append(s.writes, g.Article.ID)
	ae, ar := s.ids()
	return diffStats(be, br, ae, ar), nil
}

func (s *fakeStore) Retract(_ context.Context, id string) (graph.WriteStats, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.articles[id]; !ok {
		return graph.WriteStats{}, fmt.Errorf("article %s: %w", id, graph.ErrNotFound)
	}
	be, br := s.ids()
	delete(s.articles, id)
	ae, ar := s.ids()
	return diffStats(be, br, ae, ar), nil
}

func (s *fakeStore) Article(_ context.Context, id string) (graph.Article, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	g, ok := s.articles[id]
	if !ok {
		return graph.Article{}, fmt.Errorf("article %s: %w", id, graph.ErrNotFound)
	}
	return g.Article, nil
}

func (s *fakeStore) Articles(_ context.Context, ids []string) ([]graph.Article, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []graph.Article
	for id, g := range s.articles {
		if len(ids) == 0 || slices.Contains(ids, id) {
			out = append(out, g.Article)
		}
	}
	slices.SortFunc(out, func(a, b graph.Article) int { return cmpString(a.ID, b.ID) })
	return out, nil
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func (s *fakeStore) entities() map[string]graph.Entity {
	claims := map[string][]graph.Entity{}
	for _, g := range s.articles {
		for _, e := range g.Entities {
			claims[e.ID] = append(claims[e.ID], e)
		}
	}
	out := map[string]graph.Entity{}
	for id, cs := range claims {
		out[id] = graph.Fold(cs)
	}
	return out
}

func (s *fakeStore) Entity(_ context.Context, id string) (graph.Entity, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	all := s.entities()
	if e, ok := all[id]; ok {
		return e, nil
	}
	for _, e := range all {
		if slices.Contains(e.MergedIDs, id) {
			return e, nil
		}
	}
	return graph.Entity{}, fmt.Errorf("entity %s: %w", id, graph.ErrNotFound)
}

func (s *fakeStore) Stats(context.Context) (graph.Stats, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := graph.Stats{Articles: len(s.articles), Entities: map[graph.Kind]int{}, Relations: map[graph.RelType]int{}}
	for _, e := range s.entities() {
		st.Entities[e.Kind]++
	}
	seen := map[string]bool{}
	for _, g := range s.articles {
		for _, r := range g.Relations {
			if !seen[r.ID] {
				seen[r.ID] = true
				st.Relations[r.Type]++
			}
		}
	}
	return st, nil
}

// writeOrder returns the article ids in the order they were written.
func (s *fakeStore) writeOrder() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.writes)
}
