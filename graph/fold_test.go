package graph

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func claim(article, lang string, e Entity) Entity {
	e.Sources = []Source{{ArticleID: article, Sentence: "s " + article, Language: lang}}
	return e
}

func TestFold(t *testing.T) {
	tests := []struct {
		name   string
		claims []Entity
		want   Entity
	}{
		{
			name: "names unite, English name shown",
			claims: []Entity{
				claim("a1", "de", Entity{ID: "o", Kind: KindOrganisation, Name: "OPORA Russland", Aliases: []string{"OPORA"}, Country: "RU"}),
				claim("a2", "en", Entity{ID: "o", Kind: KindOrganisation, Name: "OPORA Russia", Country: "RU"}),
			},
			want: Entity{ID: "o", Kind: KindOrganisation, Name: "OPORA Russia", Aliases: []string{"OPORA", "OPORA Russland"}, Country: "RU",
				Sources: []Source{{"a1", "s a1", "de"}, {"a2", "s a2", "en"}}},
		},
		{
			name: "missing country is learnt",
			claims: []Entity{
				claim("a1", "en", Entity{ID: "p", Kind: KindOfficial, Name: "Li Wei"}),
				claim("a2", "en", Entity{ID: "p", Kind: KindOfficial, Name: "Li Wei", Country: "CN", Roles: []string{"mayor"}}),
			},
			want: Entity{ID: "p", Kind: KindOfficial, Name: "Li Wei", Country: "CN", Roles: []string{"mayor"},
				Sources: []Source{{"a1", "s a1", "en"}, {"a2", "s a2", "en"}}},
		},
		{
			name: "conflicting country kept visibly, majority wins",
			claims: []Entity{
				claim("a1", "en", Entity{ID: "c", Kind: KindOrganisation, Name: "X", Country: "RU"}),
				claim("a2", "en", Entity{ID: "c", Kind: KindOrganisation, Name: "X", Country: "CN"}),
				claim("a3", "en", Entity{ID: "c", Kind: KindOrganisation, Name: "X", Country: "CN"}),
			},
			want: Entity{ID: "c", Kind: KindOrganisation, Name: "X", Country: "CN",
				Conflicts: []Conflict{{Field: "country", Values: []ConflictValue{{"CN", []string{"a2", "a3"}}, {"RU", []string{"a1"}}}}},
				Sources:   []Source{{"a1", "s a1", "en"}, {"a2", "s a2", "en"}, {"a3", "s a3", "en"}}},
		},
		{
			name: "partial date meets full date",
			claims: []Entity{
				claim("a1", "de", Entity{ID: "e", Kind: KindEvent, Name: "Forum", Date: "2024-03"}),
				claim("a2", "en", Entity{ID: "e", Kind: KindEvent, Name: "forum", Date: "2024-03-28"}),
			},
			want: Entity{ID: "e", Kind: KindEvent, Name: "forum", Aliases: []string{"Forum"}, Date: "2024-03-28",
				Sources: []Source{{"a1", "s a1", "de"}, {"a2", "s a2", "en"}}},
		},
		{
			name: "unknown year filled in",
			claims: []Entity{
				claim("a1", "nl", Entity{ID: "e", Kind: KindEvent, Name: "missie", Date: "XXXX-07-11"}),
				claim("a2", "nl", Entity{ID: "e", Kind: KindEvent, Name: "missie", Date: "2025-07-11"}),
			},
			want: Entity{ID: "e", Kind: KindEvent, Name: "missie", Date: "2025-07-11",
				Sources: []Source{{"a1", "s a1", "nl"}, {"a2", "s a2", "nl"}}},
		},
		{
			name: "incompatible dates are a conflict",
			claims: []Entity{
				claim("a1", "en", Entity{ID: "e", Kind: KindEvent, Name: "forum", Date: "2024-03-28"}),
				claim("a2", "en", Entity{ID: "e", Kind: KindEvent, Name: "forum", Date: "2024-04-02"}),
			},
			want: Entity{ID: "e", Kind: KindEvent, Name: "forum", Date: "2024-03-28",
				Conflicts: []Conflict{{Field: "date", Values: []ConflictValue{{"2024-03-28", []string{"a1"}}, {"2024-04-02", []string{"a2"}}}}},
				Sources:   []Source{{"a1", "s a1", "en"}, {"a2", "s a2", "en"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Fold(tt.claims)
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("Fold mismatch (-want +got):\n%s", d)
			}
			// Order independence: the reversed claims fold to the same entity.
			rev := make([]Entity, len(tt.claims))
			for i, c := range tt.claims {
				rev[len(rev)-1-i] = c
			}
			if d := cmp.Diff(got, Fold(rev)); d != "" {
				t.Errorf("Fold depends on claim order (-forward +reversed):\n%s", d)
			}
		})
	}
}

func TestFoldRelation(t *testing.T) {
	src := func(a string) []Source { return []Source{{ArticleID: a, Sentence: a}} }
	got := FoldRelation([]Relation{
		{ID: "r", Type: RelSigned, From: "a", To: "b", Agreement: "memorandum", Confidence: 0.6, Sources: src("2")},
		{ID: "r", Type: RelSigned, From: "a", To: "b", Agreement: "memorandum", Confidence: 0.9, Sources: src("1")},
		{ID: "r", Type: RelSigned, From: "a", To: "b", Agreement: "agreement", Confidence: 0.5, Sources: src("3")},
	})
	want := Relation{ID: "r", Type: RelSigned, From: "a", To: "b", Agreement: "memorandum", Confidence: 0.9,
		Sources: []Source{{ArticleID: "1", Sentence: "1"}, {ArticleID: "2", Sentence: "2"}, {ArticleID: "3", Sentence: "3"}}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("FoldRelation mismatch (-want +got):\n%s", d)
	}
}
