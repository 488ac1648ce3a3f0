package resolve

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/loader/extract"
	"github.com/bilateral/bilateral/loader/gazetteer"
)

// testGazetteer is a small hand-made gazetteer, independent of the
// embedded data.
func testGazetteer(t testing.TB) *gazetteer.Gazetteer {
	t.Helper()
	r := func(code string, level graph.RegionLevel, country, parent, name string, names ...string) *gazetteer.Entry {
		return &gazetteer.Entry{Code: code, Kind: graph.KindRegion, Level: level, Country: country,
			Parent: parent, Name: name, Names: append([]string{name}, names...)}
	}
	g, err := gazetteer.New([]*gazetteer.Entry{
		r("CN", graph.LevelCountry, "CN", "", "China", "中国", "Китай"),
		r("CN-42", graph.LevelProvince, "CN", "CN", "Hubei", "Provinz Hubei", "湖北省"),
		r("CN-4201", graph.LevelCity, "CN", "CN-42", "Wuhan", "Stadt Wuhan", "武汉市"),
		r("CN-420115", graph.LevelDistrict, "CN", "CN-4201", "Jiangxia District", "Bezirk Jiangxia", "Jiangxia", "江夏区"),
		r("CN-420102", graph.LevelDistrict, "CN", "CN-4201", "Jiang'an District", "Jiang'an"),
		r("RU", graph.LevelCountry, "RU", "", "Russia", "Russland", "Россия"),
		r("RU-TA", graph.LevelProvince, "RU", "RU", "Tatarstan", "Татарстан"),
		r("RU-TA-kazan", graph.LevelCity, "RU", "RU-TA", "Kazan", "Казань"),
		{Code: "ORG-opora-russia", Kind: graph.KindOrganisation, Country: "RU", OrgType: graph.OrgAssociation,
			Name: "OPORA Russia", Names: []string{"OPORA Russia", "OPORA Russland", "ОПОРА РОССИИ"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func resolveOne(t testing.TB, js *Judgements, a graph.Article, res extract.Result) (graph.ArticleGraph, []graph.Problem) {
	t.Helper()
	g, problems := New(testGazetteer(t), js).Resolve(a, res)
	if a.ID != "" {
		if err := graph.Validate(g); err != nil {
			t.Fatalf("Resolve() returned an invalid graph: %v", err)
		}
	}
	return g, problems
}

func entityIDs(g graph.ArticleGraph) []string {
	var ids []string
	for _, e := range g.Entities {
		ids = append(ids, e.ID)
	}
	return ids
}

func relationIDs(g graph.ArticleGraph) []string {
	var ids []string
	for _, r := range g.Relations {
		ids = append(ids, r.ID)
	}
	return ids
}

func entity(t testing.TB, g graph.ArticleGraph, id string) graph.Entity {
	t.Helper()
	for _, e := range g.Entities {
		if e.ID == id {
			return e
		}
	}
	t.Fatalf("no entity %s among %v", id, entityIDs(g))
	return graph.Entity{}
}

// exchange is one report of an exchange between a Russian association and
// a Chinese district, in the words of one language.
func exchange(lang, district, org, orgCode, host, guest, date, event string) extract.Result {
	return extract.Result{
		Language: lang,
		Entities: []extract.Entity{
			{ID: "e1", Kind: graph.KindRegion, Name: district, Code: "CN-420115", Level: graph.LevelDistrict, Evidence: "s1 " + lang},
			{ID: "e2", Kind: graph.KindOrganisation, Name: org, Code: orgCode, Evidence: "s2 " + lang},
			{ID: "e3", Kind: graph.KindOfficial, Name: host, Roles: []string{"head"}, Evidence: "s3 " + lang},
			{ID: "e4", Kind: graph.KindOfficial, Name: guest, Country: "RU", Evidence: "s4 " + lang},
			{ID: "e5", Kind: graph.KindEvent, Name: event, Date: date, EventType: graph.EventExchange, Place: "e1", Evidence: "s5 " + lang},
		},
		Relations: []extract.Relation{
			{Type: graph.RelHosted, From: "e1", To: "e5", Evidence: "s5 " + lang, Confidence: 0.9},
			{Type: graph.RelAttended, From: "e2", To: "e5", Evidence: "s5 " + lang, Confidence: 0.8},
			{Type: graph.RelRepresents, From: "e3", To: "e1", Role: "head", Evidence: "s3 " + lang, Confidence: 0.9},
			{Type: graph.RelRepresents, From: "e4", To: "e2", Evidence: "s4 " + lang, Confidence: 0.9},
		},
	}
}

func TestResolveSameThingsAcrossLanguages(t *testing.T) {
	de := exchange("de", "Bezirk Jiangxia", "OPORA Russland", "", "Shu Guichuan", "Alexander Kalinin", "XXXX-03-28", "Austauschaktivität")
	en := exchange("en", "Jiangxia District", "OPORA Russia", "ORG-opora-russia", "Guichuan Shu", "Alexander Kalinin", "2024-03-28", "exchange activity")
	zh := exchange("zh", "江夏区", "ОПОРА РОССИИ", "", "舒贵川", "Alexander Kalinin", "2024-03-28", "交流活动")
	gDE, pDE := resolveOne(t, nil, graph.Article{ID: "article:de", Published: "2024-04-02"}, de)
	gEN, pEN := resolveOne(t, nil, graph.Article{ID: "article:en"}, en)
	gZH, pZH := resolveOne(t, nil, graph.Article{ID: "article:zh"}, zh)
	for _, p := range [][]graph.Problem{pDE, pEN, pZH} {
		if len(p) > 0 {
			t.Errorf("Resolve() problems = %v, want none", p)
		}
	}
	want := []string{
		"event:2024-03-28:CN-420115:exchange",
		"official:cn:guichuan-shu",
		"official:ru:alexander-kalinin",
		"org:ru:opora-russia",
		"region:CN",
		"region:CN-42",
		"region:CN-4201",
		"region:CN-420115",
	}
	for lang, g := range map[string]graph.ArticleGraph{"de": gDE, "en": gEN, "zh": gZH} {
		if diff := cmp.Diff(want, entityIDs(g)); diff != "" {
			t.Errorf("%s: entity ids (-want +got):\n%s", lang, diff)
		}
		if diff := cmp.Diff(relationIDs(gEN), relationIDs(g)); diff != "" {
			t.Errorf("%s: relation ids differ from en (-en +%s):\n%s", lang, lang, diff)
		}
	}
	opora := entity(t, gDE, "org:ru:opora-russia")
	if opora.Name != "OPORA Russia" || opora.Country != "RU" || opora.OrgType != graph.OrgAssociation ||
		!slices.Contains(opora.Aliases, "OPORA Russland") {
		t.Errorf("OPORA from the gazetteer = %+v, want canonical name, RU, association, German alias", opora)
	}
	jx := entity(t, gDE, "region:CN-420115")
	if jx.Name != "Jiangxia District" || jx.Level != graph.LevelDistrict || jx.Code != "CN-420115" || jx.Country != "CN" {
		t.Errorf("Jiangxia = %+v, want canonical name, district, code, CN", jx)
	}
	if ev := entity(t, gDE, "event:2024-03-28:CN-420115:exchange"); ev.Date != "2024-03-28" {
		t.Errorf("yearless event date = %q, want the year from the publication date", ev.Date)
	}
	if shu := entity(t, gDE, "official:cn:guichuan-shu"); shu.Country != "CN" || !slices.Equal(shu.Roles, []string{"head"}) {
		t.Errorf("Shu = %+v, want country CN learnt from the district he represents, role head", shu)
	}
	for _, e := range gDE.Entities {
		if len(e.Sources) != 1 || e.Sources[0].ArticleID != "article:de" || e.Sources[0].Language != "de" {
			t.Errorf("entity %s sources = %v, want one from article:de in de", e.ID, e.Sources)
		}
	}
}

func TestResolveHierarchy(t *testing.T) {
	res := extract.Result{Language: "en", Entities: []extract.Entity{
		{ID: "e1", Kind: graph.KindRegion, Name: "Jiangxia", Code: "CN-420115", Evidence: "In Jiangxia."},
		{ID: "e2", Kind: graph.KindRegion, Name: "Jiang'an", Code: "CN-420102", Evidence: "And Jiang'an."},
		{ID: "e3", Kind: graph.KindRegion, Name: "Hubei Province", Code: "CN-42", Evidence: "Hubei said."},
	}}
	g, problems := resolveOne(t, nil, graph.Article{ID: "article:h", Language: "en"}, res)
	if len(problems) > 0 {
		t.Errorf("problems = %v", problems)
	}
	wantRels := []string{
		"LOCATED_IN|region:CN-420102|region:CN-4201",
		"LOCATED_IN|region:CN-420115|region:CN-4201",
		"LOCATED_IN|region:CN-4201|region:CN-42",
		"LOCATED_IN|region:CN-42|region:CN",
	}
	if diff := cmp.Diff(wantRels, relationIDs(g)); diff != "" {
		t.Errorf("hierarchy (-want +got):\n%s", diff)
	}
	for _, r := range g.Relations {
		if r.ID == "LOCATED_IN|region:CN-420115|region:CN-4201" && r.Sources[0].Sentence != "gazetteer: Jiangxia District lies in Wuhan" {
			t.Errorf("hierarchy evidence = %q", r.Sources[0].Sentence)
		}
	}
	// A mentioned region keeps the article's sentence; one only from the
	// gazetteer says so.
	if s := entity(t, g, "region:CN-42").Sources[0].Sentence; s != "Hubei said." {
		t.Errorf("Hubei evidence = %q, want the article's", s)
	}
	if s := entity(t, g, "region:CN-4201").Sources[0].Sentence; !strings.HasPrefix(s, "gazetteer: Wuhan contains ") {
		t.Errorf("Wuhan evidence = %q, want a gazetteer note", s)
	}
	if w := entity(t, g, "region:CN-4201"); !slices.Contains(w.Aliases, "武汉市") || w.Level != graph.LevelCity {
		t.Errorf("Wuhan = %+v, want its names and level from the gazetteer", w)
	}
}

func TestResolveMergesLocalDuplicates(t *testing.T) {
	res := extract.Result{Language: "en", Entities: []extract.Entity{
		{ID: "e1", Kind: graph.KindOfficial, Name: "Li Wei", Country: "CN", Roles: []string{"mayor"}, Evidence: "Mayor Li Wei spoke."},
		{ID: "e2", Kind: graph.KindOfficial, Name: "Wei Li", Country: "CN", Roles: []string{"party secretary"}, Evidence: "Wei Li said."},
		{ID: "e3", Kind: graph.KindEvent, Name: "forum", Date: "2023-05", EventType: graph.EventForum, Evidence: "A forum in May."},
		{ID: "e4", Kind: graph.KindEvent, Name: "Harbin forum", Date: "2023-05", EventType: graph.EventForum, Evidence: "The Harbin forum."},
	}, Relations: []extract.Relation{
		{Type: graph.RelAttended, From: "e1", To: "e3", Evidence: "x", Confidence: 0.5},
		{Type: graph.RelAttended, From: "e2", To: "e4", Evidence: "y", Confidence: 0.7},
	}}
	g, _ := resolveOne(t, nil, graph.Article{ID: "article:m", Language: "en"}, res)
	want := []string{"event:2023-05:xx:forum:m", "official:cn:li-wei"}
	if diff := cmp.Diff(want, entityIDs(g)); diff != "" {
		t.Fatalf("entities (-want +got):\n%s", diff)
	}
	li := entity(t, g, "official:cn:li-wei")
	if li.Name != "Li Wei" || !slices.Equal(li.Aliases, []string{"Wei Li"}) ||
		!slices.Equal(li.Roles, []string{"mayor", "party secretary"}) || li.Sources[0].Sentence != "Mayor Li Wei spoke." {
		t.Errorf("merged official = %+v", li)
	}
	if len(g.Relations) != 1 || g.Relations[0].Confidence != 0.7 || g.Relations[0].Sources[0].Sentence != "x" {
		t.Errorf("merged relation = %+v, want one, highest confidence, first evidence", g.Relations)
	}
}

func TestResolveDropsInvalid(t *testing.T) {
	res := extract.Result{Language: "en", Published: "2024-13-45", Entities: []extract.Entity{
		{ID: "e1", Kind: graph.KindOrganisation, Name: "Atlantis Trading", Country: "ZZ", Evidence: "a"},
		{ID: "e2", Kind: graph.KindEvent, Name: "talks", Date: "2024-03-28", EventType: "party", Evidence: "b"},
		{ID: "e3", Kind: graph.KindRegion, Name: "Kazan", Code: "RU-TA-kazan", Evidence: "c"},
		{ID: "e4", Kind: "Person", Name: "Nobody", Evidence: "d"},
		{ID: "e5", Kind: graph.KindOfficial, Name: "—", Evidence: "e"},
		{ID: "e6", Kind: graph.KindEvent, Name: "fair", Date: "2024-05", EventType: graph.EventExhibition, Place: "e3", Evidence: "f"},
		{ID: "e7", Kind: graph.KindOfficial, Name: "Ivan Petrov", Country: "RU", Evidence: "g"},
	}, Relations: []extract.Relation{
		{Type: graph.RelAttended, From: "e1", To: "e6", Evidence: "to a dropped entity", Confidence: 0.5},
		{Type: graph.RelAttended, From: "e6", To: "e3", Evidence: "wrong direction", Confidence: 0.5},
		{Type: graph.RelVisited, From: "e7", To: "e3", Evidence: "too sure", Confidence: 1.5},
		{Type: "FUNDED", From: "e7", To: "e3", Evidence: "unknown type", Confidence: 0.5},
		{Type: graph.RelAttended, From: "e7", To: "e9", Evidence: "no such entity", Confidence: 0.5},
		{Type: graph.RelVisited, From: "e7", To: "e3", Evidence: "fine", Confidence: 0.6},
	}}
	g, problems := resolveOne(t, nil, graph.Article{ID: "article:bad"}, res)
	wantEntities := []string{"event:2024-05:RU-TA-kazan:exhibition:bad", "official:ru:ivan-petrov",
		"region:RU", "region:RU-TA", "region:RU-TA-kazan"}
	if diff := cmp.Diff(wantEntities, entityIDs(g)); diff != "" {
		t.Errorf("entities kept (-want +got):\n%s", diff)
	}
	wantRelations := []string{
		"LOCATED_IN|event:2024-05:RU-TA-kazan:exhibition:bad|region:RU-TA-kazan",
		"LOCATED_IN|region:RU-TA-kazan|region:RU-TA",
		"LOCATED_IN|region:RU-TA|region:RU",
		"VISITED|official:ru:ivan-petrov|region:RU-TA-kazan",
	}
	if diff := cmp.Diff(wantRelations, relationIDs(g)); diff != "" {
		t.Errorf("relations kept (-want +got):\n%s", diff)
	}
	if g.Article.Published != "" {
		t.Errorf("invalid published date kept: %q", g.Article.Published)
	}
	var reasons []string
	for _, p := range problems {
		reasons = append(reasons, p.String())
	}
	for _, want := range []string{"published date", `"ZZ"`, `eventType "party"`, `unknown kind "Person"`,
		"gives no id", "ATTENDED cannot go from Event to Region", "confidence 1.5", "unknown relation type", "not an entity kept"} {
		found := false
		for _, r := range reasons {
			found = found || strings.Contains(r, want)
		}
		if !found {
			t.Errorf("no problem mentions %q; problems:\n%s", want, strings.Join(reasons, "\n"))
		}
	}
	// The two FUNDED/VISITED claims with confidence 1.5 and 0.6 share an
	// id only for VISITED; the valid claim's evidence must not be lost.
	for _, r := range g.Relations {
		if r.Type == graph.RelVisited && r.Confidence != 1.5 && r.Confidence != 0.6 {
			t.Errorf("VISITED confidence = %v", r.Confidence)
		}
	}
}

func TestResolveJudgements(t *testing.T) {
	res := extract.Result{Language: "en", Entities: []extract.Entity{
		{ID: "e1", Kind: graph.KindOrganisation, Name: "OPORA", Evidence: "OPORA came."},
		{ID: "e2", Kind: graph.KindOfficial, Name: "Liu Xin", Country: "CN", Evidence: "Liu Xin spoke."},
		{ID: "e3", Kind: graph.KindRegion, Name: "Wuhan", Code: "CN-4201", Evidence: "In Wuhan."},
	}, Relations: []extract.Relation{
		{Type: graph.RelRepresents, From: "e2", To: "e1", Evidence: "Liu Xin of OPORA.", Confidence: 0.9},
	}}
	var js Judgements
	for _, j := range []Judgement{
		{Op: OpMerge, Keep: "org:ru:opora-russia", Merge: "org:xx:opora"},
		{Op: OpDistinct, ID: "official:cn:liu-xin", Article: "article:j1"},
		{Op: OpMerge, Keep: "region:CN-42", Merge: "region:CN-4201"}, // a silly one: Wuhan into Hubei
	} {
		if err := js.Add(j); err != nil {
			t.Fatal(err)
		}
	}
	g, problems := resolveOne(t, &js, graph.Article{ID: "article:j1", Language: "en"}, res)
	want := []string{"official:cn:liu-xin~j1", "org:ru:opora-russia", "region:CN", "region:CN-42"}
	if diff := cmp.Diff(want, entityIDs(g)); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
	if m := entity(t, g, "org:ru:opora-russia").MergedIDs; !slices.Equal(m, []string{"org:xx:opora"}) {
		t.Errorf("MergedIDs = %v, want the merged-away id", m)
	}
	if !slices.Contains(relationIDs(g), "REPRESENTS|official:cn:liu-xin~j1|org:ru:opora-russia") {
		t.Errorf("relations %v do not follow the judgements", relationIDs(g))
	}
	// Wuhan merged into Hubei: its LOCATED_IN Hubei would be a loop.
	if len(problems) != 1 || !strings.Contains(problems[0].Reason, "itself") {
		t.Errorf("problems = %v, want the loop", problems)
	}
	// Another article keeps the rule id of Liu Xin.
	g2, _ := resolveOne(t, &js, graph.Article{ID: "article:j2", Language: "en"}, res)
	if !slices.Contains(entityIDs(g2), "official:cn:liu-xin") {
		t.Errorf("distinct judgement leaked to another article: %v", entityIDs(g2))
	}
}

func TestResolveEventPlaceAndIdentity(t *testing.T) {
	base := func(place extract.Entity, rels ...extract.Relation) extract.Result {
		return extract.Result{Language: "en", Entities: []extract.Entity{
			{ID: "e1", Kind: graph.KindEvent, Name: "signing ceremony", Date: "2024-06-01", EventType: graph.EventSigning, Evidence: "Signed."},
			place,
			{ID: "e3", Kind: graph.KindRegion, Name: "Hubei", Code: "CN-42", Evidence: "Hubei."},
		}, Relations: rels}
	}
	kazan := extract.Entity{ID: "e2", Kind: graph.KindRegion, Name: "Kazan", Code: "RU-TA-kazan", Evidence: "Kazan."}
	tests := []struct {
		name string
		res  extract.Result
		want string
	}{
		{"place from extractor", func() extract.Result {
			r := base(kazan)
			r.Entities[0].Place = "e2"
			return r
		}(), "event:2024-06-01:RU-TA-kazan:signing"},
		{"most specific located in", base(kazan,
			extract.Relation{Type: graph.RelLocatedIn, From: "e1", To: "e3", Evidence: "In Hubei.", Confidence: 0.8},
			extract.Relation{Type: graph.RelLocatedIn, From: "e1", To: "e2", Evidence: "In Kazan.", Confidence: 0.8},
		), "event:2024-06-01:RU-TA-kazan:signing"},
		{"no place", base(kazan), "event:2024-06-01:xx:signing:p"},
		{"uncoded place", func() extract.Result {
			r := base(extract.Entity{ID: "e2", Kind: graph.KindRegion, Name: "Yelabuga", Country: "RU", Level: graph.LevelCity, Evidence: "Yelabuga."})
			r.Entities[0].Place = "e2"
			return r
		}(), "event:2024-06-01:ru:yelabuga:signing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, problems := resolveOne(t, nil, graph.Article{ID: "article:p", Language: "en"}, tt.res)
			if len(problems) > 0 {
				t.Errorf("problems = %v", problems)
			}
			if !slices.Contains(entityIDs(g), tt.want) {
				t.Errorf("entities = %v, want %s", entityIDs(g), tt.want)
			}
		})
	}
}

func TestResolveDeterministic(t *testing.T) {
	res := exchange("en", "Jiangxia District", "OPORA Russia", "", "Shu Guichuan", "Alexander Kalinin", "2024-03-28", "exchange")
	a := graph.Article{ID: "article:d", Language: "en"}
	g1, _ := resolveOne(t, nil, a, res)
	// Entities in another order give the same graph.
	rev := res
	rev.Entities = slices.Clone(res.Entities)
	slices.Reverse(rev.Entities)
	g2, _ := resolveOne(t, nil, a, rev)
	if diff := cmp.Diff(g1, g2); diff != "" {
		t.Errorf("entity order changed the graph (-first +second):\n%s", diff)
	}
}

func TestResolveOfficialCountryFromNameForm(t *testing.T) {
	res := extract.Result{Language: "de", Entities: []extract.Entity{
		{ID: "e1", Kind: graph.KindOfficial, Name: "Shu Guichuan", Evidence: "sagte Shu Guichuan"},
		{ID: "e2", Kind: graph.KindOfficial, Name: "Ivan Petrov", Evidence: "sagte Ivan Petrov"},
	}}
	g, _ := resolveOne(t, nil, graph.Article{ID: "article:n"}, res)
	want := []string{"official:cn:guichuan-shu", "official:xx:ivan-petrov"}
	if diff := cmp.Diff(want, entityIDs(g)); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

func BenchmarkResolve(b *testing.B) {
	r := New(testGazetteer(b), nil)
	res := exchange("en", "Jiangxia District", "OPORA Russia", "ORG-opora-russia", "Shu Guichuan", "Alexander Kalinin", "2024-03-28", "exchange activity")
	a := graph.Article{ID: "article:bench", Language: "en", Published: "2024-04-02"}
	b.ReportAllocs()
	for b.Loop() {
		r.Resolve(a, res)
	}
}

func BenchmarkPersonKey(b *testing.B) {
	names := []string{"Shu Guichuan", "舒贵川", "Александр Сергеевич Калинин", "Ouyang Minggao"}
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range names {
			PersonKey(n)
		}
	}
}

// TestResolveWithDefaultGazetteer checks the rules against the embedded
// gazetteer: listed bodies by any of their names, regions by code, and the
// hierarchy up to the country.
func TestResolveWithDefaultGazetteer(t *testing.T) {
	r := New(gazetteer.Default(), nil)
	orgs := []string{"Russische Exportcentrum", "Russisches Exportzentrum", "Российский экспортный центр", "俄罗斯出口中心", "Russian Export Centre"}
	for _, name := range orgs {
		res := extract.Result{Language: "en", Entities: []extract.Entity{
			{ID: "e1", Kind: graph.KindOrganisation, Name: name, Evidence: name + " said."},
		}}
		g, problems := r.Resolve(graph.Article{ID: "article:o"}, res)
		if len(problems) > 0 || len(g.Entities) != 1 || g.Entities[0].ID != "org:ru:russian-export-center" || g.Entities[0].Name != "Russian Export Center" {
			t.Errorf("Resolve(%q) = %v %v, want org:ru:russian-export-center", name, entityIDs(g), problems)
		}
	}
	res := extract.Result{Language: "zh", Entities: []extract.Entity{
		{ID: "e1", Kind: graph.KindRegion, Name: "江夏区", Code: "CN-420115", Evidence: "江夏区"},
	}}
	g, _ := r.Resolve(graph.Article{ID: "article:r"}, res)
	want := []string{
		"LOCATED_IN|region:CN-420115|region:CN-4201",
		"LOCATED_IN|region:CN-4201|region:CN-42",
		"LOCATED_IN|region:CN-42|region:CN",
	}
	if diff := cmp.Diff(want, relationIDs(g)); diff != "" {
		t.Errorf("hierarchy of Jiangxia (-want +got):\n%s", diff)
	}
	if jx := entity(t, g, "region:CN-420115"); jx.Name != "Jiangxia District" || !slices.Contains(jx.Aliases, "江夏区") {
		t.Errorf("Jiangxia = %s %v, want the English name with the Chinese one as alias", jx.Name, jx.Aliases)
	}
}
