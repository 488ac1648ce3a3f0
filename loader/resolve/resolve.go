package resolve

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/loader/extract"
	"github.com/bilateral/bilateral/loader/gazetteer"
)

// Gazetteer is what the resolver asks of the gazetteer; *gazetteer.Gazetteer
// has it.
type Gazetteer interface {
	// Entry returns the entry with the code.
	Entry(code string) (*gazetteer.Entry, bool)
	// Ancestors returns the entry's parent, grandparent, ... up to the country.
	Ancestors(code string) []*gazetteer.Entry
	// Lookup returns the entries with a name equal to name after folding.
	Lookup(name string) []*gazetteer.Entry
}

var _ Gazetteer = (*gazetteer.Gazetteer)(nil)

// Resolver turns one article's extraction into the claims it writes to the
// store (see the package doc). It is safe for concurrent use.
type Resolver struct {
	gaz Gazetteer

	mu sync.RWMutex
	js *Judgements
}

// New returns a resolver over the gazetteer, applying the judgements (nil:
// none). It keeps its own copy of js.
func New(g Gazetteer, js *Judgements) *Resolver {
	return &Resolver{gaz: g, js: js.Clone()}
}

// SetJudgements replaces the judgements that later Resolve calls apply
// with a copy of js.
func (r *Resolver) SetJudgements(js *Judgements) {
	js = js.Clone()
	r.mu.Lock()
	r.js = js
	r.mu.Unlock()
}

func (r *Resolver) judgements() *Judgements {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.js
}

// Resolve maps the extraction of article a to global ids, merges local
// entities that are one, fills names and properties from the gazetteer,
// adds the region hierarchy and the places of events, applies the
// judgements, and validates every node and edge. What fails validation is
// left out and reported as a Problem; the graph returned passes
// graph.Validate whenever a has an id. Entities and relations are sorted by
// ID. The article takes Language, Published and Title from r where a lacks
// them.
func (r *Resolver) Resolve(a graph.Article, res extract.Result) (graph.ArticleGraph, []graph.Problem) {
	if a.Language == "" {
		a.Language = res.Language
	}
	if a.Published == "" {
		a.Published = res.Published
	}
	if a.Title == "" {
		a.Title = res.Title
	}
	b := &builder{
		gaz:       r.gaz,
		js:        r.judgements(),
		a:         a,
		entities:  map[string]*graph.Entity{},
		relations: map[string]*graph.Relation{},
		local:     map[string]string{},
		codes:     map[string]string{},
	}
	b.checkArticle()
	b.addEntities(res)
	b.addRelations(res)
	b.addHierarchy()
	return b.finish()
}

// builder holds one Resolve call's state.
type builder struct {
	gaz Gazetteer
	js  *Judgements
	a   graph.Article

	entities  map[string]*graph.Entity   // by final id
	relations map[string]*graph.Relation // by id
	local     map[string]string          // extractor's local id → final id
	codes     map[string]string          // final id of a coded region → gazetteer code
	problems  []graph.Problem
}

func (b *builder) problem(item, format string, args ...any) {
	b.problems = append(b.problems, graph.Problem{Item: item, Reason: fmt.Sprintf(format, args...)})
}

func (b *builder) source(sentence string) []graph.Source {
	return []graph.Source{{ArticleID: b.a.ID, Sentence: sentence, Language: b.a.Language}}
}

// checkArticle drops article metadata that would make the whole article
// invalid, reporting it.
func (b *builder) checkArticle() {
	if b.a.Published != "" && !graph.ValidDate(b.a.Published) {
		b.problem("article", "published date %q is not ISO 8601; left out", b.a.Published)
		b.a.Published = ""
	}
}

// claim is one extracted entity made into a claim, before it has an id.
type claim struct {
	ext   extract.Entity
	e     graph.Entity
	code  string // regions: gazetteer code
	entry *gazetteer.Entry
}

