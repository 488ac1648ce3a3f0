package extract

import (
	"slices"
	"strings"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/loader/extract/dates"
)

// trigger is an event noun found in a sentence.
type trigger struct {
	i, j    int
	sent    int
	typ     graph.EventType // "" for generic nouns ("event", "Veranstaltung")
	modal   bool
	dated   bool
	held    bool
	date    *dates.Date
	generic bool
}

// typeRank orders event types from the most to the least specific when one
// sentence names several.
var typeRank = []graph.EventType{graph.EventRoundtable, graph.EventForum, graph.EventConference,
	graph.EventExhibition, graph.EventMission, graph.EventExchange, graph.EventMeeting,
	graph.EventSigning, graph.EventVisit, graph.EventOther}

// subActivity types hang off a main event rather than being one.
var subActivity = []graph.EventType{graph.EventSigning, graph.EventMeeting, graph.EventVisit}

// clause returns the token range of the clause around toks[k]: between
// the nearest , ; : (or sentence bounds) on either side.
func (d *doc) clause(k int) (int, int) {
	s := d.sTok[d.tSent[k]]
	i := k
	for i > s[0] && !isClauseBreak(d.toks[i-1].raw) {
		i--
	}
	j := k
	for j < s[1] && !isClauseBreak(d.toks[j].raw) {
		j++
	}
	return i, j
}

func isClauseBreak(p string) bool {
	switch p {
	case ",", ";", ":", "，", "；", "：", "—", "–":
		return true
	}
	return false
}

// modalBefore reports whether a modal cue comes before toks[k] in its
// clause ("plan to sign", "werden ... unterzeichnen", "将签署").
func (d *doc) modalBefore(k int) bool {
	i, _ := d.clause(k)
	return d.has(i, k, "cue:modal")
}

// modalClause reports whether the clause of toks[k] carries a modal cue
// anywhere ("the forum will be held", "Das Forum wird ... stattfinden").
func (d *doc) modalClause(k int) bool {
	i, j := d.clause(k)
	return d.has(i, j, "cue:modal")
}

// datesIn returns the body dates (not the header's) inside sentence si.
func (d *doc) datesIn(si int) []*dates.Date {
	s := d.sents[si]
	var out []*dates.Date
	for i := range d.dates {
		dt := &d.dates[i]
		if dt.Start >= s.Start && dt.End <= s.End && dt.Start >= d.headerEnd {
			out = append(out, dt)
		}
	}
	return out
}

// findEvents finds the article's main event, its date, place, hosts and
// participants, and what was signed there.
func (d *doc) findEvents() {
	var trigs []*trigger
	for si := range d.sents {
		from, to := d.sTok[si][0], d.sTok[si][1]
		held := d.has(from, to, "cue:held") || d.has(from, to, "cue:hostverb")
		ds := d.datesIn(si)
		for _, m := range d.find(from, to, "event:") {
			if d.insideOrg(m.i, m.j) {
				continue
			}
			t := &trigger{i: m.i, j: m.j, sent: si, held: held, modal: d.modalClause(m.i)}
			if typ := strings.TrimPrefix(m.p.key, "event:"); typ == "generic" {
				t.generic, t.typ = true, graph.EventOther
			} else {
				t.typ = graph.EventType(typ)
			}
			if len(ds) > 0 {
				t.dated, t.date = true, ds[0]
			}
			trigs = append(trigs, t)
		}
	}
	main := d.chooseMain(trigs)
	if main == nil {
		d.signings(nil)
		return
	}
	d.mainSent = main.sent
	planned := main.modal
	e := &ent{kind: graph.KindEvent, eventType: main.typ, first: span{i: main.i, j: main.j}, conf: 0.8}
	e.name = d.eventName(main)
	if planned {
		e.status = graph.EventPlanned
		e.conf = 0.6
	}
	// The date: in the main sentence, else in a following sentence that
	// refers back to the event ("Gehouden op 11 juli, markeerde dit
	// evenement ...").
	dt := main.date
	if dt == nil {
		for _, t := range trigs {
			if t.sent > main.sent && t.sent <= main.sent+2 && t.dated && !t.modal {
				dt = t.date
				break
			}
		}
	}
	if si := main.sent + 1; dt == nil && si < len(d.sents) {
		if ds := d.datesIn(si); len(ds) > 0 && d.has(d.sTok[si][0], d.sTok[si][1], "cue:held") {
			dt = ds[0]
		}
	}
	if dt != nil {
		e.date = dt.Resolve(d.published, !planned)
	}
	d.addEnt(e)
	d.main = e
	// Names of the same event elsewhere: triggers of the main type in the
	// title or later sentences without another date.
	for _, t := range trigs {
		if t == main || t.generic || t.modal || t.typ != main.typ {
			continue
		}
		if t.dated && dt != nil && t.date.Resolve(d.published, true) != e.date {
			continue
		}
		addAlias(e, d.eventName(t))
	}
	// Sentences about the event: the main one and those naming any
	// (non-modal) trigger that is not another dated occurrence.
	about := map[int]bool{main.sent: true}
	for _, t := range trigs {
		if t.modal {
			continue
		}
		if t.dated && dt != nil && t.date.Resolve(d.published, true) != e.date {
			continue
		}
		about[t.sent] = true
	}
	d.place(e, main, about)
	if planned {
		return
	}
	d.participants(e, about)
	d.signings(e)
}

