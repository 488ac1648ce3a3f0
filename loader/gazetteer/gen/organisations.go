package main

import (
	"fmt"
	"slices"
	"strings"
)

// orgTypes are graph.OrgType's values (gen does not import the module's
// packages, so that it builds before data exists).
var orgTypes = []string{"company", "government", "party", "association", "media", "other"}

// curatedOrg is one organisation of data/organisations.json.
type curatedOrg struct {
	Code     string              `json:"code"` // optional; default "ORG-" + slug(name)
	Name     string              `json:"name"` // canonical English name
	Country  string              `json:"country"`
	Type     string              `json:"type"`
	Aliases  map[string][]string `json:"aliases"`  // language → names
	Acronyms []string            `json:"acronyms"` // matched case-sensitively
}

// organisations expands the curated list: every alias, Russian aliases in
// all cases, acronyms as such.
func organisations(file string) ([]*entry, error) {
	var list []curatedOrg
	if err := (paths{}).readJSON(&list, file); err != nil {
		return nil, err
	}
	var out []*entry
	seen := map[string]bool{}
	for _, o := range list {
		if !slices.Contains(orgTypes, o.Type) {
			return nil, fmt.Errorf("%s: org type %q", o.Name, o.Type)
		}
		code := o.Code
		if code == "" {
			code = "ORG-" + slug(o.Name)
		}
		if seen[code] {
			return nil, fmt.Errorf("%s: duplicate code %s", o.Name, code)
		}
		seen[code] = true
		e := &entry{code: code, kind: "O", country: o.Country, orgType: o.Type, name: o.Name,
			seen: map[string]bool{o.Name: true}}
		for _, l := range formLangs {
			for _, n := range o.Aliases[l] {
				e.add('N', n)
				if l == "ru" {
					e.add('N', ruOrgForms(n)...)
				}
			}
		}
		e.add('N', o.Aliases["zh"]...)
		e.add('A', o.Acronyms...)
		out = append(out, e)
	}
	return out, nil
}

// ruOrgForms declines a Russian organisation name like a place name, and
// also a neuter head noun in -о/-е (Министерство, Собрание), which place
// names (Кемерово) do not decline. Quotation marks are dropped.
func ruOrgForms(n string) []string {
	n = strings.NewReplacer("«", "", "»", "", "\"", "").Replace(n)
	forms := ruPhraseForms(n)
	if forms != nil {
		return append([]string{n}, forms...)
	}
	words := strings.Fields(n)
	if len(words) == 0 {
		return nil
	}
	w, rest := words[0], strings.Join(words[1:], " ")
	var cs []string
	if st, ok := cut(w, "ие"); ok {
		cs = []string{st + "ия", st + "ию", st + "ием", st + "ии"}
	} else if st, ok := cut(w, "о"); ok {
		cs = []string{st + "а", st + "у", st + "ом", st + "е"}
	}
	out := []string{n}
	for _, c := range cs {
		out = append(out, strings.TrimSpace(c+" "+rest))
	}
	return out
}

// slug turns a name into lower-case ASCII letters and digits joined by
// "-" ("OPORA Russia" → "opora-russia").
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	return b.String()
}
