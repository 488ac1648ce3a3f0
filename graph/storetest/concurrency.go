package storetest

import (
	"fmt"
	"sync"
	"testing"

	"github.com/bilateral/bilateral/graph"
)

func init() {
	register("Concurrency/ParallelWrites", testParallelWrites)
}

// synthetic returns n articles that all touch the chamber and Nangang
// District, so parallel writes fold the same nodes.
func synthetic(n int) []graph.ArticleGraph {
	var gs []graph.ArticleGraph
	for i := range n {
		ev := withSuffix(forum, fmt.Sprint(i))
		sentence := fmt.Sprintf("The chamber attended meeting %d in Nangang.", i)
		gs = append(gs, article(fmt.Sprintf("a-syn-%02d", i), "en", "2024-07-01").
			entities(chamber, nangang, ev).
			rel(graph.RelAttended, chamber, ev, sentence).
			rel(graph.RelHosted, nangang, ev, sentence).
			located(ev, nangang).build())
	}
	return gs
}

func testParallelWrites(t *testing.T, newStore Factory) {
	gs := append(corpus(), synthetic(12)...)
	want := dump(t, filled(t, newStore, gs...))

	s := newStore(t)
	var wg sync.WaitGroup
	errs := make(chan error, 2*len(gs))
	for _, g := range gs {
		wg.Go(func() {
			if _, err := s.WriteArticle(t.Context(), g); err != nil {
				errs <- fmt.Errorf("WriteArticle(%s): %w", g.Article.ID, err)
			}
		})
		wg.Go(func() { // readers run alongside
			if _, err := s.Search(t.Context(), graph.SearchQuery{Text: "Nangang"}); err != nil {
				errs <- fmt.Errorf("Search: %w", err)
			}
			if _, err := s.Meetings(t.Context(), graph.MeetingQuery{A: ruBodies, B: cnDistricts}); err != nil {
				errs <- fmt.Errorf("Meetings: %w", err)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	diff(t, "Dump after parallel writes", want, dump(t, s))
	e := entity(t, s, chamber.ID)
	if n := len(graph.ArticleIDs(e.Sources)); n != 15 {
		t.Errorf("chamber has %d articles, want 15", n)
	}
}
