package gazetteer

import (
	"strings"
	"testing"
)

// hitCodes renders hits as "text=CODE" for comparison.
func hitCodes(hits []Hit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.Text + "=" + h.Entry.Code
	}
	return out
}

func TestMatchCountries(t *testing.T) {
	g := Default()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"en", "Russia and China signed a deal.", []string{"Russia=RU", "China=CN"}},
		{"en demonym", "A Chinese firm met Russian SMEs.", []string{"Chinese=CN", "Russian=RU"}},
		{"en no hit inside words", "Chinese-made porcelain, Zentralchina, Russianness.", []string{"Chinese=CN"}},
		{"de", "Die russische Delegation reiste nach China; Russlands Botschafter.", []string{"russische=RU", "China=CN", "Russlands=RU"}},
		{"nl", "Een Chinese delegatie bezocht Rusland.", []string{"Chinese=CN", "Rusland=RU"}},
		{"ru", "Делегация из Китая посетила России и российские компании.", []string{"Китая=CN", "России=RU", "российские=RU"}},
		{"ru compound", "российско-китайские отношения", []string{"российско=RU", "китайские=CN"}},
		{"zh", "中国与俄罗斯签署协议,中方表示欢迎。", []string{"中国=CN", "俄罗斯=RU", "中方=CN"}},
		{"fr", "La délégation chinoise en Russie.", []string{"chinoise=CN", "Russie=RU"}},
		{"es", "Empresas rusas en China.", []string{"rusas=RU", "China=CN"}},
		{"acronym case", "The USA and the usa; КНР.", []string{"USA=US", "КНР=CN"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := hitCodes(g.Match(tt.text))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Match(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestMatchChina(t *testing.T) {
	g := Default()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"en", "Officials of Jiangxia District, Wuhan City, Hubei Province met.", []string{"Jiangxia District=CN-420115", "Wuhan City=CN-4201", "Hubei Province=CN-42"}},
		{"de", "Im Bezirk Jiangxia der Stadt Wuhan in der Provinz Hubei.", []string{"Bezirk Jiangxia=CN-420115", "Stadt Wuhan=CN-4201", "Provinz Hubei=CN-42"}},
		{"nl", "Een delegatie uit de provincie Shandong en stad Chongqing.", []string{"provincie Shandong=CN-37", "stad Chongqing=CN-50"}},
		{"ru", "Губернатор посетил провинцию Хубэй и район Цзянся.", []string{"провинцию Хубэй=CN-42", "район Цзянся=CN-420115"}},
		{"zh", "湖北省武汉市江夏区举办交流活动。", []string{"湖北省=CN-42", "武汉市=CN-4201", "江夏区=CN-420115"}},
		{"historic", "Qilu culture met Bayu cuisine; 齐鲁大地.", []string{"Qilu=CN-37", "Bayu=CN-50", "齐鲁=CN-37"}},
		{"fr", "La province du Zhejiang et la ville de Jinhua.", []string{"province du Zhejiang=CN-33", "ville de Jinhua=CN-3307"}},
		{"es", "La provincia de Hubei.", []string{"provincia de Hubei=CN-42"}},
		{"accents", "Foro en Shanghái; forum à Shanghaï; SHANGHÁI.", []string{"Shanghái=CN-31", "Shanghaï=CN-31", "SHANGHÁI=CN-31"}},
		{"polyphonic", "Xiamen, Chongqing, Bengbu and Lu'an.", []string{"Xiamen=CN-3502", "Chongqing=CN-50", "Bengbu=CN-3403", "Lu'an=CN-3415"}},
		{"exonym", "Inner Mongolia borders Russia; Innere Mongolei.", []string{"Inner Mongolia=CN-15", "Russia=RU", "Innere Mongolei=CN-15"}},
		{"one syllable dropped", "He said the long road to An ended.", nil},
		{"ordinary words dropped", "Was sagen Sie dazu? A guide to boxing.", nil},
		{"given name after surname", "Xi Jinping and Wang Hongshan visited Jiangxia.", []string{"Jiangxia=CN-420115"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := hitCodes(g.Match(tt.text))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Match(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestMatchRussia(t *testing.T) {
	g := Default()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"nl", "Het Ministerie van de regio Novosibirsk ontving gasten in stad Novosibirsk.", []string{"regio Novosibirsk=RU-NVS", "stad Novosibirsk=RU-NVS-novosibirsk"}},
		{"en", "Novosibirsk Oblast and the Novosibirsk Region; Novosibirsk.", []string{"Novosibirsk Oblast=RU-NVS", "Novosibirsk Region=RU-NVS", "Novosibirsk=RU-NVS-novosibirsk"}},
		{"de", "Die Oblast Nowosibirsk liegt in Russland, Nowosibirsk ist ihre Hauptstadt.", []string{"Oblast Nowosibirsk=RU-NVS", "Russland=RU", "Nowosibirsk=RU-NVS-novosibirsk"}},
		{"ru", "Губернатор Новосибирской области прибыл в Новосибирск из Казани.", []string{"Новосибирской области=RU-NVS", "Новосибирск=RU-NVS-novosibirsk", "Казани=RU-TA-kazan"}},
		{"ru republic", "В Республике Татарстан и в Приморском крае.", []string{"Республике Татарстан=RU-TA", "Приморском крае=RU-PRI"}},
		{"federal city", "Moscow and Saint Petersburg; Москве.", []string{"Moscow=RU-MOW", "Saint Petersburg=RU-SPE", "Москве=RU-MOW"}},
		{"de demonym", "russisch-chinesische Zusammenarbeit", []string{"russisch=RU", "chinesische=CN"}},
		{"nl transliteration", "Bedrijven uit de regio Chabarovsk bezochten Irkoetsk en Chabarovsk.", []string{"regio Chabarovsk=RU-KHA", "Irkoetsk=RU-IRK-irkutsk", "Chabarovsk=RU-KHA-khabarovsk"}},
		{"fr transliteration", "Une délégation de la région de Novossibirsk à Krasnoïarsk.", []string{"région de Novossibirsk=RU-NVS", "Krasnoïarsk=RU-KYA-krasnoyarsk"}},
		{"ru cases of chinese cities", "Форум прошёл в Ухане, гости прибыли из Уханя и Хэнани.", []string{"Ухане=CN-4201", "Уханя=CN-4201", "Хэнани=CN-41"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := hitCodes(g.Match(tt.text))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Match(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestMatchOrganisations(t *testing.T) {
	g := Default()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"en", "OPORA Russia and the Russian Export Center (REC) met the CPC.", []string{"OPORA Russia=ORG-opora-russia", "Russian Export Center=ORG-russian-export-center", "REC=ORG-russian-export-center", "CPC=ORG-communist-party-of-china"}},
		{"acronym case", "A rec room and a cpc file.", nil},
		{"de", "Vertreter von OPORA Russland und des Russischen Exportzentrums.", []string{"OPORA Russland=ORG-opora-russia", "Russischen Exportzentrums=ORG-russian-export-center"}},
		{"nl", "Het Russische Exportcentrum en Verenigd Rusland.", []string{"Russische Exportcentrum=ORG-russian-export-center", "Verenigd Rusland=ORG-united-russia"}},
		{"ru", "Депутаты Государственной Думы и представители Опоры России.", []string{"Государственной Думы=ORG-state-duma", "Опоры России=ORG-opora-russia"}},
		{"zh", "中国国际贸易促进委员会与欧亚经济联盟签署协议。", []string{"中国国际贸易促进委员会=ORG-china-council-for-the-promotion-of-international-trade", "欧亚经济联盟=ORG-eurasian-economic-union"}},
		{"fr", "L'Organisation de coopération de Shanghai et les BRICS.", []string{"Organisation de coopération de Shanghai=ORG-shanghai-cooperation-organisation", "BRICS=ORG-brics"}},
		{"es", "El partido Rusia Unida.", []string{"Rusia Unida=ORG-united-russia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := hitCodes(g.Match(tt.text))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Match(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestHitFields(t *testing.T) {
	g := Default()
	text := "Делегация из провинции Хубэй."
	hits := g.Match(text)
	if len(hits) != 1 {
		t.Fatalf("Match(%q) = %v, want one hit", text, hitCodes(hits))
	}
	h := hits[0]
	if text[h.Start:h.End] != h.Text || h.Text != "провинции Хубэй" || h.Form != FormName {
		t.Errorf("hit = %+v, want text[Start:End] = Text = %q, FormName", h, "провинции Хубэй")
	}
	if hits := g.Match("Russian"); len(hits) != 1 || hits[0].Form != FormDemonym {
		t.Errorf("Match(Russian) form = %v, want demonym", hits)
	}
	if hits := g.Match("Qilu"); len(hits) != 1 || hits[0].Form != FormShort {
		t.Errorf("Match(Qilu) form = %v, want short", hits)
	}
	if hits := g.Match("Jiangxia"); len(hits) != 1 || hits[0].Form != FormBare {
		t.Errorf("Match(Jiangxia) form = %v, want bare", hits)
	}
}

func TestAmbiguous(t *testing.T) {
	g := Default()
	// 朝阳区 is a district of Beijing and of Changchun.
	hits := g.Match("朝阳区")
	if len(hits) != 1 || len(hits[0].Entries) < 2 {
		t.Fatalf("Match(朝阳区) = %v, want one hit with several entries", hits)
	}
	// Hainan is a province and a prefecture of Qinghai: the province first.
	es := g.Lookup("Hainan")
	if len(es) < 2 || es[0].Code != "CN-46" {
		t.Errorf("Lookup(Hainan) first = %v, want CN-46 first of several", es)
	}
}

func TestHierarchy(t *testing.T) {
	g := Default()
	tests := []struct {
		code string
		want []string
	}{
		{"CN-420115", []string{"CN-4201", "CN-42", "CN"}},
		{"CN-500101", []string{"CN-50", "CN"}},
		{"RU-NVS-novosibirsk", []string{"RU-NVS", "RU"}},
		{"RU", nil},
		{"nope", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range g.Ancestors(tt.code) {
			got = append(got, e.Code)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("Ancestors(%s) = %v, want %v", tt.code, got, tt.want)
		}
	}
	e, ok := g.Entry("CN-420115")
	if !ok || e.Name != "Jiangxia District" || e.Level != "district" || e.Country != "CN" {
		t.Errorf("Entry(CN-420115) = %+v, %v", e, ok)
	}
}

func TestLookup(t *testing.T) {
	g := Default()
	tests := []struct{ name, want string }{
		{"Bezirk Jiangxia", "CN-420115"},
		{"RUSSLAND", "RU"},
		{"Новосибирская область", "RU-NVS"},
		{"鲁", "CN-37"}, // one Han character: Lookup only
		{"He County", "CN-340523"},
		{"he", "CN-340523"}, // one syllable: Lookup only
		{"Opora Russland", "ORG-opora-russia"},
	}
	for _, tt := range tests {
		es := g.Lookup(tt.name)
		if len(es) == 0 || es[0].Code != tt.want {
			t.Errorf("Lookup(%q) = %v, want %s first", tt.name, es, tt.want)
		}
	}
}

func TestEntriesValid(t *testing.T) {
	g := Default()
	for _, e := range g.Entries() {
		if len(e.Names) == 0 || e.Names[0] != e.Name {
			t.Errorf("%s: Names[0] = %v, want Name %q", e.Code, e.Names, e.Name)
		}
		if e.Kind == "Region" && e.Country == "" {
			t.Errorf("%s: region without country", e.Code)
		}
	}
}
