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
		{"polyphonic", "Xiamen, Chongqing, Bengbu and Lu'an.", []string{"Xiamen=CN-3502", "Chongqing=CN-50", "Bengbu=CN-3403", "Lu'an=CN-3415"}},
		{"exonym", "Inner Mongolia borders Russia; Innere Mongolei.", []string{"Inner Mongolia=CN-15", "Russia=RU", "Innere Mongolei=CN-15"}},
		{"one syllable dropped", "He said the long road to An ended.", nil},
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
