package gazetteer

import (
	"bufio"
	"cmp"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/bilateral/bilateral/graph"
)

// Entry is one region or organisation of the gazetteer.
type Entry struct {
	Code    string            // stable identity (see the package doc)
	Kind    graph.Kind        // KindRegion or KindOrganisation
	Level   graph.RegionLevel // regions
	Country string            // ISO 3166-1 alpha-2
	Name    string            // canonical English name ("Jiangxia District", "Hubei", "Russia", "OPORA Russia")
	Names   []string          // every surface form in every language, Name first
	Parent  string            // parent region code ("" for countries and organisations)
	OrgType graph.OrgType     // organisations

	forms []Form // forms[i] is what Names[i] is
	quiet []bool // quiet[i]: Names[i] is found by Lookup but not by Match
}

// Form says what a matched surface form is.
type Form uint8

// The forms of a surface name.
const (
	FormName    Form = iota // a name of the entry ("Hubei", "Provinz Hubei", "湖北省")
	FormDemonym             // an adjective or nationality ("Russian", "chinesisch", "российский")
	FormShort               // a historic or short name ("Qilu", "鲁")
	FormAcronym             // an acronym, matched case-sensitively ("CPC", "EAEU")
	// FormBare is the romanised name of a Chinese city or district without
	// its suffix ("Jiangxia", "Цзянся"). Such names double as given names,
	// so Match skips one right after a Chinese surname ("Xi Jinping"), and
	// an extractor may want more support (the full name elsewhere in the
	// article) before it trusts one.
	FormBare
)

var formLetters = [...]byte{FormName: 'N', FormDemonym: 'D', FormShort: 'S', FormAcronym: 'A', FormBare: 'B'}

// String returns the form's name ("name", "demonym", "short", "acronym",
// "bare").
func (f Form) String() string {
	switch f {
	case FormName:
		return "name"
	case FormDemonym:
		return "demonym"
	case FormShort:
		return "short"
	case FormAcronym:
		return "acronym"
	case FormBare:
		return "bare"
	}
	return fmt.Sprintf("Form(%d)", f)
}

// Hit is one match of a gazetteer name in a text.
type Hit struct {
	Start, End int    // byte offsets in the text
	Text       string // text[Start:End]
	Entry      *Entry // the preferred entry, Entries[0]
	Form       Form   // what Text is for Entry
	// Entries are all the entries the text may name, preferred first (see
	// the package doc); most hits have one.
	Entries []*Entry
}

// Gazetteer holds the entries and the matcher over their names. It is
// immutable and safe for concurrent use.
type Gazetteer struct {
	entries []*Entry
	byCode  map[string]*Entry
	byName  map[string][]*Entry // graph.FoldName(name) → entries, preferred first
	trie    *trie
	// surnames are the Chinese surnames after which a FormBare hit is a
	// given name.
	surnames map[string]bool
}

//go:embed data/regions.tsv
var regionsTSV string

//go:embed data/organisations.tsv
var organisationsTSV string

//go:embed data/cn_surnames.txt
var surnamesTXT string

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
)

// Default returns the gazetteer of the embedded data, parsed on first use.
// It panics if the embedded data is malformed, which tests rule out.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		g, err := load(regionsTSV, organisationsTSV)
		if err != nil {
			panic(fmt.Sprintf("gazetteer: embedded data: %v", err))
		}
		defaultGaz = g
	})
	return defaultGaz
}

func load(regions, orgs string) (*Gazetteer, error) {
	entries, err := parseTSV(regions)
	if err != nil {
		return nil, fmt.Errorf("regions.tsv: %w", err)
	}
	os, err := parseTSV(orgs)
	if err != nil {
		return nil, fmt.Errorf("organisations.tsv: %w", err)
	}
	g, err := New(append(entries, os...))
	if err != nil {
		return nil, err
	}
	g.surnames = map[string]bool{}
	for _, line := range strings.Split(surnamesTXT, "\n") {
		if !strings.HasPrefix(line, "#") {
			for _, w := range strings.Fields(line) {
				g.surnames[w] = true
			}
		}
	}
	return g, nil
}

