package graph

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// normalizeCase is one case of a table of Normalize calls: the normalised
// query wanted, or ErrInvalid.
type normalizeCase[Q any] struct {
	name    string
	q       Q
	want    Q
	wantErr bool
}

// testNormalize runs a table of Normalize calls.
func testNormalize[Q any](t *testing.T, cases []normalizeCase[Q], normalize func(Q) (Q, error)) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got, err := normalize(tt.q)
			if tt.wantErr {
				if !errors.Is(err, ErrInvalid) {
					t.Errorf("%+v.Normalize() error = %v, want ErrInvalid", tt.q, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("%+v.Normalize() = %v", tt.q, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%+v.Normalize() (-want +got):\n%s", tt.q, diff)
			}
		})
	}
}

func TestRelationQueryNormalize(t *testing.T) {
	ids := []string{"org:ru:opora"}
	testNormalize(t, []normalizeCase[RelationQuery]{
		{"default both", RelationQuery{EntityIDs: ids}, RelationQuery{EntityIDs: ids, Direction: DirectionBoth}, false},
		{"in", RelationQuery{EntityIDs: ids, Direction: DirectionIn}, RelationQuery{EntityIDs: ids, Direction: DirectionIn}, false},
		{"out with types", RelationQuery{Types: []RelType{RelVisited}, Direction: DirectionOut},
			RelationQuery{Types: []RelType{RelVisited}, Direction: DirectionOut}, false},
		{"both", RelationQuery{Direction: DirectionBoth}, RelationQuery{Direction: DirectionBoth}, false},
		{"unknown", RelationQuery{Direction: "UP"}, RelationQuery{}, true},
		{"lower case", RelationQuery{Direction: "in"}, RelationQuery{}, true},
	}, RelationQuery.Normalize)
}

func TestEntityFilterNormalize(t *testing.T) {
	testNormalize(t, []normalizeCase[EntityFilter]{
		{"empty", EntityFilter{}, EntityFilter{}, false},
		{"names folded", EntityFilter{NameContains: "Büro für", NameStartsWith: "  Новосибирская"},
			EntityFilter{NameContains: "buro fur", NameStartsWith: "новосибирская"}, false},
		{"only punctuation restricts nothing", EntityFilter{NameContains: " ,. "}, EntityFilter{}, false},
		{"dates", EntityFilter{Kinds: []Kind{KindEvent}, DateFrom: "2024-03", DateTo: "2024-12-31"},
			EntityFilter{Kinds: []Kind{KindEvent}, DateFrom: "2024-03", DateTo: "2024-12-31"}, false},
		{"date from in prose", EntityFilter{DateFrom: "May"}, EntityFilter{}, true},
		{"date to day 32", EntityFilter{DateTo: "2024-01-32"}, EntityFilter{}, true},
		{"unknown year alone", EntityFilter{DateTo: "XXXX"}, EntityFilter{}, true},
	}, EntityFilter.Normalize)
}

func TestEntityQueryNormalize(t *testing.T) {
	page := Page{First: 3, After: EncodeCursor(2)}
	testNormalize(t, []normalizeCase[EntityQuery]{
		{"default order", EntityQuery{Page: page}, EntityQuery{OrderBy: OrderByName, Page: page}, false},
		{"date order", EntityQuery{OrderBy: OrderByDate}, EntityQuery{OrderBy: OrderByDate}, false},
		{"sources order", EntityQuery{OrderBy: OrderBySources}, EntityQuery{OrderBy: OrderBySources}, false},
		{"filter normalised", EntityQuery{Filter: EntityFilter{NameStartsWith: "Harbin"}},
			EntityQuery{OrderBy: OrderByName, Filter: EntityFilter{NameStartsWith: "harbin"}}, false},
		{"unknown order", EntityQuery{OrderBy: "SIZE"}, EntityQuery{}, true},
		{"bad filter", EntityQuery{Filter: EntityFilter{DateFrom: "May"}}, EntityQuery{}, true},
	}, EntityQuery.Normalize)
}

func TestMeetingQueryNormalize(t *testing.T) {
	testNormalize(t, []normalizeCase[MeetingQuery]{
		{"empty", MeetingQuery{}, MeetingQuery{}, false},
		{"filters normalised", MeetingQuery{A: EntityFilter{NameContains: "OPORA"}, B: EntityFilter{NameContains: "Hubei!"}, DateFrom: "2024"},
			MeetingQuery{A: EntityFilter{NameContains: "opora"}, B: EntityFilter{NameContains: "hubei"}, DateFrom: "2024"}, false},
		{"date bound", MeetingQuery{DateTo: "2024-13"}, MeetingQuery{}, true},
		{"a's date bound", MeetingQuery{A: EntityFilter{DateFrom: "soon"}}, MeetingQuery{}, true},
		{"b's date bound", MeetingQuery{B: EntityFilter{DateTo: "2024-02-30x"}}, MeetingQuery{}, true},
	}, MeetingQuery.Normalize)
}

// TestFoldNameIdempotent: normalising a normalised filter changes nothing,
// so stores may fold names they were given folded.
func TestFoldNameIdempotent(t *testing.T) {
	for _, s := range []string{"Büro für Öffentlichkeitsarbeit", "Provincial People’s Congress", "Straße", "ＡＢＣ", "Новосибирская Область", "江夏区", "İstanbul"} {
		if once, twice := FoldName(s), FoldName(FoldName(s)); once != twice {
			t.Errorf("FoldName(FoldName(%q)) = %q, want %q", s, twice, once)
		}
	}
}

func TestSearchQueryNormalize(t *testing.T) {
	kinds := []Kind{KindRegion}
	testNormalize(t, []normalizeCase[SearchQuery]{
		{"folded, default size", SearchQuery{Text: "  Heilongjiang Province "}, SearchQuery{Text: "heilongjiang province", First: DefaultPageSize}, false},
		{"kept filters", SearchQuery{Text: "Казань", Kinds: kinds, Countries: []string{"RU"}, First: 3},
			SearchQuery{Text: "казань", Kinds: kinds, Countries: []string{"RU"}, First: 3}, false},
		{"accents", SearchQuery{Text: "Büro", First: -1}, SearchQuery{Text: "buro", First: DefaultPageSize}, false},
		{"clamped", SearchQuery{Text: "哈尔滨", First: MaxPageSize * 2}, SearchQuery{Text: "哈尔滨", First: MaxPageSize}, false},
		{"empty", SearchQuery{}, SearchQuery{}, true},
		{"punctuation only", SearchQuery{Text: " ,. "}, SearchQuery{}, true},
	}, SearchQuery.Normalize)
}

func TestPathQueryNormalize(t *testing.T) {
	testNormalize(t, []normalizeCase[PathQuery]{
		{"one hop", PathQuery{From: "a", To: "b", MaxHops: 1}, PathQuery{From: "a", To: "b", MaxHops: 1}, false},
		{"at the cap", PathQuery{MaxHops: MaxPathHops}, PathQuery{MaxHops: MaxPathHops}, false},
		{"clamped", PathQuery{MaxHops: MaxPathHops + 4, Types: []RelType{RelAttended}},
			PathQuery{MaxHops: MaxPathHops, Types: []RelType{RelAttended}}, false},
		{"zero", PathQuery{From: "a", To: "b"}, PathQuery{}, true},
		{"negative", PathQuery{MaxHops: -2}, PathQuery{}, true},
	}, PathQuery.Normalize)
}
