package graph

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestActivityQueryNormalize(t *testing.T) {
	base := ActivityQuery{CountryA: "CN", CountryB: "RU"}
	with := func(f func(q *ActivityQuery)) ActivityQuery {
		q := base
		f(&q)
		return q
	}
	kept := with(func(q *ActivityQuery) {
		q.Interval, q.Top, q.DateFrom, q.DateTo = IntervalYear, 2, "2023", "2024-06-30"
	})
	testNormalize(t, []normalizeCase[ActivityQuery]{
		{"defaults", base, with(func(q *ActivityQuery) { q.Interval, q.Top = IntervalMonth, DefaultTop }), false},
		{"kept", kept, kept, false},
		{"quarter", with(func(q *ActivityQuery) { q.Interval = IntervalQuarter }),
			with(func(q *ActivityQuery) { q.Interval, q.Top = IntervalQuarter, DefaultTop }), false},
		{"country name", with(func(q *ActivityQuery) { q.CountryA = "China" }), ActivityQuery{}, true},
		{"lower case country", with(func(q *ActivityQuery) { q.CountryB = "ru" }), ActivityQuery{}, true},
		{"no country", with(func(q *ActivityQuery) { q.CountryB = "" }), ActivityQuery{}, true},
		{"date in prose", with(func(q *ActivityQuery) { q.DateFrom = "last year" }), ActivityQuery{}, true},
		{"month 13", with(func(q *ActivityQuery) { q.DateTo = "2024-13" }), ActivityQuery{}, true},
		{"unknown interval", with(func(q *ActivityQuery) { q.Interval = "WEEK" }), ActivityQuery{}, true},
		{"negative top", with(func(q *ActivityQuery) { q.Top = -1 }), ActivityQuery{}, true},
	}, ActivityQuery.Normalize)
}

func TestPeriod(t *testing.T) {
	tests := []struct {
		date string
		iv   Interval
		want string
		ok   bool
	}{
		{"2024-03-15", IntervalMonth, "2024-03", true},
		{"2024-03", IntervalQuarter, "2024-Q1", true},
		{"2024-04-01", IntervalQuarter, "2024-Q2", true},
		{"2024-09-30", IntervalQuarter, "2024-Q3", true},
		{"2024-12-01", IntervalQuarter, "2024-Q4", true},
		{"2024", IntervalYear, "2024", true},
		{"2024-11-05", IntervalYear, "2024", true},
		{"2024", IntervalMonth, "", false},
		{"2024", IntervalQuarter, "", false},
		{"XXXX-05-12", IntervalYear, "", false},
		{"XXXX-05", IntervalMonth, "", false},
		{"", IntervalYear, "", false},
		{"2024-07", "", "2024-07", true},
		{"2024-07", "WEEK", "", false},
	}
	for _, tt := range tests {
		got, ok := Period(tt.date, tt.iv)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Period(%q, %q) = %q, %v; want %q, %v", tt.date, tt.iv, got, ok, tt.want, tt.ok)
		}
	}
}

