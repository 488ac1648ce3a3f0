package graph

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// FoldName normalises a name for matching: Unicode NFKC, case folding,
// diacritics removed, and every run of characters that are not letters or
// digits turned into one space. It is the rule of the evaluation contract
// (../shared/eval/README.md), used everywhere names are compared.
func FoldName(s string) string {
	s = cases.Fold().String(norm.NFKC.String(s)) // full folding, as Python's casefold: ß → ss
	s = strings.ReplaceAll(s, "\u2019", "'")
	var b strings.Builder
	b.Grow(len(s))
	space := true // drop leading spaces
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			b.WriteRune(r)
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimRight(b.String(), " ")
}
