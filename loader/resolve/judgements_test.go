package resolve

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral/bilateral/graph"
)

func TestJudgementsResolve(t *testing.T) {
	const (
		keep  = "org:ru:opora-russia"
		other = "org:xx:opora"
		third = "org:ru:opora"
		liu   = "official:cn:liu-xin"
		artB  = "article:00000000000000bb"
	)
	type step struct {
		j       Judgement
		wantErr error
	}
	type query struct {
		id, article string
		want        string
		wantMerged  []string
	}
	tests := []struct {
		name    string
		steps   []step
		queries []query
	}{
		{
			name:    "no judgements",
			queries: []query{{id: keep, article: artA, want: keep}},
		},
		{
			name:  "merge",
			steps: []step{{j: Judgement{Op: OpMerge, Keep: keep, Merge: other}}},
			queries: []query{
				{id: other, article: artA, want: keep, wantMerged: []string{other}},
				{id: keep, article: artA, want: keep},
			},
		},
		{
			name: "chain of merges",
			steps: []step{
				{j: Judgement{Op: OpMerge, Keep: other, Merge: third}},
				{j: Judgement{Op: OpMerge, Keep: keep, Merge: other}},
			},
			queries: []query{{id: third, article: artA, want: keep, wantMerged: []string{third, other}}},
		},
		{
			name: "cycle refused",
			steps: []step{
				{j: Judgement{Op: OpMerge, Keep: keep, Merge: other}},
				{j: Judgement{Op: OpMerge, Keep: other, Merge: keep}, wantErr: graph.ErrInvalid},
			},
			queries: []query{{id: other, article: artA, want: keep, wantMerged: []string{other}}},
		},
		{
			name:  "kinds must agree",
			steps: []step{{j: Judgement{Op: OpMerge, Keep: keep, Merge: liu}, wantErr: graph.ErrInvalid}},
		},
		{
			name:  "merge into itself refused",
			steps: []step{{j: Judgement{Op: OpMerge, Keep: keep, Merge: keep}, wantErr: graph.ErrInvalid}},
		},
		{
			name:  "distinct applies to one article",
			steps: []step{{j: Judgement{Op: OpDistinct, ID: liu, Article: artB}}},
			queries: []query{
				{id: liu, article: artB, want: DistinctID(liu, artB)},
				{id: liu, article: artA, want: liu},
			},
		},
		{
			name: "distinct id merged elsewhere",
			steps: []step{
				{j: Judgement{Op: OpDistinct, ID: liu, Article: artB}},
				{j: Judgement{Op: OpMerge, Keep: "official:cn:liu-xin-2", Merge: DistinctID(liu, artB)}},
			},
			queries: []query{{id: liu, article: artB, want: "official:cn:liu-xin-2", wantMerged: []string{DistinctID(liu, artB)}}},
		},
		{
			name: "unmerge the merged id",
			steps: []step{
				{j: Judgement{Op: OpMerge, Keep: keep, Merge: other}},
				{j: Judgement{Op: OpUnmerge, ID: other}},
			},
			queries: []query{{id: other, article: artA, want: other}},
		},
		{
			name: "unmerge the kept id undoes every merge into it",
			steps: []step{
				{j: Judgement{Op: OpMerge, Keep: keep, Merge: other}},
				{j: Judgement{Op: OpMerge, Keep: keep, Merge: third}},
				{j: Judgement{Op: OpUnmerge, ID: keep}},
			},
			queries: []query{{id: other, article: artA, want: other}, {id: third, article: artA, want: third}},
		},
		{
			name: "unmerge a distinct id",
			steps: []step{
				{j: Judgement{Op: OpDistinct, ID: liu, Article: artB}},
				{j: Judgement{Op: OpUnmerge, ID: DistinctID(liu, artB)}},
			},
			queries: []query{{id: liu, article: artB, want: liu}},
		},
		{
			name:  "unmerge of nothing",
			steps: []step{{j: Judgement{Op: OpUnmerge, ID: keep}, wantErr: graph.ErrNotFound}},
		},
		{
			name:  "unknown op",
			steps: []step{{j: Judgement{Op: "split", ID: keep}, wantErr: graph.ErrInvalid}},
		},
		{
			name: "later merge replaces earlier",
			steps: []step{
				{j: Judgement{Op: OpMerge, Keep: third, Merge: other}},
				{j: Judgement{Op: OpMerge, Keep: keep, Merge: other}},
			},
			queries: []query{{id: other, article: artA, want: keep, wantMerged: []string{other}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var js Judgements
			for _, s := range tt.steps {
				if err := js.Add(s.j); !errors.Is(err, s.wantErr) || (err != nil) != (s.wantErr != nil) {
					t.Fatalf("Add(%v) = %v, want %v", s.j, err, s.wantErr)
				}
			}
			for _, q := range tt.queries {
				got, merged := js.Resolve(q.id, q.article)
				if got != q.want || !cmp.Equal(merged, q.wantMerged) {
					t.Errorf("Resolve(%q, %q) = %q %v, want %q %v", q.id, q.article, got, merged, q.want, q.wantMerged)
				}
			}
		})
	}
}

func TestParseJudgements(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantLen int
		wantErr string
	}{
		{"empty", "", 0, ""},
		{"comments and blanks", "# people's corrections\n\n// another\n", 0, ""},
		{"merge and distinct", `{"op":"merge","keep":"org:ru:a","merge":"org:ru:b","note":"same"}` + "\n" +
			`{"op":"distinct","id":"official:cn:a-b","article":"article:1"}`, 2, ""},
		{"unmerge after merge", `{"op":"merge","keep":"org:ru:a","merge":"org:ru:b"}` + "\n" +
			`{"op":"unmerge","id":"org:ru:b"}`, 0, ""},
		{"dangling unmerge tolerated", `{"op":"unmerge","id":"org:ru:b"}`, 0, ""},
		{"malformed json", "\n{\"op\":", 0, "line 2"},
		{"unknown field", `{"op":"merge","keep":"org:ru:a","merge":"org:ru:b","kep":"x"}`, 0, "line 1"},
		{"invalid judgement", "# c\n" + `{"op":"merge","keep":"org:ru:a"}`, 0, "line 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			js, err := ParseJudgements(strings.NewReader(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParseJudgements() error = %v, want one naming %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseJudgements() error = %v", err)
			}
			if js.Len() != tt.wantLen {
				t.Errorf("ParseJudgements() has %d judgements, want %d", js.Len(), tt.wantLen)
			}
		})
	}
}

