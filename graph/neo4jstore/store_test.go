package neo4jstore_test

import (
	"context"
	"os"
	"testing"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/graph/neo4jstore/neo4jtest"
	"github.com/bilateral/bilateral/graph/storetest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	neo4jtest.Terminate()
	os.Exit(code)
}

// TestConformance runs the conformance suite on Neo4j in a container;
// it skips where no Docker engine is reachable.
func TestConformance(t *testing.T) {
	neo4jtest.Config(t) // skip once, here, rather than in every subtest
	storetest.Run(t, neo4jtest.Factory)
}

// TestReadAfterWrite checks causal consistency on a real server: a read in
// a new session sees the write before it.
func TestReadAfterWrite(t *testing.T) {
	s := neo4jtest.NewStore(t)
	ctx := context.Background()
	g := graph.ArticleGraph{
		Article: graph.Article{ID: "a-raw", Language: "en"},
		Entities: []graph.Entity{{ID: "org:RU:kamaz", Kind: graph.KindOrganisation, Name: "KAMAZ", Country: "RU",
			Sources: []graph.Source{{ArticleID: "a-raw", Sentence: "KAMAZ showed trucks.", Language: "en"}}}},
	}
	if _, err := s.WriteArticle(ctx, g); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Entity(ctx, "org:RU:kamaz"); err != nil {
		t.Errorf("Entity after WriteArticle = %v", err)
	}
}
