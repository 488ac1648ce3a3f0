package main

import "strings"

// Palladius is the Russian transcription of Mandarin. A syllable is an
// initial and a final; the tables below give their Cyrillic forms, and
// palladius handles the few spellings that depend on both (zero initials,
// i after sibilants, ü after j/q/x/y, -ui, -uo).

var palladiusInitials = map[string]string{
	"b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л",
	"g": "г", "k": "к", "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч",
	"sh": "ш", "r": "ж", "z": "цз", "c": "ц", "s": "с",
}

var palladiusFinals = map[string]string{
	"a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу",
	"an": "ань", "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр",
	"i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь",
	"iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uo": "о",
	"uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан",
	"v": "юй", "ve": "юэ", "van": "юань", "vn": "юнь",
}

// palladiusZero are the syllables without initial.
var palladiusZero = map[string]string{
	"a": "а", "ai": "ай", "an": "ань", "ang": "ан", "ao": "ао", "e": "э", "ei": "эй",
	"en": "энь", "eng": "эн", "er": "эр", "o": "о", "ou": "оу",
	"yi": "и", "ya": "я", "yao": "яо", "ye": "е", "you": "ю", "yan": "янь", "yin": "инь",
	"yang": "ян", "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ", "yuan": "юань",
	"yun": "юнь", "wu": "у", "wa": "ва", "wai": "вай", "wan": "вань", "wang": "ван",
	"wei": "вэй", "wen": "вэнь", "weng": "вэн", "wo": "во",
}

// palladius returns the Cyrillic form of one toneless pinyin syllable, or
// "" if it is not one.
func palladius(syl string) string {
	syl = strings.ReplaceAll(strings.ToLower(syl), "ü", "v")
	if c, ok := palladiusZero[syl]; ok {
		return c
	}
	for _, n := range []int{2, 1} {
		if len(syl) <= n {
			continue
		}
		ini, fin := syl[:n], syl[n:]
		ci, ok := palladiusInitials[ini]
		if !ok {
			continue
		}
		switch {
		case fin == "i" && strings.Contains("zh ch sh r", ini):
			return ci + "и"
		case fin == "i" && (ini == "z" || ini == "c" || ini == "s"):
			return ci + "ы"
		case fin == "ui" && ini == "h":
			return ci + "уэй"
		case strings.Contains("jqx", ini) && strings.HasPrefix(fin, "u"):
			fin = "v" + fin[1:] // ju, que, xuan, jun are ü
		}
		cf, ok := palladiusFinals[fin]
		if !ok {
			return ""
		}
		return ci + cf
	}
	return ""
}

// palladiusWord returns the Cyrillic form of a romanised word, given as its
// syllables, capitalised; "" if a syllable is unknown.
func palladiusWord(syls []string) string {
	var b strings.Builder
	for _, s := range syls {
		c := palladius(s)
		if c == "" {
			return ""
		}
		b.WriteString(c)
	}
	r := []rune(b.String())
	if len(r) == 0 {
		return ""
	}
	return strings.ToUpper(string(r[0])) + string(r[1:])
}
