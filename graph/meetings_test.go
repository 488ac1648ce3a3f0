package graph

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMeetingQueryAdmitsEvent(t *testing.T) {
	forum := Entity{ID: "event:2024-06-14:RU:forum", Kind: KindEvent, Date: "2024-06-14", EventType: EventForum}
	undated := Entity{ID: "event:XXXX-06-14:RU:meeting", Kind: KindEvent, Date: "XXXX-06-14", EventType: EventMeeting}
	region := Entity{ID: "region:ru:tatarstan", Kind: KindRegion}
	tests := []struct {
		name string
		q    MeetingQuery
		e    Entity
		want bool
	}{
		{"no bounds", MeetingQuery{}, forum, true},
		{"no bounds, unknown year", MeetingQuery{}, undated, true},
		{"not an event", MeetingQuery{}, region, false},
		{"in range", MeetingQuery{DateFrom: "2024-06", DateTo: "2024-06-30"}, forum, true},
		{"before range", MeetingQuery{DateFrom: "2024-07"}, forum, false},
		{"after range", MeetingQuery{DateTo: "2023"}, forum, false},
		{"unknown year in no bounded range", MeetingQuery{DateFrom: "2000"}, undated, false},
		{"event type asked", MeetingQuery{EventTypes: []EventType{EventConference, EventForum}}, forum, true},
		{"other event type", MeetingQuery{EventTypes: []EventType{EventSigning}}, forum, false},
	}
	for _, tt := range tests {
		if got := tt.q.AdmitsEvent(tt.e); got != tt.want {
			t.Errorf("%s: %+v.AdmitsEvent(%s) = %v, want %v", tt.name, tt.q, tt.e.ID, got, tt.want)
		}
	}
}

// TestMeetingQueryCountsVisits: VISITED edges count only when a meeting
// query has neither a date bound nor an event type (visits have neither).
func TestMeetingQueryCountsVisits(t *testing.T) {
	tests := []struct {
		name string
		q    MeetingQuery
		want bool
	}{
		{"no bounds", MeetingQuery{}, true},
		{"filters do not matter", MeetingQuery{A: EntityFilter{Countries: []string{"RU"}}, B: EntityFilter{DateFrom: "2024"}}, true},
		{"date from", MeetingQuery{DateFrom: "2024"}, false},
		{"date to", MeetingQuery{DateTo: "2024-06"}, false},
		{"event type visit", MeetingQuery{EventTypes: []EventType{EventVisit}}, false},
		{"other event type", MeetingQuery{EventTypes: []EventType{EventForum}}, false},
	}
	for _, tt := range tests {
		if got := tt.q.CountsVisits(); got != tt.want {
			t.Errorf("%s: %+v.CountsVisits() = %v, want %v", tt.name, tt.q, got, tt.want)
		}
	}
}

func TestMeetingSet(t *testing.T) {
	ent := func(id, name string) *Entity { return &Entity{ID: id, Kind: KindOrganisation, Name: name} }
	event := func(id, date string) *Entity { return &Entity{ID: id, Kind: KindEvent, Date: date} }
	rel := func(id string, srcs ...Source) Relation { return Relation{ID: id, Sources: srcs} }
	src := func(article, sentence string) Source {
		return Source{ArticleID: article, Sentence: sentence, Language: "en"}
	}
	opora, volga, bureau := ent("o1", "OPORA"), ent("o2", "Volga Bank"), ent("o3", "Bureau")
	// Zhao and Zhou share a name: ids break the tie.
	zhao, zhou := ent("p2", "Zhao"), ent("p1", "Zhao")
	expo, forum, talks := event("e1", "2024-06"), event("e2", "2024-03-02"), event("e3", "2024-06")

	var s MeetingSet
	s.Add(volga, zhao, expo, rel("r1", src("a2", "They met at the expo.")), rel("r2", src("a2", "They met at the expo.")))
	s.Add(volga, zhao, talks, rel("r3", src("a1", "Talks were held."), src("a3", "Talks again.")))
	s.Add(volga, zhao, forum, rel("r4", src("a1", "At the forum.")))
	s.Add(volga, zhao, expo, rel("r1", src("a2", "They met at the expo."))) // repeated
	s.Add(opora, volga, nil, rel("r5", src("a4", "OPORA visited Volga Bank.")))
	s.Add(volga, zhou, forum)
	s.Add(bureau, bureau, forum, rel("r6", src("a1", "The bureau met itself."))) // no meeting
	if got := s.Len(); got != 3 {
		t.Errorf("Len() = %d, want 3", got)
	}

	page, err := s.Page(Page{})
	if err != nil {
		t.Fatalf("Page() = %v", err)
	}
	want := []Meeting{
		{A: *opora, B: *volga, Evidence: []Evidence{{"a4", "OPORA visited Volga Bank."}}},
		{A: *volga, B: *zhou, Events: []Entity{*forum}},
		{A: *volga, B: *zhao, Events: []Entity{*forum, *expo, *talks}, Evidence: []Evidence{
			{"a1", "At the forum."}, {"a1", "Talks were held."}, {"a2", "They met at the expo."}, {"a3", "Talks again."},
		}},
	}
	if diff := cmp.Diff(want, page.Meetings); diff != "" {
		t.Errorf("Page() meetings (-want +got):\n%s", diff)
	}
	if page.TotalCount != 3 || page.HasNextPage {
		t.Errorf("Page() info = %+v, want 3 in all, no next page", page.PageInfo)
	}

	second, err := s.Page(Page{First: 1, After: EncodeCursor(0)})
	if err != nil {
		t.Fatalf("Page(second) = %v", err)
	}
	if diff := cmp.Diff(want[1:2], second.Meetings); diff != "" || !second.HasNextPage {
		t.Errorf("Page(second) (-want +got):\n%s; next page %v, want true", diff, second.HasNextPage)
	}
	if _, err := s.Page(Page{After: "bogus!"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("Page(forged cursor) error = %v, want ErrInvalid", err)
	}
	var empty MeetingSet
	if page, err := empty.Page(Page{}); err != nil || len(page.Meetings) != 0 || page.TotalCount != 0 {
		t.Errorf("empty Page() = %+v, %v; want nothing", page, err)
	}
}