func (b *builder) addEntities(res extract.Result) {
	claims := make([]*claim, 0, len(res.Entities))
	byLocal := map[string]*claim{}
	for _, x := range res.Entities {
		item := fmt.Sprintf("entity %s %q", x.ID, x.Name)
		if !x.Kind.Valid() {
			b.problem(item, "unknown kind %q", x.Kind)
			continue
		}
		if _, dup := byLocal[x.ID]; dup || x.ID == "" {
			b.problem(item, "local id missing or used twice")
			continue
		}
		c := b.claim(x)
		claims = append(claims, c)
		byLocal[x.ID] = c
	}
	b.inferCountries(res, byLocal)
	for _, c := range claims {
		item := fmt.Sprintf("entity %s %q", c.ext.ID, c.ext.Name)
		rule := b.ruleID(c, res, byLocal)
		if rule == "" {
			b.problem(item, "its name gives no id (no letters or digits)")
			continue
		}
		c.e.ID, c.e.MergedIDs = b.js.Resolve(rule, b.a.ID)
		if !b.add(item, c.e) {
			continue
		}
		b.local[c.ext.ID] = c.e.ID
		if c.code != "" {
			b.codes[c.e.ID] = c.code
		}
	}
}

// add puts a claim into the graph, combining it with one of the same id.
// It reports false if the id is taken by an entity of another kind.
func (b *builder) add(item string, e graph.Entity) bool {
	old, ok := b.entities[e.ID]
	if !ok {
		b.entities[e.ID] = &e
		return true
	}
	if old.Kind != e.Kind {
		b.problem(item, "id %s is already a %s", e.ID, old.Kind)
		return false
	}
	combine(old, e)
	return true
}

// claim fills an extracted entity's properties, from the gazetteer where
// it knows the region or organisation.
func (b *builder) claim(x extract.Entity) *claim {
	e := graph.Entity{
		Kind:    x.Kind,
		Name:    strings.TrimSpace(x.Name),
		Aliases: slices.Clone(x.Aliases),
		Country: strings.ToUpper(x.Country),
		Sources: b.source(x.Evidence),
	}
	c := &claim{ext: x}
	switch x.Kind {
	case graph.KindRegion:
		e.Level = x.Level
		c.entry = b.entryFor(x, graph.KindRegion)
		if c.entry != nil {
			c.code = c.entry.Code
			fromEntry(&e, c.entry)
		} else {
			e.Code = x.Code
		}
	case graph.KindOrganisation:
		e.OrgType = x.OrgType
		c.entry = b.entryFor(x, graph.KindOrganisation)
		if c.entry != nil {
			fromEntry(&e, c.entry)
		}
	case graph.KindOfficial:
		e.Roles = uniqueSorted(x.Roles)
	case graph.KindEvent:
		e.Date = fillYear(x.Date, b.a.Published)
		e.EventType = x.EventType
		e.Status = x.Status
	}
	if e.Name == "" && len(e.Aliases) > 0 {
		e.Name = e.Aliases[0]
	}
	e.Aliases = aliases(e.Name, e.Aliases)
	c.e = e
	return c
}

// entryFor finds the gazetteer entry of an extracted region or
// organisation: by its code, else by a name that names exactly one entry
// of the kind (and, for a region, of the level the extractor gave).
func (b *builder) entryFor(x extract.Entity, kind graph.Kind) *gazetteer.Entry {
	if x.Code != "" {
		if e, ok := b.gaz.Entry(x.Code); ok && e.Kind == kind {
			return e
		}
	}
	for _, name := range append([]string{x.Name}, x.Aliases...) {
		var found []*gazetteer.Entry
		for _, e := range b.gaz.Lookup(name) {
			if e.Kind == kind && (x.Level == "" || e.Level == x.Level) {
				found = append(found, e)
			}
		}
		if len(found) == 1 {
			return found[0]
		}
	}
	return nil
}

// fromEntry sets a claim's canonical name, names and properties from its
// gazetteer entry; the names the article used stay as aliases.
func fromEntry(e *graph.Entity, g *gazetteer.Entry) {
	e.Aliases = append(e.Aliases, e.Name)
	e.Aliases = append(e.Aliases, entryNames(g)...)
	e.Name = g.Name
	if g.Country != "" {
		e.Country = g.Country
	}
	if g.Kind == graph.KindRegion {
		e.Level = g.Level
		e.Code = g.Code
	}
	if g.OrgType != "" {
		e.OrgType = g.OrgType
	}
}

