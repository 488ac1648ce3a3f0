package storetest

import (
	"testing"

	"github.com/bilateral/bilateral/graph"
)

func init() {
	register("Entities/EntityByID", testEntityByID)
	register("Entities/Filters", testEntityFilters)
	register("Entities/OrderBy", testEntityOrder)
	register("Entities/Paging", testEntityPaging)
	register("Entities/Articles", testArticles)
	register("Entities/Stats", testStats)
}

func testEntityByID(t *testing.T, newStore Factory) {
	s := filled(t, newStore, forumEN())
	got := entity(t, s, zhao.ID)
	want := zhao
	want.Sources = []graph.Source{{ArticleID: "a-forum-en", Sentence: "Zhao Lin, head of the district, welcomed the guests.", Language: "en"}}
	diff(t, "Entity(zhao)", want, got)

	_, err := s.Entity(t.Context(), "official:CN:nobody")
	wantErr(t, "Entity(unknown)", err, graph.ErrNotFound)

	// The caller owns what it gets.
	got.Roles[0] = "changed"
	got.Sources[0].Sentence = "changed"
	if again := entity(t, s, zhao.ID); again.Roles[0] != "head of the district" || again.Sources[0].Sentence == "changed" {
		t.Errorf("modifying a returned entity changed the store: %+v", again)
	}
}

func testEntityFilters(t *testing.T, newStore Factory) {
	s := filled(t, newStore, corpus()...)
	cases := []struct {
		name   string
		filter graph.EntityFilter
		want   []string // ids, in name order
	}{
		{"kinds and levels", graph.EntityFilter{Kinds: []graph.Kind{graph.KindRegion}, Levels: []graph.RegionLevel{graph.LevelDistrict}},
			[]string{nangang.ID}},
		{"countries", graph.EntityFilter{Kinds: []graph.Kind{graph.KindOrganisation}, Countries: []string{"RU"}},
			[]string{chamber.ID, volga.ID}},
		{"org types", graph.EntityFilter{OrgTypes: []graph.OrgType{graph.OrgCompany}},
			[]string{songhua.ID, volga.ID}},
		{"event types", graph.EntityFilter{EventTypes: []graph.EventType{graph.EventSigning, graph.EventForum}},
			[]string{forum.ID, signing.ID}},
		{"ids", graph.EntityFilter{IDs: []string{kazan.ID, zhao.ID, "region:XX-none"}},
			[]string{kazan.ID, zhao.ID}},
		{"within a province: regions, events and their descendants", graph.EntityFilter{Within: hlj.ID},
			[]string{harbin.ID, forum.ID, nangang.ID, signing.ID}},
		{"within a country, events only", graph.EntityFilter{Within: ru.ID, Kinds: []graph.Kind{graph.KindEvent}},
			[]string{roundtbl.ID, expo.ID}}, // "Rondetafel ..." sorts before "喀山..."

		{"within a district", graph.EntityFilter{Within: nangang.ID},
			[]string{forum.ID, signing.ID}},
		{"within an unknown region", graph.EntityFilter{Within: "region:XX"}, nil},
		{"date range", graph.EntityFilter{DateFrom: "2024-01-01", DateTo: "2024-06-30"},
			[]string{forum.ID, signing.ID}},
		{"month-only date overlaps the range", graph.EntityFilter{DateFrom: "2024-11-15"},
			[]string{roundtbl.ID}},
		{"upper bound only", graph.EntityFilter{DateTo: "2023-12-31"},
			[]string{expo.ID}},
		{"year bound", graph.EntityFilter{DateFrom: "2024", DateTo: "2024"},
			[]string{forum.ID, roundtbl.ID, signing.ID}},
		{"name contains, any case", graph.EntityFilter{NameContains: "BUREAU"},
			[]string{bureau.ID}},
		{"name contains an alias without accents", graph.EntityFilter{NameContains: "nangang qu"},
			[]string{nangang.ID}},
		{"name starts with, Cyrillic alias", graph.EntityFilter{NameStartsWith: "харб"},
			[]string{harbin.ID}},
		{"name starts with, not a later word", graph.EntityFilter{NameStartsWith: "trucks"}, nil},
		{"filters combine", graph.EntityFilter{Countries: []string{"CN"}, Kinds: []graph.Kind{graph.KindOfficial, graph.KindOrganisation}, NameContains: "harbin"},
			[]string{bureau.ID}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page, err := s.Entities(t.Context(), graph.EntityQuery{Filter: c.filter, Page: graph.Page{First: graph.MaxPageSize}})
			if err != nil {
				t.Fatalf("Entities(%+v) = %v", c.filter, err)
			}
			diff(t, "ids", c.want, entityIDs(page.Entities))
			if page.TotalCount != len(c.want) {
				t.Errorf("TotalCount = %d, want %d", page.TotalCount, len(c.want))
			}
		})
	}
	_, err := s.Entities(t.Context(), graph.EntityQuery{Filter: graph.EntityFilter{DateFrom: "June 2024"}})
	wantErr(t, "Entities(bad date)", err, graph.ErrInvalid)
}

