package graph

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// FoldName normalises a name for matching: Unicode NFKC, case folding,
// diacritics removed, and every run of characters that are not letters or
// digits turned into one space. It is the rule of the evaluation contract
// (../shared/eval/README.md), used everywhere names are compared.
//
// Names in Latin, Cyrillic and common Han script, which is almost every
// name, are folded rune by rune from a table computed with the full rule
// (foldSlow); anything else (combining marks, other scripts, compatibility
// characters) takes the full rule. The two agree on every input (tested):
// the table only makes the extractor and the gazetteer, which fold every
// token, several times faster.
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
			f = runeFold{s: string(r), ok: true}
		}
		if !f.ok {
			return foldSlow(s)
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

// foldSlow is the full rule of FoldName.
func foldSlow(s string) string {
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

// runeFold is what foldSlow does to one rune, where that does not depend
// on its neighbours.
type runeFold struct {
	s   string // the folded letters
	sep bool   // a separator: it becomes (at most) one space
	ok  bool   // context-free: s or sep applies
}

const foldRuneLimit = 0x530 // up to the end of the Cyrillic Supplement

// foldRunes holds the context-free folds of the runes below foldRuneLimit
// (Latin and Cyrillic), computed with foldSlow itself.
var foldRunes = func() []runeFold {
	t := make([]runeFold, foldRuneLimit)
	for r := range rune(foldRuneLimit) {
		if !utf8.ValidRune(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) {
			continue
		}
		f := foldSlow(string(r))
		ctx := foldSlow("a" + string(r) + "a")
		switch {
		case f == "" && ctx == "a a":
			t[r] = runeFold{sep: true, ok: true}
		case f != "" && ctx == "a"+f+"a":
			t[r] = runeFold{s: f, ok: true}
		}
	}
	return t
}()

// NameKeys returns FoldName of the entity's name and every alias, without
// repeats, name first: the keys that search and name filters match.
func (e Entity) NameKeys() []string {
	var keys []string
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if k := FoldName(n); k != "" && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// SortKey is what OrderByName sorts by: the name, case-insensitively.
func (e Entity) SortKey() string { return strings.ToLower(e.Name) }