// insideOrg reports whether toks[i:j] lies inside an organisation's name.
func (d *doc) insideOrg(i, j int) bool {
	for _, o := range d.orgs {
		if o.i <= i && j <= o.j {
			return true
		}
	}
	return false
}

// chooseMain picks the main event among the triggers: the first specific
// (non-generic) trigger stated as a fact with a date or a "held" verb; else
// the first specific fact; else an announced one; else a dated generic one.
func (d *doc) chooseMain(trigs []*trigger) *trigger {
	pick := func(ok func(t *trigger) bool) *trigger {
		for _, t := range trigs {
			if ok(t) {
				return d.bestInSentence(trigs, t)
			}
		}
		return nil
	}
	main := pick(func(t *trigger) bool {
		return !t.generic && !t.modal && t.dated && t.held && !slices.Contains(subActivity, t.typ)
	})
	if main == nil {
		main = pick(func(t *trigger) bool {
			return !t.generic && !t.modal && (t.dated || t.held) && !slices.Contains(subActivity, t.typ)
		})
	}
	if main == nil {
		main = pick(func(t *trigger) bool { return !t.generic && !t.modal && (t.dated || t.held) })
	}
	if main == nil {
		main = pick(func(t *trigger) bool {
			return !t.generic && !t.modal && !slices.Contains(subActivity, t.typ)
		})
	}
	if main == nil {
		main = pick(func(t *trigger) bool { return !t.generic && t.modal && (t.dated || t.held) })
	}
	if main == nil {
		main = pick(func(t *trigger) bool { return t.generic && t.dated && !t.modal })
	}
	return main
}

// bestInSentence returns the most specific trigger of t's sentence.
func (d *doc) bestInSentence(trigs []*trigger, t *trigger) *trigger {
	best := t
	for _, u := range trigs {
		if u.sent == t.sent && !u.generic && u.modal == t.modal &&
			slices.Index(typeRank, u.typ) < slices.Index(typeRank, best.typ) {
			best = u
		}
	}
	return best
}

// eventName returns the trigger with the words that qualify it: ordinals,
// capitalised and hyphenated words before it, adjectives in languages that
// inflect them, and a capitalised "on/über/по ..." after it.
func (d *doc) eventName(t *trigger) string {
	i, j := t.i, t.j
	for k := i - 1; k >= 0 && i-k <= 5 && d.tSent[k] == t.sent; k-- {
		tk := d.toks[k]
		switch {
		case d.isCue(k, "cue:determiner") || d.isCue(k, "cue:connector") || d.isCue(k, "cue:modal"):
		case d.joiner(k):
			i = k
			continue
		case tk.word && (tk.upper || isOrdinal(tk.low)) && !tk.han:
			i = k
			continue
		case tk.word && !tk.upper && (d.lang == "de" || d.lang == "nl") && isAdjective(tk.low):
			i = k
			continue
		}
		break
	}
	if i < t.i && (d.toks[i].raw == "-" || d.toks[i].raw == "'") {
		i++
	}
	// "Conference on SMEs Cooperation".
	if j+1 < len(d.toks) && d.tSent[j] == t.sent && d.isCue(j, "cue:connector") && d.toks[t.i].upper {
		k := j + 1
		for k < len(d.toks) && d.tSent[k] == t.sent && (d.nameWord(k) || d.joiner(k)) {
			k++
		}
		if k > j+1 {
			j = k
		}
	}
	return d.spanText(i, j)
}

