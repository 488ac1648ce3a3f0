package storetest

import (
	"slices"
	"testing"

	"github.com/bilateral/bilateral/graph"
)

func init() {
	register("Merging/NamesUnite", testNamesUnite)
	register("Merging/PartialDates", testPartialDates)
	register("Merging/CountryLearnt", testCountryLearnt)
	register("Merging/CountryConflict", testCountryConflict)
	register("Merging/OrderIndependence", testOrderIndependence)
	register("Merging/WriteStats", testWriteStats)
	register("Idempotence/WriteTwice", testWriteTwice)
	register("Idempotence/RewriteReplaces", testRewriteReplaces)
}

func testNamesUnite(t *testing.T, newStore Factory) {
	s := filled(t, newStore, forumEN(), forumRU())
	want := chamber
	want.Aliases = []string{"Торгово-промышленная палата Республики Татарстан"}
	want.Sources = []graph.Source{
		{ArticleID: "a-forum-en", Sentence: sForumChamber, Language: "en"},
		{ArticleID: "a-forum-ru", Sentence: sForumRUAttend, Language: "ru"},
	}
	diff(t, "Entity(chamber)", want, entity(t, s, chamber.ID))

	// The English name wins whatever the other articles say; every other
	// name becomes an alias.
	cases := []struct {
		id, name string
		aliases  []string
	}{
		{harbin.ID, "Harbin", []string{"Харбин"}},
		{tatar.ID, "Republic of Tatarstan", []string{"Tatarstan", "Республика Татарстан"}},
		{safin.ID, "Rustam Safin", []string{"Рустам Сафин"}},
		{forum.ID, forum.Name, []string{"Российско-китайский промышленный форум"}},
	}
	for _, c := range cases {
		e := entity(t, s, c.id)
		if e.Name != c.name {
			t.Errorf("Entity(%s).Name = %q, want %q", c.id, e.Name, c.name)
		}
		diff(t, "Entity("+c.id+").Aliases", c.aliases, e.Aliases)
	}
}

func testPartialDates(t *testing.T, newStore Factory) {
	// The Russian report only knows the month; the English one the day.
	s := filled(t, newStore, forumRU())
	if d := entity(t, s, forum.ID).Date; d != "2024-06" {
		t.Errorf("forum date from the Russian report alone = %q, want 2024-06", d)
	}
	write(t, s, forumEN())
	e := entity(t, s, forum.ID)
	if e.Date != "2024-06-14" || len(e.Conflicts) != 0 {
		t.Errorf("forum date = %q, conflicts %v; want 2024-06-14 and none", e.Date, e.Conflicts)
	}

	// A date without a year meets one with it.
	ev := graph.Entity{ID: "event:2024-03-28:RU-TA:meeting", Kind: graph.KindEvent, Name: "Kazan business meeting", EventType: graph.EventMeeting}
	s = filled(t, newStore,
		article("a-noyear", "de", "").entity(ev, "Am 28. März trafen sich die Delegationen.", dated("XXXX-03-28")).build(),
		article("a-year", "en", "2024-03-29").entity(ev, "The delegations met on 28 March 2024.", dated("2024-03-28")).build())
	if d := entity(t, s, ev.ID).Date; d != "2024-03-28" {
		t.Errorf("date from XXXX-03-28 and 2024-03-28 = %q, want 2024-03-28", d)
	}

	// Dates that cannot be the same day are a conflict, not an overwrite.
	s = filled(t, newStore,
		article("a-may", "en", "").entity(ev, "They met on 3 May 2024.", dated("2024-05-03")).build(),
		article("a-june", "en", "").entity(ev, "They met on 3 June 2024.", dated("2024-06-03")).build())
	e = entity(t, s, ev.ID)
	want := []graph.Conflict{{Field: "date", Values: []graph.ConflictValue{
		{Value: "2024-05-03", ArticleIDs: []string{"a-may"}},
		{Value: "2024-06-03", ArticleIDs: []string{"a-june"}},
	}}}
	diff(t, "date conflicts", want, e.Conflicts)
}

