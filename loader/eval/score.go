package eval

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"

	"github.com/bilateral/bilateral/loader/extract"
)

// scoredKinds are the entity kinds score.py counts, as it spells them.
var scoredKinds = []string{"Region", "Organisation", "Official", "Event"}

// scoredRelations are the relation types score.py counts.
var scoredRelations = []string{"ATTENDED", "HOSTED", "SIGNED", "REPRESENTS", "VISITED"}

// upper and lower are Python's str.upper and str.lower (full mappings).
var (
	upper = cases.Upper(language.Und)
	lower = cases.Lower(language.Und)
)

// kindOf is score.py's kind_of: the kind in its canonical spelling when it
// is one of the scored kinds in any case (or "organization"), else the kind
// trimmed and lower-cased.
func kindOf(kind string) string {
	k := lower.String(strings.TrimFunc(kind, isPySpace))
	for _, K := range scoredKinds {
		if k == strings.ToLower(K) || (K == "Organisation" && k == "organization") {
			return K
		}
	}
	return k
}

// isPySpace is Python's str.isspace for one character.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// baseName is Python's os.path.basename: what follows the last slash.
func baseName(p string) string {
	return p[strings.LastIndexByte(p, '/')+1:]
}

// nameSet is the set of normalised names of an entity.
func nameSet(names ...[]string) map[string]bool {
	set := make(map[string]bool)
	for _, l := range names {
		for _, n := range l {
			if n != "" {
				set[Norm(n)] = true
			}
		}
	}
	return set
}

// tokenKey is the set of a normalised name's words, as a comparable key.
func tokenKey(n string) string {
	words := strings.Fields(n)
	slices.Sort(words)
	return strings.Join(slices.Compact(words), " ")
}

// dateMatch is score.py's date_match: the predicted date (its first ten
// characters) equals the gold date, or its month and day do where the gold
// year is XXXX.
func dateMatch(gold, pred string) bool {
	if gold == "" || pred == "" {
		return false
	}
	p := []rune(pred)
	p = p[:min(len(p), 10)]
	if strings.HasPrefix(gold, "XXXX-") {
		return string(p[min(len(p), 4):]) == string([]rune(gold)[4:])
	}
	return string(p) == gold
}

// entityMatch is score.py's entity_match: same kind and a common name; an
// official also by the same words in another order; an event also by date.
func entityMatch(g GoldEntity, s PredEntity) bool {
	kind := kindOf(g.Kind)
	if kind != kindOf(s.Kind) {
		return false
	}
	gnames := nameSet(g.Names)
	snames := nameSet([]string{s.Name}, s.Aliases, s.Names)
	if kind == "Event" && g.Date != "" && dateMatch(g.Date, s.Date) {
		return true
	}
	if kind == "Official" {
		gt := make(map[string]bool, len(gnames))
		for n := range gnames {
			gt[tokenKey(n)] = true
		}
		for n := range snames {
			if gt[tokenKey(n)] {
				return true
			}
		}
		return false
	}
	for n := range snames {
		if gnames[n] {
			return true
		}
	}
	return false
}

// align is score.py's align: a one-to-one map from predicted entity index
// to gold id, required gold entities first, then optional ones; gold order
// and then prediction order break ties.
func align(gold []GoldEntity, pred []PredEntity) map[int]string {
	mapping := make(map[int]string)
	taken := make(map[string]bool)
	for _, optional := range []bool{false, true} {
		for _, g := range gold {
			if g.Optional != optional || taken[g.ID] {
				continue
			}
			for i, s := range pred {
				if _, ok := mapping[i]; ok {
					continue
				}
				if entityMatch(g, s) {
					mapping[i] = g.ID
					taken[g.ID] = true
					break
				}
			}
		}
	}
	return mapping
}

// Score scores predictions against gold annotations as score.py does. A
// prediction is paired with the gold annotation whose article is the base
// name of its source (for several predictions of one article, the last
// counts); gold articles without a prediction count as predicted empty and
// are listed in Report.Missing. Predictions of articles without gold are
// ignored. Report.Log holds score.py's --verbose lines.
func Score(gold map[string]Gold, preds []Prediction) Report {
	byName := make(map[string]Prediction, len(preds))
	for _, p := range preds {
		byName[baseName(p.Source)] = p
	}
	golds := make([]Gold, 0, len(gold))
	for _, g := range gold {
		golds = append(golds, g)
	}
	slices.SortFunc(golds, func(a, b Gold) int { // score.py's order: gold file names
		return strings.Compare(a.File+"\x00"+a.Article, b.File+"\x00"+b.Article)
	})
	t := newTally()
	for _, g := range golds {
		p, ok := byName[g.Article]
		if !ok {
			t.missing = append(t.missing, g.Article)
		}
		t.log = append(t.log, g.Article)
		t.article(g, p)
	}
	return t.report()
}

