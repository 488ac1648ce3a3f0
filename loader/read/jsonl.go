package read

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
)

// jsonArticle is one line of a .jsonl file.
type jsonArticle struct {
	Text      *string `json:"text"`
	URL       string  `json:"url"`
	Title     string  `json:"title"`
	Published string  `json:"published"`
	Language  string  `json:"language"`
	Source    string  `json:"source"`
}

// parseJSONL reads one article a line; blank lines are skipped, and a bad
// line is an error at its line while the others are read.
func parseJSONL(path string, data []byte, yield func(Document, error) bool) {
	fail := func(line int, err error) bool {
		return yield(Document{}, &Error{Path: path, Line: line, Err: err})
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if len(bytes.TrimSpace(data)) == 0 {
		fail(0, ErrEmpty)
		return
	}
	// A file of binary data is one error; a NUL byte in one line is only
	// that line's (bad JSON), and the other lines are still read.
	if mostlyControl(data) {
		fail(0, ErrBinary)
		return
	}
	base := filepath.Base(path)
	for n := 1; len(data) > 0; n++ {
		var line []byte
		line, data, _ = bytes.Cut(data, []byte("\n"))
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		doc, err := parseJSONLine(line)
		if err != nil {
			if !fail(n, err) {
				return
			}
			continue
		}
		doc.Path, doc.Line = path, n
		if doc.Source == "" {
			doc.Source = base + ":" + strconv.Itoa(n)
		}
		if !yield(doc, nil) {
			return
		}
	}
}

// parseJSONLine reads one article from a JSON line.
func parseJSONLine(line []byte) (Document, error) {
	if _, err := checkUTF8(line); err != nil {
		return Document{}, err
	}
	var a jsonArticle
	d := json.NewDecoder(bytes.NewReader(line))
	if err := d.Decode(&a); err != nil {
		if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
			what := "the line"
			if te.Field != "" {
				what = strconv.Quote(te.Field)
			}
			return Document{}, fmt.Errorf("bad JSON: %s is a JSON %s, want %s", what, te.Value, jsonKind(te.Type.Kind().String()))
		}
		return Document{}, fmt.Errorf("bad JSON: %w", err)
	}
	if len(bytes.TrimSpace(line[d.InputOffset():])) > 0 {
		return Document{}, errors.New("bad JSON: more than one value on the line")
	}
	if a.Text == nil {
		return Document{}, fmt.Errorf(`no "text": %w`, ErrEmpty)
	}
	return FromText(*a.Text, Meta{Source: a.Source, URL: a.URL, Title: a.Title, Published: a.Published, Language: a.Language})
}

// jsonKind names a Go kind as JSON calls it.
func jsonKind(kind string) string {
	switch kind {
	case "struct":
		return "an object"
	case "ptr", "string":
		return "a string"
	}
	return kind
}
