package graph

import (
	"errors"
	"slices"
	"testing"
)

func TestFoldName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"OPORA Russland", "opora russland"},
		{"Büro für Öffentlichkeitsarbeit", "buro fur offentlichkeitsarbeit"},
		{"Provincial People’s Congress", "provincial people s congress"},
		{"  A Just Russia—For Truth!! ", "a just russia for truth"},
		{"Новосибирская Область", "новосибирская область"},
		{"江夏区", "江夏区"},
		{"ＡＢＣ", "abc"},
		{"Straße", "strasse"},
	}
	for _, tt := range tests {
		if got := FoldName(tt.in); got != tt.want {
			t.Errorf("FoldName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRelTypeAllows(t *testing.T) {
	tests := []struct {
		t        RelType
		from, to Kind
		want     bool
	}{
		{RelAttended, KindOfficial, KindEvent, true},
		{RelAttended, KindEvent, KindOfficial, false},
		{RelHosted, KindRegion, KindEvent, true},
		{RelRepresents, KindOfficial, KindOrganisation, true},
		{RelRepresents, KindOrganisation, KindRegion, false},
		{RelVisited, KindOrganisation, KindOrganisation, true},
		{RelVisited, KindOfficial, KindEvent, false},
		{RelLocatedIn, KindEvent, KindRegion, true},
		{RelLocatedIn, KindRegion, KindOrganisation, false},
		{"MET", KindOfficial, KindOfficial, false},
	}
	for _, tt := range tests {
		if got := tt.t.Allows(tt.from, tt.to); got != tt.want {
			t.Errorf("%s.Allows(%s, %s) = %v, want %v", tt.t, tt.from, tt.to, got, tt.want)
		}
	}
}

func TestDates(t *testing.T) {
	valid := map[string]bool{"2024": true, "2024-03": true, "2024-03-28": true, "XXXX-07-11": true, "XXXX-07": true,
		"XXXX": false, "2024-13": false, "2024-3-1": false, "28.03.2024": false, "": false}
	for d, want := range valid {
		if got := ValidDate(d); got != want {
			t.Errorf("ValidDate(%q) = %v, want %v", d, got, want)
		}
	}
	compat := []struct {
		a, b string
		want bool
	}{
		{"2024-03", "2024-03-28", true}, {"XXXX-03-28", "2024-03-28", true}, {"2024", "2024-12-01", true},
		{"2024-03-28", "2024-03-29", false}, {"2023", "2024-01", false},
	}
	for _, tt := range compat {
		if got := DatesCompatible(tt.a, tt.b); got != tt.want {
			t.Errorf("DatesCompatible(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	ranges := []struct {
		d, from, to string
		want        bool
	}{
		{"2024-03-28", "2024-01-01", "2024-12-31", true},
		{"2024-03", "2024-03-15", "2024-12-31", true},
		{"2024", "2023-06-01", "2023-12-31", false},
		{"2023-12-31", "2024-01-01", "", false},
		{"XXXX-07-11", "2024-01-01", "", false},
		{"XXXX-07-11", "", "", true},
		{"", "2024", "", false},
	}
	for _, tt := range ranges {
		if got := DateInRange(tt.d, tt.from, tt.to); got != tt.want {
			t.Errorf("DateInRange(%q, %q, %q) = %v, want %v", tt.d, tt.from, tt.to, got, tt.want)
		}
	}
}

func TestPageWindow(t *testing.T) {
	start, end, info, err := Page{First: 2}.Window(5)
	if err != nil || start != 0 || end != 2 || !info.HasNextPage || info.TotalCount != 5 {
		t.Fatalf("first page = %d,%d,%+v,%v", start, end, info, err)
	}
	start, end, info, err = Page{First: 2, After: info.EndCursor}.Window(5)
	if err != nil || start != 2 || end != 4 || !info.HasNextPage {
		t.Fatalf("second page = %d,%d,%+v,%v", start, end, info, err)
	}
	start, end, info, _ = Page{First: 10, After: info.EndCursor}.Window(5)
	if start != 4 || end != 5 || info.HasNextPage {
		t.Fatalf("last page = %d,%d,%+v", start, end, info)
	}
	if _, _, _, err := (Page{After: "bogus!"}).Window(5); !errors.Is(err, ErrInvalid) {
		t.Errorf("Window with a forged cursor: err = %v, want ErrInvalid", err)
	}
	if _, end, _, _ := (Page{First: 10 * MaxPageSize}).Window(1000); end != MaxPageSize {
		t.Errorf("Window does not clamp first: end = %d, want %d", end, MaxPageSize)
	}
}

func TestValidate(t *testing.T) {
	src := []Source{{ArticleID: "article:1"}}
	good := ArticleGraph{
		Article: Article{ID: "article:1", Published: "2024-04-02"},
		Entities: []Entity{
			{ID: "r", Kind: KindRegion, Name: "Jiangxia District", Country: "CN", Level: LevelDistrict, Sources: src},
			{ID: "e", Kind: KindEvent, Name: "forum", Date: "2024-03-28", EventType: EventForum, Sources: src},
		},
		Relations: []Relation{{ID: RelationID(RelHosted, "r", "e"), Type: RelHosted, From: "r", To: "e", Confidence: 0.9, Sources: src}},
	}
	if err := Validate(good); err != nil {
		t.Fatalf("Validate(good) = %v", err)
	}
	tests := []struct {
		name   string
		break_ func(g *ArticleGraph)
	}{
		{"bad country", func(g *ArticleGraph) { g.Entities[0].Country = "XX" }},
		{"unknown kind", func(g *ArticleGraph) { g.Entities[0].Kind = "Person" }},
		{"bad date", func(g *ArticleGraph) { g.Entities[1].Date = "28.03.2024" }},
		{"level on event", func(g *ArticleGraph) { g.Entities[1].Level = LevelCity }},
		{"reversed relation", func(g *ArticleGraph) {
			g.Relations[0] = Relation{ID: RelationID(RelHosted, "e", "r"), Type: RelHosted, From: "e", To: "r", Sources: src}
		}},
		{"dangling endpoint", func(g *ArticleGraph) {
			g.Relations[0].To, g.Relations[0].ID = "nope", RelationID(RelHosted, "r", "nope")
		}},
		{"foreign source", func(g *ArticleGraph) { g.Entities[0].Sources = []Source{{ArticleID: "article:2"}} }},
		{"duplicate id", func(g *ArticleGraph) { g.Entities[1].ID = "r" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := good
			g.Entities = append([]Entity(nil), good.Entities...)
			g.Relations = append([]Relation(nil), good.Relations...)
			tt.break_(&g)
			err := Validate(g)
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("Validate = %v, want ErrInvalid", err)
			}
			if v, ok := IsValidation(err); !ok || len(v.Problems) == 0 {
				t.Errorf("Validate error %v carries no problems", err)
			}
		})
	}
}

func TestNewStats(t *testing.T) {
	st := NewStats()
	if st.Articles != 0 || len(st.Entities) != len(Kinds) || len(st.Relations) != len(RelTypes) {
		t.Fatalf("NewStats() = %+v, want an entry for each of %d kinds and %d relation types", st, len(Kinds), len(RelTypes))
	}
	for _, k := range Kinds {
		if n, ok := st.Entities[k]; !ok || n != 0 {
			t.Errorf("NewStats().Entities[%s] = %d, %v; want 0, true", k, n, ok)
		}
	}
	for _, r := range RelTypes {
		if n, ok := st.Relations[r]; !ok || n != 0 {
			t.Errorf("NewStats().Relations[%s] = %d, %v; want 0, true", r, n, ok)
		}
	}
}

// TestFoldNameTable checks the table-driven fast path against the full rule
// on every rune it covers, alone and between letters, and on mixed names.
func TestFoldNameTable(t *testing.T) {
	var names []string
	for r := rune(0); r < foldRuneLimit; r++ {
		names = append(names, string(r), "a"+string(r)+"b", " "+string(r)+"-")
	}
	names = append(names, "", " ", "  Straße  der Einheit ", "Ёлкино", "Йошкар-Ола", "湖北省 Hubei", "Shanghái",
		"İzmir", "½ Moon", "A\tB\nC", "People’s Congress", "Ｗｕｈａｎ", "e\u0301te", "ǅemal", "x²", "ﬁnance",
		"Qilu·Shandong", "Ѐ Ѝ Ї ў", "한국", "ｶﾀｶﾅ", "江夏区（武汉）")
	for _, n := range names {
		if got, want := FoldName(n), foldSlow(n); got != want {
			t.Errorf("FoldName(%q) = %q, want %q (the full rule)", n, got, want)
		}
	}
}

func BenchmarkFoldName(b *testing.B) {
	for range b.N {
		FoldName("Allrussische Nichtregierungsorganisation für kleine und mittlere Unternehmen")
	}
}

func TestNameKeys(t *testing.T) {
	e := Entity{Name: "OPORA Russia", Aliases: []string{"OPORA  russia", "ОПОРА РОССИИ", "—", "Opora"}}
	want := []string{"opora russia", "опора россии", "opora"}
	if got := e.NameKeys(); !slices.Equal(got, want) {
		t.Errorf("NameKeys() = %q, want %q", got, want)
	}
	if got := e.SortKey(); got != "opora russia" {
		t.Errorf("SortKey() = %q, want %q", got, "opora russia")
	}
}
