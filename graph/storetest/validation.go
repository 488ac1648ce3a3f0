package storetest

import (
	"testing"

	"github.com/bilateral/bilateral/graph"
)

func init() {
	register("Validation/NothingWritten", testValidationNothingWritten)
	register("Validation/KeepsPriorVersion", testValidationKeepsPrior)
}

func testValidationNothingWritten(t *testing.T, newStore Factory) {
	cases := []struct {
		name  string
		spoil func(g *graph.ArticleGraph)
	}{
		{"unknown kind", func(g *graph.ArticleGraph) { g.Entities[0].Kind = "Company" }},
		{"country name instead of code", func(g *graph.ArticleGraph) { g.Entities[0].Country = "Russia" }},
		{"date in prose", func(g *graph.ArticleGraph) { g.Entities[len(g.Entities)-1].Date = "14 June 2024" }},
		{"no article id", func(g *graph.ArticleGraph) { g.Article.ID = "" }},
		{"relation to an entity the article lacks", func(g *graph.ArticleGraph) {
			g.Relations = append(g.Relations, graph.Relation{ID: graph.RelationID(graph.RelAttended, volga.ID, forum.ID),
				Type: graph.RelAttended, From: volga.ID, To: forum.ID, Sources: g.Relations[0].Sources})
		}},
		{"relation the ontology forbids", func(g *graph.ArticleGraph) {
			g.Relations = append(g.Relations, graph.Relation{ID: graph.RelationID(graph.RelVisited, forum.ID, harbin.ID),
				Type: graph.RelVisited, From: forum.ID, To: harbin.ID, Sources: g.Relations[0].Sources})
		}},
		{"claim without a source", func(g *graph.ArticleGraph) { g.Entities[1].Sources = nil }},
		{"source from another article", func(g *graph.ArticleGraph) { g.Relations[0].Sources[0].ArticleID = "a-other" }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newStore(t)
			g := forumEN()
			c.spoil(&g)
			_, err := s.WriteArticle(t.Context(), g)
			wantErr(t, "WriteArticle(invalid)", err, graph.ErrInvalid)
			if _, ok := graph.IsValidation(err); !ok {
				t.Errorf("WriteArticle(invalid) error %v carries no *graph.ValidationError", err)
			}
			diff(t, "Dump after invalid write", graph.Dump{}, dump(t, s))
		})
	}
}

func testValidationKeepsPrior(t *testing.T, newStore Factory) {
	s := filled(t, newStore, forumEN())
	want := dump(t, s)
	g := forumEN()
	g.Entities = g.Entities[:3] // drops entities that relations need
	_, err := s.WriteArticle(t.Context(), g)
	wantErr(t, "WriteArticle(invalid new version)", err, graph.ErrInvalid)
	diff(t, "Dump after invalid rewrite", want, dump(t, s))
}
