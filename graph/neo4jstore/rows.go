package neo4jstore

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/bilateral/bilateral/graph"
)

// Rows sent to Neo4j are map[string]any of values the driver serialises:
// string, int64, float64, bool, time.Time, []string, []float64, and nested
// maps and lists of those. Empty values are left out, so a property that a
// new fold no longer has disappears when a node is SET to its row.

// setString and setList put non-empty values in m.
func setString(m map[string]any, key, v string) {
	if v != "" {
		m[key] = v
	}
}

func setList(m map[string]any, key string, v []string) {
	if len(v) > 0 {
		m[key] = slices.Clone(v)
	}
}

// articleProps is the Article node's properties.
func articleProps(a graph.Article) map[string]any {
	m := map[string]any{"id": a.ID}
	setString(m, "source", a.Source)
	setString(m, "url", a.URL)
	setString(m, "title", a.Title)
	setString(m, "language", a.Language)
	setString(m, "published", a.Published)
	setString(m, "contentHash", a.ContentHash)
	setString(m, "text", a.Text)
	if !a.LoadedAt.IsZero() {
		m["loadedAt"] = a.LoadedAt.UTC()
	}
	return m
}

// claimProps is one article's claim about an entity, stored on its
// MENTIONED_IN relationship: what the article says and the evidence.
func claimProps(e graph.Entity) map[string]any {
	m := map[string]any{"kind": string(e.Kind)}
	setString(m, "name", e.Name)
	setList(m, "aliases", e.Aliases)
	setString(m, "country", e.Country)
	setString(m, "level", string(e.Level))
	setString(m, "code", e.Code)
	setString(m, "orgType", string(e.OrgType))
	setList(m, "roles", e.Roles)
	setString(m, "date", e.Date)
	setString(m, "eventType", string(e.EventType))
	setString(m, "status", string(e.Status))
	setList(m, "mergedIds", e.MergedIDs)
	if len(e.Sources) > 0 {
		setString(m, "sentence", e.Sources[0].Sentence)
		setString(m, "language", e.Sources[0].Language)
	}
	return m
}

// nameKeys is graph.FoldName of every name and alias, without repeats, in
// the order name first, then aliases.
// entityProps is a folded entity's node properties: what filters, orders,
// the full-text index and Neo4j Browser read. Sources and conflicts are
// not copied: reads fold the claims again.
func entityProps(e graph.Entity) map[string]any {
	m := map[string]any{
		"id":          e.ID,
		"sourceCount": int64(len(graph.ArticleIDs(e.Sources))),
	}
	setString(m, "name", e.Name)
	setString(m, "sortName", e.SortKey())
	setList(m, "aliases", e.Aliases)
	setString(m, "country", e.Country)
	setString(m, "level", string(e.Level))
	setString(m, "code", e.Code)
	setString(m, "orgType", string(e.OrgType))
	setList(m, "roles", e.Roles)
	setString(m, "date", e.Date)
	setString(m, "eventType", string(e.EventType))
	setString(m, "status", string(e.Status))
	setList(m, "mergedIds", e.MergedIDs)
	keys := e.NameKeys()
	setList(m, "nameKeys", keys)
	setString(m, "searchNames", strings.Join(keys, "\n"))
	return m
}

// relationProps is a folded relation's properties with its claims as
// parallel lists (claim i is articleIds[i], sentences[i], ...), in the
// order of claims.
func relationProps(folded graph.Relation, claims []graph.Relation) map[string]any {
	m := map[string]any{
		"id":          folded.ID,
		"confidence":  folded.Confidence,
		"sourceCount": int64(len(graph.ArticleIDs(folded.Sources))),
	}
	setString(m, "role", folded.Role)
	setString(m, "agreement", folded.Agreement)
	n := len(claims)
	articleIDs, sentences, languages := make([]string, n), make([]string, n), make([]string, n)
	roles, agreements, confidences := make([]string, n), make([]string, n), make([]float64, n)
	for i, c := range claims {
		if len(c.Sources) > 0 {
			articleIDs[i], sentences[i], languages[i] = c.Sources[0].ArticleID, c.Sources[0].Sentence, c.Sources[0].Language
		}
		roles[i], agreements[i], confidences[i] = c.Role, c.Agreement, c.Confidence
	}
	m["articleIds"], m["sentences"], m["languages"] = articleIDs, sentences, languages
	m["roles"], m["agreements"], m["confidences"] = roles, agreements, confidences
	return m
}

