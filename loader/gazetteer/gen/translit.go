package main

import (
	"strings"
	"unicode"
)

// latToCyr reverses a romanised Russian name to Cyrillic. It reads both
// systems the packages use: ISO 9 / scientific (Novosibirskaja oblast',
// Čeljabinskaja, Habarovskij) when the name has j, č, š, ž or è, and
// BGN/PCGN (Novosibirskaya, Khabarovsk, Yoshkar-Ola) otherwise. BGN drops
// soft signs and writes тс and ц alike, so its results for cities are
// checked against input/ru_names.json, which corrects them.
func latToCyr(s string) string {
	s = strings.NewReplacer("’", "'", "ʹ", "'").Replace(s)
	iso := strings.ContainsAny(s, "jčšžèJČŠŽÈ")
	in := []rune(s)
	var out []rune
	vowel := func() bool {
		return len(out) > 0 && strings.ContainsRune("аеёиоуыэюяАЕЁИОУЫЭЮЯьъ", out[len(out)-1])
	}
	start := func() bool { return len(out) == 0 || !unicode.IsLetter(out[len(out)-1]) }
	for i := 0; i < len(in); {
		rest := strings.ToLower(string(in[i:min(i+4, len(in))]))
		upper := unicode.IsUpper(in[i])
		emit := func(c string, n int) {
			if upper {
				r := []rune(c)
				r[0] = unicode.ToUpper(r[0])
				c = string(r)
			}
			out = append(out, []rune(c)...)
			i += n
		}
		switch {
		case strings.HasPrefix(rest, "shch"):
			emit("щ", 4)
		case strings.HasPrefix(rest, "šč"):
			emit("щ", 2)
		case strings.HasPrefix(rest, "zh"):
			emit("ж", 2)
		case strings.HasPrefix(rest, "kh"):
			emit("х", 2)
		case strings.HasPrefix(rest, "ch"):
			emit("ч", 2)
		case strings.HasPrefix(rest, "sh"):
			emit("ш", 2)
		case !iso && strings.HasPrefix(rest, "tsk"):
			emit("т", 1)
		case !iso && strings.HasPrefix(rest, "ts"):
			emit("ц", 2)
		case strings.HasPrefix(rest, "ya"), strings.HasPrefix(rest, "ja"):
			emit("я", 2)
		case strings.HasPrefix(rest, "yu"), strings.HasPrefix(rest, "ju"):
			emit("ю", 2)
		case strings.HasPrefix(rest, "ye"), strings.HasPrefix(rest, "je"):
			emit("е", 2)
		case strings.HasPrefix(rest, "yo"), strings.HasPrefix(rest, "jo"):
			emit("ё", 2)
		case rest[0] == 'y' || rest[0] == 'j':
			if vowel() || rest[0] == 'j' {
				emit("й", 1)
			} else {
				emit("ы", 1)
			}
		case rest[0] == 'e' && !iso && start():
			emit("э", 1)
		case rest[0] == '\'':
			out = append(out, 'ь')
			i++
		default:
			c, ok := latCyr[in[i]]
			if !ok {
				c, ok = latCyr[unicode.ToLower(in[i])]
			}
			if !ok {
				out = append(out, in[i])
				i++
				continue
			}
			emit(c, 1)
		}
	}
	return string(out)
}

var latCyr = map[rune]string{
	'a': "а", 'b': "б", 'v': "в", 'g': "г", 'd': "д", 'e': "е", 'ë': "ё", 'z': "з", 'i': "и",
	'k': "к", 'l': "л", 'm': "м", 'n': "н", 'o': "о", 'p': "п", 'r': "р", 's': "с", 't': "т",
	'u': "у", 'f': "ф", 'h': "х", 'c': "ц", 'č': "ч", 'š': "ш", 'ž': "ж", 'è': "э", 'x': "кс",
}

