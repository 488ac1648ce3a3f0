package storetest

import (
	"errors"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/loader"
	"github.com/bilateral/bilateral/loader/read"
)

// The corpus tests load the sample articles of testdata/articles through
// the real loader (reader, extractor, resolver), so they hold the whole
// chain to the resolution issue's promises on every store.
func init() {
	register("Corpus/OneNodePerThingAcrossLanguages", testCorpusOneNode)
	register("Corpus/LoadOrderAndRepeats", testCorpusLoadOrder)
	register("Corpus/Retraction", testCorpusRetraction)
	register("Corpus/Corrections", testCorpusCorrections)
}

// The two reports of one exchange in Jiangxia District: German and English.
const (
	corpusGerman  = "000_8b206614999bc67f.txt"
	corpusEnglish = "001_8e0ec518e99a892e.txt"
)

// corpusDir is testdata/articles of the module, found from this file so
// that any package's test can run the suite.
func corpusDir(t testing.TB) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("storetest: cannot find the sample corpus: no caller information")
	}
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata", "articles")
}

func corpusPaths(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(corpusDir(t), "*.txt"))
	if err != nil || len(paths) < 5 {
		t.Fatalf("sample corpus: %d articles, %v; want the five samples", len(paths), err)
	}
	slices.Sort(paths)
	return paths
}

// corpusArticleID is the id the loader gives the article in file name.
func corpusArticleID(t testing.TB, name string) string {
	t.Helper()
	for d, err := range read.File(filepath.Join(corpusDir(t), name)) {
		if err != nil {
			t.Fatalf("read %s: %v", name, err)
		}
		return d.Article().ID
	}
	t.Fatalf("read %s: no article", name)
	return ""
}

// corpusClock is the fixed load time, so that dumps compare equal.
func corpusClock() time.Time { return time.Date(2024, 6, 1, 9, 0, 0, 0, time.UTC) }

// corpusLoader returns a loader writing to s with a fixed clock.
func corpusLoader(t *testing.T, s graph.Store) *loader.Loader {
	t.Helper()
	l, err := loader.New(s, loader.Options{DataDir: t.TempDir(), Now: corpusClock, Workers: 2})
	if err != nil {
		t.Fatalf("loader.New() = %v", err)
	}
	return l
}

// corpusLoad loads paths with l, one call each in the order given, and
// fails t unless every one loads or is a duplicate.
func corpusLoad(t *testing.T, l *loader.Loader, paths ...string) []loader.Summary {
	t.Helper()
	var sums []loader.Summary
	for _, p := range paths {
		sum, err := l.LoadPaths(t.Context(), p)
		if err != nil {
			t.Fatalf("LoadPaths(%s) = %v", filepath.Base(p), err)
		}
		if err := sum.Err(); err != nil {
			t.Fatalf("LoadPaths(%s): %v", filepath.Base(p), err)
		}
		sums = append(sums, sum)
	}
	return sums
}

// corpusThing is one real-world thing both reports name, and how to
// recognise its node.
type corpusThing struct {
	what  string
	kind  graph.Kind
	match func(graph.Entity) bool
}

func corpusNamed(names ...string) func(graph.Entity) bool {
	return func(e graph.Entity) bool {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			for _, want := range names {
				if graph.FoldName(n) == graph.FoldName(want) {
					return true
				}
			}
		}
		return false
	}
}

// corpusPerson matches a name in either order (Chinese or Western).
func corpusPerson(name string) func(graph.Entity) bool {
	key := func(s string) string {
		w := strings.Fields(graph.FoldName(s))
		slices.Sort(w)
		return strings.Join(w, " ")
	}
	return func(e graph.Entity) bool {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if key(n) == key(name) {
				return true
			}
		}
		return false
	}
}

var corpusThings = []corpusThing{
	{"Jiangxia District", graph.KindRegion, corpusNamed("Jiangxia District")},
	{"OPORA Russia", graph.KindOrganisation, corpusNamed("OPORA Russia")},
	{"Shu Guichuan", graph.KindOfficial, corpusPerson("Shu Guichuan")},
	{"Alexander Kalinin", graph.KindOfficial, corpusPerson("Alexander Kalinin")},
	{"the exchange of 28 March 2024", graph.KindEvent, func(e graph.Entity) bool { return e.Date == "2024-03-28" }},
}

// corpusFind returns, for each of corpusThings, the ids of the entities in
// d that match it.
func corpusFind(d graph.Dump) map[string][]string {
	found := map[string][]string{}
	for _, th := range corpusThings {
		for _, e := range d.Entities {
			if e.Kind == th.kind && th.match(e) {
				found[th.what] = append(found[th.what], e.ID)
			}
		}
	}
	return found
}

func testCorpusOneNode(t *testing.T, newStore Factory) {
	s := newStore(t)
	dir := corpusDir(t)
	corpusLoad(t, corpusLoader(t, s), filepath.Join(dir, corpusGerman), filepath.Join(dir, corpusEnglish))
	both := []string{corpusArticleID(t, corpusGerman), corpusArticleID(t, corpusEnglish)}
	slices.Sort(both)

	found := corpusFind(dump(t, s))
	for _, th := range corpusThings {
		ids := found[th.what]
		if len(ids) != 1 {
			t.Errorf("%s: %d %s nodes %v, want exactly one", th.what, len(ids), th.kind, ids)
			continue
		}
		e := entity(t, s, ids[0])
		diff(t, th.what+" ("+ids[0]+") articles", both, graph.ArticleIDs(e.Sources))
	}
}