func testEntityOrder(t *testing.T, newStore Factory) {
	undated := graph.Entity{ID: "event:XXXX:RU:meeting", Kind: graph.KindEvent, Name: "An undated meeting", EventType: graph.EventMeeting}
	s := filled(t, newStore, append(corpus(), lone("a-undated", undated))...)
	events := graph.EntityFilter{Kinds: []graph.Kind{graph.KindEvent}}
	cases := []struct {
		name   string
		filter graph.EntityFilter
		order  graph.EntityOrder
		want   []string
	}{
		{"name is the default, case-insensitive", events, "",
			[]string{undated.ID, forum.ID, roundtbl.ID, signing.ID, expo.ID}},
		{"date, oldest first, undated last", events, graph.OrderByDate,
			[]string{expo.ID, signing.ID, forum.ID, roundtbl.ID, undated.ID}},
		{"sources, most first, then id", graph.EntityFilter{Kinds: []graph.Kind{graph.KindOrganisation}}, graph.OrderBySources,
			[]string{chamber.ID, bureau.ID, volga.ID, songhua.ID}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page, err := s.Entities(t.Context(), graph.EntityQuery{Filter: c.filter, OrderBy: c.order})
			if err != nil {
				t.Fatalf("Entities(order %q) = %v", c.order, err)
			}
			diff(t, "ids", c.want, entityIDs(page.Entities))
		})
	}
	_, err := s.Entities(t.Context(), graph.EntityQuery{OrderBy: "POPULARITY"})
	wantErr(t, "Entities(bad order)", err, graph.ErrInvalid)
}

func testEntityPaging(t *testing.T, newStore Factory) {
	s := filled(t, newStore, corpus()...)
	all, err := s.Entities(t.Context(), graph.EntityQuery{Page: graph.Page{First: graph.MaxPageSize}})
	if err != nil {
		t.Fatalf("Entities(all) = %v", err)
	}
	if all.TotalCount != 17 || len(all.Entities) != 17 || all.HasNextPage {
		t.Fatalf("Entities(all): %d of total %d, hasNext %v; want 17 of 17, false", len(all.Entities), all.TotalCount, all.HasNextPage)
	}
	var got []string
	after := ""
	for pages := 0; ; pages++ {
		if pages > 10 {
			t.Fatal("paging does not end")
		}
		page, err := s.Entities(t.Context(), graph.EntityQuery{Page: graph.Page{First: 5, After: after}})
		if err != nil {
			t.Fatalf("Entities(after %q) = %v", after, err)
		}
		if page.TotalCount != 17 {
			t.Errorf("page %d: TotalCount = %d, want 17", pages, page.TotalCount)
		}
		got = append(got, entityIDs(page.Entities)...)
		if !page.HasNextPage {
			if len(page.Entities) != 2 {
				t.Errorf("last page has %d entities, want 2", len(page.Entities))
			}
			break
		}
		if len(page.Entities) != 5 || page.EndCursor == "" {
			t.Fatalf("page %d: %d entities, end cursor %q", pages, len(page.Entities), page.EndCursor)
		}
		after = page.EndCursor
	}
	diff(t, "pages joined", entityIDs(all.Entities), got)

	// A cursor stays valid: the same page again gives the same entities.
	first, _ := s.Entities(t.Context(), graph.EntityQuery{Page: graph.Page{First: 5}})
	second1, _ := s.Entities(t.Context(), graph.EntityQuery{Page: graph.Page{First: 5, After: first.EndCursor}})
	second2, _ := s.Entities(t.Context(), graph.EntityQuery{Page: graph.Page{First: 5, After: first.EndCursor}})
	diff(t, "same page twice", entityIDs(second1.Entities), entityIDs(second2.Entities))

	_, err = s.Entities(t.Context(), graph.EntityQuery{Page: graph.Page{After: "not-a-cursor"}})
	wantErr(t, "Entities(bad cursor)", err, graph.ErrInvalid)

	page, err := s.Entities(t.Context(), graph.EntityQuery{Page: graph.Page{First: 5, After: all.EndCursor}})
	if err != nil || len(page.Entities) != 0 || page.HasNextPage {
		t.Errorf("Entities(after the end) = %d entities, hasNext %v, %v; want none", len(page.Entities), page.HasNextPage, err)
	}
}

