package eval

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestLoadGold(t *testing.T) {
	golds, err := LoadGold("../../testdata/gold")
	if err != nil {
		t.Fatal(err)
	}
	g, ok := golds["004_270b64e80a2c626f.txt"]
	if !ok || len(golds) != 5 {
		t.Fatalf("LoadGold = %d articles, want 5 with 004_270b64e80a2c626f.txt", len(golds))
	}
	if g.File != "004_270b64e80a2c626f.json" || g.Language != "nl" {
		t.Errorf("gold 004: File %q, Language %q", g.File, g.Language)
	}
	if got, want := g.Relations[0].From, (IDs{"novosibirsk", "novosibirsk_oblast"}); !cmp.Equal(got, want) {
		t.Errorf("first relation from = %v, want %v", got, want)
	}
	if got, want := g.Relations[0].To, (IDs{"event"}); !cmp.Equal(got, want) {
		t.Errorf("first relation to = %v, want %v", got, want)
	}
}

func TestLoadGoldErrors(t *testing.T) {
	tests := []struct {
		dir, want string
	}{
		{"testdata/gold-bad/syntax", "testdata/gold-bad/syntax/x.json:5: invalid character"},
		{"testdata/gold-bad/type", "testdata/gold-bad/type/x.json:1: json: cannot unmarshal string"},
		{"testdata/gold-bad/endpoint", `testdata/gold-bad/endpoint/x.json: relation 1 (HOSTED): unknown entity "zz"`},
		{"testdata/gold-bad/twice", `testdata/gold-bad/twice/2.json: article "x.txt" is annotated in 1.json too`},
		{"testdata/no-such-dir", "read gold directory"},
	}
	for _, tt := range tests {
		_, err := LoadGold(tt.dir)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("LoadGold(%q) error = %v, want it to contain %q", tt.dir, err, tt.want)
		}
	}
}

func TestReadPredictions(t *testing.T) {
	in := `{"source": "a.txt", "entities": [{"id": "e1", "kind": "Region", "name": "Wuhan", "aliases": ["武汉"], "start": 3, "end": 8}], "relations": [{"type": "HOSTED", "from": "e1", "to": "e2", "confidence": 0.5}]}

  {"article": {"source": "dir/b.txt"}, "entities": [{"label": "Official", "names": ["Liu Xin"]}], "relations": [{"type": "ATTENDED"}]}
{"entities": null}`
	got, err := ReadPredictions(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Prediction{
		{Source: "a.txt",
			Entities:  []PredEntity{{ID: "e1", Kind: "Region", Name: "Wuhan", Aliases: []string{"武汉"}}},
			Relations: []PredRelation{{Type: "HOSTED", From: "e1", To: "e2"}}},
		{Source: "dir/b.txt",
			Entities:  []PredEntity{{Kind: "Official", Names: []string{"Liu Xin"}, noID: true, noName: true}},
			Relations: []PredRelation{{Type: "ATTENDED", noFrom: true, noTo: true}}},
		{},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(PredEntity{}, PredRelation{}), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("ReadPredictions (-want +got):\n%s", diff)
	}
}

func TestReadPredictionsErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		want     string
	}{
		{"truncated line", "{\"source\": \"a.txt\"}\n\n{\"source\": \"b.txt\"", 3, "unexpected EOF"},
		{"two values", `{"source": "a.txt"} {}`, 1, "more than one JSON value"},
		{"not an object", "[1, 2]", 1, "cannot unmarshal array"},
		{"entities not a list", `{"source": "a.txt", "entities": {"id": "e1"}}`, 1, "cannot unmarshal object"},
		{"invalid UTF-8", "{\"source\": \"a\xff.txt\"}", 1, "invalid UTF-8"},
	}
	for _, tt := range tests {
		_, err := ReadPredictions(strings.NewReader(tt.in))
		var le *LineError
		if !errors.As(err, &le) || le.Line != tt.line || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: ReadPredictions error = %v, want line %d and %q", tt.name, err, tt.line, tt.want)
		}
	}
}

func TestReadPredictionsFile(t *testing.T) {
	if _, err := ReadPredictionsFile("testdata/pred/partial.jsonl"); err != nil {
		t.Fatal(err)
	}
	_, err := ReadPredictionsFile("testdata/gold-bad/syntax/x.json")
	if err == nil || !strings.HasPrefix(err.Error(), "testdata/gold-bad/syntax/x.json:1: bad prediction: ") {
		t.Errorf("ReadPredictionsFile error = %v, want it to name the file and line 1", err)
	}
}
