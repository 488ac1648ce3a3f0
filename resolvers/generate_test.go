package resolvers_test

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGeneratedCodeIsCurrent runs gqlgen on a copy of the schema, the
// configuration and the packages it binds to, and fails if the committed
// generated code differs from what `go generate ./resolvers/...` would
// write.
func TestGeneratedCodeIsCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs gqlgen")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	tmp := t.TempDir()
	for _, f := range []string{"go.mod", "go.sum", "gqlgen.yml", "schema.graphqls"} {
		copyFile(t, filepath.Join("..", f), filepath.Join(tmp, f))
	}
	for _, dir := range []string{"graph", "resolvers"} {
		copyTree(t, filepath.Join("..", dir), filepath.Join(tmp, dir), dir == "graph")
	}
	generated := []string{"resolvers/generated.go", "resolvers/model/models_gen.go"}
	for _, g := range generated {
		if err := os.Remove(filepath.Join(tmp, g)); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(goBin, "generate", "./...")
	cmd.Dir = filepath.Join(tmp, "resolvers")
	// The module proxy stays reachable: on a fresh machine gqlgen's own
	// command (urfave/cli, x/tools) is in no module cache yet; go.sum pins
	// what it may download.
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go generate: %v\n%s", err, out)
	}
	for _, g := range generated {
		want, err := os.ReadFile(filepath.Join("..", g))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(tmp, g))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(want, got) {
			t.Errorf("%s is not what gqlgen generates from schema.graphqls and gqlgen.yml; run go generate ./resolvers/...", g)
		}
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// copyTree copies the non-test files under from; with top only, it stays in
// from itself (the graph package without its backends).
func copyTree(t *testing.T, from, to string, top bool) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if top && path != from {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, err := filepath.Rel(from, path)
		if err != nil {
			return err
		}
		copyFile(t, path, filepath.Join(to, rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
