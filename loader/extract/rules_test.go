package extract

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/loader/gazetteer"
)

var (
	testX     *Extractor
	testXOnce sync.Once
)

func extractor() *Extractor {
	testXOnce.Do(func() { testX = New(gazetteer.Default()) })
	return testX
}

// facts renders a result as "Kind:Name" entities and "TYPE From->To"
// relations, for asserting what was or was not found.
func facts(r Result) []string {
	name := map[string]string{}
	var out []string
	for _, e := range r.Entities {
		name[e.ID] = e.Name
		out = append(out, string(e.Kind)+":"+e.Name)
		if e.Date != "" {
			out = append(out, "date:"+e.Date)
		}
		if e.Status != "" {
			out = append(out, "status:"+string(e.Status))
		}
	}
	for _, rel := range r.Relations {
		out = append(out, fmt.Sprintf("%s %s->%s", rel.Type, name[rel.From], name[rel.To]))
	}
	return out
}

func TestRules(t *testing.T) {
	tests := []struct {
		name, lang, published, text string
		want, not                   []string // facts that must / must not be there
	}{
		{"en apposition", "en", "2024-05-02",
			"On May 1, a forum was held in Kazan. Ivan Sokolov, head of the Ministry of Industry of Tatarstan, said trade grows.",
			[]string{"Official:Ivan Sokolov", "Organisation:Ministry of Industry of Tatarstan", "REPRESENTS Ivan Sokolov->Ministry of Industry of Tatarstan", "ATTENDED Ivan Sokolov->forum", "HOSTED Kazan->forum", "date:2024-05-01"}, nil},
		{"de apposition", "de", "2024-10-31",
			"Am 22. Oktober fand in Wuhan ein Forum statt. Anna Schmidt, Präsidentin der Deutschen Handelskammer (AHK), sagte, die Zusammenarbeit wachse.",
			[]string{"Official:Anna Schmidt", "REPRESENTS Anna Schmidt->Deutschen Handelskammer", "ATTENDED Anna Schmidt->Forum", "date:2024-10-22", "HOSTED Wuhan->Forum"}, nil},
		{"nl apposition and organiser", "nl", "",
			"Op 11 juli vond in Harbin een conferentie plaats, georganiseerd door het Ministerie van Handel van de provincie Heilongjiang. Jan de Vries, voorzitter van de Nederlandse Kamer van Koophandel, sprak de deelnemers toe.",
			[]string{"Official:Jan de Vries", "HOSTED Ministerie van Handel van de provincie Heilongjiang->conferentie", "date:XXXX-07-11", "HOSTED Harbin->conferentie"}, nil},
		{"ru title before name", "ru", "2023-10-20",
			"18 октября в Новосибирске прошёл форум. Губернатор Новосибирской области Андрей Травников заявил, что регион открыт.",
			[]string{"Official:Андрей Травников", "REPRESENTS Андрей Травников->Новосибирской области", "date:2023-10-18"}, nil},
		{"zh title before name", "zh", "2024-05-10",
			"5月8日，交流会在武汉市江夏区举行。江夏区区长舒桂川表示欢迎。",
			[]string{"Official:舒桂川", "REPRESENTS 舒桂川->江夏区", "ATTENDED 舒桂川->交流会", "HOSTED 江夏区->交流会", "date:2024-05-08"}, nil},
		{"fr apposition", "fr", "",
			"Le 5 mars 2024, une conférence s'est tenue à Moscou. Pierre Martin, président de la Chambre de commerce, a déclaré que les échanges progressent.",
			[]string{"Official:Pierre Martin", "REPRESENTS Pierre Martin->Chambre de commerce", "date:2024-03-05"}, nil},
		{"es apposition", "es", "",
			"El 12 de abril de 2024 se celebró un foro en Harbin. Carlos Ruiz, director de la Cámara de Comercio de Madrid, dijo que fue un éxito.",
			[]string{"Official:Carlos Ruiz", "REPRESENTS Carlos Ruiz->Cámara de Comercio de Madrid", "date:2024-04-12"}, nil},
		{"surname coreference and either order", "en", "",
			"On June 3, a forum was held in Harbin. Li Wei, mayor of Harbin, opened it. Wei Li later met guests. Li added that trade grows.",
			[]string{"Official:Li Wei", "REPRESENTS Li Wei->Harbin"}, []string{"Official:Wei Li"}},
		{"byline is no official", "en", "",
			"On June 3, a forum was held in Harbin.\n(By Lou Pan)",
			nil, []string{"Official:Lou Pan"}},
		{"en modality: plan to sign", "en", "2024-05-02",
			"On May 1, a forum was held in Kazan. Russia and China plan to sign a memorandum next year.",
			nil, []string{"SIGNED Russia->forum", "SIGNED China->forum"}},
		{"de modality: werden unterzeichnen", "de", "",
			"Am 3. Mai fand in Kasan ein Forum statt. Russland und China werden eine Absichtserklärung unterzeichnet haben.",
			nil, []string{"SIGNED Russland->Forum"}},
		{"nl modality: zullen", "nl", "",
			"Op 3 mei vond in Kazan een forum plaats. Rusland en China zullen een intentieverklaring ondertekenen.",
			nil, []string{"SIGNED Rusland->forum"}},
		{"zh modality: 将", "zh", "",
			"5月8日，论坛在武汉举行。俄罗斯和中国将签署协议。",
			nil, []string{"SIGNED 俄罗斯->论坛"}},
		{"announced event only", "en", "2024-05-02",
			"A business forum will be held in Kazan on June 5. Ivan Sokolov, head of the Ministry of Industry of Tatarstan, said guests are welcome.",
			[]string{"status:planned", "date:2024-06-05"}, []string{"ATTENDED Ivan Sokolov->business forum"}},
		{"signing with count and value", "en", "2024-05-02",
			"On May 1, a forum was held in Kazan. Chinese and Russian companies from China and Russia signed 25 projects worth 121 billion yuan.",
			[]string{"SIGNED China->forum", "SIGNED Russia->forum"}, nil},
		{"visit", "de", "",
			"Am 3. Mai fand in Wuhan ein Forum statt. Die Vertreter von OPORA Russland besuchten auch lokale Unternehmen wie Dongfeng Motor und Wuhan Steel Group, um zu verhandeln.",
			[]string{"VISITED OPORA Russland->Dongfeng Motor", "VISITED OPORA Russland->Wuhan Steel Group", "ATTENDED OPORA Russland->Forum"}, nil},
		{"origin participants", "nl", "",
			"De stad Novosibirsk was op 11 juli gastheer van een zakelijke missie uit China.",
			[]string{"HOSTED stad Novosibirsk->zakelijke missie", "ATTENDED China->zakelijke missie"}, nil},
		{"direction compound", "de", "",
			"Am 3. Mai fand in Wuhan in Zentralchina eine Konferenz statt.",
			[]string{"Region:China", "HOSTED Wuhan->Konferenz"}, nil},
		{"weak district name is a person", "en", "",
			"Qian Hongshan, vice minister of the International Department, spoke in Beijing.",
			[]string{"Official:Qian Hongshan"}, []string{"Region:Hongshan"}},
		{"lower-case word is no district", "de", "",
			"Parallel dazu fand in Chongqing eine Konferenz statt.",
			nil, []string{"Region:dazu"}},
		{"acronym in parentheses", "en", "",
			"Maria Ivanova, chair of the Russian Union of Industrialists and Entrepreneurs (RSPP), spoke in Moscow.",
			[]string{"REPRESENTS Maria Ivanova->Russian Union of Industrialists and Entrepreneurs"}, nil},
		{"subunit", "en", "",
			"Liu Xin, member of the Party Group of the Standing Committee of the Provincial People's Congress and Deputy Governor of Zhejiang, spoke.",
			[]string{"REPRESENTS Liu Xin->Zhejiang"}, []string{"Organisation:Party Group"}},
		{"en relative clause role", "en", "",
			"On June 3, a trade fair opened in Harbin. Anna Belova, who heads the trade office of Amur Oblast, said demand grows.",
			[]string{"Official:Anna Belova", "REPRESENTS Anna Belova->Amur Oblast", "ATTENDED Anna Belova->trade fair"}, nil},
		{"fr relative clause role", "fr", "",
			"Le 3 juin, un forum s'est tenu à Harbin. Marie Dubois, qui dirige la Chambre de commerce de Lyon, a déclaré que la demande progresse.",
			[]string{"Official:Marie Dubois", "REPRESENTS Marie Dubois->Chambre de commerce de Lyon"}, nil},
		{"ru declined title", "ru", "",
			"3 июня в Казани прошёл форум. Министр встретился с вице-губернатором провинции Цзилинь Чжан Ли.",
			[]string{"Official:Чжан Ли", "REPRESENTS Чжан Ли->провинции Цзилинь"}, nil},
		{"ru title with genitive body", "ru", "",
			"3 июня в Казани прошёл форум. Министр сельского хозяйства Республики Татарстан Пётр Ильин заявил, что урожай вырос.",
			[]string{"Official:Пётр Ильин", "REPRESENTS Пётр Ильин->Республики Татарстан", "ATTENDED Пётр Ильин->форум"}, nil},
		{"nl compound title", "nl", "",
			"Op 3 juni vond in Harbin een forum plaats. Pieter Jansen, vicegouverneur van de provincie Heilongjiang, sprak.",
			[]string{"Official:Pieter Jansen", "REPRESENTS Pieter Jansen->provincie Heilongjiang"}, nil},
		{"de compound title", "de", "",
			"Am 3. Juni fand in Harbin ein Forum statt. Der Wirtschaftsminister der Provinz Jilin, Klaus Weber, sagte, der Handel wachse.",
			[]string{"Official:Klaus Weber", "REPRESENTS Klaus Weber->Provinz Jilin"}, nil},
		{"es body name is no person", "es", "",
			"El 3 de junio se celebró un foro en Harbin. Ana López, ministra de Comercio Exterior de la región de Irkutsk, habló.",
			[]string{"Official:Ana López"}, []string{"Official:Comercio Exterior"}},
		{"zh foreign name with middle dot", "zh", "2023-09-14",
			"9月12日，洽谈会在哈尔滨市举行。黑龙江省副省长王强和州长伊万·伊万诺夫出席会议。",
			[]string{"Official:伊万·伊万诺夫", "ATTENDED 王强->洽谈会", "ATTENDED 伊万·伊万诺夫->洽谈会", "REPRESENTS 王强->黑龙江省"}, []string{"Official:伊万·伊万诺夫出席"}},
		{"en coordinated subjects attended", "en", "",
			"On June 3, a forum was held in Harbin. Governor Li Gang and mayor Olga Petrova attended the forum.",
			[]string{"ATTENDED Li Gang->forum", "ATTENDED Olga Petrova->forum"}, nil},
		{"ru passive signing between parties", "ru", "",
			"3 июня в Харбине открылась выставка. На выставке подписано соглашение между Амурской областью и провинцией Хэйлунцзян.",
			[]string{"SIGNED Амурской областью->выставка", "SIGNED провинцией Хэйлунцзян->выставка"}, nil},
		{"en passive signing between parties", "en", "",
			"On June 3, a trade fair opened in Harbin. An agreement was signed between Amur Oblast and Heilongjiang Province.",
			[]string{"SIGNED Amur Oblast->trade fair", "SIGNED Heilongjiang Province->trade fair"}, nil},
		{"ru count is no organisation", "ru", "",
			"3 июня в Казани прошёл форум. В нём приняли участие 40 компаний из провинции Хубэй.",
			[]string{"ATTENDED провинции Хубэй->форум"}, []string{"Organisation:40 компаний из провинции Хубэй", "Organisation:40 компаний"}},
		{"ru adjective organisation", "ru", "",
			"3 июня в Казани прошёл форум. Делегация посетила Казанский федеральный университет.",
			[]string{"Organisation:Казанский федеральный университет"}, []string{"ATTENDED Казанский федеральный университет->форум"}},
		{"accents", "es", "",
			"El 3 de junio se celebró un foro en Shanghai. Empresas de Pekín y de Shanghái participaron.",
			[]string{"HOSTED Shanghai->foro"}, []string{"Region:Shanghái"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractor().Extract(graph.Article{Text: tt.text, Language: tt.lang, Published: tt.published})
			got := facts(r)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("Extract(%q) lacks %q; got\n%s", tt.text, w, strings.Join(got, "\n"))
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("Extract(%q) has %q; got\n%s", tt.text, n, strings.Join(got, "\n"))
				}
			}
		})
	}
}

