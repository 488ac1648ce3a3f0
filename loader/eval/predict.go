package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/bilateral/bilateral/loader/extract"
)

// Prediction is what an extractor printed for one article: the fields of
// the extract.Result JSON line that scoring reads. Its JSON form is that of
// extract.Result; as in score.py, the source may also come as
// "article": {"source": ...}, a kind as "label", and names as "names".
type Prediction struct {
	Source    string
	Entities  []PredEntity
	Relations []PredRelation
}

// PredEntity is one predicted entity.
type PredEntity struct {
	ID      string
	Kind    string // "kind", or "label" where kind is empty
	Name    string
	Aliases []string
	Names   []string
	Date    string

	// noID and noName record that the JSON had no id or name (a Go value
	// always has them); score.py tells these apart from empty strings.
	noID, noName bool
}

// PredRelation is one predicted relation between two local entity ids.
type PredRelation struct {
	Type string
	From string
	To   string

	noFrom, noTo bool
}

// UnmarshalJSON reads an extract.Result line.
func (p *Prediction) UnmarshalJSON(b []byte) error {
	var raw struct {
		Source  string `json:"source"`
		Article *struct {
			Source string `json:"source"`
		} `json:"article"`
		Entities  []PredEntity   `json:"entities"`
		Relations []PredRelation `json:"relations"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	*p = Prediction{Source: raw.Source, Entities: raw.Entities, Relations: raw.Relations}
	if p.Source == "" && raw.Article != nil {
		p.Source = raw.Article.Source
	}
	return nil
}

// UnmarshalJSON reads an extract.Entity.
func (e *PredEntity) UnmarshalJSON(b []byte) error {
	var raw struct {
		ID      *string  `json:"id"`
		Kind    string   `json:"kind"`
		Label   string   `json:"label"`
		Name    *string  `json:"name"`
		Aliases []string `json:"aliases"`
		Names   []string `json:"names"`
		Date    string   `json:"date"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	*e = PredEntity{Kind: raw.Kind, Aliases: raw.Aliases, Names: raw.Names, Date: raw.Date,
		noID: raw.ID == nil, noName: raw.Name == nil}
	if e.Kind == "" {
		e.Kind = raw.Label
	}
	if raw.ID != nil {
		e.ID = *raw.ID
	}
	if raw.Name != nil {
		e.Name = *raw.Name
	}
	return nil
}

// UnmarshalJSON reads an extract.Relation.
func (r *PredRelation) UnmarshalJSON(b []byte) error {
	var raw struct {
		Type string  `json:"type"`
		From *string `json:"from"`
		To   *string `json:"to"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	*r = PredRelation{Type: raw.Type, noFrom: raw.From == nil, noTo: raw.To == nil}
	if raw.From != nil {
		r.From = *raw.From
	}
	if raw.To != nil {
		r.To = *raw.To
	}
	return nil
}

// FromResult is the prediction an extract.Result makes, as if it had been
// printed and read back.
func FromResult(res extract.Result) Prediction {
	p := Prediction{Source: res.Source}
	for _, e := range res.Entities {
		p.Entities = append(p.Entities, PredEntity{ID: e.ID, Kind: string(e.Kind), Name: e.Name,
			Aliases: e.Aliases, Date: e.Date})
	}
	for _, r := range res.Relations {
		p.Relations = append(p.Relations, PredRelation{Type: string(r.Type), From: r.From, To: r.To})
	}
	return p
}

// FromResults converts results with FromResult.
func FromResults(results []extract.Result) []Prediction {
	out := make([]Prediction, len(results))
	for i, r := range results {
		out[i] = FromResult(r)
	}
	return out
}

// ReadPredictions reads JSON Lines of extract.Result, skipping blank lines.
// A line that is not such an object is a *LineError naming the line.
func ReadPredictions(r io.Reader) ([]Prediction, error) {
	br := bufio.NewReader(r)
	var preds []Prediction
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			var p Prediction
			if derr := decodeJSON(line, &p); derr != nil {
				return nil, &LineError{Line: n, Err: fmt.Errorf("bad prediction: %w", derr)}
			}
			preds = append(preds, p)
		}
		if errors.Is(err, io.EOF) {
			return preds, nil
		}
		if err != nil {
			return nil, &LineError{Line: n, Err: err}
		}
	}
}

// ReadPredictionsFile reads a JSON Lines file with ReadPredictions; errors
// name the file and the line.
func ReadPredictionsFile(path string) ([]Prediction, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read predictions: %w", err)
	}
	defer f.Close()
	preds, err := ReadPredictions(f)
	if le, ok := errors.AsType[*LineError](err); ok {
		le.File = path
	}
	return preds, err
}
