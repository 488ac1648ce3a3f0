package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchText is about 100 KB of mixed-language text: the sample articles and
// invented sentences in every supported language, repeated.
func benchText(tb testing.TB) string {
	tb.Helper()
	var b strings.Builder
	files, _ := filepath.Glob("../../testdata/articles/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(data)
		b.WriteByte('\n')
	}
	b.WriteString(`Officials of Jiangxia District, Wuhan City, Hubei Province met OPORA Russia.
Die russische Delegation besuchte die Provinz Shandong und den Bezirk Jiangxia.
Een delegatie uit de regio Novosibirsk bezocht Chinese bedrijven in stad Chongqing.
Губернатор Новосибирской области встретился с представителями провинции Хубэй.
湖北省武汉市江夏区与俄罗斯中小企业联合会举办交流活动。
La délégation chinoise a visité la province du Zhejiang et Moscou.
La empresa rusa firmó un acuerdo en la provincia de Hubei.
`)
	unit := b.String()
	var out strings.Builder
	for out.Len() < 100_000 {
		out.WriteString(unit)
	}
	return out.String()
}

func BenchmarkMatch(b *testing.B) {
	g := Default()
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		g.Match(text)
	}
}

func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		if _, err := load(regionsTSV, organisationsTSV); err != nil {
			b.Fatal(err)
		}
	}
}
