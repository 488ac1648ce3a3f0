package embedded

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/bilateral/bilateral/graph"
)

// Article implements graph.Store.
func (s *Store) Article(ctx context.Context, id string) (graph.Article, error) {
	var a graph.Article
	err := s.read(ctx, func(x *index) error {
		g, ok := x.graphs[id]
		if !ok {
			return graph.ErrNotFound
		}
		a = g.Article
		return nil
	})
	if err != nil {
		return graph.Article{}, fmt.Errorf("article %s: %w", id, err)
	}
	return a, nil
}

// Articles implements graph.Store.
func (s *Store) Articles(ctx context.Context, ids []string) ([]graph.Article, error) {
	var out []graph.Article
	err := s.read(ctx, func(x *index) error {
		if len(ids) == 0 {
			ids = slices.Collect(maps.Keys(x.graphs))
		}
		ids = slices.Clone(ids)
		slices.Sort(ids)
		for _, id := range slices.Compact(ids) {
			if g, ok := x.graphs[id]; ok {
				out = append(out, g.Article)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	return out, nil
}

// Entity implements graph.Store.
func (s *Store) Entity(ctx context.Context, id string) (graph.Entity, error) {
	var e graph.Entity
	err := s.read(ctx, func(x *index) error {
		to, ok := x.resolve(id)
		if !ok {
			return graph.ErrNotFound
		}
		e = cloneEntity(x.nodes[to].e)
		return nil
	})
	if err != nil {
		return graph.Entity{}, fmt.Errorf("entity %s: %w", id, err)
	}
	return e, nil
}

// Entities implements graph.Store.
func (s *Store) Entities(ctx context.Context, q graph.EntityQuery) (graph.EntityPage, error) {
	q, err := q.Normalize()
	if err != nil {
		return graph.EntityPage{}, fmt.Errorf("entities: %w", err)
	}
	var page graph.EntityPage
	err = s.read(ctx, func(x *index) error {
		m := x.matcher(q.Filter)
		var hits []*node
		for _, n := range x.nodes {
			if m.match(n) {
				hits = append(hits, n)
			}
		}
		sortNodes(hits, q.OrderBy)
		start, end, info, err := q.Page.Window(len(hits))
		if err != nil {
			return err
		}
		page.PageInfo = info
		for _, n := range hits[start:end] {
			page.Entities = append(page.Entities, cloneEntity(n.e))
		}
		return nil
	})
	if err != nil {
		return graph.EntityPage{}, fmt.Errorf("entities: %w", err)
	}
	return page, nil
}

// sortNodes sorts by a normalised order (graph.EntityQuery.Normalize).
func sortNodes(ns []*node, order graph.EntityOrder) {
	byID := func(a, b *node) int { return cmp.Compare(a.e.ID, b.e.ID) }
	switch order {
	case graph.OrderByDate:
		slices.SortFunc(ns, func(a, b *node) int {
			da, db := eventDate(a.e), eventDate(b.e)
			switch {
			case da == "" && db != "":
				return 1
			case da != "" && db == "":
				return -1
			}
			return cmp.Or(cmp.Compare(da, db), byID(a, b))
		})
	case graph.OrderBySources:
		slices.SortFunc(ns, func(a, b *node) int {
			return cmp.Or(cmp.Compare(b.articles, a.articles), byID(a, b))
		})
	default:
		slices.SortFunc(ns, func(a, b *node) int {
			return cmp.Or(cmp.Compare(a.sortKey, b.sortKey), byID(a, b))
		})
	}
}

func eventDate(e graph.Entity) string {
	if e.Kind != graph.KindEvent {
		return ""
	}
	return e.Date
}

// matcher is a normalised EntityFilter (graph.EntityFilter.Normalize)
// prepared against the index.
type matcher struct {
	f      graph.EntityFilter
	within map[string]bool // nil: no Within
}

func (x *index) matcher(f graph.EntityFilter) matcher {
	m := matcher{f: f}
	if f.Within != "" {
		m.within = x.within(f.Within)
	}
	return m
}

// within returns the entities located, through LOCATED_IN chains, in the
// region id names: its descendant regions and everything located in them or
// in it. The region itself is not included.
func (x *index) within(id string) map[string]bool {
	set := map[string]bool{}
	root, ok := x.resolve(id)
	if !ok {
		return set
	}
	queue := []string{root}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, r := range x.rels(cur, graph.DirectionIn, []graph.RelType{graph.RelLocatedIn}) {
			from := x.relations[r].From
			if from != root && !set[from] {
				set[from] = true
				queue = append(queue, from)
			}
		}
	}
	return set
}

func (m matcher) match(n *node) bool {
	e, f := n.e, m.f
	if len(f.IDs) > 0 && !slices.Contains(f.IDs, e.ID) && !slices.ContainsFunc(e.MergedIDs, func(id string) bool {
		return slices.Contains(f.IDs, id)
	}) {
		return false
	}
	if !anyOf(f.Kinds, e.Kind) || !anyOf(f.Countries, e.Country) ||
		!anyOf(f.Levels, e.Level) || !anyOf(f.OrgTypes, e.OrgType) ||
		!anyOf(f.EventTypes, e.EventType) {
		return false
	}
	if m.within != nil && !m.within[e.ID] {
		return false
	}
	if (f.DateFrom != "" || f.DateTo != "") &&
		(e.Kind != graph.KindEvent || !graph.DateInRange(e.Date, f.DateFrom, f.DateTo)) {
		return false
	}
	if f.NameContains != "" && !slices.ContainsFunc(n.names, func(s string) bool { return strings.Contains(s, f.NameContains) }) {
		return false
	}
	if f.NameStartsWith != "" && !slices.ContainsFunc(n.names, func(s string) bool { return strings.HasPrefix(s, f.NameStartsWith) }) {
		return false
	}
	return true
}

// anyOf reports whether v is one of the filter's values; an empty list
// does not restrict.
func anyOf[T comparable](list []T, v T) bool {
	return len(list) == 0 || slices.Contains(list, v)
}

// Search implements graph.Store.
func (s *Store) Search(ctx context.Context, q graph.SearchQuery) ([]graph.Entity, error) {
	norm, err := q.Normalize()
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	text, limit := norm.Text, norm.First
	type hit struct {
		n    *node
		rank int
	}
	var out []graph.Entity
	err = s.read(ctx, func(x *index) error {
		var hits []hit
		for _, n := range x.nodes {
			if !anyOf(q.Kinds, n.e.Kind) || !anyOf(q.Countries, n.e.Country) {
				continue
			}
			if r := searchRank(n.names, text); r >= 0 {
				hits = append(hits, hit{n, r})
			}
		}
		slices.SortFunc(hits, func(a, b hit) int {
			return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.n.e.ID, b.n.e.ID))
		})
		for _, h := range hits[:min(limit, len(hits))] {
			out = append(out, cloneEntity(h.n.e))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	return out, nil
}

// searchRank is the best rank of text against folded names: 0 equal, 1 a
// prefix, 2 whole words inside; -1 no match.
func searchRank(names []string, text string) int {
	best := -1
	for _, n := range names {
		r := -1
		switch {
		case n == text:
			r = 0
		case strings.HasPrefix(n, text):
			r = 1
		case strings.Contains(" "+n+" ", " "+text+" "):
			r = 2
		}
		if r >= 0 && (best < 0 || r < best) {
			best = r
		}
	}
	return best
}

// Relations implements graph.Store. Ids merged into an entity stand for it.
func (s *Store) Relations(ctx context.Context, q graph.RelationQuery) ([]graph.Relation, error) {
	q, err := q.Normalize()
	if err != nil {
		return nil, fmt.Errorf("relations: %w", err)
	}
	var out []graph.Relation
	err = s.read(ctx, func(x *index) error {
		var ids []string
		for _, e := range q.EntityIDs {
			if id, ok := x.resolve(e); ok {
				ids = append(ids, x.rels(id, q.Direction, q.Types)...)
			}
		}
		slices.Sort(ids)
		for _, id := range slices.Compact(ids) {
			out = append(out, cloneRelation(x.relations[id]))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("relations: %w", err)
	}
	return out, nil
}

// Stats implements graph.Store.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	st := graph.NewStats()
	err := s.read(ctx, func(x *index) error {
		st.Articles = len(x.graphs)
		for _, n := range x.nodes {
			st.Entities[n.e.Kind]++
		}
		for _, r := range x.relations {
			st.Relations[r.Type]++
		}
		return nil
	})
	if err != nil {
		return graph.Stats{}, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

// Dump implements graph.Store.
func (s *Store) Dump(ctx context.Context) (graph.Dump, error) {
	var d graph.Dump
	err := s.read(ctx, func(x *index) error {
		for _, id := range slices.Sorted(maps.Keys(x.graphs)) {
			d.Articles = append(d.Articles, x.graphs[id].Article)
		}
		for _, id := range slices.Sorted(maps.Keys(x.nodes)) {
			d.Entities = append(d.Entities, cloneEntity(x.nodes[id].e))
		}
		for _, id := range slices.Sorted(maps.Keys(x.relations)) {
			d.Relations = append(d.Relations, cloneRelation(x.relations[id]))
		}
		return nil
	})
	if err != nil {
		return graph.Dump{}, fmt.Errorf("dump: %w", err)
	}
	return d, nil
}
