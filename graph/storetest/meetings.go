package storetest

import (
	"testing"

	"github.com/bilateral/bilateral/graph"
)

func init() {
	register("Meetings/RussianBodiesChineseDistricts", testMeetingsShape)
	register("Meetings/Filters", testMeetingsFilters)
	register("Meetings/Paging", testMeetingsPaging)
}

// meetingView is what the meeting tests compare: ids, event ids, evidence.
type meetingView struct {
	A, B     string
	Events   []string
	Evidence []graph.Evidence
}

func viewMeetings(ms []graph.Meeting) []meetingView {
	var out []meetingView
	for _, m := range ms {
		out = append(out, meetingView{A: m.A.ID, B: m.B.ID, Events: entityIDs(m.Events), Evidence: m.Evidence})
	}
	return out
}

var (
	ruBodies    = graph.EntityFilter{Countries: []string{"RU"}, Kinds: []graph.Kind{graph.KindOrganisation, graph.KindOfficial}}
	cnDistricts = graph.EntityFilter{Countries: []string{"CN"}, Kinds: []graph.Kind{graph.KindRegion}, Levels: []graph.RegionLevel{graph.LevelDistrict}}
)

func testMeetingsShape(t *testing.T, newStore Factory) {
	s := filled(t, newStore, corpus()...)
	page, err := s.Meetings(t.Context(), graph.MeetingQuery{A: ruBodies, B: cnDistricts})
	if err != nil {
		t.Fatalf("Meetings(RU bodies, CN districts) = %v", err)
	}
	host := graph.Evidence{ArticleID: "a-forum-en", Sentence: sForumHost}
	want := []meetingView{
		{A: chamber.ID, B: nangang.ID, Events: []string{forum.ID}, Evidence: []graph.Evidence{
			{ArticleID: "a-forum-en", Sentence: sForumChamber}, host,
			{ArticleID: "a-forum-ru", Sentence: sForumRUAttend},
		}},
		{A: safin.ID, B: nangang.ID, Events: []string{forum.ID}, Evidence: []graph.Evidence{
			{ArticleID: "a-forum-en", Sentence: "Rustam Safin, president of the chamber, led the delegation."}, host,
			{ArticleID: "a-forum-ru", Sentence: "Рустам Сафин выступил на форуме."},
		}},
		{A: volga.ID, B: nangang.ID, Events: []string{signing.ID}, Evidence: []graph.Evidence{
			{ArticleID: "a-signing-de", Sentence: sSigningVolga},
		}},
	}
	diff(t, "meetings", want, viewMeetings(page.Meetings))
	if page.TotalCount != 3 || page.HasNextPage {
		t.Errorf("PageInfo = %+v, want total 3 and no next page", page.PageInfo)
	}
	if len(page.Meetings) > 0 {
		m := page.Meetings[0]
		if m.A.Name != chamber.Name || m.B.Country != "CN" || m.Events[0].Date != "2024-06-14" {
			t.Errorf("first meeting carries A %q, B country %q, event date %q", m.A.Name, m.B.Country, m.Events[0].Date)
		}
	}
}

