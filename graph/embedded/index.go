package embedded

import (
	"maps"
	"slices"

	"github.com/bilateral/bilateral/graph"
)

// node is a folded entity with what queries need precomputed.
type node struct {
	e        graph.Entity
	names    []string // FoldName of Name and each alias
	sortKey  string   // lower-cased Name, for OrderByName
	articles int      // supporting articles, for OrderBySources
}

// index is the in-memory view of the stored claims. It is not safe for
// concurrent use; Store guards it.
type index struct {
	graphs    map[string]graph.ArticleGraph          // article id → its claims
	entClaims map[string]map[string]graph.Entity     // entity id → article id → claim
	relClaims map[string]map[string][]graph.Relation // relation id → article id → claims
	nodes     map[string]*node                       // entity id → fold
	relations map[string]graph.Relation              // relation id → fold
	out, in   map[string]map[string]graph.RelType    // entity id → relation id → its type
	merged    map[string]map[string]bool             // merged-away id → ids of the entities listing it
}

func newIndex() *index {
	return &index{
		graphs:    map[string]graph.ArticleGraph{},
		entClaims: map[string]map[string]graph.Entity{},
		relClaims: map[string]map[string][]graph.Relation{},
		nodes:     map[string]*node{},
		relations: map[string]graph.Relation{},
		out:       map[string]map[string]graph.RelType{},
		in:        map[string]map[string]graph.RelType{},
		merged:    map[string]map[string]bool{},
	}
}

// touched collects the ids of nodes and edges whose claims changed.
type touched struct {
	entities  map[string]struct{}
	relations map[string]struct{}
}

func newTouched() touched {
	return touched{entities: map[string]struct{}{}, relations: map[string]struct{}{}}
}

// replace swaps the claims of article id for those of g (nil removes the
// article) without refolding; the ids it touched are added to t.
func (x *index) replace(id string, g *graph.ArticleGraph, t touched) {
	if old, ok := x.graphs[id]; ok {
		for _, e := range old.Entities {
			delete(x.entClaims[e.ID], id)
			t.entities[e.ID] = struct{}{}
		}
		for _, r := range old.Relations {
			delete(x.relClaims[r.ID], id)
			t.relations[r.ID] = struct{}{}
		}
		delete(x.graphs, id)
	}
	if g == nil {
		return
	}
	x.graphs[id] = *g
	for _, e := range g.Entities {
		m := x.entClaims[e.ID]
		if m == nil {
			m = map[string]graph.Entity{}
			x.entClaims[e.ID] = m
		}
		m[id] = e
		t.entities[e.ID] = struct{}{}
	}
	for _, r := range g.Relations {
		m := x.relClaims[r.ID]
		if m == nil {
			m = map[string][]graph.Relation{}
			x.relClaims[r.ID] = m
		}
		m[id] = append(m[id], r)
		t.relations[r.ID] = struct{}{}
	}
}

// refold folds again every node and edge in t and reports what appeared
// and disappeared.
func (x *index) refold(t touched) graph.WriteStats {
	var st graph.WriteStats
	for _, id := range slices.Sorted(maps.Keys(t.entities)) {
		claims := x.entClaims[id]
		old, existed := x.nodes[id]
		if existed {
			for _, m := range old.e.MergedIDs {
				delete(x.merged[m], id)
				if len(x.merged[m]) == 0 {
					delete(x.merged, m)
				}
			}
		}
		if len(claims) == 0 {
			delete(x.entClaims, id)
			if existed {
				delete(x.nodes, id)
				st.EntitiesDeleted++
			}
			continue
		}
		list := make([]graph.Entity, 0, len(claims))
		for _, a := range slices.Sorted(maps.Keys(claims)) {
			list = append(list, claims[a])
		}
		x.nodes[id] = newNode(graph.Fold(list))
		for _, m := range x.nodes[id].e.MergedIDs {
			if x.merged[m] == nil {
				x.merged[m] = map[string]bool{}
			}
			x.merged[m][id] = true
		}
		if !existed {
			st.EntitiesCreated++
		}
	}
	for _, id := range slices.Sorted(maps.Keys(t.relations)) {
		claims := x.relClaims[id]
		_, existed := x.relations[id]
		if len(claims) == 0 {
			delete(x.relClaims, id)
			if existed {
				r := x.relations[id]
				delete(x.relations, id)
				unlink(x.out, r.From, id)
				unlink(x.in, r.To, id)
				st.RelationsDeleted++
			}
			continue
		}
		var list []graph.Relation
		for _, a := range slices.Sorted(maps.Keys(claims)) {
			list = append(list, claims[a]...)
		}
		r := graph.FoldRelation(list)
		x.relations[id] = r
		if !existed {
			link(x.out, r.From, id, r.Type)
			link(x.in, r.To, id, r.Type)
			st.RelationsCreated++
		}
	}
	return st
}

func newNode(e graph.Entity) *node {
	return &node{e: e, sortKey: e.SortKey(), names: e.NameKeys(), articles: len(graph.ArticleIDs(e.Sources))}
}

func link(adj map[string]map[string]graph.RelType, entity, rel string, t graph.RelType) {
	m := adj[entity]
	if m == nil {
		m = map[string]graph.RelType{}
		adj[entity] = m
	}
	m[rel] = t
}

func unlink(adj map[string]map[string]graph.RelType, entity, rel string) {
	delete(adj[entity], rel)
	if len(adj[entity]) == 0 {
		delete(adj, entity)
	}
}

// resolve returns the id of the entity id names, directly or as a merged
// id (the smallest id if several entities list it), and whether there is
// one.
func (x *index) resolve(id string) (string, bool) {
	if _, ok := x.nodes[id]; ok {
		return id, true
	}
	if len(x.merged[id]) == 0 {
		return "", false
	}
	return slices.Min(slices.Collect(maps.Keys(x.merged[id]))), true
}

// rels returns the ids of the relations of entity id in direction dir whose
// type is in types (all when empty), sorted.
func (x *index) rels(id string, dir graph.Direction, types []graph.RelType) []string {
	var ids []string
	add := func(adj map[string]map[string]graph.RelType) {
		for r, t := range adj[id] {
			if len(types) == 0 || slices.Contains(types, t) {
				ids = append(ids, r)
			}
		}
	}
	if dir != graph.DirectionIn {
		add(x.out)
	}
	if dir != graph.DirectionOut {
		add(x.in)
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}
