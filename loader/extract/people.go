package extract

import (
	"slices"
	"strings"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/loader/extract/dates"
)

// person is an official being built.
type person struct {
	e        *ent
	key      string // sorted folded name words: either order is one person
	speaker  bool   // spoke or was introduced at the event
	mentions []*span
}

// personAt returns the end of a person's name starting at toks[k], or k.
// A Latin or Cyrillic name is two or three capitalised words (hyphenated
// parts and particles such as "van", "de", "von" inside); none of them may
// be a role title, a head word, a month, a place or a trigger.
func (d *doc) personAt(k int) int {
	if k >= len(d.toks) || d.byline[k] {
		return k
	}
	if d.toks[k].han {
		return k
	}
	parts := 0
	j := k
	for j < len(d.toks) && parts < 3 {
		if !d.nameLike(j) {
			// A particle between two name words: "Jan van Dijk".
			if parts > 0 && j+1 < len(d.toks) && isParticle(d.toks[j].low) && d.nameLike(j+1) {
				j++
				continue
			}
			break
		}
		parts++
		j++
		// Hyphenated given names: "Jean-Pierre".
		for j+1 < len(d.toks) && d.toks[j].raw == "-" && d.toks[j-1].e == d.toks[j].s && d.toks[j].e == d.toks[j+1].s && d.nameLike(j+1) {
			j += 2
		}
	}
	if parts < 2 {
		return k
	}
	return j
}

func isParticle(w string) bool {
	switch w {
	case "van", "de", "von", "der", "den", "ten", "ter", "da", "del", "di", "le", "la", "bin", "al":
		return true
	}
	return false
}

// notNameKeys are the rule keys whose phrases are never part of a name.
var notNameKeys = []string{"role", "rolemod", "org:", "event:", "level:", "cue:determiner", "cue:connector", "direction", "cue:speech", "cue:modal"}

// nameLike reports whether toks[k] may be a word of a person's name.
func (d *doc) nameLike(k int) bool {
	t := d.toks[k]
	if !t.word || !t.upper || t.num || t.han || isAcronym(t.raw) || len(t.raw) < 2 {
		return false
	}
	if d.startsAny(k, notNameKeys) {
		return false
	}
	if _, month := dates.Month(t.low); month {
		return false
	}
	if d.inName == nil {
		d.inName = make([]bool, len(d.toks))
		for _, r := range d.regions {
			for q := r.i; q < r.j; q++ {
				d.inName[q] = true
			}
		}
		for _, dm := range d.demos {
			for q := dm.i; q < dm.j; q++ {
				d.inName[q] = true
			}
		}
		for _, o := range d.orgs {
			for q := o.i; q < o.j; q++ {
				d.inName[q] = true
			}
		}
	}
	return !d.inName[k]
}

// roleAt returns the end of a role title (with its modifiers) starting at
// toks[k], or k.
func (d *doc) roleAt(k int) int {
	j := k
	for j < len(d.toks) {
		if m, ok := d.matchAt(j, "rolemod", len(d.toks)); ok {
			j = m.j
			if j < len(d.toks) && d.toks[j].raw == "-" {
				j++
			}
			continue
		}
		break
	}
	if m, ok := d.matchAt(j, "role", len(d.toks)); ok && m.p.key == "role" {
		return m.j
	}
	return k
}

// findBylines marks the author names of bylines: "(By Lou Pan)", a line
// "By ...", "Von ...", "Door ...", "Автор: ...", "记者 ...".
func (d *doc) findBylines() {
	for k := range d.toks {
		m, ok := d.matchAt(k, "cue:byline", len(d.toks))
		if !ok {
			continue
		}
		lineStart := k == 0 || d.toks[k-1].raw == "(" || strings.Contains(d.text[d.toks[k-1].e:d.toks[k].s], "\n")
		if !lineStart {
			continue
		}
		p := m.j
		if p < len(d.toks) && d.toks[p].raw == ":" {
			p++
		}
		end := d.personAt(p)
		if d.toks[min(p, len(d.toks)-1)].han {
			end = min(p+3, len(d.toks))
		}
		for q := p; q < end; q++ {
			d.byline[q] = true
		}
	}
}