func testCorpusLoadOrder(t *testing.T, newStore Factory) {
	paths := corpusPaths(t)

	once := newStore(t)
	corpusLoad(t, corpusLoader(t, once), paths...)
	want := dump(t, once)
	if len(want.Entities) == 0 {
		t.Fatal("the samples gave no entities")
	}

	// The same files again: every one a duplicate, nothing changes.
	for i, sum := range corpusLoad(t, corpusLoader(t, once), paths...) {
		if sum.Duplicates != 1 || sum.Loaded != 0 || sum.Written != (graph.WriteStats{}) {
			t.Errorf("loading %s again: %+v, want a duplicate and nothing written", filepath.Base(paths[i]), sum)
		}
	}
	diff(t, "Dump after loading twice", want, dump(t, once))

	// In reverse order, into a new store, all at once: the same graph.
	reversed := slices.Clone(paths)
	slices.Reverse(reversed)
	other := newStore(t)
	corpusLoad(t, corpusLoader(t, other), reversed...)
	diff(t, "Dump loaded in reverse order", want, dump(t, other))
}

func testCorpusRetraction(t *testing.T, newStore Factory) {
	s := newStore(t)
	dir := corpusDir(t)
	corpusLoad(t, corpusLoader(t, s), filepath.Join(dir, corpusGerman), filepath.Join(dir, corpusEnglish))
	german, english := corpusArticleID(t, corpusGerman), corpusArticleID(t, corpusEnglish)
	found := corpusFind(dump(t, s))

	if _, err := s.Retract(t.Context(), german); err != nil {
		t.Fatalf("Retract(%s) = %v", corpusGerman, err)
	}
	for _, th := range corpusThings {
		for _, id := range found[th.what] {
			e, err := s.Entity(t.Context(), id)
			if err != nil {
				t.Errorf("%s (%s) after retracting the German report: %v, want it kept", th.what, id, err)
				continue
			}
			diff(t, th.what+" articles after retracting the German report", []string{english}, graph.ArticleIDs(e.Sources))
		}
	}

	if _, err := s.Retract(t.Context(), english); err != nil {
		t.Fatalf("Retract(%s) = %v", corpusEnglish, err)
	}
	for _, th := range corpusThings {
		for _, id := range found[th.what] {
			if _, err := s.Entity(t.Context(), id); !errors.Is(err, graph.ErrNotFound) {
				t.Errorf("%s (%s) after retracting both: %v, want ErrNotFound", th.what, id, err)
			}
		}
	}
	diff(t, "Dump after retracting both", graph.Dump{}, dump(t, s))
}

// corpusOne returns the id of the one node of thing what, failing t if
// there is not exactly one.
func corpusOne(t *testing.T, s graph.Store, what string) string {
	t.Helper()
	ids := corpusFind(dump(t, s))[what]
	if len(ids) != 1 {
		t.Fatalf("%s: nodes %v, want exactly one", what, ids)
	}
	return ids[0]
}

func testCorpusCorrections(t *testing.T, newStore Factory) {
	s := newStore(t)
	dir := corpusDir(t)
	l := corpusLoader(t, s)
	corpusLoad(t, l, filepath.Join(dir, corpusGerman), filepath.Join(dir, corpusEnglish))
	german, english := corpusArticleID(t, corpusGerman), corpusArticleID(t, corpusEnglish)
	opora := corpusOne(t, s, "OPORA Russia")
	jiangxia := corpusOne(t, s, "Jiangxia District")
	shu := corpusOne(t, s, "Shu Guichuan")
	kalinin := corpusOne(t, s, "Alexander Kalinin")
	want := dump(t, s)

	// Merge Kalinin into Shu (wrongly, for the test): the old id finds Shu.
	if err := l.Merge(t.Context(), shu, kalinin); err != nil {
		t.Fatalf("Merge(%s, %s) = %v", shu, kalinin, err)
	}
	e := entity(t, s, kalinin)
	if e.ID != shu || !slices.Contains(e.MergedIDs, kalinin) {
		t.Errorf("Entity(%s) after merge = %s merged %v, want %s listing it", kalinin, e.ID, e.MergedIDs, shu)
	}
	if err := l.Merge(t.Context(), opora, jiangxia); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("Merge(organisation, region) = %v, want ErrInvalid", err)
	}
	if err := l.Unmerge(t.Context(), kalinin); err != nil {
		t.Fatalf("Unmerge(%s) = %v", kalinin, err)
	}
	diff(t, "Dump after merge and unmerge", want, dump(t, s))

	// The German Shu is someone else: two nodes, one article each.
	other, err := l.Distinguish(t.Context(), shu, german)
	if err != nil {
		t.Fatalf("Distinguish(%s, %s) = %v", shu, corpusGerman, err)
	}
	diff(t, "Shu's articles after distinguish", []string{english}, graph.ArticleIDs(entity(t, s, shu).Sources))
	diff(t, "the other Shu's articles", []string{german}, graph.ArticleIDs(entity(t, s, other).Sources))
	if err := l.Unmerge(t.Context(), other); err != nil {
		t.Fatalf("Unmerge(%s) = %v", other, err)
	}
	diff(t, "Dump after distinguish and unmerge", want, dump(t, s))
}
