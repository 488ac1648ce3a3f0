package graph

import (
	"cmp"
	"slices"
	"strings"
)

// Fold merges the claims that articles make about one entity (all with the
// same ID) into the entity the graph shows. It depends only on the set of
// claims, never on their order, so every store and every load order agrees:
//
//   - Name: the name given by most claims in English (the display
//     language), else by most claims; ties go to the shortest, then the
//     smallest in byte order. Every other name and alias becomes an alias.
//   - Country, Level, Code, OrgType, EventType, Status: the value most
//     claims give; ties to the smallest. Where claims disagree, a Conflict
//     lists each value with its articles.
//   - Date: partial dates fill in (2024-03 with 2024-03-28 gives
//     2024-03-28; XXXX-03-28 with 2024-03-28 too). The most precise date
//     compatible with the most claims wins; incompatible dates are a
//     Conflict.
//   - Roles and MergedIDs: the union. Sources: all, sorted.
func Fold(claims []Entity) Entity {
	if len(claims) == 0 {
		return Entity{}
	}
	out := Entity{ID: claims[0].ID, Kind: claims[0].Kind}
	out.Name = foldName(claims)
	names := map[string]bool{}
	for _, c := range claims {
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			if n != "" && n != out.Name {
				names[n] = true
			}
		}
		out.Roles = append(out.Roles, c.Roles...)
		out.MergedIDs = append(out.MergedIDs, c.MergedIDs...)
		out.Sources = append(out.Sources, c.Sources...)
	}
	out.Aliases = sortedKeys(names)
	out.Roles = uniqueSorted(out.Roles)
	out.MergedIDs = uniqueSorted(out.MergedIDs)
	SortSources(out.Sources)

	vote := func(field string, get func(Entity) string) string {
		v, conflict := majority(claims, get)
		if conflict != nil {
			conflict.Field = field
			out.Conflicts = append(out.Conflicts, *conflict)
		}
		return v
	}
	out.Country = vote("country", func(e Entity) string { return e.Country })
	out.Level = RegionLevel(vote("level", func(e Entity) string { return string(e.Level) }))
	out.Code = vote("code", func(e Entity) string { return e.Code })
	out.OrgType = OrgType(vote("orgType", func(e Entity) string { return string(e.OrgType) }))
	out.EventType = EventType(vote("eventType", func(e Entity) string { return string(e.EventType) }))
	out.Status = EventStatus(vote("status", func(e Entity) string { return string(e.Status) }))
	out.Date = foldDate(claims, &out)
	return out
}

// FoldRelation merges the claims about one edge (all with the same ID):
// Role and Agreement by majority (ties to the smallest), Confidence the
// highest, Sources all.
func FoldRelation(claims []Relation) Relation {
	if len(claims) == 0 {
		return Relation{}
	}
	out := Relation{ID: claims[0].ID, Type: claims[0].Type, From: claims[0].From, To: claims[0].To}
	for _, c := range claims {
		out.Confidence = max(out.Confidence, c.Confidence)
		out.Sources = append(out.Sources, c.Sources...)
	}
	role := func(i int) string { return claims[i].Role }
	agreement := func(i int) string { return claims[i].Agreement }
	out.Role = pluralityIdx(len(claims), role)
	out.Agreement = pluralityIdx(len(claims), agreement)
	SortSources(out.Sources)
	return out
}

// SortSources orders sources by article, then sentence, and drops repeats.
func SortSources(s []Source) {
	slices.SortFunc(s, func(a, b Source) int {
		return cmp.Or(cmp.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.Sentence, b.Sentence))
	})
}

// ArticleIDs returns the distinct articles among sources, sorted: the
// number of independent sources of a fact is its length.
func ArticleIDs(sources []Source) []string {
	ids := make([]string, 0, len(sources))
	for _, s := range sources {
		ids = append(ids, s.ArticleID)
	}
	return uniqueSorted(ids)
}

func foldName(claims []Entity) string {
	type score struct{ en, all int }
	scores := map[string]*score{}
	for _, c := range claims {
		if c.Name == "" {
			continue
		}
		s := scores[c.Name]
		if s == nil {
			s = &score{}
			scores[c.Name] = s
		}
		s.all++
		for _, src := range c.Sources {
			if src.Language == "en" {
				s.en++
				break
			}
		}
	}
	best := ""
	for _, n := range sortedKeys(scores) {
		if best == "" {
			best = n
			continue
		}
		a, b := scores[n], scores[best]
		if c := cmp.Or(cmp.Compare(a.en, b.en), cmp.Compare(a.all, b.all), cmp.Compare(len(best), len(n))); c > 0 {
			best = n
		}
	}
	return best
}

// majority returns the non-empty value most claims give (ties to the
// smallest) and, when claims disagree, the conflict (Field left empty).
func majority(claims []Entity, get func(Entity) string) (string, *Conflict) {
	by := map[string][]string{}
	for _, c := range claims {
		v := get(c)
		if v == "" {
			continue
		}
		by[v] = append(by[v], ArticleIDs(c.Sources)...)
	}
	if len(by) == 0 {
		return "", nil
	}
	values := sortedKeys(by)
	best := values[0]
	for _, v := range values[1:] {
		if len(uniqueSorted(by[v])) > len(uniqueSorted(by[best])) {
			best = v
		}
	}
	if len(values) == 1 {
		return best, nil
	}
	c := &Conflict{}
	for _, v := range values {
		c.Values = append(c.Values, ConflictValue{Value: v, ArticleIDs: uniqueSorted(by[v])})
	}
	return best, c
}

func pluralityIdx(n int, get func(int) string) string {
	count := map[string]int{}
	for i := range n {
		if v := get(i); v != "" {
			count[v]++
		}
	}
	best := ""
	for _, v := range sortedKeys(count) {
		if best == "" || count[v] > count[best] {
			best = v
		}
	}
	return best
}

func foldDate(claims []Entity, out *Entity) string {
	by := map[string][]string{}
	for _, c := range claims {
		if c.Date != "" {
			by[c.Date] = append(by[c.Date], ArticleIDs(c.Sources)...)
		}
	}
	if len(by) == 0 {
		return ""
	}
	dates := sortedKeys(by)
	support := func(d string) int {
		n := 0
		for _, o := range dates {
			if DatesCompatible(d, o) {
				n += len(uniqueSorted(by[o]))
			}
		}
		return n
	}
	best := dates[0]
	conflict := false
	for _, d := range dates {
		if c := cmp.Or(cmp.Compare(support(d), support(best)), cmp.Compare(datePrecision(d), datePrecision(best))); c > 0 {
			best = d
		}
	}
	for _, d := range dates {
		if !DatesCompatible(d, best) {
			conflict = true
		}
	}
	// A year learnt from one claim fills an unknown year in another.
	if strings.HasPrefix(best, "XXXX") {
		for _, d := range dates {
			if !strings.HasPrefix(d, "XXXX") && DatesCompatible(d, best) && len(d) >= 4 {
				best = d[:4] + best[4:]
				break
			}
		}
	}
	if conflict {
		c := Conflict{Field: "date"}
		for _, d := range dates {
			c.Values = append(c.Values, ConflictValue{Value: d, ArticleIDs: uniqueSorted(by[d])})
		}
		out.Conflicts = append(out.Conflicts, c)
	}
	return best
}

func sortedKeys[V any](m map[string]V) []string {
	if len(m) == 0 {
		return nil
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func uniqueSorted(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	s = slices.Clone(s)
	slices.Sort(s)
	return slices.Compact(s)
}