func isOrdinal(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	return strings.HasSuffix(w, "th") || strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd")
}

// originAt reports whether the region mention r is where participants come
// from: an origin preposition ("from", "aus", "uit", "из") just before it.
func (d *doc) originAt(r *span) bool {
	for k := r.i - 1; k >= 0 && r.i-k <= 3; k-- {
		if d.isCue(k, "cue:origin") {
			return true
		}
		// "from China and Russia": a region joined to one participants
		// come from.
		if d.isCue(k, "cue:coordinator") {
			for _, q := range d.regions {
				if q.j == k && q != r {
					return d.originAt(q)
				}
			}
			return false
		}
		if !(d.isCue(k, "cue:determiner") || d.isCue(k, "level:") || d.toks[k].low == "both" || d.toks[k].low == "beiden") {
			return false
		}
	}
	return false
}

// locativeAt reports whether a locative preposition ("in", "в", "在")
// stands just before the region mention r.
func (d *doc) locativeAt(r *span) bool {
	for k := r.i - 1; k >= 0 && r.i-k <= 2; k-- {
		if d.isCue(k, "cue:locative") {
			return true
		}
		if !(d.isCue(k, "cue:determiner") || d.isCue(k, "level:")) {
			return false
		}
	}
	return false
}

var levelRank = map[graph.RegionLevel]int{graph.LevelDistrict: 4, graph.LevelCity: 3, graph.LevelProvince: 2, graph.LevelCountry: 1}

// place sets where the event took place and who hosted it: the subject of
// a host verb ("Novosibirsk hosted", "gastheer van"), else the most
// specific region its sentence puts it in (a locative one on a tie), not
// one participants come from; and organisers named after "organised by".
func (d *doc) place(e *ent, main *trigger, about map[int]bool) {
	var host *span
	for si := range about {
		from, to := d.sTok[si][0], d.sTok[si][1]
		for _, m := range d.find(from, to, "cue:hostverb") {
			ci, _ := d.clause(m.i)
			for _, r := range d.regions {
				if r.i >= ci && r.j <= m.i && !r.inOrg && (host == nil || r.i > host.i) {
					host = r
				}
			}
		}
	}
	if host == nil {
		score := func(r *span) int {
			s := levelRank[r.e.level] * 10
			if d.locativeAt(r) {
				s += 5
			}
			return s
		}
		from, to := d.sTok[main.sent][0], d.sTok[main.sent][1]
		for _, r := range d.regions {
			if r.i < from || r.j > to || r.inOrg || d.originAt(r) {
				continue
			}
			if host == nil || score(r) > score(host) {
				host = r
			}
		}
	}
	if host != nil {
		e.place = host.e
		d.addRel(graph.RelHosted, host.e, e, d.tSent[host.i], 0.7, "", "")
	}
	// Organisers.
	for si := range about {
		from, to := d.sTok[si][0], d.sTok[si][1]
		for _, m := range d.find(from, to, "cue:organiser") {
			for _, a := range d.actorsAfter(m.j, to) {
				d.addRel(graph.RelHosted, a, e, si, 0.8, "", "")
			}
		}
	}
	// Organisers in sentences that name no trigger but say who organised
	// "it" ("Georganiseerd door het Ministerie ...").
	for si := range d.sents {
		if about[si] {
			continue
		}
		from, to := d.sTok[si][0], d.sTok[si][1]
		if d.has(from, to, "cue:modal") {
			continue
		}
		for _, m := range d.find(from, to, "cue:organiser") {
			if m.i != from && !(m.i == from+1 && d.toks[from].raw == "(") {
				continue // only a sentence that opens with it refers to the event
			}
			for _, a := range d.actorsAfter(m.j, to) {
				d.addRel(graph.RelHosted, a, e, si, 0.7, "", "")
			}
		}
	}
}

// actorsAfter returns the organisations and regions named from toks[k] on,
// joined by commas or "and", up to the end of the clause.
func (d *doc) actorsAfter(k, to int) []*ent {
	var out []*ent
	_, end := d.clause(min(k, to-1))
	for p := k; p < end; {
		s := d.mentionAt(p)
		if s == nil {
			if d.isCue(p, "cue:determiner") || d.isCue(p, "cue:connector") || d.isCue(p, "level:") {
				p++
				continue
			}
			break
		}
		out = append(out, s.e)
		p = s.j
	}
	return out
}

