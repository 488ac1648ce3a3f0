package extract

import (
	"slices"
	"testing"
)

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
