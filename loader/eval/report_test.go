package eval

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestCounts(t *testing.T) {
	tests := []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{}, 0, 0, 0},
		{Counts{TP: 3}, 1, 1, 1},
		{Counts{FP: 2, FN: 1}, 0, 0, 0},
		{Counts{TP: 1, FP: 1}, 0.5, 1, 2.0 / 3},
		{Counts{TP: 3, FP: 1, FN: 2}, 0.75, 0.6, 0.6666666666666665}, // Python's 2*p*r/(p+r)
	}
	for _, tt := range tests {
		if p, r, f := tt.c.Precision(), tt.c.Recall(), tt.c.F1(); p != tt.p || r != tt.r || f != tt.f {
			t.Errorf("%+v: P, R, F1 = %v, %v, %v, want %v, %v, %v", tt.c, p, r, f, tt.p, tt.r, tt.f)
		}
	}
}

func TestPyFloat(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0.0"}, {1, "1.0"}, {0.5, "0.5"}, {2.0 / 3, "0.6666666666666666"}, {0.30000000000000004, "0.30000000000000004"}, {1e-05, "1e-05"},
	}
	for _, tt := range tests {
		if got := pyFloat(tt.in); got != tt.want {
			t.Errorf("pyFloat(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPyRepr(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Wuhan", `'Wuhan'`},
		{"People's", `"People's"`},
		{`Say "hi"`, `'Say "hi"'`},
		{`it's "x"`, `'it\'s "x"'`},
		{"a\\b\n\t\x07\u200b", `'a\\b\n\t\x07\u200b'`},
		{"江夏区 Ореанда", `'江夏区 Ореанда'`},
	}
	for _, tt := range tests {
		if got := pyRepr(tt.in); got != tt.want {
			t.Errorf("pyRepr(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestReportFormat(t *testing.T) {
	r := Report{
		Entities:      []Category{{"Region", Counts{TP: 5, FP: 3}}},
		EntityMicro:   Counts{TP: 5, FP: 3},
		RelationMicro: Counts{},
		Missing:       []string{"a.txt", "b.txt"},
		Log:           []string{"a.txt", "  FN Region: 'Wuhan'"},
	}
	const table = `no prediction for: a.txt, b.txt
                         tp   fp   fn      P     R    F1
ent.Region                5    3    0   0.62  1.00  0.77
ent.micro                 5    3    0   0.62  1.00  0.77
rel.micro                 0    0    0   0.00  0.00  0.00
`
	for _, verbose := range []bool{false, true} {
		var b bytes.Buffer
		if err := r.Format(&b, verbose); err != nil {
			t.Fatal(err)
		}
		want := table
		if verbose {
			want = "a.txt\n  FN Region: 'Wuhan'\n" + table
		}
		if b.String() != want {
			t.Errorf("Format(verbose %v) =\n%s\nwant\n%s", verbose, b.String(), want)
		}
	}
	var v struct {
		Scores  map[string]map[string]float64
		Missing []string
	}
	if err := json.Unmarshal(r.JSON(), &v); err != nil {
		t.Fatalf("JSON is not JSON: %v\n%s", err, r.JSON())
	}
	if got := v.Scores["ent.Region"]; got["tp"] != 5 || got["fp"] != 3 || got["p"] != 0.625 || got["r"] != 1 {
		t.Errorf("JSON ent.Region = %v", got)
	}
	if len(v.Scores) != 3 || strings.Join(v.Missing, ",") != "a.txt,b.txt" {
		t.Errorf("JSON = %s", r.JSON())
	}
}