// coordinated returns the mentions joined to the one ending at toks[k] by
// "and" ("China and Russia", "Cornex und Jinpan").
func (d *doc) coordinated(k, to int) []*ent {
	var out []*ent
	for k < to && d.isCue(k, "cue:coordinator") {
		p := k + 1
		for p < to && d.isCue(p, "cue:determiner") {
			p++
		}
		s := d.mentionAt(p)
		if s == nil {
			break
		}
		out = append(out, s.e)
		k = s.j
		if k < to && d.toks[k].raw == "," {
			k++
		}
	}
	return out
}

// mentionAt returns the longest organisation, region or official mention
// starting at toks[k].
func (d *doc) mentionAt(k int) *span {
	var best *span
	for _, lists := range [][]*span{d.orgs, d.regions, d.people} {
		for _, s := range lists {
			if s.i == k && !s.e.drop && (best == nil || s.j > best.j) {
				best = s
			}
		}
	}
	return best
}

// participants adds ATTENDED for the speakers, the bodies they represent,
// "representatives of X", and regions participants come from ("companies
// from X", "missie uit China", "Russian SMEs delegation").
func (d *doc) participants(e *ent, about map[int]bool) {
	for _, p := range d.speakers {
		d.addRel(graph.RelAttended, p, e, d.tSent[p.first.i], 0.8, "", "")
	}
	for _, r := range slices.Clone(d.rels) {
		if r.t == graph.RelRepresents && slices.Contains(d.speakers, r.from) {
			d.addRel(graph.RelAttended, r.to, e, r.sent, 0.6, "", "")
		}
	}
	for si := range d.sents {
		from, to := d.sTok[si][0], d.sTok[si][1]
		for _, m := range d.find(from, to, "cue:representative") {
			if d.modalBefore(m.i) {
				continue
			}
			for k := m.j; k < to && k <= m.j+2; k++ {
				if s := d.mentionAt(k); s != nil && s.e.kind != graph.KindOfficial {
					d.addRel(graph.RelAttended, s.e, e, si, 0.7, "", "")
					break
				}
				// Only articles and prepositions between: "делегация
				// посетила X" is a visit, not who the delegation is.
				if !(d.isCue(k, "cue:determiner") || d.isCue(k, "cue:connector") || d.isCue(k, "cue:origin")) {
					break
				}
			}
		}
		eventish := about[si] || d.has(from, to, "cue:attend") || si <= 1
		if !eventish || d.has(from, to, "cue:modal") {
			continue
		}
		// Participants from somewhere.
		for _, r := range d.regions {
			if r.i < from || r.j > to || r.inOrg || !d.originAt(r) || r.e == e.place {
				continue
			}
			if !d.participantBefore(r.i, from) {
				continue
			}
			d.addRel(graph.RelAttended, r.e, e, si, 0.6, "", "")
			if d.origin == nil {
				d.origin = r.e
			}
			// "from both China and Russia"
			for _, q := range d.coordinated(r.j, to) {
				if q.kind == graph.KindRegion && q != e.place {
					d.addRel(graph.RelAttended, q, e, si, 0.6, "", "")
				}
			}
		}
		// A demonym on a participant noun: "Russian SMEs delegation",
		// "delegatie van tien ... Chinese bedrijven".
		if !about[si] {
			continue
		}
		for _, dm := range d.demos {
			if dm.i < from || dm.j > to {
				continue
			}
			near := false
			for k := dm.j; k < to && k <= dm.j+2; k++ {
				if d.isCue(k, "cue:participant") {
					near = true
				}
			}
			if !near {
				continue
			}
			if c := d.existingCountry(dm.country); c != nil && c != e.place {
				d.addRel(graph.RelAttended, c, e, si, 0.6, "", "")
			}
		}
	}
}

// participantBefore reports whether a participant noun or event trigger
// comes shortly before toks[k] ("Unternehmen (KMU) aus", "missie uit").
func (d *doc) participantBefore(k, from int) bool {
	for b := k - 1; b >= from && k-b <= 8; b-- {
		if d.isCue(b, "cue:participant") || d.has(b, b+1, "event:") {
			return true
		}
	}
	return false
}

// existingCountry returns the region entity of a country the article
// names, or nil.
func (d *doc) existingCountry(code string) *ent {
	for _, e := range d.ents {
		if e.kind == graph.KindRegion && e.code == code && !e.drop {
			return e
		}
	}
	return nil
}

