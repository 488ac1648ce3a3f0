package eval

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/loader/extract"
)

func TestKindOf(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Region", "Region"},
		{"region", "Region"},
		{" ORGANISATION ", "Organisation"},
		{"organization", "Organisation"},
		{"Organization", "Organisation"},
		{"official", "Official"},
		{"EVENT", "Event"},
		{"Person", "person"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := kindOf(tt.in); got != tt.want {
			t.Errorf("kindOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDateMatch(t *testing.T) {
	tests := []struct {
		gold, pred string
		want       bool
	}{
		{"2024-03-28", "2024-03-28", true},
		{"2024-03-28", "2024-03-28T10:00:00Z", true},
		{"2024-03-28", "2024-03-27", false},
		{"2024-03-28", "2024-03", false},
		{"2024-03-28", "", false},
		{"", "2024-03-28", false},
		{"XXXX-07-11", "2023-07-11", true},
		{"XXXX-07-11", "1999-07-11", true},
		{"XXXX-07-11", "2023-07-12", false},
		{"XXXX-07-11", "2023-07", false},
		{"XXXX-07-11", "XXXX-07-11", true},
	}
	for _, tt := range tests {
		if got := dateMatch(tt.gold, tt.pred); got != tt.want {
			t.Errorf("dateMatch(%q, %q) = %v, want %v", tt.gold, tt.pred, got, tt.want)
		}
	}
}

func TestEntityMatch(t *testing.T) {
	shu := GoldEntity{ID: "shu", Kind: "Official", Names: []string{"Shu Guichuan"}}
	wang := GoldEntity{ID: "wang", Kind: "Official", Names: []string{"王小明", "Wang Xiaoming"}}
	district := GoldEntity{ID: "d", Kind: "Region", Names: []string{"Jiangxia District", "Bezirk Jiangxia"}}
	fair := GoldEntity{ID: "f", Kind: "Event", Date: "XXXX-06-03", Names: []string{"trade fair"}}
	forum := GoldEntity{ID: "fo", Kind: "Event", Date: "2025-06-03", Names: []string{"форум"}}
	undated := GoldEntity{ID: "u", Kind: "Event", Names: []string{"Messe"}}
	tests := []struct {
		name string
		gold GoldEntity
		pred PredEntity
		want bool
	}{
		{"same name", district, PredEntity{Kind: "Region", Name: "Jiangxia District"}, true},
		{"name in another case and spacing", district, PredEntity{Kind: "region", Name: "JIANGXIA   district"}, true},
		{"alias", district, PredEntity{Kind: "Region", Name: "Jiangxia-Bezirk", Aliases: []string{"Bezirk Jiangxia"}}, true},
		{"other kind", district, PredEntity{Kind: "Organisation", Name: "Jiangxia District"}, false},
		{"part of a name", district, PredEntity{Kind: "Region", Name: "Jiangxia"}, false},
		{"official, Chinese order", shu, PredEntity{Kind: "Official", Name: "Guichuan Shu"}, true},
		{"official, punctuation", shu, PredEntity{Kind: "Official", Name: "SHU, Guichuan"}, true},
		{"official, one word only", shu, PredEntity{Kind: "Official", Name: "Shu"}, false},
		{"official, extra word", shu, PredEntity{Kind: "Official", Name: "Mr Shu Guichuan"}, false},
		{"official in Han characters", wang, PredEntity{Kind: "Official", Name: "王小明"}, true},
		{"Han characters are one word", wang, PredEntity{Kind: "Official", Name: "小明王"}, false},
		{"region words in another order", district, PredEntity{Kind: "Region", Name: "District Jiangxia"}, false},
		{"event by year-less date", fair, PredEntity{Kind: "Event", Name: "выставка", Date: "2024-06-03"}, true},
		{"event by name, wrong date", fair, PredEntity{Kind: "Event", Name: "Trade Fair", Date: "2024-06-04"}, true},
		{"event, wrong name and date", fair, PredEntity{Kind: "Event", Name: "Messe", Date: "2024-06-04"}, false},
		{"event by full date", forum, PredEntity{Kind: "Event", Name: "meeting", Date: "2025-06-03"}, true},
		{"event, other year", forum, PredEntity{Kind: "Event", Name: "meeting", Date: "2024-06-03"}, false},
		{"event with partial date", forum, PredEntity{Kind: "Event", Name: "meeting", Date: "2025-06"}, false},
		{"gold event without date", undated, PredEntity{Kind: "Event", Name: "exhibition", Date: "2025-06-03"}, false},
		{"by label", district, PredEntity{Kind: "REGION", Name: "bezirk jiangxia"}, true},
	}
	for _, tt := range tests {
		if got := entityMatch(tt.gold, tt.pred); got != tt.want {
			t.Errorf("%s: entityMatch(%v, %v) = %v, want %v", tt.name, tt.gold, tt.pred, got, tt.want)
		}
	}
}

func TestAlign(t *testing.T) {
	gold := []GoldEntity{
		{ID: "office", Kind: "Organisation", Names: []string{"Publicity Office"}, Optional: true},
		{ID: "opora", Kind: "Organisation", Names: []string{"OPORA"}},
		{ID: "opora2", Kind: "Organisation", Names: []string{"OPORA", "Publicity Office"}},
	}
	tests := []struct {
		name string
		pred []PredEntity
		want map[int]string
	}{
		{"one to one", []PredEntity{{Kind: "Organisation", Name: "OPORA"}, {Kind: "Organisation", Name: "OPORA"}},
			map[int]string{0: "opora", 1: "opora2"}},
		{"repeat left over", []PredEntity{{Kind: "Organisation", Name: "OPORA"}, {Kind: "Organisation", Name: "OPORA"}, {Kind: "Organisation", Name: "OPORA"}},
			map[int]string{0: "opora", 1: "opora2"}},
		{"required before optional", []PredEntity{{Kind: "Organisation", Name: "Publicity Office"}},
			map[int]string{0: "opora2"}},
		{"optional gets what is left", []PredEntity{{Kind: "Organisation", Name: "Publicity Office"}, {Kind: "Organisation", Name: "Publicity Office"}},
			map[int]string{0: "opora2", 1: "office"}},
		{"nothing", []PredEntity{{Kind: "Region", Name: "OPORA"}}, map[int]string{}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, align(gold, tt.pred)); diff != "" {
			t.Errorf("%s: align (-want +got):\n%s", tt.name, diff)
		}
	}
}

// article is an invented gold annotation exercising every relation rule.
var article = Gold{
	File: "a.json", Article: "a.txt",
	Entities: []GoldEntity{
		{ID: "nsk", Kind: "Region", Names: []string{"Novosibirsk"}},
		{ID: "oblast", Kind: "Region", Names: []string{"Novosibirsk Oblast"}},
		{ID: "min", Kind: "Organisation", Names: []string{"Ministry of Economic Development"}},
		{ID: "news", Kind: "Organisation", Names: []string{"Oreanda"}, Optional: true},
		{ID: "ivanov", Kind: "Official", Names: []string{"Pyotr Ivanov"}},
		{ID: "fair", Kind: "Event", Date: "2025-06-03", Names: []string{"trade fair"}},
	},
	Relations: []GoldRelation{
		{Type: "HOSTED", From: IDs{"nsk", "oblast"}, To: IDs{"fair"}},
		{Type: "ATTENDED", From: IDs{"ivanov"}, To: IDs{"fair"}},
		{Type: "REPRESENTS", From: IDs{"ivanov"}, To: IDs{"min"}},
		{Type: "ATTENDED", From: IDs{"min"}, To: IDs{"fair"}, Optional: true},
	},
}

func TestScoreRelations(t *testing.T) {
	ents := []PredEntity{
		{ID: "e1", Kind: "Region", Name: "Novosibirsk"},
		{ID: "e2", Kind: "Region", Name: "Novosibirsk Oblast"},
		{ID: "e3", Kind: "Organisation", Name: "Ministry of Economic Development"},
		{ID: "e4", Kind: "Organisation", Name: "Oreanda"},
		{ID: "e5", Kind: "Official", Name: "Ivanov Pyotr"},
		{ID: "e6", Kind: "Event", Name: "expo", Date: "2025-06-03"},
		{ID: "e7", Kind: "Organisation", Name: "Gazprom"},
	}
	tests := []struct {
		name string
		rels []PredRelation
		want map[string]Counts
	}{
		{"none", nil, map[string]Counts{"HOSTED": {FN: 1}, "ATTENDED": {FN: 1}, "REPRESENTS": {FN: 1}}},
		{"all, type in lower case", []PredRelation{
			{Type: "hosted", From: "e1", To: "e6"},
			{Type: "ATTENDED", From: "e5", To: "e6"},
			{Type: "REPRESENTS", From: "e5", To: "e3"},
		}, map[string]Counts{"HOSTED": {TP: 1}, "ATTENDED": {TP: 1}, "REPRESENTS": {TP: 1}}},
		{"alternative and repeat ignored", []PredRelation{
			{Type: "HOSTED", From: "e1", To: "e6"},
			{Type: "HOSTED", From: "e2", To: "e6"},
			{Type: "HOSTED", From: "e1", To: "e6"},
		}, map[string]Counts{"HOSTED": {TP: 1}, "ATTENDED": {FN: 1}, "REPRESENTS": {FN: 1}}},
		{"optional relation neither hit nor miss", []PredRelation{
			{Type: "ATTENDED", From: "e3", To: "e6"},
		}, map[string]Counts{"HOSTED": {FN: 1}, "ATTENDED": {FN: 1}, "REPRESENTS": {FN: 1}}},
		{"optional endpoint ignored", []PredRelation{
			{Type: "ATTENDED", From: "e4", To: "e6"},
		}, map[string]Counts{"HOSTED": {FN: 1}, "ATTENDED": {FN: 1}, "REPRESENTS": {FN: 1}}},
		{"wrong direction, unmatched endpoint, unknown id", []PredRelation{
			{Type: "REPRESENTS", From: "e3", To: "e5"},
			{Type: "ATTENDED", From: "e7", To: "e6"},
			{Type: "ATTENDED", From: "e99", To: "e6"},
		}, map[string]Counts{"HOSTED": {FN: 1}, "ATTENDED": {FP: 2, FN: 1}, "REPRESENTS": {FP: 1, FN: 1}}},
		{"unscored types ignored", []PredRelation{
			{Type: "LOCATED_IN", From: "e1", To: "e2"},
			{Type: "MET", From: "e5", To: "e7"},
		}, map[string]Counts{"HOSTED": {FN: 1}, "ATTENDED": {FN: 1}, "REPRESENTS": {FN: 1}}},
	}
	for _, tt := range tests {
		r := Score(map[string]Gold{"a.txt": article}, []Prediction{{Source: "a.txt", Entities: ents, Relations: tt.rels}})
		got := make(map[string]Counts)
		for _, c := range r.Relations {
			got[c.Name] = c.Counts
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: relation counts (-want +got):\n%s", tt.name, diff)
		}
		wantEnt := map[string]Counts{"Region": {TP: 2}, "Organisation": {TP: 1, FP: 1}, "Official": {TP: 1}, "Event": {TP: 1}}
		gotEnt := make(map[string]Counts)
		for _, c := range r.Entities {
			gotEnt[c.Name] = c.Counts
		}
		if diff := cmp.Diff(wantEnt, gotEnt); diff != "" {
			t.Errorf("%s: entity counts (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestScorePairing(t *testing.T) {
	gold := map[string]Gold{"a.txt": article, "b.txt": {File: "0.json", Article: "b.txt"}}
	nsk := []PredEntity{{ID: "1", Kind: "Region", Name: "Novosibirsk"}}
	tests := []struct {
		name        string
		preds       []Prediction
		wantRegion  Counts
		wantMissing []string
	}{
		{"none", nil, Counts{FN: 2}, []string{"b.txt", "a.txt"}},
		{"by base name of a path or URL", []Prediction{{Source: "https://example.org/x/a.txt", Entities: nsk}},
			Counts{TP: 1, FN: 1}, []string{"b.txt"}},
		{"last line for an article counts", []Prediction{{Source: "a.txt", Entities: nsk}, {Source: "a.txt"}},
			Counts{FN: 2}, []string{"b.txt"}},
		{"unknown article ignored", []Prediction{{Source: "c.txt", Entities: nsk}},
			Counts{FN: 2}, []string{"b.txt", "a.txt"}},
	}
	for _, tt := range tests {
		r := Score(gold, tt.preds)
		got, _ := r.Entity("Region")
		if got != tt.wantRegion {
			t.Errorf("%s: Region = %+v, want %+v", tt.name, got, tt.wantRegion)
		}
		if diff := cmp.Diff(tt.wantMissing, r.Missing); diff != "" {
			t.Errorf("%s: Missing (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestScoreResults(t *testing.T) {
	res := extract.Result{Source: "a.txt", Language: "en",
		Entities: []extract.Entity{
			{ID: "e1", Kind: graph.KindRegion, Name: "Novosibirsk Region", Aliases: []string{"Novosibirsk"}},
			{ID: "e2", Kind: graph.KindEvent, Name: "expo", Date: "2025-06-03"},
		},
		Relations: []extract.Relation{{Type: graph.RelHosted, From: "e1", To: "e2"}},
	}
	r := ScoreResults(map[string]Gold{"a.txt": article}, []extract.Result{res})
	if got, want := r.EntityMicro, (Counts{TP: 2, FN: 3}); got != want { // five required gold entities
		t.Errorf("EntityMicro = %+v, want %+v", got, want)
	}
	if got, want := r.RelationMicro, (Counts{TP: 1, FN: 2}); got != want {
		t.Errorf("RelationMicro = %+v, want %+v", got, want)
	}
}
