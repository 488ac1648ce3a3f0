package main

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// countryLangs are the languages whose country names are kept, in output order.
var countryLangs = []string{"en", "de", "nl", "ru", "zh", "fr", "es"}

// nationalityLangs are the languages i18n-nationality has of countryLangs.
var nationalityLangs = []string{"en", "de", "nl", "fr", "es"}

// curatedCountry is one country of input/countries.json: what the npm
// packages lack (Russian and Chinese adjectives, a few names).
type curatedCountry struct {
	// Demonyms are adjective base forms by language (masculine singular
	// for Russian, the uninflected form elsewhere); they replace those of
	// i18n-nationality for that language and are inflected by rule.
	Demonyms map[string][]string `json:"demonyms"`
	// Forms are further demonym forms by language, kept as written
	// (nouns for the people, combining forms such as "Sino").
	Forms map[string][]string `json:"forms"`
	// Names are further names by language, inflected like the package's.
	Names map[string][]string `json:"names"`
}

var parenRE = regexp.MustCompile(`^(.*?)\s*\((.*)\)\s*$`)

// splitName turns a package name into surface names: "КНР (Китайская
// Народная Республика)" is two, comma-inverted names ("Korea, Republic of")
// are dropped as no text writes them.
func splitName(s string) []string {
	if m := parenRE.FindStringSubmatch(s); m != nil {
		return append(splitName(m[1]), splitName(m[2])...)
	}
	if strings.Contains(s, ",") {
		return nil
	}
	return []string{s}
}

// isAcronym reports whether s is written in capitals only ("USA", "U.S.",
// "КНР"), so that it is matched case-sensitively.
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '-':
		default:
			return false
		}
	}
	return letters > 0 && letters <= 6
}

// names reads a language file of i18n-iso-countries: code → names.
func countryNames(p paths, lang string) (map[string][]string, error) {
	var f struct {
		Countries map[string]any `json:"countries"`
	}
	if err := p.readJSON(&f, p.npm, "i18n-iso-countries", "langs", lang+".json"); err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for code, v := range f.Countries {
		switch v := v.(type) {
		case string:
			out[code] = []string{v}
		case []any:
			for _, s := range v {
				if s, ok := s.(string); ok {
					out[code] = append(out[code], s)
				}
			}
		}
	}
	return out, nil
}

func countries(p paths) ([]*entry, error) {
	names := map[string]map[string][]string{}
	for _, l := range countryLangs {
		m, err := countryNames(p, l)
		if err != nil {
			return nil, err
		}
		names[l] = m
	}
	nats := map[string]map[string]string{}
	for _, l := range nationalityLangs {
		var f struct {
			Nationalities map[string]string `json:"nationalities"`
		}
		if err := p.readJSON(&f, p.npm, "i18n-nationality", "langs", l+".json"); err != nil {
			return nil, err
		}
		nats[l] = f.Nationalities
	}
	var curated map[string]curatedCountry
	if err := p.readJSON(&curated, p.input, "countries.json"); err != nil {
		return nil, err
	}

	codes := make([]string, 0, len(names["en"]))
	for c := range names["en"] {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	var out []*entry
	for _, code := range codes {
		en := names["en"][code]
		canon := en[0]
		if len(en) > 1 && !isAcronym(en[1]) && !strings.Contains(en[1], ",") {
			canon = en[1]
		}
		e := newRegion(code, "country", code, "", canon)
		cur := curated[code]
		for _, l := range countryLangs {
			var ns []string
			for _, n := range append(slices.Clone(names[l][code]), cur.Names[l]...) {
				ns = append(ns, splitName(n)...)
			}
			for _, n := range ns {
				if isAcronym(n) {
					e.add('A', n)
					continue
				}
				e.add('N', n)
				e.add('N', inflectName(l, n)...)
			}
		}
		for _, l := range countryLangs {
			bases := cur.Demonyms[l]
			if bases == nil && nats[l] != nil && nats[l][code] != "" {
				bases = []string{nats[l][code]}
			}
			for _, b := range bases {
				e.add('D', demonymForms(l, b)...)
			}
			e.add('D', cur.Forms[l]...)
		}
		out = append(out, e)
	}
	return out, nil
}

// inflectName returns the inflected forms of a place name in a language:
// Russian cases, the German genitive ("Chinas", "Russlands").
func inflectName(lang, n string) []string {
	switch lang {
	case "ru":
		return ruPhraseForms(n)
	case "de":
		if !strings.Contains(n, " ") && !strings.ContainsAny(n[len(n)-1:], "sßxz") {
			return []string{n + "s"}
		}
	}
	return nil
}