// findOfficials finds officials from role patterns, their roles and the
// bodies they represent, and their later mentions.
func (d *doc) findOfficials() {
	d.findBylines()
	var people []*person
	get := func(i, j int) *person {
		key := d.personKey(i, j)
		for _, p := range people {
			if p.key == key {
				return p
			}
		}
		p := &person{key: key, e: d.addEnt(&ent{kind: graph.KindOfficial, name: d.spanText(i, j),
			first: span{i: i, j: j}, conf: 0.8})}
		people = append(people, p)
		return p
	}
	for si := range d.sents {
		from, to := d.sTok[si][0], d.sTok[si][1]
		for k := from; k < to; k++ {
			// NAME, ROLE ...
			if j := d.personAt(k); j > k {
				if j+1 < to && d.toks[j].raw == "," {
					r := j + 1
					for r < to && d.isCue(r, "cue:determiner") {
						r++
					}
					if d.roleAt(r) > r {
						p := get(k, j)
						p.speaker = true
						sp := &span{i: k, j: j, e: p.e}
						p.mentions = append(p.mentions, sp)
						d.roles(p, r, to, si)
						k = j
						continue
					}
				}
			}
			// ROLE [of BODY][,] NAME
			if r := d.roleAt(k); r > k {
				n := r
				for n < to && n-r < 8 && !d.nameStart(n) {
					// Russian: lower-case genitives of the body
					// ("министр промышленности и торговли ...").
					ruGenitive := d.toks[n].cyr && !d.toks[n].upper && !d.isCue(n, "cue:stop")
					if !(d.isCue(n, "cue:connector") || d.inEntity(n) || d.toks[n].raw == "," || d.isCue(n, "level:") || ruGenitive) {
						break
					}
					n++
				}
				// A capitalised phrase right after "of / de / van" is
				// the body's name, not a person ("ministro de
				// Desarrollo Económico").
				if n > r && n < to && d.isCue(n-1, "cue:connector") && !d.isCue(n-1, "cue:coordinator") && !d.toks[n].han {
					n = to
				}
				if n < to {
					if j := d.nameEnd(n); j > n {
						p := get(n, j)
						p.mentions = append(p.mentions, &span{i: n, j: j, e: p.e})
						role := strings.TrimRight(d.spanText(k, n), " ,")
						body := d.bodyIn(k, n)
						d.represent(p, role, body, si)
						k = j - 1
					}
				}
			}
		}
	}
	d.laterMentions(people)
	for _, p := range people {
		for _, m := range p.mentions {
			d.people = append(d.people, m)
			if d.spokeAt(m) {
				p.speaker = true
			}
		}
		if p.speaker {
			p.e.conf = 0.85
			d.speakers = append(d.speakers, p.e)
		}
		if p.e.country == "" {
			p.e.country = d.scriptCountry(p.e.first.i)
		}
	}
	slices.SortStableFunc(d.people, func(a, b *span) int { return a.i - b.i })
}

// nameStart reports whether a person's name starts at toks[n].
func (d *doc) nameStart(n int) bool { return d.nameEnd(n) > n }

// nameEnd returns the end of a person's name at toks[n] in any script, or n.
func (d *doc) nameEnd(n int) int {
	if n < len(d.toks) && d.toks[n].han {
		if d.byline[n] {
			return n
		}
		if j := d.hanForeignName(n); j > n {
			return j
		}
		if !d.x.surnames[d.toks[n].raw] {
			return n
		}
		j := n + 1
		for j < len(d.toks) && j-n < 3 && d.toks[j].han && !d.isCue(j, "cue:hanstop") && !d.isCue(j, "cue:speech") {
			j++
		}
		if j-n < 2 {
			return n
		}
		return j
	}
	return d.personAt(n)
}

