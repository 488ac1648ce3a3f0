package loader

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/loader/extract"
	"github.com/bilateral/bilateral/loader/resolve"
)

// mention is the text of an article naming an organisation and an official
// who represents it; note makes texts with the same names differ.
func mention(t testing.TB, org, official, note string) string {
	t.Helper()
	r := extract.Result{Language: "en", Title: note, Entities: []extract.Entity{
		{ID: "e1", Kind: graph.KindOrganisation, Name: org, Country: "RU", Evidence: org + " " + note},
		{ID: "e2", Kind: graph.KindOfficial, Name: official, Country: "RU", Evidence: official + " " + note},
	}, Relations: []extract.Relation{
		{Type: graph.RelRepresents, From: "e2", To: "e1", Evidence: official + " of " + org, Confidence: 0.9},
	}}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func ingest(t *testing.T, l *Loader, text string) string {
	t.Helper()
	rep, err := l.Ingest(t.Context(), graph.Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return rep.Article.ID
}

func storedEntity(t *testing.T, s Store, id string) graph.Entity {
	t.Helper()
	e, err := s.Entity(t.Context(), id)
	if err != nil {
		t.Fatalf("Entity(%s) = %v", id, err)
	}
	return e
}

func TestMergeUnmerge(t *testing.T) {
	const (
		keep  = "org:ru:opora-russia"
		merge = "org:ru:opora"
	)
	f := newFixture(t)
	l := f.loader(t, Options{})
	a := ingest(t, l, mention(t, "OPORA", "Ivan Petrov", "a"))
	b := ingest(t, l, mention(t, "OPORA Russia", "Olga Smirnova", "b"))

	if err := l.Merge(t.Context(), keep, merge); err != nil {
		t.Fatalf("Merge() = %v", err)
	}
	e := storedEntity(t, f.store, merge)
	if e.ID != keep || !slices.Equal(e.MergedIDs, []string{merge}) || !slices.Equal(graph.ArticleIDs(e.Sources), sorted(a, b)) {
		t.Errorf("after Merge, Entity(%s) = %s merged %v sources %v; want %s with both articles", merge, e.ID, e.MergedIDs, graph.ArticleIDs(e.Sources), keep)
	}
	if rel := "REPRESENTS|official:ru:ivan-petrov|" + keep; !hasRelation(t, f.store, rel) {
		t.Errorf("after Merge, no %s", rel)
	}
	st, _ := f.store.Stats(t.Context())
	if st.Entities[graph.KindOrganisation] != 1 {
		t.Errorf("organisations after Merge = %d, want 1", st.Entities[graph.KindOrganisation])
	}

	// The decision is in the file and holds for articles loaded later, by
	// another loader on the same data directory.
	line, err := os.ReadFile(filepath.Join(f.data, resolve.JudgementsFile))
	if err != nil || !strings.Contains(string(line), `"op":"merge","keep":"org:ru:opora-russia","merge":"org:ru:opora"`) {
		t.Errorf("judgement file = %q, %v", line, err)
	}
	l2 := f.loader(t, Options{})
	c := ingest(t, l2, mention(t, "OPORA", "Pavel Orlov", "c"))
	if e := storedEntity(t, f.store, keep); !slices.Contains(graph.ArticleIDs(e.Sources), c) {
		t.Errorf("article loaded after the merge is not on %s: %v", keep, graph.ArticleIDs(e.Sources))
	}

	if err := l2.Unmerge(t.Context(), merge); err != nil {
		t.Fatalf("Unmerge() = %v", err)
	}
	back := storedEntity(t, f.store, merge)
	if back.ID != merge || !slices.Equal(graph.ArticleIDs(back.Sources), sorted(a, c)) {
		t.Errorf("after Unmerge, Entity(%s) = %s with %v, want itself with a and c", merge, back.ID, graph.ArticleIDs(back.Sources))
	}
	if k := storedEntity(t, f.store, keep); len(k.MergedIDs) != 0 || !slices.Equal(graph.ArticleIDs(k.Sources), []string{b}) {
		t.Errorf("after Unmerge, %s = merged %v sources %v, want only b", keep, k.MergedIDs, graph.ArticleIDs(k.Sources))
	}
	if err := l2.Unmerge(t.Context(), merge); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Unmerge(again) = %v, want ErrNotFound", err)
	}
}

func hasRelation(t *testing.T, s *fakeStore, id string) bool {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, g := range s.articles {
		for _, r := range g.Relations {
			if r.ID == id {
				return true
			}
		}
	}
	return false
}

func sorted(ids ...string) []string {
	ids = slices.Clone(ids)
	slices.Sort(ids)
	return ids
}

func TestMergeErrors(t *testing.T) {
	f := newFixture(t)
	l := f.loader(t, Options{})
	ingest(t, l, mention(t, "OPORA", "Ivan Petrov", "a"))
	tests := []struct {
		name        string
		keep, merge string
		want        error
	}{
		{"unknown keep", "org:ru:nobody", "org:ru:opora", graph.ErrNotFound},
		{"unknown merge", "org:ru:opora", "org:ru:nobody", graph.ErrNotFound},
		{"different kinds", "org:ru:opora", "official:ru:ivan-petrov", graph.ErrInvalid},
		{"itself", "org:ru:opora", "org:ru:opora", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := l.Merge(t.Context(), tt.keep, tt.merge); !errors.Is(err, tt.want) || (err == nil) != (tt.want == nil) {
				t.Errorf("Merge(%s, %s) = %v, want %v", tt.keep, tt.merge, err, tt.want)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(f.data, resolve.JudgementsFile)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("refused merges reached the judgement file: %v", err)
	}
}

func TestDistinguish(t *testing.T) {
	const liu = "official:ru:liu-xin"
	f := newFixture(t)
	l := f.loader(t, Options{})
	a := ingest(t, l, mention(t, "Amur Bank", "Liu Xin", "a"))
	b := ingest(t, l, mention(t, "Baikal Fund", "Liu Xin", "b"))
	if got := graph.ArticleIDs(storedEntity(t, f.store, liu).Sources); !slices.Equal(got, sorted(a, b)) {
		t.Fatalf("rules should merge the two Liu Xin: %v", got)
	}
	id, err := l.Distinguish(t.Context(), liu, b)
	if err != nil {
		t.Fatalf("Distinguish() = %v", err)
	}
	if id != resolve.DistinctID(liu, b) {
		t.Errorf("Distinguish() = %q, want %q", id, resolve.DistinctID(liu, b))
	}
	if got := graph.ArticleIDs(storedEntity(t, f.store, liu).Sources); !slices.Equal(got, []string{a}) {
		t.Errorf("%s sources = %v, want a only", liu, got)
	}
	other := storedEntity(t, f.store, id)
	if diff := cmp.Diff([]string{b}, graph.ArticleIDs(other.Sources)); diff != "" {
		t.Errorf("distinct entity sources (-want +got):\n%s", diff)
	}
	if rel := "REPRESENTS|" + id + "|org:ru:baikal-fund"; !hasRelation(t, f.store, rel) {
		t.Errorf("after Distinguish, no %s", rel)
	}
	if _, err := l.Distinguish(t.Context(), liu, "article:0000000000000000"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Distinguish(unsupporting article) = %v, want ErrNotFound", err)
	}
	// Unmerge takes the distinction back.
	if err := l.Unmerge(t.Context(), id); err != nil {
		t.Fatalf("Unmerge(%s) = %v", id, err)
	}
	if got := graph.ArticleIDs(storedEntity(t, f.store, liu).Sources); !slices.Equal(got, sorted(a, b)) {
		t.Errorf("after Unmerge, %s sources = %v, want both", liu, got)
	}
}

func TestRebuildAfterHandEdit(t *testing.T) {
	f := newFixture(t)
	l := f.loader(t, Options{})
	ingest(t, l, mention(t, "OPORA", "Ivan Petrov", "a"))
	ingest(t, l, mention(t, "OPORA Russia", "Olga Smirnova", "b"))
	line := `{"op":"merge","keep":"org:ru:opora-russia","merge":"org:ru:opora","note":"by hand"}` + "\n"
	if err := os.WriteFile(filepath.Join(f.data, resolve.JudgementsFile), []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Rebuild(t.Context()); err != nil {
		t.Fatalf("Rebuild() = %v", err)
	}
	if e := storedEntity(t, f.store, "org:ru:opora"); e.ID != "org:ru:opora-russia" {
		t.Errorf("after Rebuild, Entity(org:ru:opora) = %s, want the hand-made merge applied", e.ID)
	}
	arts, _ := f.store.Articles(t.Context(), nil)
	for _, a := range arts {
		if !a.LoadedAt.Equal(fixedClock()) {
			t.Errorf("Rebuild changed LoadedAt of %s to %v", a.ID, a.LoadedAt)
		}
	}
}