func testCountryLearnt(t *testing.T, newStore Factory) {
	org := graph.Entity{ID: "org:CN:heihe-trade-center", Kind: graph.KindOrganisation, Name: "Heihe Border Trade Center", OrgType: graph.OrgOther}
	s := filled(t, newStore,
		article("a-1", "en", "").entity(org, "The Heihe Border Trade Center opened a new hall.").build(),
		article("a-2", "zh", "").entity(org, "黑河边贸中心是中国企业。", country("CN")).build())
	e := entity(t, s, org.ID)
	if e.Country != "CN" || len(e.Conflicts) != 0 {
		t.Errorf("Entity(%s): country %q, conflicts %v; want CN and none", org.ID, e.Country, e.Conflicts)
	}
}

func testCountryConflict(t *testing.T, newStore Factory) {
	org := graph.Entity{ID: "org:amur-bridge-company", Kind: graph.KindOrganisation, Name: "Amur Bridge Company", OrgType: graph.OrgCompany}
	s := filled(t, newStore,
		article("a-ru", "ru", "").entity(org, "Компания из России.", country("RU")).build(),
		article("a-cn", "zh", "").entity(org, "一家中国公司。", country("CN")).build())
	e := entity(t, s, org.ID)
	want := []graph.Conflict{{Field: "country", Values: []graph.ConflictValue{
		{Value: "CN", ArticleIDs: []string{"a-cn"}},
		{Value: "RU", ArticleIDs: []string{"a-ru"}},
	}}}
	if e.Country != "CN" {
		t.Errorf("Entity(%s).Country = %q, want CN (a tie goes to the smallest)", org.ID, e.Country)
	}
	diff(t, "conflicts", want, e.Conflicts)
	// A third article breaks the tie.
	write(t, s, article("a-ru2", "en", "").entity(org, "The Russian company.", country("RU")).build())
	if e := entity(t, s, org.ID); e.Country != "RU" || len(e.Conflicts) != 1 {
		t.Errorf("after a second RU claim: country %q, conflicts %v; want RU and one conflict", e.Country, e.Conflicts)
	}
}

func testOrderIndependence(t *testing.T, newStore Factory) {
	gs := corpus()
	want := dump(t, filled(t, newStore, gs...))
	reversed := slices.Clone(gs)
	slices.Reverse(reversed)
	diff(t, "Dump (reverse order)", want, dump(t, filled(t, newStore, reversed...)))
	shuffled := []graph.ArticleGraph{gs[3], gs[1], gs[4], gs[0], gs[2]}
	diff(t, "Dump (shuffled)", want, dump(t, filled(t, newStore, shuffled...)))
}

func testWriteStats(t *testing.T, newStore Factory) {
	s := newStore(t)
	st, err := s.WriteArticle(t.Context(), forumEN())
	if err != nil {
		t.Fatalf("WriteArticle(forumEN) = %v", err)
	}
	diff(t, "WriteStats(first)", graph.WriteStats{EntitiesCreated: 11, RelationsCreated: 12}, st)
	st, err = s.WriteArticle(t.Context(), forumRU())
	if err != nil {
		t.Fatalf("WriteArticle(forumRU) = %v", err)
	}
	diff(t, "WriteStats(second report)", graph.WriteStats{RelationsCreated: 1}, st)
}

func testWriteTwice(t *testing.T, newStore Factory) {
	s := filled(t, newStore, corpus()...)
	want := dump(t, s)
	for _, g := range corpus() {
		st, err := s.WriteArticle(t.Context(), g)
		if err != nil {
			t.Fatalf("WriteArticle(%s) again = %v", g.Article.ID, err)
		}
		diff(t, "WriteStats(again)", graph.WriteStats{}, st)
	}
	diff(t, "Dump after writing everything twice", want, dump(t, s))
}

func testRewriteReplaces(t *testing.T, newStore Factory) {
	// Extracting an article again replaces what it said before.
	s := filled(t, newStore, forumEN(), forumRU())
	smaller := forumRU()
	smaller.Relations = slices.DeleteFunc(smaller.Relations, func(r graph.Relation) bool { return r.Type == graph.RelVisited })
	st, err := s.WriteArticle(t.Context(), smaller)
	if err != nil {
		t.Fatalf("WriteArticle(smaller) = %v", err)
	}
	diff(t, "WriteStats(rewrite)", graph.WriteStats{RelationsDeleted: 1}, st)
	diff(t, "Dump after rewrite", dump(t, filled(t, newStore, forumEN(), smaller)), dump(t, s))
}
