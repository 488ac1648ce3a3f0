package storetest

import (
	"testing"

	"github.com/bilateral/bilateral/graph"
)

func init() {
	register("Retraction/OnlySupportedDisappear", testRetractOne)
	register("Retraction/All", testRetractAll)
	register("Retraction/Unknown", testRetractUnknown)
	register("Retraction/WriteAgain", testRetractWriteAgain)
}

func testRetractOne(t *testing.T, newStore Factory) {
	s := filled(t, newStore, forumEN(), forumRU())
	st, err := s.Retract(t.Context(), "a-forum-ru")
	if err != nil {
		t.Fatalf("Retract(a-forum-ru) = %v", err)
	}
	// The visit only the Russian report gave is gone; the rest stays.
	diff(t, "WriteStats(retract)", graph.WriteStats{RelationsDeleted: 1}, st)
	diff(t, "Dump after retract", dump(t, filled(t, newStore, forumEN())), dump(t, s))

	e := entity(t, s, chamber.ID)
	diff(t, "chamber's articles", []string{"a-forum-en"}, graph.ArticleIDs(e.Sources))
	diff(t, "chamber's aliases", []string(nil), e.Aliases)
	if d := entity(t, s, forum.ID).Date; d != "2024-06-14" {
		t.Errorf("forum date = %q, want 2024-06-14", d)
	}
	_, err = s.Article(t.Context(), "a-forum-ru")
	wantErr(t, "Article(retracted)", err, graph.ErrNotFound)
	rels, err := s.Relations(t.Context(), graph.RelationQuery{EntityIDs: []string{tatar.ID}, Types: []graph.RelType{graph.RelVisited}})
	if err != nil || len(rels) != 0 {
		t.Errorf("VISITED of Tatarstan after retract = %v, %v; want none", relationIDs(rels), err)
	}
}

func testRetractAll(t *testing.T, newStore Factory) {
	s := filled(t, newStore, forumEN(), forumRU())
	if _, err := s.Retract(t.Context(), "a-forum-en"); err != nil {
		t.Fatalf("Retract(a-forum-en) = %v", err)
	}
	// Entities only the English report named are gone.
	for _, id := range []string{nangang.ID, bureau.ID, zhao.ID} {
		_, err := s.Entity(t.Context(), id)
		wantErr(t, "Entity("+id+") after retract", err, graph.ErrNotFound)
	}
	st, err := s.Retract(t.Context(), "a-forum-ru")
	if err != nil {
		t.Fatalf("Retract(a-forum-ru) = %v", err)
	}
	diff(t, "WriteStats(last retract)", graph.WriteStats{EntitiesDeleted: 8, RelationsDeleted: 6}, st)
	diff(t, "Dump after retracting everything", graph.Dump{}, dump(t, s))
}

func testRetractUnknown(t *testing.T, newStore Factory) {
	s := filled(t, newStore, forumEN())
	want := dump(t, s)
	_, err := s.Retract(t.Context(), "a-never-loaded")
	wantErr(t, "Retract(unknown)", err, graph.ErrNotFound)
	diff(t, "Dump after failed retract", want, dump(t, s))
}

func testRetractWriteAgain(t *testing.T, newStore Factory) {
	s := filled(t, newStore, corpus()...)
	want := dump(t, s)
	for _, g := range corpus() {
		if _, err := s.Retract(t.Context(), g.Article.ID); err != nil {
			t.Fatalf("Retract(%s) = %v", g.Article.ID, err)
		}
		write(t, s, g)
	}
	diff(t, "Dump after retracting and writing each article", want, dump(t, s))
}
