package read

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// outcome is one yield of All in the golden file: a document or an error.
type outcome struct {
	Path      string `json:"path"`
	Line      int    `json:"line,omitempty"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Language  string `json:"language,omitempty"`
	Text      string `json:"text,omitempty"`
	Hash      string `json:"hash,omitempty"`
	Error     string `json:"error,omitempty"`
	Skipped   bool   `json:"skipped,omitempty"`
}

// TestAllGolden reads the fixture corpus, good and bad files alike, and
// compares every document and error with testdata/corpus.golden.json.
func TestAllGolden(t *testing.T) {
	var got []outcome
	for doc, err := range All(context.Background(), []string{"testdata/corpus"}) {
		if err != nil {
			var re *Error
			if !errors.As(err, &re) {
				t.Fatalf("All yielded %T %v, want *Error", err, err)
			}
			got = append(got, outcome{Path: filepath.ToSlash(re.Path), Line: re.Line, Error: err.Error(), Skipped: Skipped(err)})
			continue
		}
		if doc.ContentHash != Hash(doc.Text) || doc.Text != Normalize(doc.Text) {
			t.Errorf("%s: text not normalised or hash not its SHA-256", doc.Path)
		}
		got = append(got, outcome{Path: filepath.ToSlash(doc.Path), Line: doc.Line, Source: doc.Source, URL: doc.URL,
			Title: doc.Title, Published: doc.Published, Language: doc.Language, Text: doc.Text, Hash: doc.ContentHash})
	}
	const golden = "testdata/corpus.golden.json"
	if *update {
		b, err := json.MarshalIndent(got, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	var want []outcome
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("All(testdata/corpus) (-want +got):\n%s", diff)
	}
}

func TestAllMissingPathAndOrder(t *testing.T) {
	var got []string
	for doc, err := range All(context.Background(), []string{"testdata/corpus/sub", "testdata/no-such-file.txt", "testdata/corpus/e_empty.txt"}) {
		if err != nil {
			got = append(got, "error "+err.Error())
			continue
		}
		got = append(got, doc.Source)
	}
	want := []string{
		"a_sub.txt", "k_nested.txt", "pressebox.de",
		"error testdata/no-such-file.txt: lstat: no such file or directory",
		"error testdata/corpus/e_empty.txt: no text",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("All (-want +got):\n%s", diff)
	}
}

func TestAllStops(t *testing.T) {
	n := 0
	for range All(context.Background(), []string{"testdata/corpus"}) {
		n++
		if n == 2 {
			break
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var errs []error
	for _, err := range All(ctx, []string{"testdata/corpus"}) {
		errs = append(errs, err)
	}
	if len(errs) != 1 || !errors.Is(errs[0], context.Canceled) {
		t.Errorf("All with a cancelled context yielded %v, want just context.Canceled", errs)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, path, data string
		line             int
		is               error
		msg              string
	}{
		{"empty", "a.txt", "", 0, ErrEmpty, "a.txt: no text"},
		{"white space only", "a.md", " \n\t\r\n", 0, ErrEmpty, "a.md: no text"},
		{"only front matter", "a.md", "---\ntitle: x\n---\n\n", 0, ErrEmpty, "a.md: no text"},
		{"NUL bytes", "a.txt", "text\x00more", 0, ErrBinary, "a.txt: binary file"},
		{"control characters", "a.html", strings.Repeat("\x01\x02\x03ab", 50), 0, ErrBinary, "a.html: binary file"},
		{"invalid UTF-8", "a.txt", "one\ntwo \xc3\x28 three\n", 2, ErrInvalidUTF8,
			"a.txt:2: invalid UTF-8: byte 0xc3 at offset 8 (column 5)"},
		{"other extension", "a.docx", "text", 0, ErrSkipped, "a.docx: skipped"},
		{"unclosed front matter", "a.md", "---\ntitle: x\nbody\n", 1, nil, "a.md:1: front matter opened by --- is not closed"},
		{"bad front matter date", "a.txt", "---\ntitle: x\npublished: 31.02.2024\n---\nbody\n", 3, nil,
			`a.txt:3: front matter: published: date "31.02.2024": no such day`},
		{"bad front matter language", "a.txt", "---\nlanguage: 42 ways\n---\nbody\n", 2, nil, `a.txt:2: front matter: language: language "42 ways"`},
		{"front matter list", "a.txt", "---\ntitle:\n  - a\n  - b\n---\nbody\n", 3, nil, "a.txt:3: front matter: title: want a single value"},
		{"front matter not a mapping", "a.txt", "---\n- a\n---\nbody\n", 2, nil, "a.txt:2: front matter: not a mapping"},
		{"JSON line without text", "a.jsonl", "{\"text\": \"ok\"}\n{\"url\": \"x\"}\n", 2, ErrEmpty, `a.jsonl:2: no "text": no text`},
		{"malformed JSON line", "a.jsonl", "{\"text\": \"ok\"}\n\n{\"text\": 5}\n", 3, nil, `a.jsonl:3: bad JSON: "text" is a JSON number, want a string`},
		{"JSON line with bad date", "a.jsonl", `{"text": "ok", "published": "2024-13-01"}`, 1, nil, `a.jsonl:1: published: date "2024-13-01": no such day`},
		{"empty jsonl", "a.jsonl", "\n\n", 0, ErrEmpty, "a.jsonl: no text"},
		{"NUL in one JSON line", "a.jsonl", "{\"text\": \"ok\"}\n{\"text\": \"a\x00b\"}\n{\"text\": \"fine\"}\n", 2, nil, `a.jsonl:2: bad JSON: invalid character '\x00'`},
		{"binary jsonl", "a.jsonl", strings.Repeat("\x00\x01\x02x", 20), 0, ErrBinary, "a.jsonl: binary file"},
	}
	for _, tt := range tests {
		var errs []error
		for _, err := range Parse(tt.path, []byte(tt.data)) {
			if err != nil {
				errs = append(errs, err)
			}
		}
		if len(errs) != 1 {
			t.Errorf("%s: Parse yielded errors %v, want one", tt.name, errs)
			continue
		}
		var re *Error
		if !errors.As(errs[0], &re) || re.Path != tt.path || re.Line != tt.line {
			t.Errorf("%s: Parse error %#v, want *Error at %s:%d", tt.name, errs[0], tt.path, tt.line)
		}
		if tt.is != nil && !errors.Is(errs[0], tt.is) {
			t.Errorf("%s: Parse error %v, want it to wrap %v", tt.name, errs[0], tt.is)
		}
		if !strings.HasPrefix(errs[0].Error(), tt.msg) {
			t.Errorf("%s: Parse error %q, want it to start with %q", tt.name, errs[0], tt.msg)
		}
	}
}

// TestJSONLBadLineKeepsOthers: a bad byte in one JSON line fails that line
// only; the lines before and after it are still documents.
func TestJSONLBadLineKeepsOthers(t *testing.T) {
	var got []string
	for doc, err := range Parse("a.jsonl", []byte("{\"text\": \"one\"}\n{\"text\": \"a\x00b\"}\n{\"text\": \"three\"}\n")) {
		if err != nil {
			got = append(got, err.Error())
			continue
		}
		got = append(got, fmt.Sprintf("line %d: %s", doc.Line, doc.Text))
	}
	want := []string{"line 1: one", `a.jsonl:2: bad JSON: invalid character '\x00' in string literal`, "line 3: three"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Parse(a.jsonl) (-want +got):\n%s", diff)
	}
}

func TestArticle(t *testing.T) {
	var docs []Document
	for doc, err := range Parse("x.txt", []byte("---\nurl: https://example.org/x\ntitle: T\npublished: 2024\nlanguage: ZH\n---\n\ufeffText.\n")) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	a := docs[0].Article()
	if a.ID != "article:"+Hash("Text.")[:16] || a.Source != "x.txt" || a.URL != "https://example.org/x" ||
		a.Title != "T" || a.Published != "2024" || a.Language != "zh" || a.Text != "Text." || a.ContentHash != Hash("Text.") {
		t.Errorf("Article() = %+v", a)
	}
	// The same text from elsewhere is the same article.
	for doc, err := range Parse("other.jsonl", []byte(`{"text": "Text.\r\n", "url": "https://example.com/y"}`)) {
		if err != nil {
			t.Fatal(err)
		}
		if got := doc.Article().ID; got != a.ID {
			t.Errorf("same text from a JSON line: id %s, want %s", got, a.ID)
		}
	}
}

// TestFromText: the rules a JSON line and the API's ingestArticle share.
func TestFromText(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		meta    Meta
		want    Document
		wantErr string
	}{
		{name: "source falls back to URL", text: "Text.\r\n", meta: Meta{URL: "https://example.org/a", Published: "2024-04-02T08:00:00Z", Language: "en-GB"},
			want: Document{Source: "https://example.org/a", URL: "https://example.org/a", Published: "2024-04-02", Language: "en", Text: "Text.", ContentHash: Hash("Text.")}},
		{name: "blank metadata left out", text: "Text.", meta: Meta{Source: "feed", Published: "  ", Language: " "},
			want: Document{Source: "feed", Text: "Text.", ContentHash: Hash("Text.")}},
		{name: "empty text", text: " \n\t", wantErr: ErrEmpty.Error()},
		{name: "bad date", text: "Text.", meta: Meta{Published: "last Tuesday"}, wantErr: "published"},
		{name: "bad language", text: "Text.", meta: Meta{Language: "Klingon!"}, wantErr: "language"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := FromText(tt.text, tt.meta)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("FromText(%q, %+v) error = %v, want one mentioning %q", tt.text, tt.meta, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("FromText(%q, %+v): %v", tt.text, tt.meta, err)
			}
			if got != tt.want {
				t.Errorf("FromText(%q, %+v) = %+v, want %+v", tt.text, tt.meta, got, tt.want)
			}
		})
	}
}
