// Package dates finds dates in article text and resolves them.
//
// Find recognises day–month–year expressions in every supported language
// from the month names in months.txt: "28. März 2024", "March 28", "April 2,
// 2024", "11 juli", "19 июля 2023 года", "le 28 mars", "28 de marzo de
// 2024", "2023年7月19日", "7月19日", ISO "2024-03-28", "28.03.2024", and a
// month with a year or a preposition ("March 2024", "im März", "in March of
// this year"). A date keeps the precision it was written with; Resolve
// fills a missing year from the publication date.
//
// This is a focused scanner rather than github.com/markusmobius/go-dateparser
// on every token: go-dateparser takes about 0.4 ms per call, which alone
// would hold extraction under the 2 MB/s target, and it cannot tell a
// written year from one it filled in. The tests check the scanner against
// go-dateparser on the expressions both handle.
package dates

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed months.txt
var monthsTxt string

//go:embed words.txt
var wordsTxt string

type monthForm struct {
	month  int
	strict bool // an abbreviation or ambiguous word: needs a number beside it
}

var (
	monthNames = map[string]monthForm{}
	wordRoles  = map[string]map[string]bool{}
)

func init() {
	for _, l := range strings.Split(monthsTxt, "\n") {
		f := strings.Fields(l)
		if len(f) < 2 || strings.HasPrefix(l, "#") {
			continue
		}
		m, err := strconv.Atoi(f[0])
		if err != nil || m < 1 || m > 12 {
			panic(fmt.Sprintf("dates: months.txt: bad line %q", l))
		}
		for _, w := range f[1:] {
			strict := strings.HasSuffix(w, "*")
			monthNames[strings.TrimSuffix(w, "*")] = monthForm{m, strict}
		}
	}
	for _, l := range strings.Split(wordsTxt, "\n") {
		f := strings.Fields(l)
		if len(f) < 2 || strings.HasPrefix(l, "#") {
			continue
		}
		set := map[string]bool{}
		for _, w := range f[1:] {
			set[strings.ReplaceAll(w, "_", " ")] = true
		}
		wordRoles[f[0]] = set
	}
}

// Date is one date expression found in a text.
type Date struct {
	Start, End int    // byte offsets in the text
	Text       string // text[Start:End]
	Year       int    // 0 if not written
	Month      int    // 1..12, 0 if not written
	Day        int    // 1..31, 0 if not written
	// ThisYear is set when the text puts the date in the year of
	// publication ("in March of this year").
	ThisYear bool
}

// Full reports whether the date has a written year, month and day.
func (d Date) Full() bool { return d.Year > 0 && d.Month > 0 && d.Day > 0 }

// ISO returns the date as written, in graph's date format: "2024-03-28",
// "2024-03", "2024", "XXXX-03-28", "XXXX-03".
func (d Date) ISO() string {
	y := "XXXX"
	if d.Year > 0 {
		y = fmt.Sprintf("%04d", d.Year)
	}
	switch {
	case d.Month == 0:
		if d.Year == 0 {
			return ""
		}
		return y
	case d.Day == 0:
		return fmt.Sprintf("%s-%02d", y, d.Month)
	}
	return fmt.Sprintf("%s-%02d-%02d", y, d.Month, d.Day)
}

// Resolve returns the date as an ISO string, taking a missing year from
// published (an ISO date, possibly partial, or ""). For a past event
// (past) the year is the latest that puts the date on or before the
// publication date; for an announced one, the earliest on or after it.
// Without a publication year the year stays unknown ("XXXX-10-22").
func (d Date) Resolve(published string, past bool) string {
	if d.Year > 0 || d.Month == 0 {
		return d.ISO()
	}
	if len(published) < 4 {
		return d.ISO()
	}
	py, err := strconv.Atoi(published[:4])
	if err != nil {
		return d.ISO()
	}
	r := d
	r.Year = py
	if d.ThisYear || len(published) < 7 {
		return r.ISO()
	}
	// Compare month-day (or month) with the publication's.
	cand := r.ISO()[5:]
	pub := published[5:]
	if len(cand) > len(pub) {
		cand = cand[:len(pub)]
	}
	switch {
	case past && cand > pub:
		r.Year--
	case !past && cand < pub:
		r.Year++
	}
	return r.ISO()
}

// token is a word, a number or a punctuation rune of the text.
type token struct {
	start, end int
	text       string // lower case
	num        int    // value if a number, else -1
	digits     int    // number of digits if a number
}