// entryNames are an entry's names and acronyms in every language, without
// its demonyms and short forms (which name it only in context).
func entryNames(g *gazetteer.Entry) []string {
	var out []string
	for _, n := range g.Names {
		if f, ok := g.FormOf(n); ok && (f == gazetteer.FormName || f == gazetteer.FormAcronym) {
			out = append(out, n)
		}
	}
	return out
}

// inferCountries gives an official without a country that of the body or
// region it represents, and an organisation without one that of the region
// it is located in, as the extraction states them; an official still
// without one whose name is Chinese by its form (ChineseName) gets CN.
func (b *builder) inferCountries(res extract.Result, byLocal map[string]*claim) {
	for _, rel := range res.Relations {
		from, to := byLocal[rel.From], byLocal[rel.To]
		if from == nil || to == nil || from.e.Country != "" || to.e.Country == "" {
			continue
		}
		switch {
		case rel.Type == graph.RelRepresents && from.e.Kind == graph.KindOfficial,
			rel.Type == graph.RelLocatedIn && from.e.Kind == graph.KindOrganisation && to.e.Kind == graph.KindRegion:
			from.e.Country = to.e.Country
		}
	}
	for _, c := range byLocal {
		if c.e.Kind == graph.KindOfficial && c.e.Country == "" && ChineseName(c.e.Name) {
			c.e.Country = "CN"
		}
	}
}

// ruleID is the id the identity rules give a claim ("" if none can be made).
func (b *builder) ruleID(c *claim, res extract.Result, byLocal map[string]*claim) string {
	e := c.e
	switch e.Kind {
	case graph.KindRegion:
		if c.code != "" {
			return RegionID(c.code)
		}
		return UncodedRegionID(e.Country, e.Name)
	case graph.KindOrganisation:
		return OrganisationID(e.Country, e.Name)
	case graph.KindOfficial:
		return OfficialID(e.Country, e.Name)
	case graph.KindEvent:
		return EventID(e.Date, placeOf(c, res, byLocal), e.EventType, b.a.ID)
	}
	return ""
}

// placeOf is the place segment of an event's id: the gazetteer code of the
// region the extractor gave as its Place, else of the most specific region
// it is LOCATED_IN; for a region the gazetteer does not know, its own id
// without the "region:" prefix. "" if the event has no place.
func placeOf(c *claim, res extract.Result, byLocal map[string]*claim) string {
	var best *claim
	consider := func(p *claim) {
		if p == nil || p.e.Kind != graph.KindRegion {
			return
		}
		if best == nil || levelRank(p.e.Level) > levelRank(best.e.Level) {
			best = p
		}
	}
	if c.ext.Place != "" {
		consider(byLocal[c.ext.Place])
	}
	if best == nil {
		for _, rel := range res.Relations {
			if rel.Type == graph.RelLocatedIn && rel.From == c.ext.ID {
				consider(byLocal[rel.To])
			}
		}
	}
	switch {
	case best == nil:
		return ""
	case best.code != "":
		return best.code
	default:
		return strings.TrimPrefix(UncodedRegionID(best.e.Country, best.e.Name), regionPrefix)
	}
}

// levelRank orders region levels from the largest (0) to the most
// specific; an unknown level ranks below every known one.
func levelRank(l graph.RegionLevel) int {
	return slices.Index(graph.RegionLevels, l)
}

func (b *builder) addRelations(res extract.Result) {
	for _, rel := range res.Relations {
		item := fmt.Sprintf("relation %s %s->%s", rel.Type, rel.From, rel.To)
		from, okFrom := b.local[rel.From]
		to, okTo := b.local[rel.To]
		if !okFrom || !okTo {
			b.problem(item, "endpoint is not an entity kept from this article")
			continue
		}
		lang := rel.Language
		if lang == "" {
			lang = b.a.Language
		}
		b.addRelation(item, graph.Relation{
			Type: rel.Type, From: from, To: to,
			Role:       strings.TrimSpace(rel.Role),
			Agreement:  strings.TrimSpace(rel.Agreement),
			Confidence: rel.Confidence,
			Sources:    []graph.Source{{ArticleID: b.a.ID, Sentence: rel.Evidence, Language: lang}},
		})
	}
	// Events are LOCATED_IN the place the extractor gave them.
	for _, x := range res.Entities {
		if x.Kind != graph.KindEvent || x.Place == "" {
			continue
		}
		ev, okEv := b.local[x.ID]
		place, okPlace := b.local[x.Place]
		if !okEv || !okPlace {
			continue
		}
		conf := x.Confidence
		if conf <= 0 || conf > 1 {
			conf = 1
		}
		b.addRelation(fmt.Sprintf("place of %s", x.ID), graph.Relation{
			Type: graph.RelLocatedIn, From: ev, To: place, Confidence: conf,
			Sources: b.source(x.Evidence),
		})
	}
}

