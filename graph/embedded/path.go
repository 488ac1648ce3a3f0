package embedded

import (
	"context"
	"fmt"
	"slices"

	"github.com/bilateral/bilateral/graph"
)

// Path implements graph.Store: a breadth-first search over edges in both
// directions, exploring each entity's relations in ID order, so the path
// found among several shortest ones is always the same. Ids merged into an
// entity stand for it.
func (s *Store) Path(ctx context.Context, q graph.PathQuery) (graph.Path, error) {
	norm, err := q.Normalize()
	if err != nil {
		return graph.Path{}, fmt.Errorf("path %s to %s: %w", q.From, q.To, err)
	}
	q = norm
	var p graph.Path
	err = s.read(ctx, func(x *index) error {
		from, ok1 := x.resolve(q.From)
		to, ok2 := x.resolve(q.To)
		if !ok1 || !ok2 {
			return graph.ErrNotFound
		}
		via := map[string]string{from: ""} // entity → relation it was reached by
		frontier := []string{from}
		for depth := 0; depth < q.MaxHops && len(frontier) > 0 && !has(via, to); depth++ {
			var next []string
			for _, cur := range frontier {
				for _, r := range x.rels(cur, graph.DirectionBoth, q.Types) {
					rel := x.relations[r]
					other := rel.To
					if other == cur {
						other = rel.From
					}
					if !has(via, other) {
						via[other] = r
						next = append(next, other)
					}
				}
			}
			frontier = next
		}
		if !has(via, to) {
			return graph.ErrNotFound
		}
		for cur := to; ; {
			p.Entities = append(p.Entities, cloneEntity(x.nodes[cur].e))
			r := via[cur]
			if r == "" {
				break
			}
			rel := x.relations[r]
			p.Relations = append(p.Relations, cloneRelation(rel))
			if rel.To == cur {
				cur = rel.From
			} else {
				cur = rel.To
			}
		}
		slices.Reverse(p.Entities)
		slices.Reverse(p.Relations)
		return nil
	})
	if err != nil {
		return graph.Path{}, fmt.Errorf("path %s to %s: %w", q.From, q.To, err)
	}
	return p, nil
}

func has(m map[string]string, k string) bool {
	_, ok := m[k]
	return ok
}
