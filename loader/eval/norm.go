package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// fold is Unicode full case folding, Python's str.casefold.
var fold = cases.Fold()

// Norm is score.py's norm(), the name comparison of the evaluation contract:
// Unicode NFKC, full case folding (ß → ss, final sigma → σ), the right single
// quotation mark turned into an apostrophe, canonical decomposition with
// every nonspacing mark (Mn) removed, and each character that is not a
// letter or a number replaced by a space; runs of spaces become one and the
// ends are trimmed.
//
// It differs from graph.FoldName on some inputs (see the package
// documentation); scoring uses Norm so that the numbers are score.py's.
func Norm(s string) string {
	if s == "" {
		return ""
	}
	s = norm.NFKC.String(s)
	s = strings.Map(cherokeeUpper, fold.String(s))
	s = strings.ReplaceAll(s, "\u2019", "'")
	s = norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := true // no leading space
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case isAlnum(r):
			b.WriteRune(r)
			space = false
		case !space:
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSuffix(b.String(), " ")
}

// cherokeeUpper undoes a difference between golang.org/x/text/cases.Fold
// and Unicode's CaseFolding.txt, which Python follows: Cherokee folds to its
// upper-case letters (U+13A0–U+13F5), while cases.Fold maps them to the
// lower-case ones.
func cherokeeUpper(r rune) rune {
	switch {
	case r >= 0xAB70 && r <= 0xABBF:
		return r - 0xAB70 + 0x13A0
	case r >= 0x13F8 && r <= 0x13FD:
		return r - 0x13F8 + 0x13F0
	}
	return r
}

// isAlnum is Python's str.isalnum for one character: a letter (L*) or a
// character with a numeric value (N*; the ideographs with a numeric value
// are letters already).
func isAlnum(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}
