package loader

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/loader/extract"
	"github.com/bilateral/bilateral/loader/gazetteer"
	"github.com/bilateral/bilateral/loader/read"
	"github.com/bilateral/bilateral/loader/resolve"
)

// jsonExtractor reads an article whose text is an extract.Result in JSON;
// any other text gives a Result without entities. It counts its calls.
type jsonExtractor struct{ calls atomic.Int64 }

func (x *jsonExtractor) Extract(a graph.Article) extract.Result {
	x.calls.Add(1)
	var r extract.Result
	if err := json.Unmarshal([]byte(a.Text), &r); err != nil {
		r = extract.Result{}
	}
	r.Source = a.Source
	if r.Language == "" {
		r.Language = "en"
	}
	return r
}

// result is the JSON text of an article that mentions an organisation, an
// official of it and an event in a Chinese city; n varies the content.
func result(t testing.TB, org, official, date string) string {
	t.Helper()
	r := extract.Result{Language: "en", Entities: []extract.Entity{
		{ID: "e1", Kind: graph.KindOrganisation, Name: org, Country: "RU", Evidence: org + " came."},
		{ID: "e2", Kind: graph.KindOfficial, Name: official, Evidence: official + " spoke."},
		{ID: "e3", Kind: graph.KindRegion, Name: "Harbin", Code: "CN-2301", Evidence: "In Harbin."},
		{ID: "e4", Kind: graph.KindEvent, Name: "forum", Date: date, EventType: graph.EventForum, Place: "e3", Evidence: "A forum."},
	}, Relations: []extract.Relation{
		{Type: graph.RelRepresents, From: "e2", To: "e1", Evidence: official + " of " + org + ".", Confidence: 0.9},
		{Type: graph.RelAttended, From: "e1", To: "e4", Evidence: org + " attended.", Confidence: 0.8},
	}}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func testGazetteer(t testing.TB) *gazetteer.Gazetteer {
	t.Helper()
	g, err := gazetteer.New([]*gazetteer.Entry{
		{Code: "CN", Kind: graph.KindRegion, Level: graph.LevelCountry, Country: "CN", Name: "China", Names: []string{"China"}},
		{Code: "CN-23", Kind: graph.KindRegion, Level: graph.LevelProvince, Country: "CN", Parent: "CN", Name: "Heilongjiang", Names: []string{"Heilongjiang"}},
		{Code: "CN-2301", Kind: graph.KindRegion, Level: graph.LevelCity, Country: "CN", Parent: "CN-23", Name: "Harbin", Names: []string{"Harbin", "哈尔滨"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

type fixture struct {
	store *fakeStore
	ex    *jsonExtractor
	dir   string // articles
	data  string // data directory
}

func newFixture(t *testing.T) *fixture {
	return &fixture{store: newFakeStore(), ex: &jsonExtractor{}, dir: t.TempDir(), data: t.TempDir()}
}

func (f *fixture) loader(t *testing.T, opts Options) *Loader {
	t.Helper()
	opts.DataDir = f.data
	opts.Extractor = f.ex
	opts.Gazetteer = testGazetteer(t)
	if opts.Now == nil {
		opts.Now = fixedClock
	}
	l, err := New(f.store, opts)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func fixedClock() time.Time { return time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC) }

func (f *fixture) file(t *testing.T, name string, content []byte) string {
	t.Helper()
	p := filepath.Join(f.dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadPathsBadInput(t *testing.T) {
	f := newFixture(t)
	a := result(t, "Amur Trade Union", "Ivan Petrov", "2024-03-01")
	b := result(t, "Baikal Export Agency", "Olga Smirnova", "2024-03-02")
	c := result(t, "Kazan Machine Works", "Rustam Ilyin", "2024-03-03")
	jl, _ := json.Marshal(map[string]string{"text": c, "url": "https://example.org/c"})
	f.file(t, "a.txt", []byte(a))
	f.file(t, "b.md", []byte("---\ntitle: B\npublished: 2024-03-05\n---\n"+b))
	f.file(t, "copy-of-a.txt", []byte(a+"\n\n"))
	f.file(t, "empty.txt", nil)
	f.file(t, "image.txt", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 0, 1, 2, 3})
	f.file(t, "latin1.txt", []byte("Stra\xdfe in Moskau"))
	f.file(t, "feed.jsonl", append(append(jl, '\n'), []byte("{\"text\": \"unterminated\n")...))
	f.file(t, "notes.pdf", []byte("%PDF"))

	l := f.loader(t, Options{Workers: 3})
	sum, err := l.LoadPaths(t.Context(), f.dir)
	if err != nil {
		t.Fatalf("LoadPaths() error = %v", err)
	}
	want := Summary{Read: 8, Loaded: 3, Duplicates: 1, Failed: 4}
	got := Summary{Read: sum.Read, Loaded: sum.Loaded, Duplicates: sum.Duplicates, Failed: sum.Failed}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("LoadPaths() counts (-want +got):\n%s", diff)
	}
	type failure struct {
		Name string
		Line int
		Err  error
	}
	wantFailures := []failure{
		{"empty.txt", 0, read.ErrEmpty},
		{"feed.jsonl", 2, nil},
		{"image.txt", 0, read.ErrBinary},
		{"latin1.txt", 1, read.ErrInvalidUTF8},
	}
	if len(sum.Failures) != len(wantFailures) {
		t.Fatalf("Failures = %v, want %d", sum.Failures, len(wantFailures))
	}
	for i, w := range wantFailures {
		g := sum.Failures[i]
		if filepath.Base(g.Path) != w.Name || g.Line != w.Line || (w.Err != nil && !errors.Is(g.Err, w.Err)) {
			t.Errorf("Failures[%d] = %v, want %s line %d (%v)", i, g, w.Name, w.Line, w.Err)
		}
	}
	if !slices.Equal(sum.Skipped, []string{filepath.Join(f.dir, "notes.pdf")}) {
		t.Errorf("Skipped = %v, want notes.pdf", sum.Skipped)
	}
	if sum.Err() == nil {
		t.Error("Summary.Err() = nil, want the failures")
	}
	if sum.Written.EntitiesCreated == 0 || sum.Entities != sum.Written.EntitiesCreated || sum.Relations != sum.Written.RelationsCreated {
		t.Errorf("Written = %+v, totals %d/%d: want the store's totals to equal what was created", sum.Written, sum.Entities, sum.Relations)
	}
	var out bytes.Buffer
	if err := sum.Format(&out); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"read 8 documents: 3 loaded, 1 duplicate, 4 failed", "empty.txt: no text",
		"feed.jsonl:2:", "image.txt: binary file", "latin1.txt:1:", "notes.pdf"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("Format() lacks %q:\n%s", w, out.String())
		}
	}
	if n := f.ex.calls.Load(); n != 3 {
		t.Errorf("extractor ran %d times, want 3 (duplicates and failures are not extracted)", n)
	}
	// The jsonl article keeps its URL; the md one its front matter.
	arts, _ := f.store.Articles(t.Context(), nil)
	var urls, titles []string
	for _, a := range arts {
		urls = append(urls, a.URL)
		titles = append(titles, a.Title)
		if !a.LoadedAt.Equal(fixedClock()) {
			t.Errorf("article %s LoadedAt = %v, want the injected clock", a.ID, a.LoadedAt)
		}
	}
	if !slices.Contains(urls, "https://example.org/c") || !slices.Contains(titles, "B") {
		t.Errorf("articles lost metadata: urls %v titles %v", urls, titles)
	}

	// Loading again changes nothing: every article is a duplicate.
	before := f.store.writeOrder()
	again, err := l.LoadPaths(t.Context(), f.dir)
	if err != nil {
		t.Fatal(err)
	}
	if again.Duplicates != 4 || again.Loaded != 0 || again.Written != (graph.WriteStats{}) {
		t.Errorf("second load = %+v, want 4 duplicates and nothing written", again)
	}
	if !slices.Equal(before, f.store.writeOrder()) {
		t.Error("second load wrote to the store")
	}
}

func TestLoadPathsGoodInputHasNoError(t *testing.T) {
	f := newFixture(t)
	f.file(t, "a.txt", []byte(result(t, "Amur Trade Union", "Ivan Petrov", "2024-03-01")))
	sum, err := f.loader(t, Options{}).LoadPaths(t.Context(), f.dir)
	if err != nil || sum.Err() != nil || sum.Loaded != 1 {
		t.Fatalf("LoadPaths() = %+v, %v; Err() = %v", sum, err, sum.Err())
	}
}

func TestLoadPathsMissingPath(t *testing.T) {
	f := newFixture(t)
	f.file(t, "a.txt", []byte(result(t, "Amur Trade Union", "Ivan Petrov", "2024-03-01")))
	missing := filepath.Join(f.dir, "nope.txt")
	sum, err := f.loader(t, Options{}).LoadPaths(t.Context(), missing, f.dir)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 1 || sum.Failures[0].Path != missing || sum.Loaded != 1 {
		t.Errorf("LoadPaths(missing, dir) = %+v, want the missing path failed and the rest loaded", sum)
	}
}

func TestLoadPathsWriteOrderIndependentOfWorkers(t *testing.T) {
	f := newFixture(t)
	for i := range 30 {
		name := filepath.Join("sub", string(rune('a'+i%26))+strings.Repeat("x", i/26)+".txt")
		f.file(t, name, []byte(result(t, "Org "+name, "Person "+name, "2024-01-01")))
	}
	var orders [][]string
	for _, workers := range []int{1, 4, 16} {
		f.store = newFakeStore()
		sum, err := f.loader(t, Options{Workers: workers}).LoadPaths(t.Context(), f.dir)
		if err != nil || sum.Loaded != 30 {
			t.Fatalf("Workers %d: LoadPaths() = %+v, %v", workers, sum, err)
		}
		orders = append(orders, f.store.writeOrder())
	}
	for i := 1; i < len(orders); i++ {
		if diff := cmp.Diff(orders[0], orders[i]); diff != "" {
			t.Errorf("write order differs with more workers (-1 worker +more):\n%s", diff)
		}
	}
}

func TestLoadPathsProgress(t *testing.T) {
	f := newFixture(t)
	for i := range 5 {
		f.file(t, string(rune('a'+i))+".txt", []byte(result(t, "Org", "Person", "2024-01-0"+string(rune('1'+i)))))
	}
	// Every call of the clock is two seconds later: every article is due.
	tick := fixedClock()
	now := func() time.Time { tick = tick.Add(2 * time.Second); return tick }
	var out bytes.Buffer
	if _, err := f.loader(t, Options{Progress: &out, Now: now, Workers: 1}).LoadPaths(t.Context(), f.dir); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), "loading: "); n != 5 {
		t.Errorf("progress printed %d lines, want 5:\n%s", n, out.String())
	}
	// With a still clock, lines come only every ProgressEvery articles.
	out.Reset()
	f.store = newFakeStore()
	if _, err := f.loader(t, Options{Progress: &out, Workers: 1}).LoadPaths(t.Context(), f.dir); err != nil {
		t.Fatal(err)
	}
	if out.Len() != 0 {
		t.Errorf("progress printed %q for 5 articles in no time", out.String())
	}
}

func TestLoadPathsCancelled(t *testing.T) {
	f := newFixture(t)
	f.file(t, "a.txt", []byte(result(t, "Org", "Person", "2024-01-01")))
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := f.loader(t, Options{}).LoadPaths(ctx, f.dir); !errors.Is(err, context.Canceled) {
		t.Errorf("LoadPaths(cancelled) error = %v, want context.Canceled", err)
	}
}

func TestLoadPathsReportsProblemsAndWriteFailures(t *testing.T) {
	f := newFixture(t)
	bad := result(t, "Org", "Person", "2024-01-01")
	bad = strings.Replace(bad, `"country":"RU"`, `"country":"QQ"`, 1)
	p := f.file(t, "a.txt", []byte(bad))
	good := f.file(t, "b.txt", []byte(result(t, "Other", "Someone", "2024-01-02")))
	l := f.loader(t, Options{})
	// The store refuses b.
	docs := slices.Collect(func(yield func(string) bool) {
		for d, err := range read.All(t.Context(), []string{good}) {
			if err == nil && !yield(d.Article().ID) {
				return
			}
		}
	})
	f.store.fail[docs[0]] = errors.New("disk full")
	sum, err := l.LoadPaths(t.Context(), p, good)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Loaded != 1 || sum.Failed != 1 || !strings.Contains(sum.Failures[0].Err.Error(), "disk full") {
		t.Errorf("summary = %+v, want a loaded and b failed", sum)
	}
	if len(sum.Problems) == 0 || sum.Problems[0].Path != p || !strings.Contains(sum.Problems[0].Reason, "QQ") {
		t.Errorf("Problems = %v, want the bad country of a.txt", sum.Problems)
	}
}

func TestExtract(t *testing.T) {
	f := newFixture(t)
	f.file(t, "b.txt", []byte(result(t, "B Org", "B Person", "2024-01-02")))
	f.file(t, "a.txt", []byte(result(t, "A Org", "A Person", "2024-01-01")))
	f.file(t, "bad.txt", []byte("Moskau \xc3\x28 Peking"))
	l := f.loader(t, Options{Workers: 4})
	var got []string
	err := l.Extract(t.Context(), []string{f.dir}, func(r extract.Result) error {
		name := ""
		if len(r.Entities) > 0 {
			name = r.Entities[0].Name
		}
		got = append(got, r.Source+" "+name)
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "bad.txt") {
		t.Errorf("Extract() error = %v, want one naming bad.txt", err)
	}
	if diff := cmp.Diff([]string{"a.txt A Org", "b.txt B Org"}, got); diff != "" {
		t.Errorf("Extract() results (-want +got):\n%s", diff)
	}
	if st, _ := f.store.Stats(t.Context()); st.Articles != 0 {
		t.Error("Extract wrote to the store")
	}
	stop := errors.New("stop")
	calls := 0
	err = l.Extract(t.Context(), []string{f.dir}, func(extract.Result) error { calls++; return stop })
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("Extract() with a failing fn = %v after %d calls, want stop after 1", err, calls)
	}
}

func TestIngest(t *testing.T) {
	f := newFixture(t)
	l := f.loader(t, Options{})
	text := result(t, "Amur Trade Union", "Ivan Petrov", "2024-03-01")
	rep, err := l.Ingest(t.Context(), graph.Article{Text: "\ufeff" + text + "\r\n", URL: "https://example.org/x", Published: "2024-03-02"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Duplicate || rep.Article.ID != read.ArticleID(read.Hash(text)) || rep.Article.Source != "https://example.org/x" ||
		len(rep.Graph.Entities) == 0 || rep.Stats.EntitiesCreated != len(rep.Graph.Entities) {
		t.Errorf("Ingest() = %+v", rep)
	}
	again, err := l.Ingest(t.Context(), graph.Article{Text: text})
	if err != nil || !again.Duplicate || again.Article.ID != rep.Article.ID || again.Article.URL != "https://example.org/x" {
		t.Errorf("Ingest(same text) = %+v, %v; want the stored duplicate", again, err)
	}
	for name, a := range map[string]graph.Article{
		"no text":      {Text: " \n "},
		"bad date":     {Text: "x", Published: "yesterday"},
		"bad language": {Text: "x", Language: "klingon"},
	} {
		if _, err := l.Ingest(t.Context(), a); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("Ingest(%s) error = %v, want ErrInvalid", name, err)
		}
	}
}

func TestRetract(t *testing.T) {
	f := newFixture(t)
	l := f.loader(t, Options{})
	rep, err := l.Ingest(t.Context(), graph.Article{Text: result(t, "Org", "Person", "2024-01-01")})
	if err != nil {
		t.Fatal(err)
	}
	st, err := l.Retract(t.Context(), rep.Article.ID)
	if err != nil || st.EntitiesDeleted != len(rep.Graph.Entities) {
		t.Errorf("Retract() = %+v, %v; want every entity deleted", st, err)
	}
	if _, err := l.Retract(t.Context(), rep.Article.ID); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Retract(again) error = %v, want ErrNotFound", err)
	}
}

func TestNewRejectsBadJudgementFile(t *testing.T) {
	f := newFixture(t)
	if err := os.WriteFile(filepath.Join(f.data, resolve.JudgementsFile), []byte("{nonsense\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := New(f.store, Options{DataDir: f.data, Extractor: f.ex, Gazetteer: testGazetteer(t)})
	if err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("New() error = %v, want the bad line", err)
	}
}

// BenchmarkLoadPaths measures the pipeline itself (reading, duplicate
// checks, ordering, resolving, writing to an in-memory store) on 200
// small articles, with an extractor that only decodes JSON.
func BenchmarkLoadPaths(b *testing.B) {
	dir := b.TempDir()
	for i := range 200 {
		text := result(b, fmt.Sprintf("Org %d", i), fmt.Sprintf("Person %c%c", 'A'+i%26, 'a'+i/26), "2024-01-01")
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		l, err := New(newFakeStore(), Options{Extractor: &jsonExtractor{}, Gazetteer: testGazetteer(b), Workers: 2})
		if err != nil {
			b.Fatal(err)
		}
		sum, err := l.LoadPaths(b.Context(), dir)
		if err != nil || sum.Loaded != 200 {
			b.Fatalf("LoadPaths() = %+v, %v", sum, err)
		}
	}
}

func TestWithoutStore(t *testing.T) {
	f := newFixture(t)
	f.file(t, "a.txt", []byte(result(t, "Org", "Person", "2024-01-01")))
	l, err := New(nil, Options{Extractor: f.ex, Gazetteer: testGazetteer(t)})
	if err != nil {
		t.Fatalf("New(nil) = %v", err)
	}
	n := 0
	if err := l.Extract(t.Context(), []string{f.dir}, func(extract.Result) error { n++; return nil }); err != nil || n != 1 {
		t.Errorf("Extract() without a store = %v after %d results, want 1 result", err, n)
	}
	if _, err := l.LoadPaths(t.Context(), f.dir); !errors.Is(err, ErrNoStore) {
		t.Errorf("LoadPaths() without a store = %v, want ErrNoStore", err)
	}
	if _, err := l.Ingest(t.Context(), graph.Article{Text: "x"}); !errors.Is(err, ErrNoStore) {
		t.Errorf("Ingest() without a store = %v, want ErrNoStore", err)
	}
}

// BenchmarkLoadSamples loads the five sample articles with the real
// extractor and gazetteer into an in-memory store.
func BenchmarkLoadSamples(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		l, err := New(newFakeStore(), Options{Workers: 2})
		if err != nil {
			b.Fatal(err)
		}
		sum, err := l.LoadPaths(b.Context(), "../testdata/articles")
		if err != nil || sum.Loaded != 5 {
			b.Fatalf("LoadPaths() = %+v, %v", sum, err)
		}
	}
}
