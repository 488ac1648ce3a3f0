package gazetteer

import (
	"testing"

	"github.com/bilateral/bilateral/graph"
)

// TestFoldName checks FoldName against graph.FoldName on invented names
// in every script and on every name of the embedded data.
func TestFoldName(t *testing.T) {
	names := []string{"", " ", "Jiangxia District", "  Straße  der Einheit ", "Новосибирская область",
		"Ёлкино", "Йошкар-Ола", "江夏区", "湖北省 Hubei", "Shanghái", "Ålesund", "İzmir", "½ Moon",
		"A\tB\nC", "People’s Congress", "Ｗｕｈａｎ", "e\u0301te", "Provinz Hubei (China)", "ǅemal", "x²",
		"Łódź", "ﬁnance", "Qilu·Shandong", "Mirny-2", "Ѐ Ѝ Ї ў", "한국", "ｶﾀｶﾅ"}
	for _, e := range Default().Entries() {
		names = append(names, e.Names...)
	}
	for _, n := range names {
		if got, want := FoldName(n), graph.FoldName(n); got != want {
			t.Errorf("FoldName(%q) = %q, want %q", n, got, want)
		}
	}
}