// signings adds SIGNED from the signers of a non-modal signing sentence
// to the main event (or makes the signing the event when there is none),
// with what was signed.
func (d *doc) signings(e *ent) {
	for si := range d.sents {
		from, to := d.sTok[si][0], d.sTok[si][1]
		for _, m := range d.find(from, to, "cue:sign") {
			if d.modalBefore(m.i) || d.modalClause(m.i) {
				continue
			}
			target := e
			if ds := d.datesIn(si); len(ds) > 0 {
				if e == nil || ds[0].Resolve(d.published, true) != e.date {
					continue // another occasion
				}
			}
			if target == nil {
				continue
			}
			ci, cj := d.clause(m.i)
			agreement := d.agreement(m.j, cj)
			if agreement == "" {
				agreement = d.agreement(ci, m.i)
			}
			var signers []*ent
			for k := ci; k < m.i; k++ {
				if s := d.mentionAt(k); s != nil {
					signers = append(signers, s.e)
					k = s.j - 1
				}
			}
			for _, dm := range d.demos {
				if dm.i >= ci && dm.j <= m.i {
					if c := d.existingCountry(dm.country); c != nil {
						signers = append(signers, c)
					}
				}
			}
			// Passive: "an agreement was signed between X and Y".
			if len(signers) == 0 {
				signers = d.partiesBetween(m.j, cj)
			}
			for _, s := range signers {
				d.addRel(graph.RelSigned, s, target, si, 0.7, "", agreement)
			}
		}
	}
}

// partiesBetween returns the mentions named after "between / zwischen /
// между" in toks[i:j], joined by "and".
func (d *doc) partiesBetween(i, j int) []*ent {
	for _, m := range d.find(i, j, "cue:between") {
		k := m.j
		for k < j && d.isCue(k, "cue:determiner") {
			k++
		}
		s := d.mentionAt(k)
		if s == nil || s.e.kind == graph.KindEvent {
			continue
		}
		return append([]*ent{s.e}, d.coordinated(s.j, j)...)
	}
	return nil
}

// agreement returns what was signed in toks[i:j]: the agreement noun with
// a count before it and a value after it ("25 projects worth 121 billion
// yuan", "eine Absichtserklärung").
func (d *doc) agreement(i, j int) string {
	ms := d.find(i, j, "cue:agreement")
	if len(ms) == 0 {
		return ""
	}
	m := ms[0]
	start := m.i
	for k := m.i - 1; k >= i && m.i-k <= 3; k-- {
		if d.toks[k].num {
			start = k
			break
		}
	}
	end := m.j
	for k := m.j; k < j && k-m.j <= 4; k++ {
		if v, ok := d.matchAt(k, "cue:value", len(d.toks)); ok {
			end = v.j
			for end < j && end-v.j < 5 && (d.toks[end].num || d.toks[end].word) && !d.isCue(end, "cue:sign") {
				end++
			}
			break
		}
	}
	return d.spanText(start, end)
}

// findVisits adds VISITED from the subject of a non-modal visit verb to
// the organisations and regions after it in its clause.
func (d *doc) findVisits() {
	for si := range d.sents {
		from, to := d.sTok[si][0], d.sTok[si][1]
		for _, m := range d.find(from, to, "cue:visit") {
			if d.modalBefore(m.i) {
				continue
			}
			ci, cj := d.clause(m.i)
			var subj *ent
			for k := ci; k < m.i; k++ {
				if s := d.mentionAt(k); s != nil {
					subj = s.e
					k = s.j - 1
				}
			}
			if subj == nil {
				for _, dm := range d.demos {
					if dm.i >= ci && dm.j <= m.i {
						subj = d.existingCountry(dm.country)
					}
				}
			}
			// "The delegation visited ...": the delegation is the
			// participants from where they came.
			if subj == nil && d.origin != nil && d.has(ci, m.i, "cue:participant") {
				subj = d.origin
			}
			if subj == nil {
				continue
			}
			for k := m.j; k < cj; k++ {
				if k > m.j && d.toks[k].low == "to" && k+1 < cj && !d.toks[k+1].upper {
					break // "to carry out ..."
				}
				s := d.mentionAt(k)
				if s == nil {
					continue
				}
				if s.e.kind == graph.KindOrganisation || s.e.kind == graph.KindRegion {
					d.addRel(graph.RelVisited, subj, s.e, si, 0.7, "", "")
					if s.e.country == "" && d.main != nil && d.main.place != nil {
						s.e.country = d.main.place.country
					}
				}
				k = s.j - 1
			}
		}
	}
}
