package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/loader/gazetteer"
)

// curatedOrg returns the entity of a curated organisation, creating it on
// its first mention.
func (d *doc) curatedOrg(entry *gazetteer.Entry, text string, i, j int, byCode map[string]*ent) *ent {
	e := byCode[entry.Code]
	if e == nil {
		e = d.addEnt(&ent{kind: graph.KindOrganisation, name: text, country: entry.Country, code: entry.Code,
			orgType: entry.OrgType, first: span{i: i, j: j}, conf: 0.9})
		byCode[entry.Code] = e
	}
	e.aliases = appendUnique(e.aliases, text, entry.Name)
	if len(text) > len(e.name) && !isAcronym(e.name) {
		e.name = text
	}
	return e
}

// orgCand is an organisation name found by a pattern: toks[i:j] with its
// head word at toks[hi:hj].
type orgCand struct {
	i, j, hi, hj int
	typ          graph.OrgType
}

// findOrganisations adds pattern organisations to the curated ones, links
// parenthesised acronyms and short names, and merges repeated names.
func (d *doc) findOrganisations() {
	var cands []orgCand
	for k := 0; k < len(d.toks); k++ {
		m, ok := d.matchAt(k, "org:", len(d.toks))
		if !ok {
			continue
		}
		if c, ok := d.orgAround(m); ok {
			cands = append(cands, c)
		}
	}
	cands = append(cands, d.listedCompanies()...)
	// Drop a candidate that is only the left part of a longer one
	// ("Municipal Party" in "Municipal Party Committee").
	var keep []orgCand
	for _, a := range cands {
		inner := false
		for _, b := range cands {
			if b != a && b.i <= a.i && a.j <= b.hi && b.j > a.j {
				inner = true
				break
			}
		}
		if !inner {
			keep = append(keep, a)
		}
	}
	byName := map[string]*ent{}
	for _, s := range d.orgs {
		byName[graph.FoldName(d.spanText(s.i, s.j))] = s.e
	}
	for _, c := range keep {
		if d.insideCurated(c.i, c.j) {
			continue
		}
		name := d.spanText(c.i, c.j)
		key := graph.FoldName(name)
		e := byName[key]
		if e == nil {
			e = d.addEnt(&ent{kind: graph.KindOrganisation, name: name, orgType: c.typ,
				country: d.countryOf(c.i, c.j), first: span{i: c.i, j: c.j}, conf: 0.7})
			byName[key] = e
		}
		d.orgs = append(d.orgs, &span{i: c.i, j: c.j, e: e})
	}
	slices.SortStableFunc(d.orgs, func(a, b *span) int { return a.i - b.i })
	for _, r := range d.regions {
		for _, o := range d.orgs {
			if r.i >= o.i && r.j <= o.j {
				r.inOrg = true
			}
		}
	}
	d.parenAliases()
	d.mergeOrgs()
}

// insideCurated reports whether toks[i:j] lies within a curated mention.
func (d *doc) insideCurated(i, j int) bool {
	for _, s := range d.orgs {
		if s.e.code != "" && s.i <= i && j <= s.j {
			return true
		}
	}
	return false
}

func (d *doc) isCue(k int, key string) bool {
	if k < 0 || k >= len(d.toks) {
		return false
	}
	m, ok := d.matchAt(k, key, len(d.toks))
	return ok && m.j == k+1
}

// nameWord reports whether toks[k] may be part of a proper name: a word
// starting with a capital, or a number.
func (d *doc) nameWord(k int) bool {
	t := d.toks[k]
	return t.word && (t.upper || t.num) && !t.han
}

// joiner reports whether toks[k] joins name words without a space: a
// hyphen between words ("China-Russia"), an apostrophe before s
// ("People's").
func (d *doc) joiner(k int) bool {
	if k <= 0 || k+1 >= len(d.toks) {
		return false
	}
	t := d.toks[k]
	switch t.raw {
	case "-", "‐", "–":
		return d.toks[k-1].word && d.toks[k+1].word && (d.toks[k-1].e == t.s || t.e == d.toks[k+1].s)
	case "'", "’":
		return d.toks[k+1].low == "s" && d.toks[k-1].e == t.s
	}
	return false
}