func TestTallyActivity(t *testing.T) {
	ent := func(id string, k Kind, country string) Entity {
		return Entity{ID: id, Kind: k, Country: country}
	}
	cnOrg, cnOff, ruOrg, ruOff := ent("o-cn", KindOrganisation, "CN"), ent("p-cn", KindOfficial, "CN"),
		ent("o-ru", KindOrganisation, "RU"), ent("p-ru", KindOfficial, "RU")
	kzOrg := ent("o-kz", KindOrganisation, "KZ")
	cnCity, ruCity := ent("r-cn", KindRegion, "CN"), ent("r-ru", KindRegion, "RU")
	ev := func(id, date string, signed bool, ps ...Entity) ActivityEvent {
		return ActivityEvent{Event: Entity{ID: id, Kind: KindEvent, Date: date}, Participants: ps, Signed: signed,
			Places: []Entity{cnCity}}
	}
	signing := ev("e6", "2024-06-10", false, cnOrg, ruOff)
	signing.Event.EventType = EventSigning
	events := []ActivityEvent{
		ev("e1", "2024-03-02", true, cnOrg, cnOff, ruOrg),
		ev("e2", "2024-03", false, cnOrg, ruOrg, ruCity, ruOrg), // a repeated participant counts once
		ev("e3", "2024-05-01", false, cnOrg, kzOrg),             // one side only
		ev("e4", "2023-01-01", false, cnOrg, ruOrg),             // out of range
		ev("e5", "2024", false, cnOrg, ruOrg),                   // too coarse for months
		ev("e7", "XXXX-06-01", false, cnOrg, ruOrg),             // no year
		signing,
	}
	counts := func(cs []EntityCount) map[string]int {
		m := map[string]int{}
		for _, c := range cs {
			m[c.Entity.ID] = c.Count
		}
		return m
	}
	ids := func(cs []EntityCount) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.Entity.ID)
		}
		return out
	}
	tests := []struct {
		name        string
		q           ActivityQuery
		want        []ActivityBucket
		actorsA     []string
		actorsB     []string
		regionsA    map[string]int
		regionsB    map[string]int
		actorCountA map[string]int
	}{
		{
			name: "months from 2024",
			q:    ActivityQuery{CountryA: "CN", CountryB: "RU", DateFrom: "2024", Interval: IntervalMonth},
			want: []ActivityBucket{
				{Period: "2024-03", Events: 2, Meetings: 3, Signings: 1},
				{Period: "2024-06", Events: 1, Meetings: 1, Signings: 1},
			},
			actorsA: []string{"o-cn", "p-cn"}, actorsB: []string{"o-ru", "p-ru"},
			regionsA: map[string]int{"r-cn": 3}, regionsB: map[string]int{"r-ru": 1},
			actorCountA: map[string]int{"o-cn": 3, "p-cn": 1},
		},
		{
			name: "years, top 1",
			q:    ActivityQuery{CountryA: "CN", CountryB: "RU", Interval: IntervalYear, Top: 1},
			want: []ActivityBucket{
				{Period: "2023", Events: 1, Meetings: 1},
				{Period: "2024", Events: 4, Meetings: 4, Signings: 2},
			},
			actorsA: []string{"o-cn"}, actorsB: []string{"o-ru"},
			regionsA: map[string]int{"r-cn": 5}, regionsB: map[string]int{"r-ru": 1},
			actorCountA: map[string]int{"o-cn": 5},
		},
		{
			name: "sides swap",
			q:    ActivityQuery{CountryA: "RU", CountryB: "CN", DateTo: "2024-03-31", Interval: IntervalQuarter},
			want: []ActivityBucket{
				{Period: "2023-Q1", Events: 1, Meetings: 1},
				{Period: "2024-Q1", Events: 2, Meetings: 3, Signings: 1},
			},
			actorsA: []string{"o-ru"}, actorsB: []string{"o-cn", "p-cn"},
			regionsA: map[string]int{"r-ru": 1}, regionsB: map[string]int{"r-cn": 3},
			actorCountA: map[string]int{"o-ru": 3},
		},
		{
			name:        "no counterpart",
			q:           ActivityQuery{CountryA: "CN", CountryB: "MN"},
			regionsA:    map[string]int{},
			regionsB:    map[string]int{},
			actorCountA: map[string]int{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := TallyActivity(tt.q, events)
			if err != nil {
				t.Fatalf("TallyActivity(%+v) = %v", tt.q, err)
			}
			if diff := cmp.Diff(tt.want, a.Buckets); diff != "" {
				t.Errorf("buckets (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.actorsA, ids(a.TopActorsA)); diff != "" {
				t.Errorf("TopActorsA (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.actorsB, ids(a.TopActorsB)); diff != "" {
				t.Errorf("TopActorsB (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.actorCountA, counts(a.TopActorsA)); diff != "" {
				t.Errorf("TopActorsA counts (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.regionsA, counts(a.TopRegionsA)); diff != "" {
				t.Errorf("TopRegionsA (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.regionsB, counts(a.TopRegionsB)); diff != "" {
				t.Errorf("TopRegionsB (-want +got):\n%s", diff)
			}
		})
	}
	if _, err := TallyActivity(ActivityQuery{CountryA: "CN", CountryB: "RU", Interval: "WEEK"}, events); !errors.Is(err, ErrInvalid) {
		t.Errorf("TallyActivity(interval WEEK) error = %v, want ErrInvalid", err)
	}
}
