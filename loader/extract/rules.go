package extract

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed rules/*.txt
var rulesFS embed.FS

// pattern is one rule phrase as a sequence of word patterns.
type pattern struct {
	key   string   // "event:forum", "role", "cue:modal", ...
	lang  string   // ISO 639-1 or "*"
	raw   string   // the phrase as written in the file
	words []string // lower case; "~x" a word ending in x, "x*" a word starting with x
}

// lexicon holds every rule phrase, indexed for matching at a token.
type lexicon struct {
	exact  map[string][]*pattern // by first word when it is a whole word
	prefix affixTrie             // by x when the first word is "x*"
	suffix affixTrie             // by x, read backwards, when the first word is "~x"
	keys   map[string][]*pattern
}

// affixTrie indexes patterns by the bytes of a word's beginning (or, for
// suffixes, of its end read backwards), so that every affix of a token is
// looked up in one walk over its bytes.
type affixTrie struct {
	nodes []affixNode // nodes[0] is the root
}

type affixNode struct {
	next []affixEdge
	pats []*pattern // patterns whose affix ends here
}

type affixEdge struct {
	b  byte
	to int32
}

func (t *affixTrie) child(n int, b byte) int {
	for _, e := range t.nodes[n].next {
		if e.b == b {
			return int(e.to)
		}
	}
	return -1
}

// add indexes p under affix, read backwards when reverse is set.
func (t *affixTrie) add(affix string, reverse bool, p *pattern) {
	if len(t.nodes) == 0 {
		t.nodes = append(t.nodes, affixNode{})
	}
	n := 0
	for k := range len(affix) {
		b := affix[k]
		if reverse {
			b = affix[len(affix)-1-k]
		}
		c := t.child(n, b)
		if c < 0 {
			c = len(t.nodes)
			t.nodes = append(t.nodes, affixNode{})
			t.nodes[n].next = append(t.nodes[n].next, affixEdge{b: b, to: int32(c)})
		}
		n = c
	}
	t.nodes[n].pats = append(t.nodes[n].pats, p)
}

// walk calls f with the patterns of every affix of w, shortest first.
// Affixes end on rune boundaries, as the indexed ones are whole runes.
func (t *affixTrie) walk(w string, reverse bool, f func([]*pattern)) {
	if len(t.nodes) == 0 {
		return
	}
	n := 0
	for k := range len(w) {
		b := w[k]
		if reverse {
			b = w[len(w)-1-k]
		}
		if n = t.child(n, b); n < 0 {
			return
		}
		if ps := t.nodes[n].pats; len(ps) > 0 {
			f(ps)
		}
	}
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{exact: map[string][]*pattern{}, keys: map[string][]*pattern{}}
	files, err := fs.Glob(rulesFS, "rules/*.txt")
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		b, err := rulesFS.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", f, err)
		}
		for n, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			parts := strings.Split(line, "|")
			if len(parts) != 3 {
				return nil, fmt.Errorf("%s:%d: want key | lang | phrase", f, n+1)
			}
			raw := strings.TrimSpace(parts[2])
			p := &pattern{key: strings.TrimSpace(parts[0]), lang: strings.TrimSpace(parts[1]), raw: raw, words: phraseWords(raw)}
			if len(p.words) == 0 {
				return nil, fmt.Errorf("%s:%d: empty phrase", f, n+1)
			}
			lx.keys[p.key] = append(lx.keys[p.key], p)
			switch w := p.words[0]; {
			case strings.HasPrefix(w, "~"):
				lx.suffix.add(w[1:], true, p)
			case strings.HasSuffix(w, "*") && len(w) > 1:
				lx.prefix.add(w[:len(w)-1], false, p)
			default:
				lx.exact[w] = append(lx.exact[w], p)
			}
		}
	}
	return lx, nil
}

// phraseWords splits a rule phrase into word patterns the way tokenize
// splits text: Han characters one by one, punctuation apart.
func phraseWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(strings.ToLower(s)) {
		mark := ""
		if strings.HasPrefix(f, "~") {
			mark, f = "~", f[1:]
		}
		star := strings.HasSuffix(f, "*") && len(f) > 1
		f = strings.TrimSuffix(f, "*")
		toks := tokenize(f)
		for i, t := range toks {
			w := t.low
			if i == 0 {
				w = mark + w
			}
			if i == len(toks)-1 && star {
				w += "*"
			}
			out = append(out, w)
		}
	}
	return out
}

func wordMatches(w string, t *token) bool {
	switch {
	case strings.HasPrefix(w, "~"):
		return strings.HasSuffix(t.low, w[1:])
	case strings.HasSuffix(w, "*") && len(w) > 1:
		return strings.HasPrefix(t.low, w[:len(w)-1])
	}
	return t.low == w
}

// match is a rule phrase found at toks[i:j].
type match struct {
	p    *pattern
	i, j int
}

// allAt returns every phrase that matches at toks[i].
func (lx *lexicon) allAt(toks []token, i int) []match {
	var out []match
	try := func(ps []*pattern) {
		for _, p := range ps {
			if i+len(p.words) > len(toks) {
				continue
			}
			ok := true
			for k := 1; k < len(p.words); k++ {
				if !wordMatches(p.words[k], &toks[i+k]) {
					ok = false
					break
				}
			}
			if ok {
				out = append(out, match{p, i, i + len(p.words)})
			}
		}
	}
	t := &toks[i]
	try(lx.exact[t.low])
	if !t.word {
		return out
	}
	lx.prefix.walk(t.low, false, try)
	// Longest suffix first.
	var suffixes [8][]*pattern
	found := suffixes[:0]
	lx.suffix.walk(t.low, true, func(ps []*pattern) { found = append(found, ps) })
	for k := len(found) - 1; k >= 0; k-- {
		try(found[k])
	}
	return out
}

// keyMatches reports whether a pattern's key is key or, for a key ending
// in ":", starts with it.
func keyMatches(pkey, key string) bool {
	return pkey == key || (strings.HasSuffix(key, ":") && strings.HasPrefix(pkey, key))
}

// matchAt returns the longest phrase with the key (or, for a key ending in
// ":", any key starting with it) that matches at toks[k] and ends by
// limit. Cue phrases ("cue:...") apply only to articles of their language
// (or of unknown language); names, titles and triggers apply to all, as
// articles quote names in other languages. Matches are computed once per
// token.
func (d *doc) matchAt(k int, key string, limit int) (match, bool) {
	if k < 0 || k >= len(d.toks) {
		return match{}, false
	}
	best := match{}
	for _, m := range d.matchesAt(k) {
		if m.j > limit || m.j-m.i <= best.j-best.i || !d.applies(m, key) {
			continue
		}
		best = m
	}
	return best, best.p != nil
}

// matchesAt returns every phrase that matches at toks[k], computed once.
func (d *doc) matchesAt(k int) []match {
	if d.cache == nil {
		d.cache = make([][]match, len(d.toks))
		d.cached = make([]bool, len(d.toks))
	}
	if !d.cached[k] {
		d.cache[k] = d.x.lx.allAt(d.toks, k)
		d.cached[k] = true
	}
	return d.cache[k]
}

// applies reports whether a match found at a token counts for key in this
// article (see matchAt).
func (d *doc) applies(m match, key string) bool {
	if !keyMatches(m.p.key, key) {
		return false
	}
	if m.p.lang != "*" && d.lang != "" && m.p.lang != d.lang && strings.HasPrefix(key, "cue:") {
		return false
	}
	// Modal verbs are never capitalised inside a sentence: "May 14",
	// "Will Smith".
	return !(m.p.key == "cue:modal" && d.toks[m.i].upper)
}

// startsAny reports whether a phrase of any of the keys starts at toks[k].
func (d *doc) startsAny(k int, keys []string) bool {
	if k < 0 || k >= len(d.toks) {
		return false
	}
	for _, m := range d.matchesAt(k) {
		for _, key := range keys {
			if d.applies(m, key) {
				return true
			}
		}
	}
	return false
}

// find returns the non-overlapping matches of phrases with the key in
// toks[from:to], leftmost-longest.
func (d *doc) find(from, to int, key string) []match {
	var out []match
	for i := from; i < to; i++ {
		if m, ok := d.matchAt(i, key, to); ok {
			out = append(out, m)
			i = m.j - 1
		}
	}
	return out
}

// has reports whether a phrase with the key occurs in toks[from:to].
func (d *doc) has(from, to int, key string) bool {
	for i := from; i < to; i++ {
		if _, ok := d.matchAt(i, key, to); ok {
			return true
		}
	}
	return false
}

// token is a word, a number, a Han character or a punctuation mark.
type token struct {
	s, e  int    // byte offsets
	raw   string // as written
	low   string // lower case
	word  bool   // letters (or digits)
	upper bool   // starts with an upper-case letter
	han   bool   // a Han character
	num   bool   // digits
	cyr   bool   // Cyrillic
}

func isHan(r rune) bool { return r >= 0x2e80 && unicode.Is(unicode.Han, r) }

// isWordRune reports whether r continues a word token.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) && !isHan(r)
}

// tokenize splits text into tokens: words (runs of letters, digits and
// non-spacing marks), each Han character on its own, and every other rune
// that is not white space on its own, so that "Co." is "Co" and "." and
// "People's" is "People", "'" and "s".
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5)
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isHan(r):
			toks = append(toks, token{s: i, e: i + n, raw: text[i : i+n], low: text[i : i+n], han: true, word: true})
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(text) {
				if c := text[j]; c < utf8.RuneSelf {
					if !isWordRune(rune(c)) {
						break
					}
					j++
					continue
				}
				c, m := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(c) {
					break
				}
				j += m
			}
			raw := text[i:j]
			t := token{s: i, e: j, raw: raw, low: strings.ToLower(raw), word: true,
				upper: unicode.IsUpper(r), num: unicode.IsDigit(r), cyr: unicode.Is(unicode.Cyrillic, r)}
			toks = append(toks, t)
			i = j
		default:
			toks = append(toks, token{s: i, e: i + n, raw: text[i : i+n], low: text[i : i+n]})
			i += n
		}
	}
	return toks
}