// Decoding. Values come back from the driver as string, int64, float64,
// bool, time.Time, []any and map[string]any; every assertion is checked
// and a value of the wrong type is an error naming the field.

type decoder struct {
	what string // "entity e1": for error messages
	err  error
}

func (d *decoder) fail(key string, v any, want string) {
	if d.err == nil {
		d.err = fmt.Errorf("decode %s: %s is %T, want %s", d.what, key, v, want)
	}
}

func (d *decoder) str(m map[string]any, key string) string {
	v, ok := m[key]
	if !ok || v == nil {
		return ""
	}
	s, ok := v.(string)
	if !ok {
		d.fail(key, v, "string")
	}
	return s
}

func (d *decoder) list(m map[string]any, key string) []any {
	v, ok := m[key]
	if !ok || v == nil {
		return nil
	}
	l, ok := v.([]any)
	if !ok {
		d.fail(key, v, "list")
	}
	return l
}

func (d *decoder) strings(m map[string]any, key string) []string {
	l := d.list(m, key)
	if l == nil {
		return nil
	}
	out := make([]string, 0, len(l))
	for _, v := range l {
		s, ok := v.(string)
		if !ok {
			d.fail(key, v, "list of strings")
			return nil
		}
		out = append(out, s)
	}
	return out
}

func (d *decoder) floats(m map[string]any, key string) []float64 {
	l := d.list(m, key)
	out := make([]float64, 0, len(l))
	for _, v := range l {
		switch f := v.(type) {
		case float64:
			out = append(out, f)
		case int64:
			out = append(out, float64(f))
		default:
			d.fail(key, v, "list of floats")
			return nil
		}
	}
	return out
}

func (d *decoder) maps(m map[string]any, key string) []map[string]any {
	l := d.list(m, key)
	out := make([]map[string]any, 0, len(l))
	for _, v := range l {
		mm, ok := v.(map[string]any)
		if !ok {
			d.fail(key, v, "list of maps")
			return nil
		}
		out = append(out, mm)
	}
	return out
}

// asMap checks that a record value is a map.
func asMap(v any, what string) (map[string]any, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("decode %s: value is %T, want map", what, v)
	}
	return m, nil
}

// decodeArticle reads an Article node's properties (Article.cypher).
func decodeArticle(v any) (graph.Article, error) {
	m, err := asMap(v, "article")
	if err != nil {
		return graph.Article{}, err
	}
	d := &decoder{what: "article"}
	a := graph.Article{
		ID:          d.str(m, "id"),
		Source:      d.str(m, "source"),
		URL:         d.str(m, "url"),
		Title:       d.str(m, "title"),
		Language:    d.str(m, "language"),
		Published:   d.str(m, "published"),
		ContentHash: d.str(m, "contentHash"),
		Text:        d.str(m, "text"),
	}
	d.what = "article " + a.ID
	switch t := m["loadedAt"].(type) {
	case nil:
	case time.Time:
		a.LoadedAt = t.UTC()
	default:
		d.fail("loadedAt", t, "datetime")
	}
	if a.ID == "" && d.err == nil {
		d.err = fmt.Errorf("decode article: no id")
	}
	return a, d.err
}

// decodeClaim reads one MENTIONED_IN claim ({.*, articleId}).
func decodeClaim(d *decoder, m map[string]any) graph.Entity {
	e := graph.Entity{
		Kind:      graph.Kind(d.str(m, "kind")),
		Name:      d.str(m, "name"),
		Aliases:   d.strings(m, "aliases"),
		Country:   d.str(m, "country"),
		Level:     graph.RegionLevel(d.str(m, "level")),
		Code:      d.str(m, "code"),
		OrgType:   graph.OrgType(d.str(m, "orgType")),
		Roles:     d.strings(m, "roles"),
		Date:      d.str(m, "date"),
		EventType: graph.EventType(d.str(m, "eventType")),
		Status:    graph.EventStatus(d.str(m, "status")),
		MergedIDs: d.strings(m, "mergedIds"),
		Sources: []graph.Source{{
			ArticleID: d.str(m, "articleId"),
			Sentence:  d.str(m, "sentence"),
			Language:  d.str(m, "language"),
		}},
	}
	if !e.Kind.Valid() && d.err == nil {
		d.err = fmt.Errorf("decode %s: claim of article %s has kind %q", d.what, e.Sources[0].ArticleID, e.Kind)
	}
	return e
}