// addRelation puts a relation claim into the graph, combining it with one
// of the same id. A relation that judgements turned into a loop is dropped.
func (b *builder) addRelation(item string, r graph.Relation) {
	from, to := b.entities[r.From], b.entities[r.To]
	switch {
	case r.From == r.To:
		b.problem(item, "connects %s to itself", r.From)
		return
	case !r.Type.Valid():
		b.problem(item, "unknown relation type")
		return
	case from == nil || to == nil:
		b.problem(item, "endpoint is not an entity kept from this article")
		return
	case !r.Type.Allows(from.Kind, to.Kind):
		b.problem(item, "%s cannot go from %s to %s", r.Type, from.Kind, to.Kind)
		return
	case r.Confidence < 0 || r.Confidence > 1:
		b.problem(item, "confidence %v outside 0..1", r.Confidence)
		return
	}
	r.ID = graph.RelationID(r.Type, r.From, r.To)
	old, ok := b.relations[r.ID]
	if !ok {
		b.relations[r.ID] = &r
		return
	}
	old.Confidence = max(old.Confidence, r.Confidence)
	old.Role = cmp.Or(old.Role, r.Role)
	old.Agreement = cmp.Or(old.Agreement, r.Agreement)
	if old.Sources[0].Sentence == "" {
		old.Sources = r.Sources
	}
}

// addHierarchy adds, for every region the gazetteer knows, its chain of
// parents up to the country and the LOCATED_IN edges between them.
func (b *builder) addHierarchy() {
	for _, id := range sortedKeys(b.codes) {
		child, childName := id, b.entities[id].Name
		for _, anc := range b.gaz.Ancestors(b.codes[id]) {
			parent, merged := b.js.Resolve(RegionID(anc.Code), b.a.ID)
			if _, ok := b.entities[parent]; !ok {
				e := graph.Entity{ID: parent, Kind: graph.KindRegion, Name: anc.Name, MergedIDs: merged,
					Sources: b.source(fmt.Sprintf("gazetteer: %s contains %s", anc.Name, childName))}
				fromEntry(&e, anc)
				b.entities[parent] = &e
				b.codes[parent] = anc.Code
			}
			// An edge the article states keeps the article's evidence.
			b.addRelation("hierarchy of "+id, graph.Relation{
				Type: graph.RelLocatedIn, From: child, To: parent, Confidence: 1,
				Sources: b.source(fmt.Sprintf("gazetteer: %s lies in %s", childName, anc.Name)),
			})
			child, childName = parent, anc.Name
		}
	}
}

// finish validates every claim on its own, drops and reports what fails,
// and returns the graph in canonical order.
func (b *builder) finish() (graph.ArticleGraph, []graph.Problem) {
	g := graph.ArticleGraph{Article: b.a}
	kept := map[string]graph.Entity{}
	for _, id := range sortedKeys(b.entities) {
		e := *b.entities[id]
		e.Aliases = aliases(e.Name, e.Aliases)
		if err := graph.Validate(graph.ArticleGraph{Article: b.a, Entities: []graph.Entity{e}}); err != nil {
			b.rejected(err, fmt.Sprintf("entity %s %q", e.ID, e.Name))
			continue
		}
		kept[id] = e
		g.Entities = append(g.Entities, e)
	}
	for _, id := range sortedKeys(b.relations) {
		r := *b.relations[id]
		from, okFrom := kept[r.From]
		to, okTo := kept[r.To]
		item := fmt.Sprintf("relation %s %s->%s", r.Type, r.From, r.To)
		if !okFrom || !okTo {
			b.problem(item, "an endpoint was left out")
			continue
		}
		one := graph.ArticleGraph{Article: b.a, Entities: []graph.Entity{from, to}, Relations: []graph.Relation{r}}
		if err := graph.Validate(one); err != nil {
			b.rejected(err, item)
			continue
		}
		g.Relations = append(g.Relations, r)
	}
	return g, b.problems
}