// orgAround grows an organisation name around a head word match.
func (d *doc) orgAround(m match) (orgCand, bool) {
	typ := graph.OrgType(strings.TrimPrefix(m.p.key, "org:"))
	head := d.toks[m.i]
	c := orgCand{i: m.i, j: m.j, hi: m.i, hj: m.j, typ: typ}
	if head.han {
		return d.hanOrg(c)
	}
	// A lower-case head only for parties after a capitalised name ("A Just
	// Russia party"), and in Russian, where only the first word is
	// capitalised.
	if !head.upper && typ != graph.OrgParty && !head.cyr {
		return c, false
	}
	// Words before the head.
	k := m.i - 1
	for k >= 0 && d.tSent[k] == d.tSent[m.i] {
		if d.nameWord(k) && !d.isCue(k, "role") {
			k--
			continue
		}
		// "Industrie- und Handelskammer": a truncated compound.
		if d.isCue(k, "cue:coordinator") && k > 1 && d.toks[k-1].raw == "-" && d.toks[k-2].e == d.toks[k-1].s && d.nameWord(k-2) {
			k -= 2
			continue
		}
		// "People's Congress": the s of a possessive.
		if d.toks[k].low == "s" && k > 1 && d.joiner(k-1) && d.nameWord(k-2) {
			k -= 2
			continue
		}
		if d.joiner(k) && k > 0 && d.nameWord(k-1) {
			k--
			continue
		}
		break
	}
	c.i = k + 1
	// Russian adjectives before the head of a name that starts with a
	// capital: "Харбинский политехнический университет".
	if head.cyr && c.i == m.i {
		q := m.i - 1
		for q >= 0 && d.tSent[q] == d.tSent[m.i] && d.toks[q].cyr && !d.toks[q].upper && isRuAdjective(d.toks[q].low) {
			q--
		}
		if q >= 0 && q < m.i-1 && d.tSent[q] == d.tSent[m.i] && d.toks[q].cyr && d.toks[q].upper && isRuAdjective(d.toks[q].low) {
			c.i = q
		}
	}
	// Leading determiners, "The" at a sentence start.
	for c.i < c.hi && d.isCue(c.i, "cue:determiner") {
		c.i++
	}
	if !head.upper && c.i == c.hi {
		return c, false
	}
	// Words after the head: "of the ...", "für ...", "van ...", "по ...".
	c.j = d.orgTail(m.j)
	// A subunit ("Party Group of the Standing Committee") is not an
	// organisation of its own.
	if d.isCue(m.i, "cue:subunit") && m.j < len(d.toks) && d.isCue(m.j, "cue:connector") && !d.isCue(m.j, "cue:coordinator") {
		return c, false
	}
	words := 0
	for k := c.i; k < c.j; k++ {
		if d.toks[k].word {
			words++
		}
	}
	if words < 2 {
		return c, false
	}
	// A number and a common noun ("25 компаний", "30 компаний из ...") is
	// a count, not a name.
	if !head.upper {
		count := true
		for k := c.i; k < c.hi; k++ {
			if !d.toks[k].num {
				count = false
			}
		}
		if count {
			return c, false
		}
	}
	// Not a region's own name ("Hubei Province", "Jiangxia District").
	for _, r := range d.regions {
		if r.i <= c.i && c.j <= r.j {
			return c, false
		}
	}
	return c, true
}