func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/4)
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case r >= '0' && r <= '9':
			j := i
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			v := -1
			if j-i <= 4 {
				v, _ = strconv.Atoi(text[i:j])
			}
			toks = append(toks, token{i, j, text[i:j], v, j - i})
			i = j
		case unicode.IsLetter(r) && !isHan(r):
			j := i
			for j < len(text) {
				c, m := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(c) || isHan(c) {
					break
				}
				j += m
			}
			toks = append(toks, token{i, j, strings.ToLower(text[i:j]), -1, 0})
			i = j
		default:
			toks = append(toks, token{i, i + n, text[i : i+n], -1, 0})
			i += n
		}
	}
	return toks
}

func isDay(t token) bool  { return t.num >= 1 && t.num <= 31 && t.digits <= 2 }
func isYear(t token) bool { return t.digits == 4 && t.num >= 1900 && t.num <= 2100 }

// Find returns the date expressions of text in order of position.
func Find(text string) []Date {
	toks := tokenize(text)
	var out []Date
	add := func(from, to int, y, m, d int, thisYear bool) {
		s, e := toks[from].start, toks[to].end
		out = append(out, Date{Start: s, End: e, Text: text[s:e], Year: y, Month: m, Day: d, ThisYear: thisYear})
	}
	for i := 0; i < len(toks); i++ {
		if n := matchAt(toks, i, add); n > 0 {
			i += n - 1
		}
	}
	return out
}

// at returns toks[i] or a zero token past the end.
func at(toks []token, i int) token {
	if i < len(toks) {
		return toks[i]
	}
	return token{num: -1}
}

func month(t token, strict bool) int {
	mf, ok := monthNames[t.text]
	if !ok || (mf.strict && !strict) {
		return 0
	}
	return mf.month
}

// skipFillers returns the index of the first token from i that is neither
// a filler word nor one of the given punctuation marks.
func skipFillers(toks []token, i int, punct string) int {
	for i < len(toks) && (wordRoles["filler"][toks[i].text] || (len(toks[i].text) == 1 && strings.Contains(punct, toks[i].text))) {
		i++
	}
	return i
}

// thisYearAfter reports the number of tokens of a "this year" phrase from i.
func thisYearAfter(toks []token, i int) int {
	for n := 3; n >= 1; n-- {
		if i+n > len(toks) {
			continue
		}
		var parts []string
		for _, t := range toks[i : i+n] {
			parts = append(parts, t.text)
		}
		if wordRoles["thisyear"][strings.Join(parts, " ")] {
			return n
		}
	}
	return 0
}

// matchAt tries every pattern at token i, reports a match through add and
// returns the number of tokens consumed (0 if none).
func matchAt(toks []token, i int, add func(from, to, y, m, d int, thisYear bool)) int {
	t := toks[i]
	// ISO 2024-03-28 or 2024/03/28, and Chinese 2024年3月28日 / 2024年3月.
	if isYear(t) {
		sep := at(toks, i+1).text
		if (sep == "-" || sep == "/") && at(toks, i+2).num >= 1 && at(toks, i+2).num <= 12 && at(toks, i+3).text == sep && isDay(at(toks, i+4)) {
			add(i, i+4, t.num, at(toks, i+2).num, at(toks, i+4).num, false)
			return 5
		}
		if sep == "年" && at(toks, i+2).num >= 1 && at(toks, i+2).num <= 12 && at(toks, i+3).text == "月" {
			if isDay(at(toks, i+4)) && (at(toks, i+5).text == "日" || at(toks, i+5).text == "号") {
				add(i, i+5, t.num, at(toks, i+2).num, at(toks, i+4).num, false)
				return 6
			}
			add(i, i+3, t.num, at(toks, i+2).num, 0, false)
			return 4
		}
	}
	// Chinese 7月19日, with 今年 before it.
	if t.num >= 1 && t.num <= 12 && at(toks, i+1).text == "月" && isDay(at(toks, i+2)) && (at(toks, i+3).text == "日" || at(toks, i+3).text == "号") {
		thisYear := i > 1 && toks[i-2].text == "今" && toks[i-1].text == "年"
		add(i, i+3, 0, t.num, at(toks, i+2).num, thisYear)
		return 4
	}
	// 28.03.2024
	if isDay(t) && at(toks, i+1).text == "." && at(toks, i+2).num >= 1 && at(toks, i+2).num <= 12 && at(toks, i+2).digits <= 2 && at(toks, i+3).text == "." && isYear(at(toks, i+4)) {
		add(i, i+4, at(toks, i+4).num, at(toks, i+2).num, t.num, false)
		return 5
	}
	// Day first: 28. März 2024, 11 juli, 19 июля 2023 года, 28 de marzo de 2024.
	if isDay(t) {
		j := skipFillers(toks, i+1, ".")
		if m := month(at(toks, j), true); m > 0 {
			end, y := j, 0
			k := skipFillers(toks, j+1, ",")
			if isYear(at(toks, k)) {
				end, y = k, at(toks, k).num
			}
			ty := false
			if y == 0 {
				if n := thisYearAfter(toks, j+1); n > 0 {
					ty, end = true, j+n
				}
			}
			add(i, end, y, m, t.num, ty)
			return end - i + 1
		}
	}
	// Month first: March 28, April 2, 2024, March 2024, in March (of this year).
	if m := month(t, true); m > 0 {
		nx := at(toks, i+1)
		if isDay(nx) && !isYear(nx) {
			end, y := i+1, 0
			k := i + 2
			if at(toks, k).text == "," {
				k++
			}
			if isYear(at(toks, k)) {
				end, y = k, at(toks, k).num
			}
			add(i, end, y, m, nx.num, false)
			return end - i + 1
		}
		k := skipFillers(toks, i+1, ",")
		if isYear(at(toks, k)) {
			add(i, k, at(toks, k).num, m, 0, false)
			return k - i + 1
		}
		if month(t, false) > 0 && i > 0 && wordRoles["monthprep"][toks[i-1].text] {
			end, ty := i, false
			if n := thisYearAfter(toks, i+1); n > 0 {
				end, ty = i+n, true
			}
			add(i, end, 0, m, 0, ty)
			return end - i + 1
		}
	}
	return 0
}

