package extract

import (
	"slices"
	"testing"

	"github.com/bilateral/bilateral/graph"
)

// TestFoldName checks the ASCII shortcut against graph.FoldName.
func TestFoldName(t *testing.T) {
	for _, s := range []string{"Shu", "KALININ", "Guichuan2", "Müller", "Straße", "Калинин", "Ålesund", "Ｗｕ",
		"", " ", "  State Duma of Russia ", "People's Congress", "A Just Russia-Patriots-For Truth party",
		"OPORA (Russia)", "Co., Ltd.", "a\tb\nc", "x__y", "-lead", "trail-", "金盘科技有限公司", "Jinpan 科技"} {
		if got, want := foldName(s), graph.FoldName(s); got != want {
			t.Errorf("foldName(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestAffixTrie checks the affix index against plain string tests over
// every rule and a set of words in several scripts.
func TestAffixTrie(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"wirtschaftskonferenz", "konferenz", "посетили", "посетил", "handelskammer", "forum",
		"samenwerkingsovereenkomst", "ministerium", "成立", "x", "ß", "intentieverklaring"}
	var all []*pattern
	for _, ps := range lx.keys {
		all = append(all, ps...)
	}
	matched := 0
	for _, w := range words {
		tok := tokenize(w)[0]
		var want, got []string
		for _, p := range all {
			if f := p.words[0]; (f[0] == '~' || (len(f) > 1 && f[len(f)-1] == '*')) && wordMatches(f, &tok) {
				want = append(want, p.key+"|"+p.raw)
			}
		}
		collect := func(ps []*pattern) {
			for _, p := range ps {
				got = append(got, p.key+"|"+p.raw)
			}
		}
		lx.prefix.walk(tok.low, false, collect)
		lx.suffix.walk(tok.low, true, collect)
		if len(want) > 0 {
			matched++
		}
		slices.Sort(want)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("affixes of %q = %v, want %v", w, got, want)
		}
	}
	if matched < 3 {
		t.Errorf("only %d test words have affix rules; the test checks too little", matched)
	}
}