func TestFileRecordsAndReopens(t *testing.T) {
	dir := t.TempDir()
	f, err := OpenFile(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Record(Judgement{Op: OpMerge, Keep: "org:ru:a", Merge: "org:ru:b"}); err != nil {
		t.Fatal(err)
	}
	if err := f.Record(Judgement{Op: OpMerge, Keep: "org:ru:b", Merge: "org:ru:a"}); !errors.Is(err, graph.ErrInvalid) {
		t.Fatalf("Record(cycle) = %v, want ErrInvalid", err)
	}
	// A person appends a line by hand, without a final newline.
	path := filepath.Join(dir, JudgementsFile)
	w, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	w.WriteString(`# hand-made` + "\n" + `{"op":"distinct","id":"official:cn:a-b","article":"article:1"}`)
	w.Close()
	f2, err := OpenFile(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := f2.Record(Judgement{Op: OpUnmerge, ID: "org:ru:b"}); err != nil {
		t.Fatal(err)
	}
	f3, err := OpenFile(dir)
	if err != nil {
		t.Fatal(err)
	}
	js := f3.Judgements()
	if got, _ := js.Resolve("org:ru:b", ""); got != "org:ru:b" {
		t.Errorf("after unmerge Resolve(org:ru:b) = %q, want itself", got)
	}
	if got, _ := js.Resolve("official:cn:a-b", "article:1"); got != DistinctID("official:cn:a-b", "article:1") {
		t.Errorf("hand-made distinct lost: Resolve = %q", got)
	}
	if js.Len() != 1 {
		t.Errorf("reopened file has %d judgements in force, want 1", js.Len())
	}
}

func TestOpenFileReportsBadLine(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, JudgementsFile), []byte("{}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := OpenFile(dir)
	if err == nil || !strings.Contains(err.Error(), JudgementsFile) || !strings.Contains(err.Error(), "line 1") {
		t.Fatalf("OpenFile() error = %v, want it to name the file and line 1", err)
	}
}
