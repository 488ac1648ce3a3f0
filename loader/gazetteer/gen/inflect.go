package main

import (
	"strings"
	"unicode/utf8"
)

// The inflection rules below are small and regular on purpose: they cover
// the adjectives and place names of a gazetteer, not the language.

// cut returns s without suffix and whether s ended with it.
func cut(s, suffix string) (string, bool) {
	if strings.HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)], true
	}
	return s, false
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// ruVelarSibilant are the consonants after which Russian writes и, not ы.
const ruVelarSibilant = "гкхжшчщ"

// ruAdjEndings are the Russian adjective endings by gender and case: nom,
// gen, dat, acc, ins, prep. Hard stems; soft "и" variants are chosen by
// ruAdjForm.
var ruAdjEndings = map[string][6]string{
	"m": {"ый", "ого", "ому", "ый", "ым", "ом"},
	"n": {"ое", "ого", "ому", "ое", "ым", "ом"},
	"f": {"ая", "ой", "ой", "ую", "ой", "ой"},
	"p": {"ые", "ых", "ым", "ые", "ыми", "ых"},
	// soft stems: Внутренняя, Нижний
	"ms": {"ий", "его", "ему", "ий", "им", "ем"},
	"ns": {"ее", "его", "ему", "ее", "им", "ем"},
	"fs": {"яя", "ей", "ей", "юю", "ей", "ей"},
	"ps": {"ие", "их", "им", "ие", "ими", "их"},
}

// ruAdjective splits a Russian adjective into stem and gender ("m", "n",
// "f", "p", with "s" appended for a soft stem: -ний, -няя); ok is false if s
// does not look like an adjective.
func ruAdjective(s string) (stem, gender string, ok bool) {
	if utf8.RuneCountInString(s) < 4 {
		return "", "", false
	}
	for _, x := range []struct{ end, g string }{
		{"ый", "m"}, {"ий", "m"}, {"ой", "m"}, {"ое", "n"}, {"ее", "n"},
		{"ая", "f"}, {"яя", "f"}, {"ые", "p"}, {"ие", "p"},
	} {
		if st, ok := cut(s, x.end); ok {
			if x.end == "яя" || x.end == "ее" || (x.end == "ий" || x.end == "ие") && lastRune(st) == 'н' {
				return st, x.g + "s", true
			}
			return st, x.g, true
		}
	}
	return "", "", false
}

// ruAdjForm returns the adjective stem with the ending of gender g and case
// c, writing и for ы after velars and sibilants.
func ruAdjForm(stem, g string, c int) string {
	end := ruAdjEndings[g][c]
	if strings.ContainsRune(ruVelarSibilant, lastRune(stem)) {
		end = strings.Replace(end, "ы", "и", 1)
	}
	return stem + end
}

// ruAdjAll returns every form of a Russian adjective (all genders and
// cases) and its combining form ("российско" of "российско-китайский").
func ruAdjAll(s string) []string {
	stem, _, ok := ruAdjective(strings.ToLower(s))
	if !ok {
		return []string{s}
	}
	var out []string
	_, soft, _ := ruAdjective(strings.ToLower(s))
	for _, g := range []string{"m", "f", "n", "p"} {
		if strings.HasSuffix(soft, "s") {
			g += "s"
		}
		for c := range 6 {
			out = append(out, ruAdjForm(stem, g, c))
		}
	}
	out = append(out, stem+"ою", stem+"о")
	return out
}

// ruNounCases returns a Russian noun in the genitive, dative, accusative,
// instrumental and prepositional singular, or nil if it does not decline
// (ends in a vowel such as -о, -и, is an acronym or a plural).
func ruNounCases(w string) []string {
	if w == strings.ToUpper(w) {
		return nil
	}
	if st, ok := cut(w, "ия"); ok {
		return []string{st + "ии", st + "ии", st + "ию", st + "ией", st + "ии"}
	}
	if st, ok := cut(w, "я"); ok {
		return []string{st + "и", st + "е", st + "ю", st + "ей", st + "е"}
	}
	if st, ok := cut(w, "а"); ok {
		gen, ins := "ы", "ой"
		if strings.ContainsRune(ruVelarSibilant, lastRune(st)) {
			gen = "и"
		}
		if strings.ContainsRune("жшчщц", lastRune(st)) {
			ins = "ей"
		}
		return []string{st + gen, st + "е", st + "у", st + ins, st + "е"}
	}
	if st, ok := cut(w, "й"); ok {
		return []string{st + "я", st + "ю", w, st + "ем", st + "е"}
	}
	if st, ok := cut(w, "ь"); ok {
		if strings.HasSuffix(st, "л") { // masculine: Ярославль, Израиль
			return []string{st + "я", st + "ю", w, st + "ем", st + "е"}
		}
		return []string{st + "и", st + "и", w, st + "ью", st + "и"} // область, Казань, Тверь
	}
	last := lastRune(w)
	if strings.ContainsRune("оеиуюыэё", last) || !strings.ContainsRune("бвгджзклмнпрстфхцчшщ", last) {
		return nil
	}
	ins := "ом"
	if strings.ContainsRune("жшчщц", last) {
		ins = "ем"
	}
	return []string{w + "а", w + "у", w, w + ins, w + "е"}
}

