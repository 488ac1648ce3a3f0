package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilateral/bilateral/graph"
)

// articleGraph invents an article mentioning n entities (organisations,
// officials and events in turn) where every actor attended an event.
func articleGraph(id string, n int) graph.ArticleGraph {
	src := []graph.Source{{ArticleID: id, Sentence: "Delegations met at the fair.", Language: "en"}}
	g := graph.ArticleGraph{Article: graph.Article{ID: id, Source: id + ".txt", Title: "Fair", Language: "en",
		Published: "2024-05-02", ContentHash: "h" + id, LoadedAt: time.Date(2024, 5, 3, 10, 0, 0, 0, time.UTC), Text: "..."}}
	kinds := []graph.Kind{graph.KindOrganisation, graph.KindOfficial, graph.KindEvent}
	var events []string
	for i := range n {
		e := graph.Entity{ID: fmt.Sprintf("e%04d", i), Kind: kinds[i%3], Name: fmt.Sprintf("Name %d", i), Country: "RU", Sources: src}
		if e.Kind == graph.KindEvent {
			e.Date, e.EventType, e.Country = "2024-05", graph.EventExhibition, ""
			events = append(events, e.ID)
		}
		g.Entities = append(g.Entities, e)
	}
	for i, e := range g.Entities {
		if e.Kind != graph.KindEvent && len(events) > 0 {
			to := events[i%len(events)]
			g.Relations = append(g.Relations, graph.Relation{ID: graph.RelationID(graph.RelAttended, e.ID, to),
				Type: graph.RelAttended, From: e.ID, To: to, Confidence: 0.8, Sources: src})
		}
	}
	return g
}

// checkSent asserts that every statement sent is an embedded file, given
// exactly the parameters its header declares, with plain driver values.
func checkSent(t *testing.T, f *fakeRunner) {
	t.Helper()
	files := map[string]string{}
	for _, fsys := range []fs.FS{queryFiles, schemaFiles} {
		fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				b, _ := fs.ReadFile(fsys, path)
				files[string(b)] = path
			}
			return nil
		})
	}
	for _, s := range f.statements() {
		if _, ok := files[s.st.text]; !ok {
			t.Errorf("%s: text is not one of the embedded statement files", s.st.name)
		}
		if got := slices.Sorted(maps.Keys(s.params)); !slices.Equal(got, s.st.params) && !(len(got) == 0 && len(s.st.params) == 0) {
			t.Errorf("%s: parameters %v, its header declares %v", s.st.name, got, s.st.params)
		}
		if want := usedParams(s.st.text); !slices.Equal(want, s.st.params) {
			t.Errorf("%s: uses %v, declares %v", s.st.name, want, s.st.params)
		}
		for k, v := range s.params {
			if err := checkSerialisable("$"+k, v); err != nil {
				t.Errorf("%s: %v", s.st.name, err)
			}
		}
	}
}

func names(f *fakeRunner) []string {
	var out []string
	for _, s := range f.statements() {
		out = append(out, s.st.name)
	}
	return out
}

// TestWriteBatched is the round-trip count of issue 5: one transaction per
// article and the same statements whatever the number of entities.
func TestWriteBatched(t *testing.T) {
	ctx := context.Background()
	var want []string
	for _, n := range []int{5, 500} {
		s, f := newFakeStore(t, nil)
		g := articleGraph("a1", n)
		stats, err := s.WriteArticle(ctx, g)
		if err != nil {
			t.Fatal(err)
		}
		if len(f.txs) != 1 || !f.txs[0].write {
			t.Fatalf("%d entities: %d transactions, want 1 write", n, len(f.txs))
		}
		if stats.EntitiesCreated != n || stats.RelationsCreated != len(g.Relations) {
			t.Errorf("%d entities: stats %+v, want %d entities and %d relations created", n, stats, n, len(g.Relations))
		}
		got := names(f)
		if want == nil {
			want = got
		} else if !slices.Equal(got, want) {
			t.Errorf("%d entities: statements %v, with 5 entities %v", n, got, want)
		}
		checkSent(t, f)
		t.Logf("%d entities, %d relations: %d transaction, %d statements", n, len(g.Relations), len(f.txs), len(got))
	}
	if len(want) != 10 {
		t.Errorf("WriteArticle sends %d statements, the package doc says 10", len(want))
	}
}

