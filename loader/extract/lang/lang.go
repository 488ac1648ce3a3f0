// Package lang detects the language of an article.
//
// Scripts decide first: text whose letters are mostly Han is Chinese ("zh"),
// mostly Cyrillic is Russian ("ru"). Latin text is classified over at most
// the first SampleBytes bytes: when its function words (function_words.txt:
// "the", "und", "het", "les", "los", ...) point overwhelmingly to one
// language (at least MinVotes of them, and four times as many as for any
// other), that language; otherwise by github.com/abadojack/whatlanggo's
// trigram profiles, restricted to the languages the extractor supports (en,
// de, nl, fr, es). The vote is a fast path for the clear case of running
// prose, where it agrees with the profiles: whatlanggo sorts the sample's
// trigrams with reflection and costs about 0.2 ms an article, which was a
// third of the whole extraction's time. whatlanggo was chosen over
// github.com/pemistahl/lingua-go: its profiles are a few hundred kilobytes
// instead of ~120 MB of models, it needs no warm-up, and on whole news
// articles (hundreds of words) in a handful of well-separated languages its
// accuracy is the same; lingua-go's advantage is on short snippets.
package lang

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// SampleBytes is how much of a text Detect looks at.
const SampleBytes = 640

// MinVotes is how many function words of one language the fast path needs.
const MinVotes = 8

//go:embed function_words.txt
var functionWordsTxt string

// functionWords maps a function word to its language's index in Supported.
var functionWords = func() map[string]int {
	m := map[string]int{}
	for n, l := range strings.Split(functionWordsTxt, "\n") {
		f := strings.Fields(l)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		code := -1
		for i, c := range Supported {
			if c == f[0] {
				code = i
			}
		}
		if code < 0 {
			panic(fmt.Sprintf("lang: function_words.txt:%d: unknown language %q", n+1, f[0]))
		}
		for _, w := range f[1:] {
			if prev, ok := m[w]; ok && prev != code {
				panic(fmt.Sprintf("lang: function_words.txt:%d: %q listed for two languages", n+1, w))
			}
			m[w] = code
		}
	}
	return m
}()

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
	var votes [8]int // by index in Supported
	var word []byte  // the current word, lower case
	vote := func() {
		if len(word) > 0 {
			if i, ok := functionWords[string(word)]; ok {
				votes[i]++
			}
			word = word[:0]
		}
	}
	for _, r := range text {
		if unicode.IsLetter(r) {
			word = utf8.AppendRune(word, unicode.ToLower(r))
		} else {
			vote()
		}
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
	vote()
	best, second := 0, 0
	for i, v := range votes {
		if v > votes[best] {
			best = i
		}
	}
	for i, v := range votes {
		if i != best {
			second = max(second, v)
		}
	}
	if votes[best] >= MinVotes && votes[best] >= 4*second {
		return Supported[best]
	}
	return byProfile(text)
}

// byProfile classifies Latin-script text by whatlanggo's trigram profiles.
func byProfile(text string) string {
	code := whatlanggo.DetectLangWithOptions(text, latin).Iso6391()
	if code == "" {
		return "en"
	}
	return code
}