// hanForeignName returns the end of a foreign name written in Han
// characters with a middle dot between its parts ("阿列克谢·彼得罗夫"),
// or n.
func (d *doc) hanForeignName(n int) int {
	part := func(k int) int {
		j := k
		for j < len(d.toks) && j-k < 8 && d.toks[j].han && !d.startsAny(j, hanNameStops) {
			j++
		}
		return j
	}
	j := part(n)
	if j-n < 2 || j >= len(d.toks) || !isNameDot(d.toks[j].raw) || d.toks[j].s != d.toks[j-1].e {
		return n
	}
	end := part(j + 1)
	if end-(j+1) < 2 {
		return n
	}
	return end
}

// hanNameStops are the rule keys whose phrases end a name written in Han
// characters.
var hanNameStops = []string{"cue:hanstop", "cue:attend", "cue:speech", "cue:visit", "cue:sign", "role", "rolemod", "org:", "event:", "level:", "cue:coordinator"}

func isNameDot(s string) bool { return s == "·" || s == "・" || s == "•" || s == "‧" }

// inEntity reports whether toks[k] is part of a region or organisation
// mention.
func (d *doc) inEntity(k int) bool {
	for _, lists := range [][]*span{d.regions, d.orgs} {
		for _, s := range lists {
			if k >= s.i && k < s.j {
				return true
			}
		}
	}
	return false
}

// roles reads the role phrase starting at toks[r] (after "NAME,"): one or
// more roles joined by "and", each with the body it is of.
func (d *doc) roles(p *person, r, to, si int) {
	end := max(d.roleAt(r), r) // the title itself ("who heads") never ends it
	depth := 0
	for end < to {
		t := d.toks[end]
		if t.raw == "(" {
			depth++
		} else if t.raw == ")" {
			if depth == 0 {
				break
			}
			depth--
		} else if depth == 0 && (t.raw == ";" || t.raw == "," || t.raw == ":" || t.raw == "，" || t.raw == "；") {
			break
		} else if depth == 0 && d.isCue(end, "cue:stop") {
			break
		} else if depth == 0 && end > r && d.isCue(end, "cue:speech") {
			break
		}
		end++
	}
	// Split at "and" + a role title.
	start := r
	for k := r; k <= end; k++ {
		split := k == end
		if !split && k > start && (d.toks[k].low == "and" || d.toks[k].low == "und" || d.toks[k].low == "en" || d.toks[k].low == "и" || d.toks[k].low == "et" || d.toks[k].low == "y") {
			q := k + 1
			for q < end && d.isCue(q, "cue:determiner") {
				q++
			}
			split = d.roleAt(q) > q
		}
		if !split {
			continue
		}
		if k > start {
			role := d.spanText(start, k)
			d.represent(p, role, d.bodyIn(start, k), si)
		}
		start = k + 1
	}
}

// bodyIn returns the organisation or region a role phrase toks[i:j] is
// of: the outermost organisation named in it, else a region named in it,
// else the article's region of the level the phrase names ("head of the
// district").
func (d *doc) bodyIn(i, j int) *ent {
	var best *span
	for _, o := range d.orgs {
		if o.i >= i && o.j <= j && !o.e.drop {
			if best == nil || o.i < best.i || (o.i == best.i && o.j > best.j) {
				best = o
			}
		}
	}
	if best != nil {
		return best.e
	}
	for _, r := range d.regions {
		if r.i >= i && r.j <= j && !r.inOrg {
			return r.e
		}
	}
	for k := i; k < j; k++ {
		if m, ok := d.matchAt(k, "level:", len(d.toks)); ok {
			if e := d.salientRegion(graph.RegionLevel(strings.TrimPrefix(m.p.key, "level:"))); e != nil {
				return e
			}
		}
	}
	return nil
}

// represent records a role of an official and the body it is of.
func (d *doc) represent(p *person, role string, body *ent, si int) {
	role = strings.TrimSpace(role)
	if role != "" {
		p.e.roles = appendUnique(p.e.roles, role)
	}
	if body == nil {
		return
	}
	if p.e.country == "" && body.country != "" {
		p.e.country = body.country
	}
	d.addRel(graph.RelRepresents, p.e, body, si, 0.8, role, "")
}

