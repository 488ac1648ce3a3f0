package extract_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/loader/eval"
	"github.com/bilateral/bilateral/loader/extract"
	"github.com/bilateral/bilateral/loader/gazetteer"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const (
	samplesDir = "../../testdata/articles"
	goldDir    = "../../testdata/gold"
	ownDir     = "testdata/own"
)

// readArticles reads every .txt file of dir as an article.
func readArticles(tb testing.TB, dir string) []graph.Article {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no articles in %s: %v", dir, err)
	}
	var out []graph.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, graph.Article{Source: filepath.Base(f), Text: string(b)})
	}
	return out
}

func extractAll(tb testing.TB, arts []graph.Article) []extract.Result {
	tb.Helper()
	x := extract.New(gazetteer.Default())
	var out []extract.Result
	for _, a := range arts {
		out = append(out, x.Extract(a))
	}
	return out
}

// checkQuality scores results against gold and fails below the
// thresholds: micro-F1 of entities and relations, and F1 of every entity
// kind and relation type present in gold.
func checkQuality(t *testing.T, results []extract.Result, gold string, entMin, relMin, eachMin float64) {
	t.Helper()
	g, err := eval.LoadGold(gold)
	if err != nil {
		t.Fatal(err)
	}
	r := eval.ScoreResults(g, results)
	var table bytes.Buffer
	if err := r.Format(&table, testing.Verbose()); err != nil {
		t.Fatal(err)
	}
	t.Logf("scores on %s:\n%s", gold, table.String())
	if f := r.EntityMicro.F1(); f < entMin {
		t.Errorf("entity micro-F1 = %.3f, want >= %.2f", f, entMin)
	}
	if f := r.RelationMicro.F1(); f < relMin {
		t.Errorf("relation micro-F1 = %.3f, want >= %.2f", f, relMin)
	}
	for _, cs := range [][]eval.Category{r.Entities, r.Relations} {
		for _, c := range cs {
			if c.TP+c.FN == 0 {
				continue // not in gold
			}
			if f := c.F1(); f < eachMin {
				t.Errorf("%s F1 = %.3f, want >= %.2f", c.Name, f, eachMin)
			}
		}
	}
	if t.Failed() && !testing.Verbose() {
		var verbose bytes.Buffer
		_ = r.Format(&verbose, true)
		t.Logf("details:\n%s", verbose.String())
	}
}

// TestQualitySamples is the quality gate on the five sample articles.
func TestQualitySamples(t *testing.T) {
	checkQuality(t, extractAll(t, readArticles(t, samplesDir)), goldDir, 0.92, 0.85, 0.75)
}

// TestQualityOwn scores the package's own invented multilingual articles
// (en, de, nl, ru, zh, fr, es; two or three each) with thresholds a little
// softer than the samples': the later ones were written before the rules
// they exposed were fixed, and new ones should keep exposing gaps.
func TestQualityOwn(t *testing.T) {
	checkQuality(t, extractAll(t, readArticles(t, ownDir)), filepath.Join(ownDir, "gold"), 0.90, 0.85, 0.6)
}

// TestGolden compares the full extraction of the samples with
// testdata/<name>.golden.json (as parsed, sorted JSON); -update rewrites them.
func TestGolden(t *testing.T) {
	arts := readArticles(t, samplesDir)
	for i, res := range extractAll(t, arts) {
		name := strings.TrimSuffix(arts[i].Source, ".txt")
		path := filepath.Join("testdata", name+".golden.json")
		got, err := json.MarshalIndent(res, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if *update {
			if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if diff := cmp.Diff(canonical(t, want), canonical(t, got)); diff != "" {
			t.Errorf("Extract(%s) differs from %s (-want +got):\n%s", arts[i].Source, path, diff)
		}
	}
}

// canonical parses JSON and sorts every array of objects by its encoding,
// so that golden files compare as sets.
func canonical(t *testing.T, b []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	return sortJSON(v)
}

func sortJSON(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = sortJSON(e)
		}
	case []any:
		for i, e := range x {
			x[i] = sortJSON(e)
		}
		sort.Slice(x, func(a, b int) bool {
			ja, _ := json.Marshal(x[a])
			jb, _ := json.Marshal(x[b])
			return string(ja) < string(jb)
		})
	}
	return v
}

// BenchmarkExtract measures the whole extraction over the sample articles.
func BenchmarkExtract(b *testing.B) {
	arts := readArticles(b, samplesDir)
	x := extract.New(gazetteer.Default())
	n := 0
	for _, a := range arts {
		n += len(a.Text)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, a := range arts {
			x.Extract(a)
		}
	}
}
