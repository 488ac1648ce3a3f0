package storetest

import (
	"testing"

	"github.com/bilateral/bilateral/graph"
)

func init() {
	register("Relations/DirectionsAndTypes", testRelations)
}

func testRelations(t *testing.T, newStore Factory) {
	s := filled(t, newStore, corpus()...)
	id := graph.RelationID
	cases := []struct {
		name string
		q    graph.RelationQuery
		want []string
	}{
		{"out", graph.RelationQuery{EntityIDs: []string{chamber.ID}, Direction: graph.DirectionOut},
			[]string{id(graph.RelAttended, chamber.ID, forum.ID), id(graph.RelHosted, chamber.ID, roundtbl.ID)}},
		{"in", graph.RelationQuery{EntityIDs: []string{chamber.ID}, Direction: graph.DirectionIn},
			[]string{id(graph.RelRepresents, safin.ID, chamber.ID)}},
		{"both is the default", graph.RelationQuery{EntityIDs: []string{chamber.ID}},
			[]string{id(graph.RelAttended, chamber.ID, forum.ID), id(graph.RelHosted, chamber.ID, roundtbl.ID), id(graph.RelRepresents, safin.ID, chamber.ID)}},
		{"batch of entities, one type", graph.RelationQuery{EntityIDs: []string{volga.ID, songhua.ID}, Types: []graph.RelType{graph.RelSigned}},
			[]string{id(graph.RelSigned, songhua.ID, expo.ID), id(graph.RelSigned, volga.ID, expo.ID), id(graph.RelSigned, volga.ID, signing.ID)}},
		{"an edge between two asked entities comes once", graph.RelationQuery{EntityIDs: []string{nangang.ID, harbin.ID}, Types: []graph.RelType{graph.RelLocatedIn}},
			[]string{id(graph.RelLocatedIn, signing.ID, nangang.ID), id(graph.RelLocatedIn, forum.ID, nangang.ID), id(graph.RelLocatedIn, harbin.ID, hlj.ID), id(graph.RelLocatedIn, nangang.ID, harbin.ID)}},
		{"several types, in", graph.RelationQuery{EntityIDs: []string{forum.ID}, Types: []graph.RelType{graph.RelHosted, graph.RelLocatedIn}, Direction: graph.DirectionIn},
			[]string{id(graph.RelHosted, bureau.ID, forum.ID), id(graph.RelHosted, nangang.ID, forum.ID)}},
		{"unknown entity", graph.RelationQuery{EntityIDs: []string{"org:XX:none"}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rels, err := s.Relations(t.Context(), c.q)
			if err != nil {
				t.Fatalf("Relations(%+v) = %v", c.q, err)
			}
			diff(t, "relation ids", c.want, relationIDs(rels))
		})
	}
}
