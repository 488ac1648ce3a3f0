package storetest

import (
	"testing"

	"github.com/bilateral/bilateral/graph"
)

func init() {
	register("Paths/Shortest", testPathShortest)
	register("Paths/Limits", testPathLimits)
}

// checkChain fails t unless p is a chain from one entity to another whose
// every relation joins the entities beside it.
func checkChain(t *testing.T, p graph.Path, from, to string, hops int) {
	t.Helper()
	if len(p.Relations) != hops || len(p.Entities) != hops+1 {
		t.Fatalf("path has %d relations and %d entities, want %d and %d", len(p.Relations), len(p.Entities), hops, hops+1)
	}
	if p.Entities[0].ID != from || p.Entities[hops].ID != to {
		t.Errorf("path runs %s to %s, want %s to %s", p.Entities[0].ID, p.Entities[hops].ID, from, to)
	}
	for i, r := range p.Relations {
		a, b := p.Entities[i].ID, p.Entities[i+1].ID
		if !(r.From == a && r.To == b || r.From == b && r.To == a) {
			t.Errorf("relation %d (%s) does not join %s and %s", i, r.ID, a, b)
		}
		if len(r.Sources) == 0 {
			t.Errorf("relation %d (%s) has no evidence", i, r.ID)
		}
	}
}

func testPathShortest(t *testing.T, newStore Factory) {
	s := filled(t, newStore, corpus()...)
	p, err := s.Path(t.Context(), graph.PathQuery{From: zhao.ID, To: hlj.ID, MaxHops: 4})
	if err != nil {
		t.Fatalf("Path(zhao, Heilongjiang) = %v", err)
	}
	checkChain(t, p, zhao.ID, hlj.ID, 3)
	diff(t, "entities", []string{zhao.ID, nangang.ID, harbin.ID, hlj.ID}, entityIDs(p.Entities))
	diff(t, "relations", []string{graph.RelationID(graph.RelRepresents, zhao.ID, nangang.ID),
		graph.RelationID(graph.RelLocatedIn, nangang.ID, harbin.ID), graph.RelationID(graph.RelLocatedIn, harbin.ID, hlj.ID)},
		relationIDs(p.Relations))

	// Backwards, relations keep their own direction.
	p, err = s.Path(t.Context(), graph.PathQuery{From: hlj.ID, To: zhao.ID, MaxHops: 3})
	if err != nil {
		t.Fatalf("Path(Heilongjiang, zhao) = %v", err)
	}
	diff(t, "entities backwards", []string{hlj.ID, harbin.ID, nangang.ID, zhao.ID}, entityIDs(p.Entities))
	if p.Relations[0].From != harbin.ID {
		t.Errorf("first relation backwards runs from %s, want %s", p.Relations[0].From, harbin.ID)
	}

	// From a Russian official to a Russian company through Harbin: four hops.
	p, err = s.Path(t.Context(), graph.PathQuery{From: safin.ID, To: volga.ID, MaxHops: graph.MaxPathHops})
	if err != nil {
		t.Fatalf("Path(safin, volga) = %v", err)
	}
	checkChain(t, p, safin.ID, volga.ID, 4)

	// Only some relation types.
	p, err = s.Path(t.Context(), graph.PathQuery{From: signing.ID, To: cn.ID, MaxHops: 6, Types: []graph.RelType{graph.RelLocatedIn}})
	if err != nil {
		t.Fatalf("Path(signing, China, LOCATED_IN) = %v", err)
	}
	checkChain(t, p, signing.ID, cn.ID, 4)

	p, err = s.Path(t.Context(), graph.PathQuery{From: zhao.ID, To: zhao.ID, MaxHops: 1})
	if err != nil || len(p.Entities) != 1 || len(p.Relations) != 0 {
		t.Errorf("Path(zhao, zhao) = %+v, %v; want zhao alone", p, err)
	}
}

func testPathLimits(t *testing.T, newStore Factory) {
	isolated := graph.Entity{ID: "org:CN:lonely-works", Kind: graph.KindOrganisation, Name: "Lonely Works", Country: "CN"}
	s := filled(t, newStore, append(corpus(), lone("a-lonely", isolated))...)
	cases := []struct {
		name string
		q    graph.PathQuery
		want error
	}{
		{"too few hops", graph.PathQuery{From: zhao.ID, To: hlj.ID, MaxHops: 2}, graph.ErrNotFound},
		{"types that do not connect", graph.PathQuery{From: zhao.ID, To: hlj.ID, MaxHops: 6, Types: []graph.RelType{graph.RelLocatedIn}}, graph.ErrNotFound},
		{"no connection", graph.PathQuery{From: zhao.ID, To: isolated.ID, MaxHops: 6}, graph.ErrNotFound},
		{"unknown start", graph.PathQuery{From: "official:CN:nobody", To: hlj.ID, MaxHops: 3}, graph.ErrNotFound},
		{"unknown end", graph.PathQuery{From: zhao.ID, To: "region:CN-99", MaxHops: 3}, graph.ErrNotFound},
		{"zero hops", graph.PathQuery{From: zhao.ID, To: hlj.ID}, graph.ErrInvalid},
		{"negative hops", graph.PathQuery{From: zhao.ID, To: hlj.ID, MaxHops: -1}, graph.ErrInvalid},
		{"too many hops are clamped", graph.PathQuery{From: zhao.ID, To: hlj.ID, MaxHops: 1000}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := s.Path(t.Context(), c.q)
			if c.want == nil && err != nil {
				t.Errorf("Path(%+v) = %v, want a path", c.q, err)
			}
			if c.want != nil {
				wantErr(t, "Path", err, c.want)
			}
		})
	}
}
