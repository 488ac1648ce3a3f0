package neo4jstore

import (
	"context"
	"slices"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilateral/bilateral/loader"
)

// TestLoadSamplesBatched is issue 5's round-trip count on the real
// pipeline: loading the five sample articles through the loader sends one
// write transaction per article, each with the same fixed statements
// whatever the article's number of entities, and a fixed number of reads.
func TestLoadSamplesBatched(t *testing.T) {
	respond := func(st statement, _ map[string]any) []*neo4j.Record {
		if st.name == qStatsArticles.name {
			return []*neo4j.Record{record("n", int64(0))}
		}
		return nil
	}
	s, f := newFakeStore(t, respond)
	l, err := loader.New(s, loader.Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	sum, err := l.LoadPaths(context.Background(), "../../testdata/articles")
	if err != nil || sum.Err() != nil {
		t.Fatalf("LoadPaths: %v %v", err, sum.Err())
	}
	if sum.Loaded != 5 {
		t.Fatalf("loaded %d articles, want the 5 samples", sum.Loaded)
	}
	var writes, reads int
	var want []string
	for _, tx := range f.txs {
		if !tx.write {
			reads++
			continue
		}
		writes++
		var got []string
		for _, s := range tx.statements {
			got = append(got, s.st.name)
		}
		if want == nil {
			want = got
		} else if !slices.Equal(got, want) {
			t.Errorf("write transaction %d sends %v, the first sent %v", writes, got, want)
		}
	}
	if writes != sum.Loaded {
		t.Errorf("%d write transactions for %d articles, want one each", writes, sum.Loaded)
	}
	// One duplicate check per article, and the store's totals at the end.
	if reads > sum.Loaded+1 {
		t.Errorf("%d read transactions for %d articles, want at most %d", reads, sum.Loaded, sum.Loaded+1)
	}
	checkSent(t, f)
	t.Logf("5 samples (%d entities and %d relations written): %d write transactions of %d statements, %d read transactions",
		sum.Written.EntitiesCreated, sum.Written.RelationsCreated, writes, len(want), reads)
}
