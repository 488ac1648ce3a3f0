package resolve

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
	"golang.org/x/text/unicode/norm"

	"github.com/bilateral/bilateral/graph"
)

//go:embed data/cyrillic.tsv
var cyrillicTSV string

//go:embed data/legalforms.txt
var legalFormsTXT string

//go:embed data/surnames.tsv
var surnamesTSV string

var (
	// cyrillic maps a lower-case Cyrillic letter to its Latin spelling.
	cyrillic = func() map[rune]string {
		m := map[rune]string{}
		for _, f := range dataLines("cyrillic.tsv", cyrillicTSV) {
			r, size := utf8.DecodeRuneInString(f[0])
			if size != len(f[0]) {
				panic(fmt.Sprintf("resolve: cyrillic.tsv: %q is not one letter", f[0]))
			}
			m[r] = field(f, 1)
		}
		return m
	}()

	// legalLatin are folded word sequences; legalHan are Han suffixes.
	legalLatin, legalHan = func() (latin [][]string, han []string) {
		for _, f := range dataLines("legalforms.txt", legalFormsTXT) {
			phrase := strings.Join(f, " ")
			if strings.IndexFunc(phrase, isHan) >= 0 {
				han = append(han, phrase)
				continue
			}
			latin = append(latin, strings.Fields(graph.FoldName(phrase)))
		}
		// Longest first, so "co ltd" goes before "ltd" would leave "co".
		slices.SortStableFunc(latin, func(a, b []string) int { return len(b) - len(a) })
		slices.SortStableFunc(han, func(a, b string) int { return len(b) - len(a) })
		return latin, han
	}()

	// surnames maps a Chinese surname needing special reading to its pinyin.
	surnames = func() map[string]string {
		m := map[string]string{}
		for _, f := range dataLines("surnames.tsv", surnamesTSV) {
			if len(f) != 2 {
				panic(fmt.Sprintf("resolve: surnames.tsv: line %q needs surname and pinyin", f))
			}
			m[f[0]] = f[1]
		}
		return m
	}()
)

// dataLines splits an embedded data file into its lines' tab-separated
// fields, skipping blank lines and # comments.
func dataLines(name, text string) [][]string {
	var out [][]string
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	if err := sc.Err(); err != nil {
		panic(fmt.Sprintf("resolve: %s: %v", name, err))
	}
	return out
}