// orgTail returns the end of the name part after a head word ending at j:
// it starts with a connector ("of", "für", "van", "по"), not "and".
func (d *doc) orgTail(j int) int {
	end := j
	k := j
	// "Handelskammer Nowosibirsk": a place right after the head.
	for _, r := range d.regions {
		if r.i == j {
			return r.j
		}
	}
	if j >= len(d.toks) || !d.isCue(j, "cue:connector") || d.isCue(j, "cue:coordinator") {
		if j < len(d.toks) && d.toks[j].cyr && !d.toks[j].upper {
			// Russian: "Министерство экономического развития ..."
		} else {
			return end
		}
	}
	sent := d.tSent[min(j, len(d.toks)-1)]
	for k < len(d.toks) && d.tSent[k] == sent && k-j < 14 {
		t := d.toks[k]
		switch {
		case d.isCue(k, "role") || d.isCue(k, "rolemod"):
			return end
		case d.isCue(k, "cue:connector"):
		case d.nameWord(k):
			end = k + 1
		case t.low == "s" && k > 0 && d.joiner(k-1):
			end = k + 1
		case d.joiner(k):
		case t.word && !t.upper && d.isCue(k, "level:"):
		case t.word && t.cyr && !t.upper && k-j < 6 && !d.isCue(k, "cue:stop"):
			end = k + 1 // Russian genitive phrase: "экономического развития"
		case t.word && !t.upper && (d.lang == "de" || d.lang == "nl") && isAdjective(t.low) && k+1 < len(d.toks) && (d.toks[k+1].word):
			// "für kleine und mittlere Unternehmen"
		case t.word && !t.upper && (d.lang == "fr" || d.lang == "es") && k > j && d.isCue(k-1, "cue:connector"):
			end = k + 1 // "Chambre de commerce"
		default:
			return end
		}
		k++
	}
	return end
}

// isRuAdjective reports whether a Russian word has an adjective's ending.
func isRuAdjective(w string) bool {
	for _, suf := range []string{"ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ую", "юю"} {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w) > 4 {
			return true
		}
	}
	return false
}

// isAdjective reports whether a lower-case German or Dutch word looks like
// an inflected adjective.
func isAdjective(w string) bool {
	for _, suf := range []string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w) > 3 {
			return true
		}
	}
	return false
}

// hanOrg grows a Chinese name backwards from its suffix ("金盘科技有限公司").
func (d *doc) hanOrg(c orgCand) (orgCand, bool) {
	k := c.hi - 1
	for k >= 0 && c.hi-k <= 12 && d.toks[k].han && !d.isCue(k, "cue:hanstop") {
		k--
	}
	c.i = k + 1
	if c.hi-c.i < 2 {
		return c, false
	}
	// Extend over a longer suffix ("股份有限公司" after "有限公司" is found
	// as one match; "集团有限公司" as two).
	if m, ok := d.matchAt(c.j, "org:", len(d.toks)); ok && d.toks[c.j].han {
		c.j = m.j
	}
	return c, true
}

// listedCompanies finds companies named after "such as / wie / zoals"
// following a word for companies: "enterprises like Cornex and Jinpan".
func (d *doc) listedCompanies() []orgCand {
	var out []orgCand
	for k := 0; k < len(d.toks); k++ {
		m, ok := d.matchAt(k, "cue:suchas", len(d.toks))
		if !ok {
			continue
		}
		after := false
		for b := max(0, k-4); b < k; b++ {
			if d.isCue(b, "cue:participant") {
				after = true
			}
		}
		if !after {
			continue
		}
		p := m.j
		for p < len(d.toks) {
			q := p
			for q < len(d.toks) && (d.nameWord(q) || (d.joiner(q) && q > p)) {
				q++
			}
			if q == p {
				break
			}
			if !d.isRegionSpan(p, q) {
				out = append(out, orgCand{i: p, j: q, hi: q - 1, hj: q, typ: graph.OrgCompany})
			}
			if q < len(d.toks) && (d.toks[q].raw == "," || d.toks[q].raw == "、" || d.isCue(q, "cue:connector")) {
				p = q + 1
				continue
			}
			break
		}
	}
	return out
}

func (d *doc) isRegionSpan(i, j int) bool {
	for _, r := range d.regions {
		if r.i == i && r.j == j {
			return true
		}
	}
	return false
}

