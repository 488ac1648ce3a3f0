// Package sentences splits article text into sentences.
//
// A sentence ends at . ! ? (and the Chinese 。！？；) followed by white
// space and a plausible sentence start, at a line break that is not a mere
// wrap of running text, and after the dateline of a wire story ("WUHAN,
// China, April 2, 2024 /PRNewswire/ --"). A full stop does not end a
// sentence after a known abbreviation (abbreviations.txt: Dr., Nr., bzw.,
// т.е., ...), after a single initial ("A. Kalinin") or after a one- or
// two-digit number (the German ordinal in "22. Oktober").
package sentences

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed abbreviations.txt
var abbreviationsTxt string

var abbreviations = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(abbreviationsTxt, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			m[strings.ToLower(l)] = true
		}
	}
	return m
}()

// Sentence is one sentence: Text is text[Start:End] (byte offsets), trimmed
// of surrounding white space.
type Sentence struct {
	Start, End int
	Text       string
}

// Split returns the sentences of text in order. Empty stretches are
// skipped.
func Split(text string) []Sentence {
	var out []Sentence
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e {
			r, n := utf8.DecodeRuneInString(text[s:])
			if !unicode.IsSpace(r) {
				break
			}
			s += n
		}
		for e > s {
			r, n := utf8.DecodeLastRuneInString(text[:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= n
		}
		if e > s {
			out = append(out, Sentence{Start: s, End: e, Text: text[s:e]})
		}
		start = end
	}
	dateline, bodyStart := datelineEnd(text)
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case i == dateline:
			emit(i)
			start, i = bodyStart, bodyStart
			continue
		case r == '\n':
			if lineBreakEnds(text, i) {
				emit(i + n)
			}
		case r == '。' || r == '！' || r == '？' || r == '；':
			end := skipClosers(text, i+n)
			emit(end)
			i = end
			continue
		case r == '.' || r == '!' || r == '?':
			end := skipClosers(text, i+n)
			for end < len(text) && (text[end] == '.' || text[end] == '!' || text[end] == '?') {
				end = skipClosers(text, end+1)
			}
			if endsSentence(text, i, end, r) {
				emit(end)
			}
			i = end
			continue
		}
		i += n
	}
	emit(len(text))
	return out
}

// skipClosers moves past closing quotes and brackets that belong to the
// sentence just ended.
func skipClosers(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !strings.ContainsRune("\"'”’»)]」』）", r) {
			break
		}
		i += n
	}
	return i
}

// endsSentence decides whether the terminator r at text[i] (followed by
// closers up to end) ends a sentence.
func endsSentence(text string, i, end int, r rune) bool {
	if end >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[end:])
	if !unicode.IsSpace(next) {
		return false // "3.5", "dzwww.com", "z.B."
	}
	// The first letter after the white space must be able to start a
	// sentence: an upper-case letter, a digit, a quote, a non-cased script.
	j := end
	for j < len(text) {
		c, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(c) {
			break
		}
		if c == '\n' {
			return true
		}
		j += n
	}
	if j >= len(text) {
		return true
	}
	first, _ := utf8.DecodeRuneInString(text[j:])
	if unicode.IsLower(first) {
		return false
	}
	if r != '.' || end != i+1 {
		return true
	}
	// The word before the full stop.
	k := i
	for k > 0 {
		c, n := utf8.DecodeLastRuneInString(text[:k])
		if unicode.IsSpace(c) || c == '(' || c == '"' || c == '«' || c == '„' {
			break
		}
		k -= n
	}
	word := text[k:i]
	if word == "" {
		return true
	}
	if utf8.RuneCountInString(word) == 1 {
		c, _ := utf8.DecodeRuneInString(word)
		if unicode.IsLetter(c) {
			return false // an initial, or "z. B."
		}
	}
	if len(word) <= 2 && isDigits(word) {
		return false // an ordinal: "22. Oktober"
	}
	return !abbreviations[strings.ToLower(word)]
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// lineBreakEnds reports whether the line break at text[i] ends a sentence:
// it does unless it only wraps running text (a lower-case letter or comma
// before it and a lower-case letter after it).
func lineBreakEnds(text string, i int) bool {
	prev, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[:i], " \t\r"))
	rest := strings.TrimLeft(text[i+1:], " \t\r")
	next, _ := utf8.DecodeRuneInString(rest)
	wraps := (unicode.IsLower(prev) || prev == ',') && unicode.IsLower(next)
	return !wraps
}

// datelineEnd returns the offset of the separator after a wire-story
// dateline at the start of the first line ("WUHAN, China, April 2, 2024
// /PRNewswire/ -- On ...") and the offset of the text after it, or -1, -1.
func datelineEnd(text string) (int, int) {
	head := text
	if nl := strings.IndexByte(head, '\n'); nl >= 0 {
		head = head[:nl]
	}
	if len(head) > 200 {
		head = head[:200]
	}
	for _, sep := range []string{" -- ", " — ", " – "} {
		if k := strings.Index(head, sep); k > 0 && strings.ContainsAny(head[:k], "0123456789") {
			return k, k + len(sep)
		}
	}
	return -1, -1
}
