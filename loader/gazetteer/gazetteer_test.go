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