func testMeetingsFilters(t *testing.T, newStore Factory) {
	s := filled(t, newStore, corpus()...)
	visit := []graph.Evidence{{ArticleID: "a-forum-ru", Sentence: sVisit}}
	ruRegions := graph.EntityFilter{Countries: []string{"RU"}, Kinds: []graph.Kind{graph.KindRegion}}
	cnRegions := graph.EntityFilter{Countries: []string{"CN"}, Kinds: []graph.Kind{graph.KindRegion}}
	officials := graph.EntityFilter{Kinds: []graph.Kind{graph.KindOfficial}}
	cases := []struct {
		name string
		q    graph.MeetingQuery
		want []meetingView // evidence compared only where set
	}{
		{"a visit is a meeting", graph.MeetingQuery{A: ruRegions, B: cnRegions},
			[]meetingView{{A: tatar.ID, B: harbin.ID, Evidence: visit}}},
		{"either side may be the visitor", graph.MeetingQuery{A: cnRegions, B: ruRegions},
			[]meetingView{{A: harbin.ID, B: tatar.ID, Evidence: visit}}},
		{"visits have no date", graph.MeetingQuery{A: ruRegions, B: cnRegions, DateFrom: "2024"}, nil},
		{"date range", graph.MeetingQuery{A: ruBodies, B: cnDistricts, DateFrom: "2024-06-01", DateTo: "2024-12-31"},
			[]meetingView{{A: chamber.ID, B: nangang.ID, Events: []string{forum.ID}}, {A: safin.ID, B: nangang.ID, Events: []string{forum.ID}}}},
		{"event types", graph.MeetingQuery{A: ruBodies, B: cnDistricts, EventTypes: []graph.EventType{graph.EventSigning}},
			[]meetingView{{A: volga.ID, B: nangang.ID, Events: []string{signing.ID}}}},
		{"the other way round", graph.MeetingQuery{A: cnDistricts, B: ruBodies},
			[]meetingView{{A: nangang.ID, B: chamber.ID, Events: []string{forum.ID}}, {A: nangang.ID, B: safin.ID, Events: []string{forum.ID}},
				{A: nangang.ID, B: volga.ID, Events: []string{signing.ID}}}},
		{"never an entity with itself", graph.MeetingQuery{A: officials, B: officials},
			[]meetingView{{A: safin.ID, B: zhao.ID, Events: []string{forum.ID}}, {A: zhao.ID, B: safin.ID, Events: []string{forum.ID}}}},
		{"several events, by date", graph.MeetingQuery{A: graph.EntityFilter{IDs: []string{bureau.ID}}, B: graph.EntityFilter{IDs: []string{chamber.ID}}},
			[]meetingView{{A: bureau.ID, B: chamber.ID, Events: []string{forum.ID, roundtbl.ID}}}},
		{"nobody", graph.MeetingQuery{A: graph.EntityFilter{Countries: []string{"KZ"}}, B: cnDistricts}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page, err := s.Meetings(t.Context(), c.q)
			if err != nil {
				t.Fatalf("Meetings(%+v) = %v", c.q, err)
			}
			got := viewMeetings(page.Meetings)
			for i := range got {
				if i < len(c.want) && c.want[i].Evidence == nil {
					if len(got[i].Evidence) == 0 {
						t.Errorf("meeting %s-%s has no evidence", got[i].A, got[i].B)
					}
					got[i].Evidence = nil
				}
			}
			diff(t, "meetings", c.want, got)
		})
	}
	_, err := s.Meetings(t.Context(), graph.MeetingQuery{A: ruBodies, B: cnDistricts, DateTo: "31.12.2024"})
	wantErr(t, "Meetings(bad date)", err, graph.ErrInvalid)
}

func testMeetingsPaging(t *testing.T, newStore Factory) {
	s := filled(t, newStore, corpus()...)
	all, err := s.Meetings(t.Context(), graph.MeetingQuery{A: ruBodies, B: cnDistricts})
	if err != nil {
		t.Fatalf("Meetings = %v", err)
	}
	var got []graph.Meeting
	after := ""
	for range 5 {
		page, err := s.Meetings(t.Context(), graph.MeetingQuery{A: ruBodies, B: cnDistricts, Page: graph.Page{First: 1, After: after}})
		if err != nil {
			t.Fatalf("Meetings(after %q) = %v", after, err)
		}
		if page.TotalCount != 3 {
			t.Errorf("TotalCount = %d, want 3", page.TotalCount)
		}
		got = append(got, page.Meetings...)
		if !page.HasNextPage {
			break
		}
		after = page.EndCursor
	}
	diff(t, "pages joined", all.Meetings, got)
}