// laterMentions finds the mentions of officials by full name (either
// order) or by one word of their name ("Shu added", "Kalinin said").
func (d *doc) laterMentions(people []*person) {
	seen := map[int]bool{}
	for _, p := range people {
		for _, m := range p.mentions {
			for k := m.i; k < m.j; k++ {
				seen[k] = true
			}
		}
	}
	// The people each folded word of a name belongs to.
	byWord := map[string][]*person{}
	for _, p := range people {
		for _, w := range strings.Fields(p.key) {
			if !slices.Contains(byWord[w], p) {
				byWord[w] = append(byWord[w], p)
			}
		}
	}
	for k := 0; k < len(d.toks); k++ {
		if seen[k] || d.byline[k] || !d.toks[k].upper {
			continue
		}
		if j := d.nameEnd(k); j > k {
			key := d.personKey(k, j)
			for _, p := range people {
				if p.key == key {
					p.mentions = append(p.mentions, &span{i: k, j: j, e: p.e})
					k = j - 1
					break
				}
			}
			continue
		}
		if len(d.toks[k].raw) < 2 {
			continue
		}
		owners := byWord[graph.FoldName(d.toks[k].raw)]
		if len(owners) == 1 && !d.inEntity(k) { // more than one: ambiguous
			hit := owners[0]
			hit.mentions = append(hit.mentions, &span{i: k, j: k + 1, e: hit.e})
		}
	}
}

// personKey returns the key officials are told apart by: the folded words
// of the name toks[i:j], sorted, so that either order is one person; a
// name in Han characters is one word.
func (d *doc) personKey(i, j int) string {
	folded := graph.FoldName(d.spanText(i, j))
	words := []string{folded}
	if !d.toks[i].han {
		words = strings.Fields(folded)
	}
	slices.Sort(words)
	return strings.Join(words, " ")
}

// spokeAt reports whether a mention is the speaker of a speech verb: the
// verb right after the name ("Shu added", "Qian Hongshan pointed out") or
// right before it ("said Shu Guichuan"); or the subject, maybe with others,
// of an attend or speech verb ("Li Ming and governor X attended", "李明和
// ...州长...出席会议").
func (d *doc) spokeAt(m *span) bool {
	for k := m.j; k < len(d.toks) && k <= m.j+1; k++ {
		if _, ok := d.matchAt(k, "cue:speech", len(d.toks)); ok {
			return !d.modalBefore(k)
		}
	}
	if k := d.skipSubjects(m.j); k < len(d.toks) && d.tSent[k] == d.tSent[m.i] {
		for _, key := range []string{"cue:attend", "cue:speech"} {
			if mm, ok := d.matchAt(k, key, len(d.toks)); ok && mm.i == k && !d.modalBefore(k) {
				return true
			}
		}
	}
	if m.i > 0 {
		k := m.i - 1
		if d.toks[k].raw == "," && k > 0 {
			k--
		}
		for b := max(0, k-2); b <= k; b++ {
			if mm, ok := d.matchAt(b, "cue:speech", len(d.toks)); ok && mm.j == k+1 {
				return true
			}
		}
	}
	return false
}

// skipSubjects returns the token after the names coordinated with a
// subject that ends at toks[k]: "and" / "和", role titles, region,
// organisation and person mentions.
func (d *doc) skipSubjects(k int) int {
	start := k
	for k < len(d.toks) && k-start < 16 {
		if d.isCue(k, "cue:coordinator") {
			k++
			continue
		}
		if r := d.roleAt(k); r > k {
			k = r
			continue
		}
		if s := d.mentionAt(k); s != nil {
			k = s.j
			continue
		}
		if n := d.nameEnd(k); n > k {
			k = n
			continue
		}
		if k == start || d.isCue(k-1, "cue:coordinator") {
			return start
		}
		return k
	}
	return start
}

// scriptCountry guesses an official's country from the script of the
// name: Cyrillic is Russian, Han is Chinese.
func (d *doc) scriptCountry(k int) string {
	switch t := d.toks[k]; {
	case t.cyr:
		return "RU"
	case t.han:
		return "CN"
	}
	return ""
}