// decodeEntityClaims reads an entity map {id, claims} into its id and its
// claims, in the order read (graph.Fold does not depend on it).
func decodeEntityClaims(v any) (string, []graph.Entity, error) {
	m, err := asMap(v, "entity")
	if err != nil {
		return "", nil, err
	}
	d := &decoder{what: "entity"}
	id := d.str(m, "id")
	d.what = "entity " + id
	var claims []graph.Entity
	for _, c := range d.maps(m, "claims") {
		e := decodeClaim(d, c)
		e.ID = id
		claims = append(claims, e)
	}
	if d.err != nil {
		return "", nil, d.err
	}
	if id == "" {
		return "", nil, fmt.Errorf("decode entity: no id")
	}
	if len(claims) == 0 {
		return "", nil, fmt.Errorf("decode entity %s: no claims", id)
	}
	return id, claims, nil
}

// decodeEntity reads an entity map {id, claims} and folds its claims.
func decodeEntity(v any) (graph.Entity, error) {
	_, claims, err := decodeEntityClaims(v)
	if err != nil {
		return graph.Entity{}, err
	}
	return graph.Fold(claims), nil
}

// decodeRelationClaims reads a relation map ({.*, type, from, to}) into
// its claims, in the order of the stored lists (graph.FoldRelation does
// not depend on it).
func decodeRelationClaims(v any) ([]graph.Relation, error) {
	m, err := asMap(v, "relation")
	if err != nil {
		return nil, err
	}
	d := &decoder{what: "relation"}
	base := graph.Relation{
		ID:   d.str(m, "id"),
		Type: graph.RelType(d.str(m, "type")),
		From: d.str(m, "from"),
		To:   d.str(m, "to"),
	}
	d.what = "relation " + base.ID
	articles := d.strings(m, "articleIds")
	sentences := d.strings(m, "sentences")
	languages := d.strings(m, "languages")
	roles := d.strings(m, "roles")
	agreements := d.strings(m, "agreements")
	confidences := d.floats(m, "confidences")
	if d.err != nil {
		return nil, d.err
	}
	n := len(articles)
	for _, l := range []int{len(sentences), len(languages), len(roles), len(agreements), len(confidences)} {
		if l != n {
			return nil, fmt.Errorf("decode relation %s: claim lists of different lengths", base.ID)
		}
	}
	if n == 0 {
		return nil, fmt.Errorf("decode relation %s: no claims", base.ID)
	}
	if !base.Type.Valid() || base.ID != graph.RelationID(base.Type, base.From, base.To) {
		return nil, fmt.Errorf("decode relation %q: type %q from %q to %q do not make its id", base.ID, base.Type, base.From, base.To)
	}
	claims := make([]graph.Relation, n)
	for i := range n {
		c := base
		c.Role, c.Agreement, c.Confidence = roles[i], agreements[i], confidences[i]
		c.Sources = []graph.Source{{ArticleID: articles[i], Sentence: sentences[i], Language: languages[i]}}
		claims[i] = c
	}
	return claims, nil
}

// decodeRelation reads a relation map and folds its claims.
func decodeRelation(v any) (graph.Relation, error) {
	claims, err := decodeRelationClaims(v)
	if err != nil {
		return graph.Relation{}, err
	}
	return graph.FoldRelation(claims), nil
}

// filterParams is a normalised EntityFilter (graph.EntityFilter.Normalize,
// which folds names as the stored nameKeys are) as the $filter map of
// Entities.cypher (and $a, $b of Meetings.cypher).
func filterParams(f graph.EntityFilter) map[string]any {
	return map[string]any{
		"ids":            nonNil(f.IDs),
		"kinds":          strs(f.Kinds),
		"countries":      nonNil(f.Countries),
		"levels":         strs(f.Levels),
		"orgTypes":       strs(f.OrgTypes),
		"eventTypes":     strs(f.EventTypes),
		"within":         f.Within,
		"dateFrom":       f.DateFrom,
		"dateTo":         f.DateTo,
		"nameContains":   f.NameContains,
		"nameStartsWith": f.NameStartsWith,
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return slices.Clone(s)
}

func strs[T ~string](s []T) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = string(v)
	}
	return out
}