// New builds a gazetteer of the given entries. It returns an error if two
// entries share a code, a parent is missing, or an entry has no name.
func New(entries []*Entry) (*Gazetteer, error) {
	g := &Gazetteer{
		entries: entries,
		byCode:  make(map[string]*Entry, len(entries)),
	}
	names, size := 0, 0
	for _, e := range entries {
		names += len(e.Names)
		for _, n := range e.Names {
			size += len(n)
		}
	}
	g.byName = make(map[string][]*Entry, names)
	for _, e := range entries {
		if e.Code == "" || e.Name == "" {
			return nil, fmt.Errorf("entry %q %q: missing code or name", e.Code, e.Name)
		}
		if _, dup := g.byCode[e.Code]; dup {
			return nil, fmt.Errorf("entry %s: duplicate code", e.Code)
		}
		g.byCode[e.Code] = e
		if len(e.forms) != len(e.Names) {
			e.forms = make([]Form, len(e.Names))
		}
		if len(e.quiet) != len(e.Names) {
			e.quiet = make([]bool, len(e.Names))
		}
	}
	b := newTrieBuilder(names, size)
	for _, e := range entries {
		if e.Parent != "" {
			if _, ok := g.byCode[e.Parent]; !ok {
				return nil, fmt.Errorf("entry %s: parent %s not found", e.Code, e.Parent)
			}
		}
		for i, n := range e.Names {
			k := graph.FoldName(n)
			if k == "" {
				continue
			}
			if !slices.Contains(g.byName[k], e) {
				g.byName[k] = append(g.byName[k], e)
			}
			if !e.quiet[i] && matchable(n) {
				b.add(n, e, e.forms[i])
			}
		}
	}
	for _, es := range g.byName {
		slices.SortFunc(es, comparePreference)
	}
	g.trie = b.build(comparePreference)
	return g, nil
}

// rank orders kinds and levels for preference: countries first.
func rank(e *Entry) int {
	if e.Kind != graph.KindRegion {
		return len(graph.RegionLevels)
	}
	if i := slices.Index(graph.RegionLevels, e.Level); i >= 0 {
		return i
	}
	return len(graph.RegionLevels)
}

func comparePreference(a, b *Entry) int {
	return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(a.Code, b.Code))
}

// Entries returns every entry, regions in file order then organisations.
// The slice must not be modified.
func (g *Gazetteer) Entries() []*Entry { return g.entries }

// Entry returns the entry with the given code.
func (g *Gazetteer) Entry(code string) (*Entry, bool) {
	e, ok := g.byCode[code]
	return e, ok
}

// Ancestors returns the entry's parent, its parent's parent and so on up to
// the country; nil for an unknown code or an entry without parent.
func (g *Gazetteer) Ancestors(code string) []*Entry {
	var out []*Entry
	e, ok := g.byCode[code]
	for ok && e.Parent != "" && len(out) < 8 {
		e, ok = g.byCode[e.Parent]
		if ok {
			out = append(out, e)
		}
	}
	return out
}

// Lookup returns the entries with a name equal to name after
// FoldName, preferred first. It also finds the names Match skips.
func (g *Gazetteer) Lookup(name string) []*Entry {
	return slices.Clone(g.byName[graph.FoldName(name)])
}

// FormOf returns what name is for the entry (its first surface form that
// folds to the same key), and false if name is none of its names.
func (e *Entry) FormOf(name string) (Form, bool) {
	k := graph.FoldName(name)
	for i, n := range e.Names {
		if graph.FoldName(n) == k {
			return e.forms[i], true
		}
	}
	return 0, false
}

// parseTSV reads the generated format: one entry a line,
//
//	code kind level country parent orgtype name form...
//
// tab-separated, kind "R" or "O", each form a letter (N, D, S, A, B) followed by
// the surface text; a lower-case letter marks a form that Match skips (too
// ambiguous) but Lookup finds. Lines starting with # are comments.
func parseTSV(s string) ([]*Entry, error) {
	var out []*Entry
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) < 7 {
			return nil, fmt.Errorf("line %d: %d fields, want at least 7", line, len(f))
		}
		e := &Entry{Code: f[0], Level: graph.RegionLevel(f[2]), Country: f[3], Parent: f[4],
			OrgType: graph.OrgType(f[5]), Name: f[6]}
		switch f[1] {
		case "R":
			e.Kind = graph.KindRegion
		case "O":
			e.Kind = graph.KindOrganisation
		default:
			return nil, fmt.Errorf("line %d: kind %q", line, f[1])
		}
		e.Names = append(e.Names, e.Name)
		e.forms = append(e.forms, FormName)
		e.quiet = append(e.quiet, false)
		for _, v := range f[7:] {
			if len(v) < 2 {
				return nil, fmt.Errorf("line %d: empty form %q", line, v)
			}
			letter, quiet := v[0], false
			if 'a' <= letter && letter <= 'z' {
				letter, quiet = letter-'a'+'A', true
			}
			fm := slices.Index(formLetters[:], letter)
			if fm < 0 {
				return nil, fmt.Errorf("line %d: form letter %q", line, v[0])
			}
			e.Names = append(e.Names, v[1:])
			e.forms = append(e.forms, Form(fm))
			e.quiet = append(e.quiet, quiet)
		}
		out = append(out, e)
	}
	return out, sc.Err()
}
