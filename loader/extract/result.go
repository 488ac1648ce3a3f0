package extract

import "github.com/bilateral/bilateral/graph"

// Result is what the extractor reads out of one article: the entities the
// article mentions and the relations it states, with local ids ("e1", ...)
// that are unique within the Result only. Its JSON form is the contract of
// `bilateral extract --json` (../shared/eval/README.md): one Result a line.
// Global ids, gazetteer hierarchy and merging are the resolver's job.
type Result struct {
	Source    string `json:"source"`              // the article file's base name, or its URL
	Language  string `json:"language"`            // ISO 639-1, detected unless given
	Published string `json:"published,omitempty"` // ISO date from metadata, dateline or publisher line
	Title     string `json:"title,omitempty"`

	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// Entity is one entity the article mentions, merged over its mentions.
type Entity struct {
	ID      string     `json:"id"` // local id, "e1", "e2", ...
	Kind    graph.Kind `json:"kind"`
	Name    string     `json:"name"`              // the fullest surface form, as written
	Aliases []string   `json:"aliases,omitempty"` // other surface forms in this article
	Country string     `json:"country,omitempty"` // ISO 3166-1 alpha-2

	Level graph.RegionLevel `json:"level,omitempty"` // Region
	Code  string            `json:"code,omitempty"`  // Region: gazetteer code; Organisation: curated list key

	OrgType graph.OrgType `json:"orgType,omitempty"`

	Roles []string `json:"roles,omitempty"` // Official: role titles as written

	Date      string            `json:"date,omitempty"` // Event: ISO, possibly partial or XXXX-MM-DD
	EventType graph.EventType   `json:"eventType,omitempty"`
	Status    graph.EventStatus `json:"status,omitempty"`
	// Place is the local id of the Region where the event took place.
	Place string `json:"place,omitempty"`

	Evidence   string  `json:"evidence,omitempty"` // sentence of the first (or best) mention
	Start      int     `json:"start"`              // character (rune) offsets of that mention in the text
	End        int     `json:"end"`
	Confidence float64 `json:"confidence,omitempty"`
}

// Relation is one relation the article states.
type Relation struct {
	Type graph.RelType `json:"type"`
	From string        `json:"from"` // local entity ids
	To   string        `json:"to"`

	Role      string `json:"role,omitempty"`      // REPRESENTS
	Agreement string `json:"agreement,omitempty"` // SIGNED: what was signed, with count and value where given

	Evidence   string  `json:"evidence"`
	Start      int     `json:"start"` // character offsets of the evidence sentence
	End        int     `json:"end"`
	Language   string  `json:"language"`
	Confidence float64 `json:"confidence"`
}
