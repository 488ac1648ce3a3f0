package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/loader/gazetteer"
)

// tokenAt returns the index of the token starting at byte b, or of the
// first token after it.
func (d *doc) tokenAt(b int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].s >= b })
}

// tokenEnd returns the index after the last token ending at or before b.
func (d *doc) tokenEnd(b int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].e > b })
}

// findRegions turns gazetteer matches into region and curated
// organisation mentions and collects demonyms.
func (d *doc) findRegions() {
	byCode := map[string]*ent{}
	covered := make([]bool, len(d.toks))
	hits := d.x.gaz.Match(d.text)
	// Regions the article names unambiguously ("Provinz Jilin"): a bare
	// "Jilin" elsewhere is the same one rather than the city of the name.
	named := map[string]bool{}
	for _, h := range hits {
		if len(h.Entries) == 1 && h.Form != gazetteer.FormDemonym && hasUpper(h.Text) {
			named[h.Entry.Code] = true
		}
	}
	for _, h := range hits {
		i, j := d.tokenAt(h.Start), d.tokenEnd(h.End)
		if i >= j {
			continue
		}
		for k := i; k < j; k++ {
			covered[k] = true
		}
		if h.Form == gazetteer.FormDemonym {
			d.demos = append(d.demos, demonym{i: i, j: j, country: h.Entry.Country, entry: h.Entry})
			continue
		}
		if !hasUpper(h.Text) {
			continue // "dazu" is not Dazu District
		}
		entry := d.chooseEntry(h, i, j, named)
		if entry.Kind == graph.KindOrganisation {
			d.orgs = append(d.orgs, &span{i: i, j: j, e: d.curatedOrg(entry, h.Text, i, j, byCode)})
			continue
		}
		e := byCode[entry.Code]
		if e == nil {
			e = d.addEnt(&ent{kind: graph.KindRegion, name: h.Text, country: entry.Country,
				level: entry.Level, code: entry.Code, first: span{i: i, j: j}, conf: 0.9})
			byCode[entry.Code] = e
		}
		e.aliases = appendUnique(e.aliases, h.Text, entry.Name)
		if isAllCaps(e.name) && !isAllCaps(h.Text) {
			e.name = h.Text // "WUHAN" in a dateline
		}
		d.regions = append(d.regions, &span{i: i, j: j, e: e})
		// "central China", "Central Russia": the direction word is part of
		// the name as written.
		if i > 0 && entry.Level == graph.LevelCountry && slices.Contains(d.x.directions, d.toks[i-1].low) {
			e.aliases = appendUnique(e.aliases, d.spanText(i-1, j))
		}
	}
	// "Zentralchina", "Nordostchina", "Noord-China".
	for k, t := range d.toks {
		if covered[k] || !t.word || !t.upper || t.han {
			continue
		}
		e := d.directionRegion(k, byCode)
		if e != nil {
			d.regions = append(d.regions, &span{i: k, j: k + 1, e: e})
		}
	}
	sort.SliceStable(d.regions, func(a, b int) bool { return d.regions[a].i < d.regions[b].i })
	d.dropWeakDistricts()
}

// dropWeakDistricts drops districts named only by a bare word ("Hongshan",
// "Jinping") when the article neither names them with their level word
// ("Jiangxia District", "Bezirk Jiangxia", "江夏区") nor names their city
// or province: China has hundreds of such names, and most bare matches are
// people's given names or common words.
func (d *doc) dropWeakDistricts() {
	named := map[string]bool{}
	for _, r := range d.regions {
		named[r.e.code] = true
	}
	strong := map[*ent]bool{}
	for _, r := range d.regions {
		if r.e.level != graph.LevelDistrict {
			continue
		}
		if r.j-r.i > 1 && !d.toks[r.i].han {
			strong[r.e] = true // "Jiangxia District", "Bezirk Jiangxia"
		}
		if last := d.toks[r.j-1]; last.han && strings.ContainsAny(last.raw, "区县旗市") && r.j-r.i > 2 {
			strong[r.e] = true // "江夏区"
		}
		for _, a := range d.x.gaz.Ancestors(r.e.code) {
			if a.Level != graph.LevelCountry && named[a.Code] {
				strong[r.e] = true
			}
		}
	}
	keep := d.regions[:0]
	for _, r := range d.regions {
		if r.e.level == graph.LevelDistrict && !strong[r.e] {
			r.e.drop = true
			continue
		}
		keep = append(keep, r)
	}
	d.regions = keep
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) || isHan(r) {
			return true
		}
	}
	return false
}

