package storetest

import (
	"testing"

	"github.com/bilateral/bilateral/graph"
)

func init() {
	register("Activity/Intervals", testActivityIntervals)
	register("Activity/TopAndRange", testActivityTop)
	register("Activity/CoarseDates", testActivityCoarse)
	register("Activity/Invalid", testActivityInvalid)
}

// countView is an EntityCount reduced to the id.
type countView struct {
	ID    string
	Count int
}

func viewCounts(cs []graph.EntityCount) []countView {
	var out []countView
	for _, c := range cs {
		out = append(out, countView{c.Entity.ID, c.Count})
	}
	return out
}

func activity(t *testing.T, s graph.Store, q graph.ActivityQuery) graph.Activity {
	t.Helper()
	a, err := s.Activity(t.Context(), q)
	if err != nil {
		t.Fatalf("Activity(%+v) = %v", q, err)
	}
	return a
}

func testActivityIntervals(t *testing.T, newStore Factory) {
	s := filled(t, newStore, corpus()...)
	cases := []struct {
		interval graph.Interval
		want     []graph.ActivityBucket
	}{
		{graph.IntervalMonth, []graph.ActivityBucket{
			{Period: "2023-09", Events: 1, Meetings: 1, Signings: 1},
			{Period: "2024-02", Events: 1, Meetings: 2, Signings: 1},
			{Period: "2024-06", Events: 1, Meetings: 6},
			{Period: "2024-11", Events: 1, Meetings: 1},
		}},
		{graph.IntervalQuarter, []graph.ActivityBucket{
			{Period: "2023-Q3", Events: 1, Meetings: 1, Signings: 1},
			{Period: "2024-Q1", Events: 1, Meetings: 2, Signings: 1},
			{Period: "2024-Q2", Events: 1, Meetings: 6},
			{Period: "2024-Q4", Events: 1, Meetings: 1},
		}},
		{graph.IntervalYear, []graph.ActivityBucket{
			{Period: "2023", Events: 1, Meetings: 1, Signings: 1},
			// Bureau and chamber met twice in 2024: one pair.
			{Period: "2024", Events: 3, Meetings: 8, Signings: 1},
		}},
	}
	for _, c := range cases {
		t.Run(string(c.interval), func(t *testing.T) {
			a := activity(t, s, graph.ActivityQuery{CountryA: "CN", CountryB: "RU", Interval: c.interval})
			diff(t, "buckets", c.want, a.Buckets)
		})
	}
	// The sides swap with the countries.
	a := activity(t, s, graph.ActivityQuery{CountryA: "RU", CountryB: "CN", Interval: graph.IntervalYear})
	diff(t, "buckets RU-CN", []graph.ActivityBucket{
		{Period: "2023", Events: 1, Meetings: 1, Signings: 1}, {Period: "2024", Events: 3, Meetings: 8, Signings: 1},
	}, a.Buckets)
	diff(t, "TopRegionsA RU-CN", []countView{{kazan.ID, 2}}, viewCounts(a.TopRegionsA))
}

func testActivityTop(t *testing.T, newStore Factory) {
	s := filled(t, newStore, corpus()...)
	a := activity(t, s, graph.ActivityQuery{CountryA: "CN", CountryB: "RU", Interval: graph.IntervalMonth})
	diff(t, "TopActorsA", []countView{{zhao.ID, 2}, {bureau.ID, 2}, {songhua.ID, 1}}, viewCounts(a.TopActorsA))
	diff(t, "TopActorsB", []countView{{chamber.ID, 2}, {volga.ID, 2}, {safin.ID, 1}}, viewCounts(a.TopActorsB))
	// Nangang took part in and held the forum and the signing; Kazan held
	// the expo and the roundtable.
	diff(t, "TopRegionsA", []countView{{nangang.ID, 2}}, viewCounts(a.TopRegionsA))
	diff(t, "TopRegionsB", []countView{{kazan.ID, 2}}, viewCounts(a.TopRegionsB))
	if len(a.TopActorsA) > 0 && a.TopActorsA[0].Entity.Name != zhao.Name {
		t.Errorf("top actor's name = %q, want %q", a.TopActorsA[0].Entity.Name, zhao.Name)
	}

	a = activity(t, s, graph.ActivityQuery{CountryA: "CN", CountryB: "RU", DateFrom: "2024-01", DateTo: "2024-06", Top: 1})
	diff(t, "buckets in range", []graph.ActivityBucket{
		{Period: "2024-02", Events: 1, Meetings: 2, Signings: 1},
		{Period: "2024-06", Events: 1, Meetings: 6},
	}, a.Buckets)
	diff(t, "TopActorsA, top 1", []countView{{zhao.ID, 2}}, viewCounts(a.TopActorsA))
	diff(t, "TopActorsB, top 1 (a three-way tie, by id)", []countView{{safin.ID, 1}}, viewCounts(a.TopActorsB))

	a = activity(t, s, graph.ActivityQuery{CountryA: "CN", CountryB: "KZ", Interval: graph.IntervalYear})
	if len(a.Buckets) != 0 || len(a.TopActorsA) != 0 {
		t.Errorf("Activity(CN, KZ) = %+v, want nothing", a)
	}
}

func testActivityCoarse(t *testing.T, newStore Factory) {
	yearOnly := graph.Entity{ID: "event:2024:CN:exchange", Kind: graph.KindEvent, Name: "Border trade exchange", Date: "2024", EventType: graph.EventExchange}
	noYear := graph.Entity{ID: "event:XXXX-05-12:CN:meeting", Kind: graph.KindEvent, Name: "A May meeting", Date: "XXXX-05-12", EventType: graph.EventMeeting}
	g := article("a-coarse", "en", "").entities(bureau, volga, yearOnly, noYear).
		rel(graph.RelAttended, bureau, yearOnly, "Both took part in the exchange in 2024.").
		rel(graph.RelAttended, volga, yearOnly, "Both took part in the exchange in 2024.").
		rel(graph.RelAttended, bureau, noYear, "They met on 12 May.").
		rel(graph.RelAttended, volga, noYear, "They met on 12 May.").build()
	s := filled(t, newStore, g)
	a := activity(t, s, graph.ActivityQuery{CountryA: "CN", CountryB: "RU", Interval: graph.IntervalYear})
	diff(t, "years", []graph.ActivityBucket{{Period: "2024", Events: 1, Meetings: 1}}, a.Buckets)
	a = activity(t, s, graph.ActivityQuery{CountryA: "CN", CountryB: "RU", Interval: graph.IntervalMonth})
	diff(t, "months", []graph.ActivityBucket(nil), a.Buckets)
}

func testActivityInvalid(t *testing.T, newStore Factory) {
	s := filled(t, newStore, forumEN())
	for _, q := range []graph.ActivityQuery{
		{CountryA: "CN", CountryB: "RU", Interval: "WEEK"},
		{CountryA: "China", CountryB: "RU"},
		{CountryA: "CN", CountryB: "RU", DateFrom: "last year"},
	} {
		_, err := s.Activity(t.Context(), q)
		wantErr(t, "Activity(invalid)", err, graph.ErrInvalid)
	}
}
