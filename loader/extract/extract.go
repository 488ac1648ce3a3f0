package extract

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/loader/extract/dates"
	"github.com/bilateral/bilateral/loader/extract/lang"
	"github.com/bilateral/bilateral/loader/extract/sentences"
	"github.com/bilateral/bilateral/loader/gazetteer"
)

// Extractor reads articles. It is immutable and safe for concurrent use.
type Extractor struct {
	gaz        *gazetteer.Gazetteer
	lx         *lexicon
	directions []string
	surnames   map[string]bool
	// qualifiers are the first words of connector phrases that are not
	// coordinators: "of" in "State Duma of Russia", never "and".
	qualifiers map[string]bool
}

// New returns an extractor that finds regions and well-known organisations
// with g (usually gazetteer.Default()). It panics if the embedded rule
// files are malformed, which the tests rule out.
func New(g *gazetteer.Gazetteer) *Extractor {
	lx, err := loadLexicon()
	if err != nil {
		panic(fmt.Sprintf("extract: rules: %v", err))
	}
	x := &Extractor{gaz: g, lx: lx, surnames: map[string]bool{}, qualifiers: map[string]bool{}}
	for _, d := range lx.keys["direction"] {
		x.directions = append(x.directions, strings.ToLower(d.raw))
	}
	// Longest first, so that "nordost" is tried before "nord".
	slices.SortFunc(x.directions, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	for _, p := range lx.keys["surname"] {
		for _, s := range strings.Fields(p.raw) {
			x.surnames[s] = true
		}
	}
	for _, p := range lx.keys["cue:connector"] {
		x.qualifiers[p.words[0]] = true
	}
	for _, p := range lx.keys["cue:coordinator"] {
		delete(x.qualifiers, p.words[0])
	}
	return x
}

// Extract reads one article. a.Text is required; a.Source is copied to the
// result; a.Language, a.Published and a.Title are used when set, else the
// language is detected and the publication date read from the text's
// header.
func (x *Extractor) Extract(a graph.Article) Result {
	d := x.newDoc(a)
	d.findRegions()
	d.findOrganisations()
	d.findOfficials()
	d.findEvents()
	d.findVisits()
	res := d.result()
	res.Source = a.Source
	res.Title = a.Title
	if res.Title == "" {
		res.Title = headline(a.Text)
	}
	return res
}

// headline returns the article's first line when it reads as a headline:
// a line of its own, followed by more text, of three words or more (eight
// characters of CJK), at most 200 characters, not ending like a sentence,
// and neither a dateline nor a publisher's line. Otherwise "".
func headline(text string) string {
	text = strings.TrimLeft(text, " \t\r\n")
	nl := strings.IndexByte(text, '\n')
	if nl < 0 || strings.TrimSpace(text[nl:]) == "" {
		return ""
	}
	line := strings.TrimSpace(text[:nl])
	n := utf8.RuneCountInString(line)
	if n > 200 || strings.ContainsAny(line, "/|") {
		return ""
	}
	if r, _ := utf8.DecodeLastRuneInString(line); strings.ContainsRune(".!?:;。！？：；,，", r) {
		return ""
	}
	if len(dates.Find(line)) > 0 {
		return ""
	}
	if len(strings.Fields(line)) >= 3 || (n >= 8 && hasHan(line)) {
		return line
	}
	return ""
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// doc is the working state of one extraction.
type doc struct {
	x         *Extractor
	text      string
	lang      string
	published string
	headerEnd int // byte offset where the header (title, dateline) ends

	toks  []token
	sents []sentences.Sentence
	sTok  [][2]int // token range of each sentence
	tSent []int    // sentence of each token

	ents []*ent
	rels []*rel

	regions []*span // region mentions, in text order
	orgs    []*span // organisation mentions
	people  []*span // official mentions
	demos   []demonym
	// speakers are the officials who spoke or were introduced with their
	// role: the participants of the article's event.
	speakers []*ent
	main     *ent         // the article's main event
	origin   *ent         // the first region participants come from
	mainSent int          // the sentence that states it
	byline   map[int]bool // tokens of bylines
	dates    []dates.Date

	runeAt []int32 // rune offset of each byte offset

	cache  [][]match // rule matches at each token, computed on first use
	cached []bool
	inName []bool // tokens inside a region, demonym or organisation mention
}

// span is one mention of an entity: toks[i:j].
type span struct {
	i, j int
	e    *ent
	// inOrg is set on region mentions inside an organisation's name.
	inOrg bool
}

// demonym is a demonym or adjective of a country at toks[i:j].
type demonym struct {
	i, j    int
	country string
	entry   *gazetteer.Entry
}

// ent is an entity being built.
type ent struct {
	kind    graph.Kind
	name    string
	aliases []string
	country string
	level   graph.RegionLevel
	code    string
	orgType graph.OrgType
	roles   []string

	date      string
	eventType graph.EventType
	status    graph.EventStatus
	place     *ent

	first span // the mention given as evidence
	conf  float64
	id    string
	drop  bool // merged away or invalid
}

// rel is a relation being built.
type rel struct {
	t         graph.RelType
	from, to  *ent
	role      string
	agreement string
	sent      int
	conf      float64
}

func (x *Extractor) newDoc(a graph.Article) *doc {
	d := &doc{x: x, text: a.Text, lang: a.Language, published: a.Published, byline: map[int]bool{}}
	if d.lang == "" {
		d.lang = lang.Detect(a.Text)
	}
	if d.published == "" {
		d.published = dates.Published(a.Text)
	}
	d.toks = tokenize(d.text)
	d.sents = sentences.Split(d.text)
	d.tSent = make([]int, len(d.toks))
	d.sTok = make([][2]int, len(d.sents))
	k := 0
	for si, s := range d.sents {
		for k < len(d.toks) && d.toks[k].s < s.Start {
			d.tSent[k] = max(si-1, 0)
			k++
		}
		from := k
		for k < len(d.toks) && d.toks[k].s < s.End {
			d.tSent[k] = si
			k++
		}
		d.sTok[si] = [2]int{from, k}
	}
	for ; k < len(d.toks); k++ {
		d.tSent[k] = len(d.sents) - 1
	}
	d.dates = dates.Find(d.text)
	d.headerEnd = d.findHeaderEnd()
	return d
}

// findHeaderEnd returns the end of the article's header: a wire dateline or
// a publisher's line among the first lines, whose dates are not events.
func (d *doc) findHeaderEnd() int {
	end := 0
	for si, s := range d.sents {
		if si > 4 {
			break
		}
		line := s.Text
		if strings.Contains(line, "/PRNewswire/") || isPublisherLine(line, d.published) {
			end = s.End
		}
	}
	return end
}

// isPublisherLine reports whether a header sentence is mostly a date or
// metadata line rather than prose.
func isPublisherLine(line, published string) bool {
	if published == "" || len(line) > 160 {
		return false
	}
	for _, dt := range dates.Find(line) {
		if dt.ISO() == published {
			return true
		}
	}
	return false
}

// addEnt registers a new entity and returns it.
func (d *doc) addEnt(e *ent) *ent {
	d.ents = append(d.ents, e)
	return e
}

// addRel records a relation unless it repeats one.
func (d *doc) addRel(t graph.RelType, from, to *ent, sent int, conf float64, role, agreement string) {
	if from == nil || to == nil || from == to || !t.Allows(from.kind, to.kind) {
		return
	}
	for _, r := range d.rels {
		if r.t == t && r.from == from && r.to == to {
			if role != "" && r.role == "" {
				r.role = role
			}
			if agreement != "" && r.agreement == "" {
				r.agreement = agreement
			}
			r.conf = max(r.conf, conf)
			return
		}
	}
	d.rels = append(d.rels, &rel{t: t, from: from, to: to, sent: sent, conf: conf, role: role, agreement: agreement})
}

// spanText returns the text of toks[i:j] as written.
func (d *doc) spanText(i, j int) string {
	if i >= j {
		return ""
	}
	return d.text[d.toks[i].s:d.toks[j-1].e]
}

func (d *doc) runeOffset(b int) int {
	if d.runeAt == nil {
		d.runeAt = make([]int32, len(d.text)+1)
		n := int32(0)
		for i := range d.text {
			for k := i; k < len(d.text) && (k == i || !utf8.RuneStart(d.text[k])); k++ {
				d.runeAt[k] = n
			}
			n++
		}
		d.runeAt[len(d.text)] = n
	}
	return int(d.runeAt[b])
}

func addAlias(e *ent, name string) {
	name = strings.TrimSpace(name)
	if name == "" || name == e.name || slices.Contains(e.aliases, name) {
		return
	}
	e.aliases = append(e.aliases, name)
}

// result validates the entities and relations and numbers them.
func (d *doc) result() Result {
	res := Result{Language: d.lang, Published: d.published, Entities: []Entity{}, Relations: []Relation{}}
	var live []*ent
	for _, e := range d.ents {
		if !e.drop && d.valid(e) {
			live = append(live, e)
		}
	}
	sort.SliceStable(live, func(a, b int) bool { return live[a].first.i < live[b].first.i })
	for n, e := range live {
		e.id = fmt.Sprintf("e%d", n+1)
	}
	for _, e := range live {
		ev := d.sents[d.tSent[e.first.i]]
		out := Entity{ID: e.id, Kind: e.kind, Name: e.name, Country: e.country, Level: e.level,
			Code: e.code, OrgType: e.orgType, Date: e.date, EventType: e.eventType, Status: e.status,
			Evidence: ev.Text, Start: d.runeOffset(d.toks[e.first.i].s), End: d.runeOffset(d.toks[e.first.j-1].e),
			Confidence: e.conf}
		for _, a := range e.aliases {
			if a != e.name {
				out.Aliases = append(out.Aliases, a)
			}
		}
		slices.Sort(out.Aliases)
		out.Aliases = slices.Compact(out.Aliases)
		if len(e.roles) > 0 {
			out.Roles = slices.Compact(slices.Sorted(slices.Values(e.roles)))
		}
		if e.place != nil && e.place.id != "" {
			out.Place = e.place.id
		}
		res.Entities = append(res.Entities, out)
	}
	for _, r := range d.rels {
		if r.from.id == "" || r.to.id == "" || r.from.drop || r.to.drop || !r.t.Allows(r.from.kind, r.to.kind) {
			continue
		}
		s := d.sents[r.sent]
		res.Relations = append(res.Relations, Relation{Type: r.t, From: r.from.id, To: r.to.id, Role: r.role,
			Agreement: r.agreement, Evidence: s.Text, Start: d.runeOffset(s.Start), End: d.runeOffset(s.End),
			Language: d.lang, Confidence: r.conf})
	}
	return res
}

// valid checks an entity against the closed ontology, clearing properties
// that fail rather than dropping what is otherwise sound.
func (d *doc) valid(e *ent) bool {
	if !e.kind.Valid() || strings.TrimSpace(e.name) == "" {
		return false
	}
	if e.country != "" && !graph.ValidCountry(e.country) {
		e.country = ""
	}
	if e.level != "" && !slices.Contains(graph.RegionLevels, e.level) {
		e.level = ""
	}
	if e.orgType != "" && !slices.Contains(graph.OrgTypes, e.orgType) {
		e.orgType = graph.OrgOther
	}
	if e.eventType != "" && !slices.Contains(graph.EventTypes, e.eventType) {
		e.eventType = graph.EventOther
	}
	if e.date != "" && !graph.ValidDate(e.date) {
		e.date = ""
	}
	if e.status != "" && e.status != graph.EventOccurred && e.status != graph.EventPlanned {
		e.status = ""
	}
	return true
}
