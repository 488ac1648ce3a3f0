package gazetteer

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The matcher is a trie over folded names, walked from every word start of
// the text. Aho-Corasick libraries report leftmost-longest matches without
// knowing about word boundaries, so a match inside a word ("China" in
// "Chinese") can hide a valid one that starts at the same place; walking the
// trie from word starts only gives exactly the whole-word leftmost-longest
// matches, and as almost every walk ends after a few runes it is as fast.

// fold maps a rune to the form it is matched in: lower case, ё as е, one
// apostrophe, one hyphen, one space.
func fold(r rune) rune {
	if r < utf8.RuneSelf {
		switch {
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A'
		case r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v':
			return ' '
		case r == '`':
			return '\''
		}
		return r
	}
	switch r {
	case 'ё', 'Ё':
		return 'е'
	case '\u2018', '\u2019', '\u02bc', '\u2032':
		return '\''
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		return '-'
	case '\u00a0', '\u2009', '\u202f', '\u3000':
		return ' '
	}
	if unicode.IsSpace(r) {
		return ' '
	}
	return unicode.ToLower(r)
}

// isWord reports whether r is part of a word: a letter, digit or mark.
func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isCJK reports whether r is of a script written without spaces between words.
func isCJK(r rune) bool {
	return r >= 0x2e80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r))
}

// matchable reports whether Match should look for the name: not a single
// Han character, which would fire inside countless words.
func matchable(name string) bool {
	r, n := utf8.DecodeRuneInString(name)
	return !(n == len(name) && isCJK(r))
}

// foldKey returns the folded runes of a name, white space collapsed.
func foldKey(s string) []rune {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		f := fold(r)
		if f == ' ' && (len(out) == 0 || out[len(out)-1] == ' ') {
			continue
		}
		out = append(out, f)
	}
	for len(out) > 0 && out[len(out)-1] == ' ' {
		out = out[:len(out)-1]
	}
	return out
}

type output struct {
	entry *Entry
	form  Form
	exact string // non-empty: the text must equal it (acronyms)
}

type tnode struct {
	lo, hi uint32 // edges[lo:hi], sorted by rune
	out    int32  // index into outs, or -1
}

type tedge struct {
	r  rune
	to uint32
}

type trie struct {
	nodes []tnode
	edges []tedge
	outs  [][]output
}

type trieBuilder struct {
	children []map[rune]uint32
	outs     map[uint32][]output
}

func newTrieBuilder() *trieBuilder {
	return &trieBuilder{children: []map[rune]uint32{nil}, outs: map[uint32][]output{}}
}

func (b *trieBuilder) add(name string, e *Entry, f Form) {
	key := foldKey(name)
	if len(key) == 0 {
		return
	}
	n := uint32(0)
	for _, r := range key {
		next, ok := b.children[n][r]
		if !ok {
			next = uint32(len(b.children))
			b.children = append(b.children, nil)
			if b.children[n] == nil {
				b.children[n] = map[rune]uint32{}
			}
			b.children[n][r] = next
		}
		n = next
	}
	o := output{entry: e, form: f}
	if f == FormAcronym {
		o.exact = name
	}
	b.outs[n] = append(b.outs[n], o)
}

func (b *trieBuilder) build(pref func(a, b *Entry) int) *trie {
	t := &trie{nodes: make([]tnode, len(b.children))}
	for i, ch := range b.children {
		t.nodes[i].lo = uint32(len(t.edges))
		for r, to := range ch {
			t.edges = append(t.edges, tedge{r, to})
		}
		es := t.edges[t.nodes[i].lo:]
		sort.Slice(es, func(a, b int) bool { return es[a].r < es[b].r })
		t.nodes[i].hi = uint32(len(t.edges))
		t.nodes[i].out = -1
		if os, ok := b.outs[uint32(i)]; ok {
			slices.SortStableFunc(os, func(x, y output) int {
				if c := pref(x.entry, y.entry); c != 0 {
					return c
				}
				return int(x.form) - int(y.form)
			})
			t.nodes[i].out = int32(len(t.outs))
			t.outs = append(t.outs, os)
		}
	}
	return t
}

// step returns the child of node n along r, or 0 if there is none (the root
// is never a child).
func (t *trie) step(n uint32, r rune) uint32 {
	es := t.edges[t.nodes[n].lo:t.nodes[n].hi]
	if len(es) <= 8 {
		for _, e := range es {
			if e.r == r {
				return e.to
			}
		}
		return 0
	}
	lo, hi := 0, len(es)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if es[m].r < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(es) && es[lo].r == r {
		return es[lo].to
	}
	return 0
}

// accept returns the entries (preferred first) that the outputs of node n
// give for the matched text, or nil if none fits (an acronym in the wrong
// case).
func (t *trie) accept(n uint32, text string) ([]*Entry, Form) {
	i := t.nodes[n].out
	if i < 0 {
		return nil, 0
	}
	var es []*Entry
	var form Form
	for _, o := range t.outs[i] {
		if o.exact != "" && o.exact != text {
			continue
		}
		if slices.Contains(es, o.entry) {
			continue
		}
		if len(es) == 0 {
			form = o.form
		}
		es = append(es, o.entry)
	}
	return es, form
}

// Match returns the gazetteer names in text: leftmost-longest,
// non-overlapping, whole words (see the package doc), in text order.
func (g *Gazetteer) Match(text string) []Hit {
	var hits []Hit
	t := g.trie
	prev := rune(-1)
	for i := 0; i < len(text); {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if !isWord(r) || (isWord(prev) && !isCJK(prev) && !isCJK(r)) {
			prev = r
			i += sz
			continue
		}
		best, bestLast := -1, rune(-1)
		var bestEntries []*Entry
		var bestForm Form
		n, last, lastFold := uint32(0), rune(-1), rune(-1)
		for j := i; j < len(text); {
			c, csz := utf8.DecodeRuneInString(text[j:])
			f := fold(c)
			if f == ' ' && lastFold == ' ' {
				j += csz
				continue
			}
			n = t.step(n, f)
			if n == 0 {
				break
			}
			j += csz
			last, lastFold = c, f
			if t.nodes[n].out < 0 {
				continue
			}
			next := rune(-1)
			if j < len(text) {
				next, _ = utf8.DecodeRuneInString(text[j:])
			}
			if isWord(next) && !isCJK(next) && !isCJK(last) {
				continue
			}
			if es, form := t.accept(n, text[i:j]); es != nil {
				best, bestLast, bestEntries, bestForm = j, last, es, form
			}
		}
		if best < 0 || bestForm == FormBare && g.afterSurname(text[:i]) {
			prev = r
			i += sz
			continue
		}
		hits = append(hits, Hit{Start: i, End: best, Text: text[i:best], Entry: bestEntries[0],
			Form: bestForm, Entries: bestEntries})
		prev = bestLast
		i = best
	}
	return hits
}

// afterSurname reports whether before (the text up to a hit) ends with a
// Chinese surname and a space: "Xi " before "Jinping".
func (g *Gazetteer) afterSurname(before string) bool {
	t := strings.TrimRight(before, " ")
	if len(t) == len(before) || len(before)-len(t) > 1 {
		return false
	}
	j := len(t)
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(t[:j])
		if !isWord(r) {
			break
		}
		j -= n
	}
	return g.surnames[t[j:]]
}