// rejected reports the faults Validate found in one item (faults of the
// article itself are not the item's and are left to the store to refuse).
func (b *builder) rejected(err error, item string) {
	v, ok := graph.IsValidation(err)
	if !ok {
		b.problem(item, "%v", err)
		return
	}
	for _, p := range v.Problems {
		if p.Item != "article" {
			b.problem(item, "%s", p.Reason)
		}
	}
}

// combine merges claim src into dst, both about the same entity in one
// article: dst's name and source stay, other names become aliases, empty
// properties fill in, a more precise compatible date wins.
func combine(dst *graph.Entity, src graph.Entity) {
	dst.Aliases = append(dst.Aliases, src.Name)
	dst.Aliases = append(dst.Aliases, src.Aliases...)
	dst.Country = cmp.Or(dst.Country, src.Country)
	dst.Level = cmp.Or(dst.Level, src.Level)
	dst.Code = cmp.Or(dst.Code, src.Code)
	dst.OrgType = cmp.Or(dst.OrgType, src.OrgType)
	dst.EventType = cmp.Or(dst.EventType, src.EventType)
	dst.Status = cmp.Or(dst.Status, src.Status)
	switch {
	case dst.Date == "":
		dst.Date = src.Date
	case graph.DatesCompatible(dst.Date, src.Date) && precision(src.Date) > precision(dst.Date):
		dst.Date = src.Date
	}
	dst.Roles = uniqueSorted(append(dst.Roles, src.Roles...))
	dst.MergedIDs = uniqueSorted(append(dst.MergedIDs, src.MergedIDs...))
	if dst.Sources[0].Sentence == "" {
		dst.Sources = src.Sources
	}
}

func precision(d string) int {
	if strings.HasPrefix(d, "XXXX") {
		return len(d) - 4
	}
	return len(d)
}

// fillYear gives a date without year (XXXX-MM-DD, XXXX-MM) the year that
// puts it nearest to the article's publication date (the year before on a
// tie: reports follow events more often than they precede them). Without a
// publication year the date stays as it is.
func fillYear(date, published string) string {
	if !strings.HasPrefix(date, "XXXX-") || len(published) < 4 || !graph.ValidDate(date) {
		return date
	}
	var py int
	if _, err := fmt.Sscanf(published[:4], "%d", &py); err != nil {
		return date
	}
	pub := midpoint(published)
	best, bestDist := "", time.Duration(1<<62)
	for _, y := range []int{py - 1, py, py + 1} {
		cand := fmt.Sprintf("%04d", y) + date[4:]
		if _, err := time.Parse("2006-01-02", cand); len(cand) == 10 && err != nil {
			continue // 29 February of a common year
		}
		d := midpoint(cand).Sub(pub)
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			best, bestDist = cand, d
		}
	}
	if best == "" {
		return date
	}
	return best
}

// midpoint is the middle of the period a partial date names, roughly.
func midpoint(d string) time.Time {
	var y, m, day int = 0, 7, 1
	fmt.Sscanf(d[:4], "%d", &y)
	if len(d) >= 7 {
		fmt.Sscanf(d[5:7], "%d", &m)
		day = 15
	}
	if len(d) >= 10 {
		fmt.Sscanf(d[8:10], "%d", &day)
	}
	return time.Date(y, time.Month(m), day, 12, 0, 0, 0, time.UTC)
}

// aliases returns names sorted and without repeats, blanks and name.
func aliases(name string, names []string) []string {
	var out []string
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" && n != name {
			out = append(out, n)
		}
	}
	return uniqueSorted(out)
}

func uniqueSorted(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	s = slices.Clone(s)
	slices.Sort(s)
	return slices.Compact(s)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
