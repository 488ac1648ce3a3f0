package embedded_test

import (
	"testing"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/graph/embedded"
)

// benchArticles is the size of the graph benchmarks run against: about
// 3,500 entities (2,000 events, 60 districts, 800 organisations, 300
// officials, 10 cities) and 12,000 relations.
const benchArticles = 2000

// benchStore returns a store in a temporary directory holding the first
// benchArticles of gs.
func benchStore(b *testing.B, gs []graph.ArticleGraph) *embedded.Store {
	b.Helper()
	s := open(b, b.TempDir())
	for _, g := range gs[:benchArticles] {
		if _, err := s.WriteArticle(b.Context(), g); err != nil {
			b.Fatalf("WriteArticle(%s) = %v", g.Article.ID, err)
		}
	}
	return s
}

// BenchmarkWriteArticle writes one new article (six entities, seven
// relations, most of them shared with earlier articles) into the graph:
// validation, one committed bbolt transaction, and refolding what it
// touched.
func BenchmarkWriteArticle(b *testing.B) {
	gs := synthetic(benchArticles + 10000)
	s := benchStore(b, gs)
	i := benchArticles
	for b.Loop() {
		if i == len(gs) {
			b.Fatal("not enough synthetic articles")
		}
		if _, err := s.WriteArticle(b.Context(), gs[i]); err != nil {
			b.Fatalf("WriteArticle = %v", err)
		}
		i++
	}
}

// BenchmarkMeetings asks which Russian organisations and officials met
// Chinese districts, first page.
func BenchmarkMeetings(b *testing.B) {
	s := benchStore(b, synthetic(benchArticles))
	q := graph.MeetingQuery{
		A: graph.EntityFilter{Countries: []string{"RU"}, Kinds: []graph.Kind{graph.KindOrganisation, graph.KindOfficial}},
		B: graph.EntityFilter{Countries: []string{"CN"}, Kinds: []graph.Kind{graph.KindRegion}, Levels: []graph.RegionLevel{graph.LevelDistrict}},
	}
	for b.Loop() {
		page, err := s.Meetings(b.Context(), q)
		if err != nil || page.TotalCount == 0 {
			b.Fatalf("Meetings = %d meetings, %v", page.TotalCount, err)
		}
	}
}