func field(f []string, i int) string {
	if i < len(f) {
		return f[i]
	}
	return ""
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// Transliterate spells s in Latin letters for ids: Cyrillic letters by the
// table in data/cyrillic.tsv, each Han character as its pinyin syllable
// (without tone) between spaces. Other characters are kept. The result is
// meant for graph.FoldName, not for display.
func Transliterate(s string) string {
	var b strings.Builder
	args := pinyin.NewArgs()
	for _, r := range norm.NFC.String(s) {
		switch {
		case isHan(r):
			b.WriteByte(' ')
			if p := pinyin.SinglePinyin(r, args); len(p) > 0 {
				b.WriteString(p[0])
			} else {
				b.WriteRune(r)
			}
			b.WriteByte(' ')
		default:
			writeCyrillic(&b, r)
		}
	}
	return b.String()
}

// writeCyrillic writes r to b, by the table of data/cyrillic.tsv if it is
// a Cyrillic letter.
func writeCyrillic(b *strings.Builder, r rune) {
	if lat, ok := cyrillic[unicode.ToLower(r)]; ok {
		b.WriteString(lat)
	} else {
		b.WriteRune(r)
	}
}

// tokens returns the folded Latin words of s.
func tokens(s string) []string {
	return strings.Fields(graph.FoldName(Transliterate(s)))
}

// Slug is s as an id segment: transliterated, folded, words joined by "-".
func Slug(s string) string {
	return strings.Join(tokens(s), "-")
}

// OrgSlug is an organisation name as an id segment: like Slug, after the
// legal-form words of data/legalforms.txt are dropped from its start and end.
func OrgSlug(name string) string {
	// Han legal forms come off the raw text, before pinyin.
	name = strings.TrimSpace(name)
	for trimmed := true; trimmed; {
		trimmed = false
		for _, h := range legalHan {
			if rest := strings.TrimSpace(strings.TrimSuffix(name, h)); rest != name && rest != "" {
				name, trimmed = rest, true
			}
		}
	}
	// Latin legal forms come off the folded words, before pinyin too: fold
	// with Han kept as it is, so a syllable never looks like "ao" or "se".
	words := strings.Fields(graph.FoldName(transliterateCyrillic(name)))
	for trimmed := true; trimmed; {
		trimmed = false
		for _, p := range legalLatin {
			if len(words) > len(p) && slices.Equal(words[len(words)-len(p):], p) {
				words, trimmed = words[:len(words)-len(p)], true
			} else if len(words) > len(p) && slices.Equal(words[:len(p)], p) {
				words, trimmed = words[len(p):], true
			}
		}
	}
	return Slug(strings.Join(words, " "))
}

// transliterateCyrillic is Transliterate without pinyin: Han is kept.
func transliterateCyrillic(s string) string {
	var b strings.Builder
	for _, r := range norm.NFC.String(s) {
		writeCyrillic(&b, r)
	}
	return b.String()
}

// PersonKey is a personal name as an id segment that does not depend on the
// order of its parts or the script it is written in:
//
//   - A name in Han script only is split into surname (two characters for
//     the compound surnames of data/surnames.tsv, else one) and given name,
//     each read in pinyin as one word: 舒贵川 → "guichuan-shu".
//   - Any other name has hyphens and apostrophes inside words removed
//     ("Gui-chuan" = "Guichuan"), Cyrillic transliterated, is folded, and
//     loses a Russian patronymic when it has three or more words
//     ("Александр Сергеевич Калинин" = "Aleksandr Kalinin").
//
// The words are then sorted and joined by "-", so "Shu Guichuan" and
// "Guichuan Shu" are one key.
func PersonKey(name string) string {
	name = strings.TrimSpace(name)
	var words []string
	if hanName(name) {
		words = hanPersonWords(strings.Join(strings.Fields(name), ""))
	} else {
		words = latinPersonWords(name)
	}
	slices.Sort(words)
	return strings.Join(words, "-")
}

// hanName reports whether name is written in Han characters only (spaces
// aside; a middle dot, as in transliterated foreign names, rules it out),
// that is, whether it is a Chinese name in Chinese order.
func hanName(name string) bool {
	n := 0
	for _, r := range name {
		switch {
		case isHan(r):
			n++
		case unicode.IsSpace(r):
		default:
			return false
		}
	}
	return n >= 2
}

func hanPersonWords(name string) []string {
	runes := []rune(name)
	surname := string(runes[:1])
	if len(runes) > 2 {
		if _, ok := surnames[string(runes[:2])]; ok {
			surname = string(runes[:2])
		}
	}
	given := strings.TrimPrefix(name, surname)
	sur, ok := surnames[surname]
	if !ok {
		sur = strings.Join(tokens(surname), "")
	}
	return []string{sur, strings.Join(tokens(given), "")}
}

func latinPersonWords(name string) []string {
	var b strings.Builder
	runes := []rune(name)
	for i, r := range runes {
		inner := i > 0 && i < len(runes)-1 && unicode.IsLetter(runes[i-1]) && unicode.IsLetter(runes[i+1])
		if inner && (r == '-' || r == '\'' || r == '\u2019' || r == '\u2010' || r == '\u2011') {
			continue
		}
		b.WriteRune(r)
	}
	words := tokens(b.String())
	if len(words) >= 3 {
		kept := words[:0:0]
		for _, w := range words {
			if !patronymic(w) {
				kept = append(kept, w)
			}
		}
		if len(kept) >= 2 {
			words = kept
		}
	}
	return words
}

// patronymic reports whether a transliterated word is a Russian patronymic.
func patronymic(w string) bool {
	for _, suffix := range []string{"ovich", "evich", "ovna", "evna", "ichna", "inichna"} {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix)+1 {
			return true
		}
	}
	return false
}

// pinyinSyllables is every toneless pinyin syllable, from go-pinyin's
// dictionary, built on first use.
var pinyinSyllables = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, readings := range pinyin.PinyinDict {
		for _, r := range strings.Split(readings, ",") {
			s := graph.FoldName(r)
			// Interjections (hm, ng) have no vowel and name nobody.
			if s != "" && strings.ContainsAny(s, "aeiouv") && !strings.Contains(s, " ") {
				m[s] = true
			}
		}
	}
	return m
})

// ChineseName reports whether a personal name is, by its form, a Chinese
// one: written in Han script (two to four characters), or two or three
// Latin words each of one or two pinyin syllables ("Shu Guichuan",
// "Ouyang Minggao"). The resolver uses it to give an official whom nobody
// placed the country CN, so that the same person mentioned without
// affiliation in one article and with it in another is one node.
func ChineseName(name string) bool {
	if hanName(name) {
		return utf8.RuneCountInString(strings.Join(strings.Fields(name), "")) <= 4
	}
	if strings.IndexFunc(name, func(r rune) bool {
		return r > unicode.MaxLatin1 && unicode.IsLetter(r) && !unicode.In(r, unicode.Latin)
	}) >= 0 {
		return false
	}
	words := latinPersonWords(name)
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if n := syllables(w, pinyinSyllables()); n < 1 || n > 2 {
			return false
		}
	}
	return true
}

// syllables returns the fewest syllables of set that w splits into, or 0
// if it does not split.
func syllables(w string, set map[string]bool) int {
	best := make([]int, len(w)+1) // best[i]: fewest syllables for w[:i]; -1 = none
	for i := 1; i <= len(w); i++ {
		best[i] = -1
		for j := max(0, i-6); j < i; j++ {
			if (j == 0 || best[j] > 0) && set[w[j:i]] {
				if n := best[j] + 1; best[i] < 0 || n < best[i] {
					best[i] = n
				}
			}
		}
	}
	return max(best[len(w)], 0)
}