// TestEveryStatementChecked calls every Store method on the fake and
// checks what each sends.
func TestEveryStatementChecked(t *testing.T) {
	ctx := context.Background()
	respond := func(st statement, _ map[string]any) []*neo4j.Record {
		switch st.name {
		case qRetractFind.name:
			return []*neo4j.Record{record("id", "a1")}
		case qEntities.name:
			return []*neo4j.Record{record("total", int64(0), "entities", []any{})}
		case qStatsArticles.name:
			return []*neo4j.Record{record("n", int64(0))}
		}
		return nil
	}
	f := &fakeRunner{respond: respond}
	s, err := newStore(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	f2 := &fakeRunner{respond: respond}
	s.r = f2
	filter := graph.EntityFilter{IDs: []string{"x"}, Kinds: []graph.Kind{graph.KindEvent}, Countries: []string{"CN"},
		Within: "r1", DateFrom: "2024", DateTo: "2024-12", NameContains: "Wuhan", NameStartsWith: "Hu"}
	calls := map[string]func() error{
		"WriteArticle": func() error { _, err := s.WriteArticle(ctx, articleGraph("a1", 6)); return err },
		"Retract":      func() error { _, err := s.Retract(ctx, "a1"); return err },
		"Article":      func() error { _, err := s.Article(ctx, "a1"); return ignore(err, graph.ErrNotFound) },
		"Articles":     func() error { _, err := s.Articles(ctx, nil); return err },
		"Entity":       func() error { _, err := s.Entity(ctx, "e1"); return ignore(err, graph.ErrNotFound) },
		"Entities": func() error {
			_, err := s.Entities(ctx, graph.EntityQuery{Filter: filter, OrderBy: graph.OrderByDate})
			return err
		},
		"Search":    func() error { _, err := s.Search(ctx, graph.SearchQuery{Text: "Hubei Prov"}); return err },
		"Relations": func() error { _, err := s.Relations(ctx, graph.RelationQuery{EntityIDs: []string{"e1"}}); return err },
		"Meetings":  func() error { _, err := s.Meetings(ctx, graph.MeetingQuery{A: filter}); return err },
		"Path": func() error {
			_, err := s.Path(ctx, graph.PathQuery{From: "e1", To: "e2", MaxHops: 3})
			return ignore(err, graph.ErrNotFound)
		},
		"Activity": func() error {
			_, err := s.Activity(ctx, graph.ActivityQuery{CountryA: "CN", CountryB: "RU", Interval: graph.IntervalMonth})
			return err
		},
		"Stats": func() error { _, err := s.Stats(ctx); return err },
		"Dump":  func() error { _, err := s.Dump(ctx); return err },
	}
	for _, name := range slices.Sorted(maps.Keys(calls)) {
		if err := calls[name](); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	checkSent(t, f)
	checkSent(t, f2)
	// Every query file is used by some method.
	used := map[string]bool{}
	for _, x := range append(f.statements(), f2.statements()...) {
		used[x.st.name] = true
	}
	entries, _ := fs.ReadDir(queryFiles, "queries")
	for _, e := range entries {
		if name := e.Name()[:len(e.Name())-len(".cypher")]; !used[name] {
			t.Errorf("queries/%s is never run", e.Name())
		}
	}
}

func ignore(err, sentinel error) error {
	if errors.Is(err, sentinel) {
		return nil
	}
	return err
}

// claimMap is an entity claim as Neo4j returns it from the MENTIONED_IN
// projection: lists as []any.
func claimMap(e graph.Entity) map[string]any {
	m := claimProps(e)
	for k, v := range m {
		if l, ok := v.([]string); ok {
			m[k] = toAny(l)
		}
	}
	m["articleId"] = e.Sources[0].ArticleID
	return m
}

func toAny[T any](l []T) []any {
	out := make([]any, len(l))
	for i, v := range l {
		out[i] = v
	}
	return out
}

// TestWriteFoldsWithStoredClaims: a write folds the article's claim with
// the claims other articles stored, drops its own previous claim, and
// writes the fold.
func TestWriteFoldsWithStoredClaims(t *testing.T) {
	ctx := context.Background()
	src := func(a string) []graph.Source {
		return []graph.Source{{ArticleID: a, Sentence: "s " + a, Language: "de"}}
	}
	other := graph.Entity{ID: "r1", Kind: graph.KindRegion, Name: "Hubei", Country: "CN", Level: graph.LevelProvince, Sources: src("a0")}
	stale := graph.Entity{ID: "r1", Kind: graph.KindRegion, Name: "Hupeh", Country: "CN", Sources: src("a2")}
	now := graph.Entity{ID: "r1", Kind: graph.KindRegion, Name: "Provinz Hubei", Country: "CN", Level: graph.LevelProvince, Sources: src("a2")}
	gone := graph.Entity{ID: "o9", Kind: graph.KindOrganisation, Name: "Old Co", Sources: src("a2")}
	respond := func(st statement, _ map[string]any) []*neo4j.Record {
		if st.name == qReadEntities.name {
			return []*neo4j.Record{
				record("entity", map[string]any{"id": "r1", "claims": []any{claimMap(other), claimMap(stale)}}),
				record("entity", map[string]any{"id": "o9", "claims": []any{claimMap(gone)}}),
			}
		}
		return nil
	}
	s, f := newFakeStore(t, respond)
	g := graph.ArticleGraph{Article: graph.Article{ID: "a2", Language: "de"}, Entities: []graph.Entity{now}}
	stats, err := s.WriteArticle(ctx, g)
	if err != nil {
		t.Fatal(err)
	}
	if want := (graph.WriteStats{EntitiesDeleted: 1}); stats != want {
		t.Errorf("stats = %+v, want %+v", stats, want)
	}
	var merged, deleted any
	for _, x := range f.statements() {
		switch x.st.name {
		case qMergeEntities.name:
			merged = x.params["entities"]
		case qDeleteEntities.name:
			deleted = x.params["ids"]
		}
	}
	folded := graph.Fold([]graph.Entity{other, now})
	wantMerged := []map[string]any{{"kind": "Region", "props": entityProps(folded)}}
	if diff := cmp.Diff(wantMerged, merged); diff != "" {
		t.Errorf("merged entities (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"o9"}, deleted); diff != "" {
		t.Errorf("deleted entities (-want +got):\n%s", diff)
	}
	checkSent(t, f)
}

// TestMergedIDLinks: every touched entity's merged ids go to the lookup
// statement, the folded union for those that stay and none for those
// deleted, before the deletion.
func TestMergedIDLinks(t *testing.T) {
	ctx := context.Background()
	src := func(a string) []graph.Source {
		return []graph.Source{{ArticleID: a, Sentence: "s " + a, Language: "en"}}
	}
	stored := graph.Entity{ID: "o1", Kind: graph.KindOrganisation, Name: "Volga Trucks", MergedIDs: []string{"o-old"}, Sources: src("a0")}
	gone := graph.Entity{ID: "o9", Kind: graph.KindOrganisation, Name: "Old Co", MergedIDs: []string{"o-older"}, Sources: src("a2")}
	now := graph.Entity{ID: "o1", Kind: graph.KindOrganisation, Name: "Volga Trucks", MergedIDs: []string{"o-gaz"}, Sources: src("a2")}
	respond := func(st statement, _ map[string]any) []*neo4j.Record {
		if st.name == qReadEntities.name {
			return []*neo4j.Record{
				record("entity", map[string]any{"id": "o1", "claims": []any{claimMap(stored)}}),
				record("entity", map[string]any{"id": "o9", "claims": []any{claimMap(gone)}}),
			}
		}
		return nil
	}
	s, f := newFakeStore(t, respond)
	g := graph.ArticleGraph{Article: graph.Article{ID: "a2", Language: "en"}, Entities: []graph.Entity{now}}
	if _, err := s.WriteArticle(ctx, g); err != nil {
		t.Fatal(err)
	}
	var links any
	order := names(f)
	for _, x := range f.statements() {
		if x.st.name == qLinkMergedIDs.name {
			links = x.params["entities"]
		}
	}
	want := []map[string]any{
		{"id": "o1", "mergedIds": []string{"o-gaz", "o-old"}},
		{"id": "o9", "mergedIds": []string{}},
	}
	if diff := cmp.Diff(want, links); diff != "" {
		t.Errorf("merged-id links (-want +got):\n%s", diff)
	}
	if i, j := slices.Index(order, qLinkMergedIDs.name), slices.Index(order, qDeleteEntities.name); i < 0 || i > j {
		t.Errorf("statements %v: %s must run before %s", order, qLinkMergedIDs.name, qDeleteEntities.name)
	}
	checkSent(t, f)
}

// TestRetractDeletesUnsupported: retracting the only article of a relation
// deletes it; the entities other articles support are folded again.
func TestRetractDeletesUnsupported(t *testing.T) {
	ctx := context.Background()
	s1 := []graph.Source{{ArticleID: "a1", Sentence: "x", Language: "en"}}
	s2 := []graph.Source{{ArticleID: "a2", Sentence: "y", Language: "en"}}
	rel := relationProps(graph.Relation{ID: "ATTENDED|o1|ev1", Type: graph.RelAttended, From: "o1", To: "ev1", Sources: s1},
		[]graph.Relation{{ID: "ATTENDED|o1|ev1", Type: graph.RelAttended, From: "o1", To: "ev1", Confidence: 0.7, Sources: s1}})
	rel["type"], rel["from"], rel["to"] = "ATTENDED", "o1", "ev1"
	for k, v := range rel {
		switch l := v.(type) {
		case []string:
			rel[k] = toAny(l)
		case []float64:
			rel[k] = toAny(l)
		}
	}
	o1 := graph.Entity{ID: "o1", Kind: graph.KindOrganisation, Name: "Co", Sources: s1}
	o1b := graph.Entity{ID: "o1", Kind: graph.KindOrganisation, Name: "Co Ltd", Sources: s2}
	respond := func(st statement, _ map[string]any) []*neo4j.Record {
		switch st.name {
		case qRetractFind.name:
			return []*neo4j.Record{record("id", "a1")}
		case qReadEntities.name:
			return []*neo4j.Record{record("entity", map[string]any{"id": "o1", "claims": []any{claimMap(o1), claimMap(o1b)}})}
		case qReadRelations.name:
			return []*neo4j.Record{record("relation", rel)}
		}
		return nil
	}
	s, f := newFakeStore(t, respond)
	stats, err := s.Retract(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if want := (graph.WriteStats{RelationsDeleted: 1}); stats != want {
		t.Errorf("stats = %+v, want %+v", stats, want)
	}
	var delRels any
	for _, x := range f.statements() {
		if x.st.name == qDeleteRelations.name {
			delRels = x.params["relations"]
		}
	}
	want := []map[string]any{{"type": "ATTENDED", "from": "o1", "to": "ev1"}}
	if diff := cmp.Diff(want, delRels); diff != "" {
		t.Errorf("deleted relations (-want +got):\n%s", diff)
	}
	if n := len(f.statements()); n != 11 {
		t.Errorf("Retract sent %d statements, want 11: %v", n, names(f))
	}
	checkSent(t, f)

	// Unknown article: ErrNotFound, nothing written.
	s, f = newFakeStore(t, nil)
	if _, err := s.Retract(ctx, "nope"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Retract(unknown) = %v, want ErrNotFound", err)
	}
	if n := len(f.statements()); n != 1 {
		t.Errorf("Retract(unknown) sent %d statements, want 1", n)
	}
}

// TestWriteInvalid: an invalid graph is refused before any round trip.
func TestWriteInvalid(t *testing.T) {
	s, f := newFakeStore(t, nil)
	g := articleGraph("a1", 3)
	g.Entities[0].Country = "XX"
	if _, err := s.WriteArticle(context.Background(), g); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("WriteArticle(invalid) = %v, want ErrInvalid", err)
	}
	if len(f.txs) != 0 {
		t.Errorf("WriteArticle(invalid) ran %d transactions, want 0", len(f.txs))
	}
}

// TestInvalidQueries: bad queries are ErrInvalid without a round trip.
func TestInvalidQueries(t *testing.T) {
	ctx := context.Background()
	s, f := newFakeStore(t, nil)
	tests := map[string]func() error{
		"order": func() error { _, err := s.Entities(ctx, graph.EntityQuery{OrderBy: "SIZE"}); return err },
		"date": func() error {
			_, err := s.Entities(ctx, graph.EntityQuery{Filter: graph.EntityFilter{DateFrom: "May"}})
			return err
		},
		"cursor":    func() error { _, err := s.Entities(ctx, graph.EntityQuery{Page: graph.Page{After: "??"}}); return err },
		"search":    func() error { _, err := s.Search(ctx, graph.SearchQuery{Text: " ,. "}); return err },
		"direction": func() error { _, err := s.Relations(ctx, graph.RelationQuery{Direction: "UP"}); return err },
		"hops":      func() error { _, err := s.Path(ctx, graph.PathQuery{From: "a", To: "b", MaxHops: 0}); return err },
		"interval": func() error {
			_, err := s.Activity(ctx, graph.ActivityQuery{CountryA: "CN", CountryB: "RU", Interval: "WEEK"})
			return err
		},
		"country": func() error {
			_, err := s.Activity(ctx, graph.ActivityQuery{CountryA: "China", CountryB: "RU"})
			return err
		},
		"meetings": func() error { _, err := s.Meetings(ctx, graph.MeetingQuery{DateTo: "2024-13"}); return err },
	}
	for name, call := range tests {
		if err := call(); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("%s: err = %v, want ErrInvalid", name, err)
		}
	}
	if len(f.txs) != 0 {
		t.Errorf("invalid queries ran %d transactions", len(f.txs))
	}
}

// TestMeetingsVisits: VISITED edges count only when a meeting query has
// neither a date bound nor an event type (visits have neither).
func TestMeetingsVisits(t *testing.T) {
	tests := []struct {
		name string
		q    graph.MeetingQuery
		want bool
	}{
		{"no bounds", graph.MeetingQuery{}, true},
		{"date from", graph.MeetingQuery{DateFrom: "2024"}, false},
		{"date to", graph.MeetingQuery{DateTo: "2024-06"}, false},
		{"event type visit", graph.MeetingQuery{EventTypes: []graph.EventType{graph.EventVisit}}, false},
		{"other event type", graph.MeetingQuery{EventTypes: []graph.EventType{graph.EventForum}}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, f := newFakeStore(t, nil)
			if _, err := s.Meetings(context.Background(), tc.q); err != nil {
				t.Fatal(err)
			}
			sent := f.statements()
			if len(sent) != 1 || sent[0].st.name != qMeetings.name {
				t.Fatalf("Meetings sent %v, want one %s", names(f), qMeetings.name)
			}
			if got := sent[0].params["visits"]; got != tc.want {
				t.Errorf("Meetings(%+v): $visits = %v, want %v", tc.q, got, tc.want)
			}
		})
	}
}
