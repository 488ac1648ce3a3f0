package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// scorePy is the reference scorer, found relative to this package in the
// team's checkout (../shared/eval/score.py beside the repository).
const scorePy = "../../../shared/eval/score.py"

// python returns the python3 command and the reference scorer's path, or
// skips the test saying why they are missing.
func python(t *testing.T) (string, string) {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skipf("python3 not found, cannot compare with score.py: %v", err)
	}
	script, err := filepath.Abs(scorePy)
	if err == nil {
		_, err = os.Stat(script)
	}
	if err != nil {
		t.Skipf("reference scorer not found at %s: %v", scorePy, err)
	}
	return py, script
}

// perfectPredictions writes what a perfect extractor would print for the
// gold: every gold entity by its first name and date, every gold relation
// by its first endpoints, optional ones included.
func perfectPredictions(t *testing.T, golds map[string]Gold) string {
	t.Helper()
	var b bytes.Buffer
	for _, g := range golds {
		line := map[string]any{"source": g.Article}
		var ents, rels []map[string]any
		for _, e := range g.Entities {
			ents = append(ents, map[string]any{"id": e.ID, "kind": e.Kind, "name": e.Names[0], "date": e.Date})
		}
		for _, r := range g.Relations {
			rels = append(rels, map[string]any{"type": r.Type, "from": r.From[0], "to": r.To[0]})
		}
		line["entities"], line["relations"] = ents, rels
		if err := json.NewEncoder(&b).Encode(line); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "perfect.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestParityWithScorePy runs score.py and Score on the same predictions and
// requires the same output, byte for byte: --json, the table, and the
// table with --verbose.
func TestParityWithScorePy(t *testing.T) {
	py, script := python(t)
	const sampleGold = "../../testdata/gold"
	golds, err := LoadGold(sampleGold)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, gold, preds string
	}{
		{"perfect", sampleGold, perfectPredictions(t, golds)},
		{"empty", sampleGold, "testdata/pred/empty.jsonl"},
		{"partial with false positives", sampleGold, "testdata/pred/partial.jsonl"},
		{"swapped name order", sampleGold, "testdata/pred/swapped.jsonl"},
		{"dates", sampleGold, "testdata/pred/dates.jsonl"},
		{"optional items and odd input", sampleGold, "testdata/pred/optional.jsonl"},
		{"invented gold in Russian and Chinese", "testdata/gold-edge", "testdata/pred/edge.jsonl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gold, err := LoadGold(tt.gold)
			if err != nil {
				t.Fatal(err)
			}
			preds, err := ReadPredictionsFile(tt.preds)
			if err != nil {
				t.Fatal(err)
			}
			report := Score(gold, preds)
			for _, mode := range []string{"--json", "", "--verbose"} {
				args := []string{script, tt.gold, tt.preds}
				if mode != "" {
					args = append(args, mode)
				}
				cmd := exec.Command(py, args...)
				cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8")
				want, err := cmd.Output()
				if err != nil {
					t.Fatalf("score.py %s: %v", mode, err)
				}
				var got []byte
				if mode == "--json" {
					got = report.JSON()
				} else {
					var b bytes.Buffer
					if err := report.Format(&b, mode == "--verbose"); err != nil {
						t.Fatal(err)
					}
					got = b.Bytes()
				}
				if diff := cmp.Diff(string(want), string(got)); diff != "" {
					t.Errorf("output %q differs from score.py (-score.py +Go):\n%s", mode, diff)
				}
			}
		})
	}
}