// cyrLatin are the German (Duden) and English (BGN/PCGN, simplified as the
// press writes it: no soft signs, -y for -ый/-ий) transliterations of
// Russian letters.
var cyrGerman = map[rune]string{
	'а': "a", 'б': "b", 'в': "w", 'г': "g", 'д': "d", 'е': "e", 'ё': "jo", 'ж': "sch", 'з': "s",
	'и': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "ch", 'ц': "z", 'ч': "tsch", 'ш': "sch",
	'щ': "schtsch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "ju", 'я': "ja",
}

var cyrEnglish = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "yo", 'ж': "zh", 'з': "z",
	'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh",
	'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
}

// cyrDutch is the Dutch transliteration (Chabarovsk, Irkoetsk, Tsjeljabinsk).
var cyrDutch = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "jo", 'ж': "zj", 'з': "z",
	'и': "i", 'й': "j", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "oe", 'ф': "f", 'х': "ch", 'ц': "ts", 'ч': "tsj", 'ш': "sj",
	'щ': "sjtsj", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "joe", 'я': "ja",
}

// cyrFrench is the French transliteration (Novossibirsk, Irkoutsk,
// Tcheliabinsk, Krasnoïarsk); see transliterateFrench for what depends on
// the neighbours.
var cyrFrench = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "io", 'ж': "j", 'з': "z",
	'и': "i", 'й': "ï", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "ou", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "tch", 'ш': "ch",
	'щ': "chtch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "iou", 'я': "ia",
}

// transliterateFrench writes Cyrillic s in French: с between vowels is
// "ss", я, ю and й after a vowel take a diaeresis ("ïa", "ïou", "ï"),
// е at the start of a word or after a vowel is "ie", -ий/-ый one "i"/"y".
func transliterateFrench(s string) string {
	rs := []rune(s)
	isV := func(i int) bool {
		return i >= 0 && i < len(rs) && strings.ContainsRune("аеёиоуыэюя", unicode.ToLower(rs[i]))
	}
	var b strings.Builder
	for i, r := range rs {
		lr := unicode.ToLower(r)
		c, ok := cyrFrench[lr]
		if !ok {
			b.WriteRune(r)
			continue
		}
		first := i == 0 || !unicode.IsLetter(rs[i-1])
		switch {
		case lr == 'с' && isV(i-1) && isV(i+1):
			c = "ss"
		case (lr == 'я' || lr == 'ю') && isV(i-1):
			c = "ï" + c[1:]
		case lr == 'й' && !isV(i-1):
			c = "i"
		case lr == 'й' && (unicode.ToLower(rs[i-1]) == 'и' || unicode.ToLower(rs[i-1]) == 'ы'):
			c = ""
		case lr == 'е' && (first || isV(i-1)):
			c = "ie"
		}
		if unicode.IsUpper(r) && c != "" {
			cr := []rune(c)
			c = string(unicode.ToUpper(cr[0])) + string(cr[1:])
		}
		b.WriteString(c)
	}
	return b.String()
}

// transliterate writes Cyrillic s with table t: е is "je"/"ye" at the
// start of a word and after a vowel, -ий/-ый is one "i"/"y". (Duden's "ss"
// for с between vowels is left out: the German press writes Nowosibirsk.)
// german selects "je", as Dutch writes it too.
func transliterate(s string, t map[rune]string, german bool) string {
	rs := []rune(s)
	var b strings.Builder
	isV := func(r rune) bool { return strings.ContainsRune("аеёиоуыэюяьъ", unicode.ToLower(r)) }
	for i, r := range rs {
		lr := unicode.ToLower(r)
		c, ok := t[lr]
		if !ok {
			b.WriteRune(r)
			continue
		}
		prevV := i > 0 && isV(rs[i-1])
		first := i == 0 || !unicode.IsLetter(rs[i-1])
		switch {
		case lr == 'е' && (first || prevV):
			if german {
				c = "je"
			} else {
				c = "ye"
			}
		case lr == 'й' && i > 0 && (unicode.ToLower(rs[i-1]) == 'и' || unicode.ToLower(rs[i-1]) == 'ы'):
			c = ""
		}
		if unicode.IsUpper(r) && c != "" {
			c = strings.ToUpper(c[:1]) + c[1:]
		}
		b.WriteString(c)
	}
	return b.String()
}
