// Package lang detects the language of an article.
//
// Scripts decide first: text whose letters are mostly Han is Chinese ("zh"),
// mostly Cyrillic is Russian ("ru"). Latin text is classified by
// github.com/abadojack/whatlanggo's trigram profiles, restricted to the
// languages the extractor supports (en, de, nl, fr, es), over at most the
// first SampleBytes bytes. whatlanggo was chosen over
// github.com/pemistahl/lingua-go: its profiles are a few hundred kilobytes
// instead of ~120 MB of models, it needs no warm-up, and on whole news
// articles (hundreds of words) in a handful of well-separated languages its
// accuracy is the same; lingua-go's advantage is on short snippets.
package lang

import (
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// SampleBytes is how much of a text Detect looks at.
const SampleBytes = 640

// Supported lists the ISO 639-1 codes Detect can return, besides "".
var Supported = []string{"en", "de", "nl", "fr", "es", "ru", "zh"}

var latin = whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{
	whatlanggo.Eng: true, whatlanggo.Deu: true, whatlanggo.Nld: true,
	whatlanggo.Fra: true, whatlanggo.Spa: true,
}}

// Detect returns the ISO 639-1 code of text's language, one of Supported,
// or "" when text has no letters.
func Detect(text string) string {
	if len(text) > SampleBytes {
		cut := SampleBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	var han, cyr, lat, letters int
	for _, r := range text {
		switch {
		case r < 0x80:
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
				lat++
				letters++
			}
		case unicode.Is(unicode.Han, r):
			han++
			letters++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			letters++
		case unicode.IsLetter(r):
			if unicode.Is(unicode.Latin, r) {
				lat++
			}
			letters++
		}
	}
	switch {
	case letters == 0:
		return ""
	// One Han character carries about as much as a Latin word of five
	// letters, so Han text is Chinese from a fifth of the letters on.
	case han*5 >= lat+cyr:
		return "zh"
	case cyr > lat:
		return "ru"
	}
	code := whatlanggo.DetectLangWithOptions(text, latin).Iso6391()
	if code == "" {
		return "en"
	}
	return code
}