func isAllCaps(s string) bool {
	return hasUpper(s) && strings.ToUpper(s) == s
}

func appendUnique(list []string, names ...string) []string {
	for _, n := range names {
		if n != "" && !slices.Contains(list, n) {
			list = append(list, n)
		}
	}
	return list
}

// chooseEntry picks among the entries a surface form may name: a level
// noun next to it ("regio Novosibirsk", "Novosibirsk city") decides; else
// the one the article names unambiguously elsewhere (named); else a city
// is preferred over a province of the same bare name unless the province
// is a province-level city (Chongqing), and otherwise the gazetteer's
// preference.
func (d *doc) chooseEntry(h gazetteer.Hit, i, j int, named map[string]bool) *gazetteer.Entry {
	if len(h.Entries) < 2 {
		return h.Entry
	}
	var cue graph.RegionLevel
	for _, k := range []int{i - 1, j, i - 2} {
		if k < 0 || k >= len(d.toks) {
			continue
		}
		if m, ok := d.matchAt(k, "level:", len(d.toks)); ok && m.j-m.i == 1 {
			cue = graph.RegionLevel(strings.TrimPrefix(m.p.key, "level:"))
			break
		}
	}
	if cue != "" {
		for _, e := range h.Entries {
			if e.Kind == graph.KindRegion && e.Level == cue {
				return e
			}
		}
	}
	var only *gazetteer.Entry
	for _, e := range h.Entries {
		if named[e.Code] {
			if only != nil {
				only = nil // both named: no help
				break
			}
			only = e
		}
	}
	if only != nil {
		return only
	}
	for _, e := range h.Entries {
		if e.Kind == graph.KindRegion && e.Level == graph.LevelCity {
			if p, ok := d.x.gaz.Entry(e.Parent); ok && slices.Contains(h.Entries, p) {
				return e
			}
		}
	}
	return h.Entry
}

// directionRegion recognises a direction prefix glued to a country or
// province name ("Zentralchina", "Südrussland", "Noord-China").
func (d *doc) directionRegion(k int, byCode map[string]*ent) *ent {
	t := d.toks[k]
	low := t.low
	raw := t.raw
	// "Noord-China" is three tokens: Noord, -, China.
	if k+2 < len(d.toks) && d.toks[k+1].raw == "-" && d.toks[k+1].e == d.toks[k+2].s && d.toks[k+2].upper {
		if slices.Contains(d.x.directions, low+"-") {
			return nil // the country after the hyphen is matched by itself
		}
	}
	for _, dir := range d.x.directions {
		if !strings.HasPrefix(low, dir) || len(low)-len(dir) < 3 || strings.HasSuffix(dir, "-") {
			continue
		}
		rest := raw[len(dir):]
		r, n := utf8.DecodeRuneInString(rest)
		rest = string(unicode.ToUpper(r)) + rest[n:]
		for _, e := range d.x.gaz.Lookup(rest) {
			if e.Kind != graph.KindRegion || (e.Level != graph.LevelCountry && e.Level != graph.LevelProvince) {
				continue
			}
			if f, ok := e.FormOf(rest); !ok || f != gazetteer.FormName {
				continue
			}
			r := byCode[e.Code]
			if r == nil {
				r = d.addEnt(&ent{kind: graph.KindRegion, name: e.Name, country: e.Country, level: e.Level,
					code: e.Code, first: span{i: k, j: k + 1}, conf: 0.8})
				byCode[e.Code] = r
			}
			r.aliases = appendUnique(r.aliases, raw)
			return r
		}
	}
	return nil
}

// salientRegion returns the region of the given level mentioned most often
// (first mentioned on a tie), for "the district" / "des Distrikts".
func (d *doc) salientRegion(level graph.RegionLevel) *ent {
	count := map[*ent]int{}
	var order []*ent
	for _, s := range d.regions {
		if s.e.level == level {
			if count[s.e] == 0 {
				order = append(order, s.e)
			}
			count[s.e]++
		}
	}
	var best *ent
	for _, e := range order {
		if best == nil || count[e] > count[best] {
			best = e
		}
	}
	return best
}

// countryOf returns the country named or implied inside toks[i:j]: a
// demonym or a region mention.
func (d *doc) countryOf(i, j int) string {
	for _, dm := range d.demos {
		if dm.i >= i && dm.j <= j {
			return dm.country
		}
	}
	for _, s := range d.regions {
		if s.i >= i && s.j <= j && s.e.country != "" {
			return s.e.country
		}
	}
	return ""
}
