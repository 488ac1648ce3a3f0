package gazetteer

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bilateral/bilateral/graph"
)

// The matcher is a trie over folded names, walked from every word start of
// the text. Aho-Corasick libraries report leftmost-longest matches without
// knowing about word boundaries, so a match inside a word ("China" in
// "Chinese") can hide a valid one that starts at the same place; walking the
// trie from word starts only gives exactly the whole-word leftmost-longest
// matches, and as almost every walk ends after a few runes it is as fast.

// fold maps a rune to the form it is matched in: lower case, Latin
// letters without diacritics, ё as е, one apostrophe, one hyphen, one space.
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
	if r < latinEnd && latinBase[r] != 0 {
		return latinBase[r]
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

// latinBase maps a Latin letter with diacritics to its lower-case base
// letter ("Á", "á", "ï" → "a", "a", "i"), so that names match with or
// without accents: "Shanghái", "Shanghaï", "Pékin". Cyrillic keeps its
// letters (й is not и); letters that fold to more than one ("ß") keep
// theirs.
// The table is computed with graph.FoldName, the one rule for names.
var latinBase = func() []rune {
	t := make([]rune, latinEnd)
	for r := rune(0xc0); r < latinEnd; r++ {
		if !unicode.IsLetter(r) {
			continue
		}
		f := graph.FoldName(string(r))
		if len(f) == 1 && f[0] >= 'a' && f[0] <= 'z' && graph.FoldName("a"+string(r)+"a") == "a"+f+"a" {
			t[r] = rune(f[0])
		}
	}
	return t
}()

const latinEnd = 0x250 // Latin-1 Supplement to Latin Extended-B

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

// trieBuilder collects the folded names and builds the trie from them
// sorted, without a map per node.
type trieBuilder struct {
	buf  strings.Builder // every folded name, one after another, in UTF-8
	all  string          // buf's contents, once built
	keys []trieKey
	tmp  []rune
}

type trieKey struct {
	off, n int32 // all[off:off+n]
	out    output
}

// newTrieBuilder returns a builder with room for about names names of
// about size bytes in all.
func newTrieBuilder(names, size int) *trieBuilder {
	b := &trieBuilder{keys: make([]trieKey, 0, names)}
	b.buf.Grow(size)
	return b
}

func (b *trieBuilder) key(k trieKey) string { return b.all[k.off : k.off+k.n] }

// add adds a name: its runes folded, white space collapsed.
func (b *trieBuilder) add(name string, e *Entry, f Form) {
	b.tmp = b.tmp[:0]
	for _, r := range name {
		c := fold(r)
		if c == ' ' && (len(b.tmp) == 0 || b.tmp[len(b.tmp)-1] == ' ') {
			continue
		}
		b.tmp = append(b.tmp, c)
	}
	for len(b.tmp) > 0 && b.tmp[len(b.tmp)-1] == ' ' {
		b.tmp = b.tmp[:len(b.tmp)-1]
	}
	if len(b.tmp) == 0 {
		return
	}
	off := b.buf.Len()
	for _, r := range b.tmp {
		b.buf.WriteRune(r)
	}
	o := output{entry: e, form: f}
	if f == FormAcronym {
		o.exact = name
	}
	b.keys = append(b.keys, trieKey{off: int32(off), n: int32(b.buf.Len() - off), out: o})
}

// build returns the trie of the names added; the outputs of each node are
// ordered by pref, then by form, then as added.
func (b *trieBuilder) build(pref func(a, b *Entry) int) *trie {
	b.all = b.buf.String()
	type sortKey struct {
		s string
		i int32
	}
	sorted := make([]sortKey, len(b.keys))
	for i, k := range b.keys {
		sorted[i] = sortKey{b.key(k), int32(i)}
	}
	// UTF-8 sorts as the runes it encodes.
	slices.SortFunc(sorted, func(x, y sortKey) int { return cmp.Or(strings.Compare(x.s, y.s), cmp.Compare(x.i, y.i)) })
	order := make([]int32, len(sorted))
	for i, k := range sorted {
		order[i] = k.i
	}
	// One node for the root and for every rune past the common prefix of
	// a key with the one before it.
	nodes := 1
	for i, k := range order {
		c := b.key(b.keys[k])
		lcp := 0
		if i > 0 {
			a := b.key(b.keys[order[i-1]])
			for lcp < len(a) && lcp < len(c) && a[lcp] == c[lcp] {
				lcp++
			}
			for lcp > 0 && lcp < len(c) && !utf8.RuneStart(c[lcp]) {
				lcp--
			}
		}
		nodes += utf8.RuneCountInString(c[lcp:])
	}
	t := &trie{nodes: make([]tnode, 0, nodes), edges: make([]tedge, 0, nodes-1)}
	b.node(t, order, 0, pref)
	return t
}

// node adds the node for keys (indexes into b.keys, sorted), which share
// their first depth runes, and below it the nodes of their continuations;
// it returns the node's index. The node's edges are reserved before its
// children are built, so that they lie together, sorted by rune.
// depth is the byte length of the shared prefix.
func (b *trieBuilder) node(t *trie, keys []int32, depth int, pref func(a, b *Entry) int) uint32 {
	n := uint32(len(t.nodes))
	t.nodes = append(t.nodes, tnode{out: -1})
	// Keys that end here sort first.
	end := 0
	for end < len(keys) && int(b.keys[keys[end]].n) == depth {
		end++
	}
	if end > 0 {
		os := make([]output, end)
		for i, k := range keys[:end] {
			os[i] = b.keys[k].out
		}
		slices.SortStableFunc(os, func(x, y output) int {
			if c := pref(x.entry, y.entry); c != 0 {
				return c
			}
			return int(x.form) - int(y.form)
		})
		t.nodes[n].out = int32(len(t.outs))
		t.outs = append(t.outs, os)
	}
	rest := keys[end:]
	at := func(i int) (rune, int) { return utf8.DecodeRuneInString(b.key(b.keys[rest[i]])[depth:]) }
	children := 0
	prev := rune(-1)
	for i := range rest {
		if r, _ := at(i); r != prev {
			children++
			prev = r
		}
	}
	lo := len(t.edges)
	t.edges = slices.Grow(t.edges, children)[:lo+children]
	t.nodes[n].lo, t.nodes[n].hi = uint32(lo), uint32(lo+children)
	for c, i := 0, 0; i < len(rest); c++ {
		r, size := at(i)
		j := i + 1
		for j < len(rest) {
			if q, _ := at(j); q != r {
				break
			}
			j++
		}
		child := b.node(t, rest[i:j], depth+size, pref)
		t.edges[lo+c] = tedge{r: r, to: child}
		i = j
	}
	return n
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