// parenAliases makes a parenthesised acronym or short name right after an
// organisation's name one of its names: "(OPORA Russia)", "(REC)".
func (d *doc) parenAliases() {
	for _, o := range d.orgs {
		if o.e.drop || o.j >= len(d.toks) || d.toks[o.j].raw != "(" {
			continue
		}
		close := o.j + 1
		for close < len(d.toks) && close-o.j < 8 && d.toks[close].raw != ")" {
			close++
		}
		if close >= len(d.toks) || d.toks[close].raw != ")" || close == o.j+1 {
			continue
		}
		var inner *span
		for _, p := range d.orgs {
			if p.i == o.j+1 && p.j == close && p.e != o.e {
				inner = p
			}
		}
		switch {
		case inner != nil:
			d.mergeInto(inner.e, o.e)
		case isAcronym(d.toks[o.j+1].raw):
			addAlias(o.e, d.spanText(o.j+1, close))
		}
	}
}

// isAcronym reports whether w is two or more capitals (digits allowed).
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// mergeInto folds entity b into a: names, and every mention of b.
func (d *doc) mergeInto(a, b *ent) {
	if a == b || b.drop {
		return
	}
	addAlias(a, b.name)
	for _, n := range b.aliases {
		addAlias(a, n)
	}
	if a.country == "" {
		a.country = b.country
	}
	if a.orgType == "" {
		a.orgType = b.orgType
	}
	if b.first.i < a.first.i {
		a.first = b.first
	}
	a.roles = append(a.roles, b.roles...)
	b.drop = true
	for _, lists := range [][]*span{d.orgs, d.regions, d.people} {
		for _, s := range lists {
			if s.e == b {
				s.e = a
			}
		}
	}
	for _, r := range d.rels {
		if r.from == b {
			r.from = a
		}
		if r.to == b {
			r.to = a
		}
	}
}

// orgWords returns the folded words of an organisation's name.
func orgWords(name string) []string { return strings.Fields(graph.FoldName(name)) }

// mergeOrgs merges organisations whose names say they are one: a name
// that continues another with "of ..." ("State Duma" and "State Duma of
// Russia"), or a party's name that extends another's ("A Just Russia party"
// and "A Just Russia-Patriots-For Truth party").
func (d *doc) mergeOrgs() {
	var live []*ent
	for _, e := range d.ents {
		if e.kind == graph.KindOrganisation && !e.drop {
			live = append(live, e)
		}
	}
	names := map[*ent][][]string{}
	for _, e := range live {
		for _, n := range append([]string{e.name}, e.aliases...) {
			names[e] = append(names[e], orgWords(n))
		}
	}
	for _, a := range live {
		for _, b := range live {
			if a == b || a.drop || b.drop {
				continue
			}
			if sameOrg(a, b, names[a], names[b], d.x.qualifiers) {
				// Keep the curated one, else the longer name.
				if b.code != "" && a.code == "" {
					d.mergeInto(b, a)
				} else {
					d.mergeInto(a, b)
				}
			}
		}
	}
}

// sameOrg reports whether b's name is a, qualified: a's words, then one of
// qualifiers ("of", "der", ...), or for parties any continuation.
func sameOrg(a, b *ent, aNames, bNames [][]string, qualifiers map[string]bool) bool {
	for _, aw := range aNames {
		for _, bw := range bNames {
			if len(aw) < 2 || len(bw) <= len(aw) || !slices.Equal(aw, bw[:len(aw)]) {
				continue
			}
			if qualifiers[bw[len(aw)]] {
				return true // "State Duma" + "of Russia"
			}
			if a.orgType == graph.OrgParty && b.orgType == graph.OrgParty {
				return true
			}
		}
		// Party names without the word for party: "A Just Russia party" vs
		// "A Just Russia-Patriots-For Truth party".
		if a.orgType == graph.OrgParty && b.orgType == graph.OrgParty && len(aw) > 2 {
			bw := bNames[0]
			core := aw[:len(aw)-1]
			if len(bw) > len(core) && slices.Equal(core, bw[:len(core)]) {
				return true
			}
		}
	}
	return false
}
