package storetest

import (
	"testing"

	"github.com/bilateral/bilateral/graph"
)

func init() {
	register("Search/Ranking", testSearch)
	register("Search/EmptyText", testSearchEmpty)
}

func testSearch(t *testing.T, newStore Factory) {
	s := filled(t, newStore, corpus()...)
	cases := []struct {
		name string
		q    graph.SearchQuery
		want []string
	}{
		{"exact first, then prefixes by id", graph.SearchQuery{Text: "Harbin"},
			[]string{harbin.ID, forum.ID, bureau.ID}},
		{"case and accents", graph.SearchQuery{Text: "NANGANG QU"}, []string{nangang.ID}},
		{"any alias, any script", graph.SearchQuery{Text: "ХАРБИН"}, []string{harbin.ID}},
		{"chinese alias", graph.SearchQuery{Text: "松花机械"}, []string{songhua.ID}},
		{"whole words inside a name", graph.SearchQuery{Text: "commerce"},
			[]string{bureau.ID, chamber.ID}},
		{"not part of a word", graph.SearchQuery{Text: "merce"}, nil},
		{"exact alias beats a prefix", graph.SearchQuery{Text: "tatarstan"},
			[]string{tatar.ID, chamber.ID}},
		{"kinds", graph.SearchQuery{Text: "harbin", Kinds: []graph.Kind{graph.KindEvent, graph.KindOfficial}}, []string{forum.ID}},
		{"countries", graph.SearchQuery{Text: "harbin", Countries: []string{"RU"}}, nil},
		{"first", graph.SearchQuery{Text: "harbin", First: 2}, []string{harbin.ID, forum.ID}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := s.Search(t.Context(), c.q)
			if err != nil {
				t.Fatalf("Search(%+v) = %v", c.q, err)
			}
			diff(t, "ids", c.want, entityIDs(got))
		})
	}
}

func testSearchEmpty(t *testing.T, newStore Factory) {
	s := filled(t, newStore, forumEN())
	for _, text := range []string{"", " - "} {
		_, err := s.Search(t.Context(), graph.SearchQuery{Text: text})
		wantErr(t, "Search("+text+")", err, graph.ErrInvalid)
	}
}