func testArticles(t *testing.T, newStore Factory) {
	s := filled(t, newStore, forumEN(), expoZH())
	got, err := s.Article(t.Context(), "a-expo-zh")
	if err != nil {
		t.Fatalf("Article(a-expo-zh) = %v", err)
	}
	diff(t, "Article", expoZH().Article, got)
	_, err = s.Article(t.Context(), "a-nothing")
	wantErr(t, "Article(unknown)", err, graph.ErrNotFound)

	list, err := s.Articles(t.Context(), []string{"a-forum-en", "a-nothing", "a-expo-zh"})
	if err != nil {
		t.Fatalf("Articles(ids) = %v", err)
	}
	diff(t, "Articles(ids)", []graph.Article{expoZH().Article, forumEN().Article}, list)
	list, err = s.Articles(t.Context(), nil)
	if err != nil {
		t.Fatalf("Articles(nil) = %v", err)
	}
	diff(t, "Articles(nil)", []graph.Article{expoZH().Article, forumEN().Article}, list)
}

func testStats(t *testing.T, newStore Factory) {
	s := newStore(t)
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatalf("Stats() = %v", err)
	}
	if st.Articles != 0 || sum(st.Entities) != 0 || sum(st.Relations) != 0 {
		t.Errorf("Stats() of an empty store = %+v", st)
	}
	write(t, s, corpus()...)
	st, err = s.Stats(t.Context())
	if err != nil {
		t.Fatalf("Stats() = %v", err)
	}
	want := map[graph.Kind]int{graph.KindRegion: 7, graph.KindOrganisation: 4, graph.KindOfficial: 2, graph.KindEvent: 4}
	for _, k := range graph.Kinds {
		if st.Entities[k] != want[k] {
			t.Errorf("Stats().Entities[%s] = %d, want %d", k, st.Entities[k], want[k])
		}
	}
	rels := map[graph.RelType]int{}
	for _, r := range dump(t, s).Relations {
		rels[r.Type]++
	}
	wantRels := map[graph.RelType]int{graph.RelLocatedIn: 9, graph.RelHosted: 4, graph.RelAttended: 6,
		graph.RelSigned: 4, graph.RelRepresents: 2, graph.RelVisited: 1}
	for _, typ := range graph.RelTypes {
		if st.Relations[typ] != wantRels[typ] || rels[typ] != wantRels[typ] {
			t.Errorf("relations of type %s: Stats %d, Dump %d, want %d", typ, st.Relations[typ], rels[typ], wantRels[typ])
		}
	}
	if st.Articles != 5 {
		t.Errorf("Stats().Articles = %d, want 5", st.Articles)
	}
}

func sum[K comparable](m map[K]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