// ScoreResults scores extractor results directly (see Score).
func ScoreResults(gold map[string]Gold, results []extract.Result) Report {
	return Score(gold, FromResults(results))
}

// tally accumulates counts over articles.
type tally struct {
	ent, rel map[string]*Counts
	missing  []string
	log      []string
}

func newTally() *tally {
	return &tally{ent: make(map[string]*Counts), rel: make(map[string]*Counts)}
}

// count returns the counts of a category, creating it: as with score.py's
// defaultdict, a category exists once something was counted in it.
func count(m map[string]*Counts, k string) *Counts {
	c := m[k]
	if c == nil {
		c = &Counts{}
		m[k] = c
	}
	return c
}

// article is score.py's score_article.
func (t *tally) article(g Gold, p Prediction) {
	gby := make(map[string]GoldEntity, len(g.Entities))
	for _, e := range g.Entities {
		gby[e.ID] = e
	}
	sents := p.Entities
	mapping := align(g.Entities, sents)
	matched := make(map[string]bool, len(mapping))
	for _, id := range mapping {
		matched[id] = true
	}
	for i, s := range sents {
		k := kindOf(s.Kind)
		if !slices.Contains(scoredKinds, k) {
			continue
		}
		if id, ok := mapping[i]; ok {
			if !gby[id].Optional {
				count(t.ent, k).TP++
			}
			continue
		}
		count(t.ent, k).FP++
		t.logf("  FP %s: %s", k, pyReprOpt(s.Name, s.noName))
	}
	for _, e := range g.Entities {
		if !e.Optional && !matched[e.ID] {
			count(t.ent, kindOf(e.Kind)).FN++
			t.logf("  FN %s: %s", kindOf(e.Kind), pyRepr(e.Names[0]))
		}
	}

	sid := make(map[string]int, len(sents))
	for i, s := range sents {
		if !s.noID {
			sid[s.ID] = i
		}
	}
	aligned := func(id string, absent bool) (string, bool) {
		i, ok := sid[id]
		if absent || !ok {
			return "", false
		}
		gid, ok := mapping[i]
		return gid, ok
	}
	fits := func(gr GoldRelation, typ, a string, aok bool, b string, bok bool) bool {
		return gr.Type == typ && aok && bok && slices.Contains(gr.From, a) && slices.Contains(gr.To, b)
	}
	used := make(map[int]bool)
	for _, r := range p.Relations {
		typ := upper.String(r.Type)
		if !slices.Contains(scoredRelations, typ) {
			continue
		}
		a, aok := aligned(r.From, r.noFrom)
		b, bok := aligned(r.To, r.noTo)
		hit := -1
		for j, gr := range g.Relations {
			if !used[j] && fits(gr, typ, a, aok, b, bok) {
				hit = j
				break
			}
		}
		if hit >= 0 {
			used[hit] = true
			if !g.Relations[hit].Optional {
				count(t.rel, typ).TP++
			}
			continue
		}
		// Another acceptable alternative (or a repeat) of a gold relation
		// already matched: no penalty.
		if slices.ContainsFunc(g.Relations, func(gr GoldRelation) bool { return fits(gr, typ, a, aok, b, bok) }) {
			continue
		}
		// An endpoint aligned to an optional gold entity: neither reward nor punish.
		if (aok && a != "" && gby[a].Optional) || (bok && b != "" && gby[b].Optional) {
			continue
		}
		count(t.rel, typ).FP++
		t.logf("  FP %s: %s -> %s", typ, endName(sents, r.From, r.noFrom), endName(sents, r.To, r.noTo))
	}
	for j, gr := range g.Relations {
		if used[j] || gr.Optional {
			continue
		}
		count(t.rel, gr.Type).FN++
		t.logf("  FN %s: %s -> %s", gr.Type, pyRepr(gby[gr.From[0]].Names[0]), pyRepr(gby[gr.To[0]].Names[0]))
	}
}

// endName is how score.py's verbose output names a relation's endpoint: the
// name of the first entity with that id, else the id.
func endName(sents []PredEntity, id string, absent bool) string {
	for _, s := range sents {
		if s.noID == absent && (absent || s.ID == id) {
			return pyReprOpt(s.Name, s.noName)
		}
	}
	return pyReprOpt(id, absent)
}

func (t *tally) logf(format string, args ...any) {
	t.log = append(t.log, fmt.Sprintf(format, args...))
}