func TestExtractMetadata(t *testing.T) {
	r := extractor().Extract(graph.Article{Source: "a.txt", Text: "WUHAN, China, April 2, 2024 /PRNewswire/ -- On March 28, a forum was held in Wuhan."})
	if r.Source != "a.txt" || r.Language != "en" || r.Published != "2024-04-02" {
		t.Errorf("Extract metadata = %q %q %q, want a.txt en 2024-04-02", r.Source, r.Language, r.Published)
	}
	for _, rel := range r.Relations {
		if rel.Evidence == "" || rel.Language != "en" || rel.Confidence <= 0 || rel.End <= rel.Start {
			t.Errorf("relation %+v lacks evidence, language, confidence or offsets", rel)
		}
	}
	text := []rune("WUHAN, China, April 2, 2024 /PRNewswire/ -- On March 28, a forum was held in Wuhan.")
	for _, e := range r.Entities {
		if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
			t.Errorf("entity %s offsets %d..%d out of range", e.Name, e.Start, e.End)
		}
	}
}

// TestNamedProvince checks that a bare name ("Jilin") is the province the
// article names with its level word ("Provinz Jilin"), not the city of
// that name.
func TestNamedProvince(t *testing.T) {
	text := "Delegation aus Jilin besucht Kasan\nAm 3. Juni fand in Kasan ein Forum mit Firmen aus der Provinz Jilin statt."
	r := extractor().Extract(graph.Article{Text: text, Language: "de"})
	var levels []graph.RegionLevel
	for _, e := range r.Entities {
		if e.Kind == graph.KindRegion && (e.Name == "Jilin" || e.Name == "Provinz Jilin") {
			levels = append(levels, e.Level)
		}
	}
	if !slices.Equal(levels, []graph.RegionLevel{graph.LevelProvince}) {
		t.Errorf("Extract(%q): Jilin regions of levels %v, want one province", text, levels)
	}
}
