package graph

import (
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"strings"
)

//go:embed iso3166.txt
var iso3166 string

var countryCodes = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(iso3166, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			m[line] = true
		}
	}
	return m
}()

// ValidCountry reports whether c is an ISO 3166-1 alpha-2 code (upper case).
func ValidCountry(c string) bool { return countryCodes[c] }

// Problem is one fault Validate found: what is wrong and with which item.
type Problem struct {
	Item   string // "entity e3", "relation ATTENDED e1->e7"
	Reason string
}

func (p Problem) String() string { return p.Item + ": " + p.Reason }

// ValidationError lists every fault of an ArticleGraph. It wraps ErrInvalid.
type ValidationError struct {
	ArticleID string
	Problems  []Problem
}

func (e *ValidationError) Error() string {
	parts := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		parts[i] = p.String()
	}
	return fmt.Sprintf("article %s: %s", e.ArticleID, strings.Join(parts, "; "))
}

// Unwrap makes errors.Is(err, ErrInvalid) hold.
func (e *ValidationError) Unwrap() error { return ErrInvalid }

// Validate checks an ArticleGraph against the closed ontology: an article id,
// known kinds and relation types, which kinds each relation connects,
// property vocabularies, ISO countries and dates, ids unique and present,
// and one source per claim naming the article. It returns a
// *ValidationError listing every fault, or nil.
func Validate(g ArticleGraph) error {
	var ps []Problem
	add := func(item, format string, args ...any) {
		ps = append(ps, Problem{Item: item, Reason: fmt.Sprintf(format, args...)})
	}
	if g.Article.ID == "" {
		add("article", "no id")
	}
	if g.Article.Published != "" && !ValidDate(g.Article.Published) {
		add("article", "published date %q is not ISO 8601", g.Article.Published)
	}
	kinds := map[string]Kind{}
	for _, e := range g.Entities {
		item := "entity " + e.ID
		switch {
		case e.ID == "":
			add("entity "+e.Name, "no id")
		case kinds[e.ID] != "":
			add(item, "id used twice")
		}
		kinds[e.ID] = e.Kind
		if !e.Kind.Valid() {
			add(item, "unknown kind %q", e.Kind)
		}
		if strings.TrimSpace(e.Name) == "" {
			add(item, "no name")
		}
		if e.Country != "" && !ValidCountry(e.Country) {
			add(item, "country %q is not ISO 3166-1 alpha-2", e.Country)
		}
		checkVocab(add, item, e)
		checkSources(add, item, e.Sources, g.Article.ID)
	}
	for _, r := range g.Relations {
		item := fmt.Sprintf("relation %s %s->%s", r.Type, r.From, r.To)
		from, okFrom := kinds[r.From]
		to, okTo := kinds[r.To]
		switch {
		case !r.Type.Valid():
			add(item, "unknown relation type")
		case !okFrom || !okTo:
			add(item, "endpoint is not an entity of this article")
		case r.From == r.To:
			add(item, "connects an entity to itself")
		case !r.Type.Allows(from, to):
			add(item, "%s cannot go from %s to %s", r.Type, from, to)
		}
		if r.ID != RelationID(r.Type, r.From, r.To) {
			add(item, "id %q is not RelationID(type, from, to)", r.ID)
		}
		if r.Confidence < 0 || r.Confidence > 1 {
			add(item, "confidence %v outside 0..1", r.Confidence)
		}
		checkSources(add, item, r.Sources, g.Article.ID)
	}
	if len(ps) == 0 {
		return nil
	}
	return &ValidationError{ArticleID: g.Article.ID, Problems: ps}
}

func checkVocab(add func(item, format string, args ...any), item string, e Entity) {
	in := func(field, v string, ok bool) {
		if v != "" && !ok {
			add(item, "%s %q is not allowed", field, v)
		}
	}
	in("level", string(e.Level), slices.Contains(RegionLevels, e.Level) && e.Kind == KindRegion)
	in("orgType", string(e.OrgType), slices.Contains(OrgTypes, e.OrgType) && e.Kind == KindOrganisation)
	in("eventType", string(e.EventType), slices.Contains(EventTypes, e.EventType) && e.Kind == KindEvent)
	in("status", string(e.Status), (e.Status == EventOccurred || e.Status == EventPlanned) && e.Kind == KindEvent)
	in("date", e.Date, ValidDate(e.Date) && e.Kind == KindEvent)
	if len(e.Roles) > 0 && e.Kind != KindOfficial {
		add(item, "only officials have roles")
	}
}

func checkSources(add func(item, format string, args ...any), item string, s []Source, articleID string) {
	if len(s) != 1 || s[0].ArticleID != articleID {
		add(item, "must carry exactly one source, the article %s", articleID)
	}
}

// IsValidation reports whether err carries a *ValidationError, returning it.
func IsValidation(err error) (*ValidationError, bool) {
	var v *ValidationError
	ok := errors.As(err, &v)
	return v, ok
}