// Published reads an article's publication date from its header: the first
// full date (with a year) in one of its first lines that is a publisher's
// line (a label such as "发布日期", "date", "Datum"), a wire dateline
// ("WUHAN, China, April 2, 2024 /PRNewswire/") or an ISO date. It returns
// "" if there is none.
func Published(text string) string {
	lines := 0
	for rest := text; rest != "" && lines < 6; lines++ {
		line := rest
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
			line, rest = rest[:nl], rest[nl+1:]
		} else {
			rest = ""
		}
		if strings.TrimSpace(line) == "" {
			lines--
			continue
		}
		if len(line) > 300 {
			line = line[:300]
		}
		labelled := hasLabel(line) || isDateline(line)
		for _, d := range Find(line) {
			if !d.Full() {
				continue
			}
			iso := strings.ContainsAny(d.Text, "-/年") && d.Text[0] >= '0' && d.Text[0] <= '9' && len(d.Text) >= 8 && d.Text[4] == '-'
			if labelled || iso || dateOnly(line, d) {
				return d.ISO()
			}
		}
	}
	return ""
}

// dateOnly reports whether a header line is just the date, but for a
// word such as "года" or "г.": "20 июня 2024 года", "March 3, 2024".
func dateOnly(line string, d Date) bool {
	letters := 0
	for _, r := range line[:d.Start] + line[d.End:] {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters <= 5
}

func hasLabel(line string) bool {
	lower := strings.ToLower(line)
	for w := range wordRoles["label"] {
		if k := strings.Index(lower, w); k >= 0 {
			// A Latin label must be a word of its own.
			before, _ := utf8.DecodeLastRuneInString(lower[:k])
			after, _ := utf8.DecodeRuneInString(lower[k+len(w):])
			if w[0] >= 0x80 || (!unicode.IsLetter(before) && !unicode.IsLetter(after)) {
				return true
			}
		}
	}
	return false
}

// isDateline reports whether line starts like a wire story: a place name in
// capitals followed by a comma ("WUHAN, China, ...", "MOSCOW, ...").
func isDateline(line string) bool {
	line = strings.TrimSpace(line)
	comma := strings.IndexByte(line, ',')
	if comma < 3 || comma > 40 {
		return false
	}
	upper := 0
	for _, r := range line[:comma] {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			return false
		}
	}
	return upper >= 3
}

// Month returns the number of the month a lower-case word names in any
// supported language, leaving out abbreviations and ambiguous forms
// ("jan", "may", "mars") that are also names or words.
func Month(w string) (int, bool) {
	mf, ok := monthNames[w]
	return mf.month, ok && !mf.strict
}

func isHan(r rune) bool { return r >= 0x2e80 && unicode.Is(unicode.Han, r) }
