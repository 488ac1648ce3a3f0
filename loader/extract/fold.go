package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/bilateral/bilateral/graph"
)

// foldName returns graph.FoldName(s), computed directly for ASCII text
// (the common case), where FoldName's Unicode normalisations change
// nothing: lower case, every run of other characters than letters and
// digits one space, none at either end.
func foldName(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return graph.FoldName(s)
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
			space = false
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			b.WriteByte(c)
			space = false
		case !space:
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimRight(b.String(), " ")
}
