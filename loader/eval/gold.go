package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Gold is the hand-made annotation of one article (a file of a gold
// directory, ../shared/eval/README.md).
type Gold struct {
	File      string         `json:"-"` // the gold file's base name
	Article   string         `json:"article"`
	Language  string         `json:"language,omitempty"`
	Published string         `json:"published,omitempty"`
	Entities  []GoldEntity   `json:"entities"`
	Relations []GoldRelation `json:"relations"`
}

// GoldEntity is one entity the article mentions, with every acceptable name.
type GoldEntity struct {
	ID       string   `json:"id"`
	Kind     string   `json:"kind"`
	Names    []string `json:"names"`
	Country  string   `json:"country,omitempty"`
	Level    string   `json:"level,omitempty"`
	Date     string   `json:"date,omitempty"` // events: YYYY-MM-DD, or XXXX-MM-DD when the year is not given
	Optional bool     `json:"optional,omitempty"`
}

// GoldRelation is one relation the article states. From and To list the
// acceptable gold entity ids (in a file, one id or a list of ids).
type GoldRelation struct {
	Type     string `json:"type"`
	From     IDs    `json:"from"`
	To       IDs    `json:"to"`
	Optional bool   `json:"optional,omitempty"`
}

// IDs is a list of acceptable gold entity ids; its JSON form is one string
// or a list of strings.
type IDs []string

// UnmarshalJSON reads one id or a list of ids.
func (ids *IDs) UnmarshalJSON(b []byte) error {
	if bytes.HasPrefix(bytes.TrimSpace(b), []byte("[")) {
		var l []string
		if err := json.Unmarshal(b, &l); err != nil {
			return err
		}
		*ids = l
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*ids = IDs{s}
	return nil
}

// LineError is an error in a gold or prediction file, at a line where it is
// known (Line 0 when not).
type LineError struct {
	File string // "" when reading from a stream with no name
	Line int
	Err  error
}

func (e *LineError) Error() string {
	switch {
	case e.File == "":
		return fmt.Sprintf("line %d: %v", e.Line, e.Err)
	case e.Line == 0:
		return fmt.Sprintf("%s: %v", e.File, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

func (e *LineError) Unwrap() error { return e.Err }

// LoadGold reads every *.json file directly in dir and returns the gold
// annotations by article name (the files' "article" field). Unlike
// score.py, which keeps the last, it refuses two files for one article.
func LoadGold(dir string) (map[string]Gold, error) {
	des, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read gold directory: %w", err)
	}
	golds := make(map[string]Gold)
	for _, de := range des { // sorted by name, as score.py reads them
		if !strings.HasSuffix(de.Name(), ".json") || de.IsDir() {
			continue
		}
		path := filepath.Join(dir, de.Name())
		g, err := readGold(path)
		if err != nil {
			return nil, err
		}
		if prev, ok := golds[g.Article]; ok {
			return nil, &LineError{File: path, Err: fmt.Errorf("article %q is annotated in %s too", g.Article, prev.File)}
		}
		golds[g.Article] = g
	}
	return golds, nil
}

// readGold reads and checks one gold file.
func readGold(path string) (Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Gold{}, fmt.Errorf("read gold: %w", err)
	}
	var g Gold
	if err := decodeJSON(b, &g); err != nil {
		return Gold{}, &LineError{File: path, Line: jsonErrorLine(b, err), Err: err}
	}
	g.File = filepath.Base(path)
	if err := g.check(); err != nil {
		return Gold{}, &LineError{File: path, Err: err}
	}
	return g, nil
}

// check reports what would make scoring meaningless or make score.py fail.
func (g Gold) check() error {
	if g.Article == "" {
		return errors.New(`no "article"`)
	}
	ids := make(map[string]bool, len(g.Entities))
	for i, e := range g.Entities {
		switch {
		case e.ID == "":
			return fmt.Errorf("entity %d: no id", i+1)
		case ids[e.ID]:
			return fmt.Errorf("entity %q: id used twice", e.ID)
		case len(e.Names) == 0:
			return fmt.Errorf("entity %q: no names", e.ID)
		}
		ids[e.ID] = true
	}
	for i, r := range g.Relations {
		if r.Type == "" || len(r.From) == 0 || len(r.To) == 0 {
			return fmt.Errorf("relation %d: type, from and to are required", i+1)
		}
		for _, id := range append(append([]string{}, r.From...), r.To...) {
			if !ids[id] {
				return fmt.Errorf("relation %d (%s): unknown entity %q", i+1, r.Type, id)
			}
		}
	}
	return nil
}

// decodeJSON decodes one JSON value that must be valid UTF-8 and stand alone.
func decodeJSON(b []byte, v any) error {
	if !utf8.Valid(b) {
		return errors.New("invalid UTF-8")
	}
	d := json.NewDecoder(bytes.NewReader(b))
	if err := d.Decode(v); err != nil {
		return err
	}
	if len(bytes.TrimSpace(b[d.InputOffset():])) > 0 {
		return errors.New("more than one JSON value")
	}
	return nil
}

// jsonErrorLine is the 1-based line of b where a decoding error was found,
// or 0.
func jsonErrorLine(b []byte, err error) int {
	var off int64
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	default:
		return 0
	}
	off = min(max(off, 0), int64(len(b)))
	return bytes.Count(b[:off], []byte("\n")) + 1
}