// ruPhraseForms returns the oblique cases of a Russian place name of nouns
// and adjectives ("Новосибирская область" → "Новосибирской области", ...):
// adjectives agree with their own gender, nouns decline by ending, a
// hyphenated word declines in its last part. Words that do not decline
// stay as they are.
func ruPhraseForms(n string) []string {
	words := strings.Fields(n)
	if len(words) == 0 {
		return nil
	}
	forms := make([][]string, len(words)) // forms[i][c]: word i in case c (gen..prep)
	declines, afterHead := false, false
	for i, w := range words {
		head, tail := "", w
		if j := strings.LastIndex(w, "-"); j >= 0 {
			head, tail = w[:j+1], w[j+1:]
		}
		var cs []string
		if afterHead {
			// After the head noun the rest is a name in apposition:
			// "Республики Марий Эл", "провинции Хубэй".
		} else if stem, g, ok := ruAdjective(tail); ok && i < len(words)-1 {
			for c := 1; c < 6; c++ {
				f := ruAdjForm(stem, g, c)
				if c == 3 && g[0] != 'f' {
					f = tail
				}
				cs = append(cs, f)
			}
		} else {
			cs = ruNounCases(tail)
			afterHead = true
		}
		if cs == nil {
			cs = []string{tail, tail, tail, tail, tail}
		} else {
			declines = true
		}
		for c := range cs {
			cs[c] = head + cs[c]
		}
		forms[i] = cs
	}
	if !declines {
		return nil
	}
	var out []string
	for c := range 5 {
		ws := make([]string, len(words))
		for i := range words {
			ws[i] = forms[i][c]
		}
		out = append(out, strings.Join(ws, " "))
	}
	return out
}

// demonymForms returns the inflected forms of a demonym or nationality
// adjective in a language, the base form first.
func demonymForms(lang, base string) []string {
	if base == "" {
		return nil
	}
	switch lang {
	case "ru":
		return ruAdjAll(base)
	case "zh":
		return []string{base}
	}
	lower := strings.ToLower(base)
	out := []string{base}
	switch lang {
	case "en":
		if strings.HasSuffix(base, "an") || strings.HasSuffix(base, "i") {
			out = append(out, base+"s") // Russians, Pakistanis
		}
	case "de":
		if strings.HasSuffix(lower, "isch") || strings.HasSuffix(lower, "sch") {
			for _, e := range []string{"e", "en", "er", "es", "em"} {
				out = append(out, lower+e)
			}
		}
	case "nl":
		switch {
		case strings.HasSuffix(lower, "e"):
		case strings.HasSuffix(lower, "ees"), strings.HasSuffix(lower, "aas"), strings.HasSuffix(lower, "oos"):
			out = append(out, lower[:len(lower)-3]+lower[len(lower)-2:]+"e") // Chinees → Chinese
		default:
			out = append(out, lower+"e") // Russisch → Russische
		}
	case "fr":
		switch {
		case strings.HasSuffix(lower, "e"):
			out = append(out, lower+"s")
		case strings.HasSuffix(lower, "s"), strings.HasSuffix(lower, "x"):
			out = append(out, lower+"e", lower+"es")
		case strings.HasSuffix(lower, "ien"), strings.HasSuffix(lower, "éen"):
			out = append(out, lower+"ne", lower+"s", lower+"nes")
		default:
			out = append(out, lower+"e", lower+"s", lower+"es")
		}
	case "es":
		switch {
		case strings.HasSuffix(lower, "o"):
			st := lower[:len(lower)-1]
			out = append(out, st+"a", st+"os", st+"as")
		case strings.HasSuffix(lower, "e"):
			out = append(out, lower+"s")
		default:
			st := stripLastAccent(lower)
			if strings.HasSuffix(lower, "í") {
				out = append(out, lower+"es", lower+"s")
			} else {
				out = append(out, st+"a", st+"es", st+"as")
			}
		}
	}
	return out
}

// stripLastAccent removes the written accent of the last syllable
// ("alemán" → "aleman", "inglés" → "ingles"), as Spanish drops it when a
// syllable is added.
func stripLastAccent(s string) string {
	r := []rune(s)
	for i := len(r) - 1; i >= 0 && i >= len(r)-3; i-- {
		if j := strings.IndexRune("áéíóú", r[i]); j >= 0 {
			r[i] = []rune("aeiou")[j/2]
			break
		}
	}
	return string(r)
}

// ruChineseCases returns the oblique cases of the Russian name of a Chinese
// place. A city or district is declined as a masculine noun, after город:
// в Ухане, из Тяньцзиня, в Харбине; a province ending in -нь as a feminine
// one, after провинция: в Хэнани. Names ending in a vowel do not decline.
func ruChineseCases(w string, masculine bool) []string {
	if st, ok := cut(w, "ь"); ok && masculine {
		return []string{st + "я", st + "ю", st + "ем", st + "е"}
	}
	return ruNounCases(w)
}
