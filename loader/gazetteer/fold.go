package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bilateral/bilateral/graph"
)

// runeFold is what graph.FoldName does to one rune, where that does not
// depend on its neighbours.
type runeFold struct {
	s   string // the folded letters
	sep bool   // a separator: it becomes (at most) one space
	ok  bool   // context-free: s or sep applies
}

// foldRunes holds the context-free folds of the runes below foldRuneLimit
// (Latin and Cyrillic), computed with graph.FoldName itself.
var foldRunes = func() []runeFold {
	t := make([]runeFold, foldRuneLimit)
	for r := range rune(foldRuneLimit) {
		if !utf8.ValidRune(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) {
			continue
		}
		f := graph.FoldName(string(r))
		ctx := graph.FoldName("a" + string(r) + "a")
		switch {
		case f == "" && ctx == "a a":
			t[r] = runeFold{sep: true, ok: true}
		case f != "" && ctx == "a"+f+"a":
			t[r] = runeFold{s: f, ok: true}
		}
	}
	return t
}()

const foldRuneLimit = 0x530 // up to the end of the Cyrillic Supplement

// FoldName returns graph.FoldName(s), the key names are compared by. Text
// in Latin, Cyrillic and common Han script, which is almost every name, is
// folded rune by rune from a table made with graph.FoldName; anything else
// (combining marks, other scripts, compatibility characters) is handed to
// graph.FoldName.
func FoldName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		var f runeFold
		switch {
		case r < foldRuneLimit:
			f = foldRunes[r]
		case 0x4e00 <= r && r <= 0x9fff:
			// CJK Unified Ideographs: letters without case or
			// compatibility forms.
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		if !f.ok {
			return graph.FoldName(s)
		}
		if f.sep {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(f.s)
	}
	return b.String()
}
