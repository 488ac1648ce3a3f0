package neo4jstore

import (
	"bytes"
	"encoding/json"
	"flag"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/bilateral/bilateral/graph"
)

var update = flag.Bool("update", false, "rewrite tools/cypherlint/schema.json")

// repoRoot is the module root, two levels up from this package.
var repoRoot = filepath.Join("..", "..")

var lintDir = filepath.Join(repoRoot, "tools", "cypherlint")

// lintSchema is what tools/cypherlint declares to the Cypher linter.
type lintSchema struct {
	Comment           string         `json:"comment"`
	Labels            []string       `json:"labels"`
	RelationshipTypes []string       `json:"relationshipTypes"`
	PropertyKeys      []string       `json:"propertyKeys"`
	Procedures        []string       `json:"procedures"`
	GraphSchema       []schemaTriple `json:"graphSchema"`
}

type schemaTriple struct {
	From    string `json:"from"`
	RelType string `json:"relType"`
	To      string `json:"to"`
}

// wantLintSchema derives the linter's schema from package graph and from
// the rows this package writes.
func wantLintSchema() lintSchema {
	s := lintSchema{
		Comment:    "Written by `go test ./graph/neo4jstore -run TestLintSchema -update` from package graph and the rows the store writes; do not edit.",
		Labels:     append([]string{"Entity", "Article", "MergedId"}, strs(graph.Kinds)...),
		Procedures: []string{"db.awaitIndexes", "db.index.fulltext.queryNodes"},
	}
	s.RelationshipTypes = append(strs(graph.RelTypes), "MENTIONED_IN", "MERGED_INTO")
	keys := map[string]bool{}
	full := fullEntity()
	for _, m := range []map[string]any{
		articleProps(fullArticle()), entityProps(full), claimProps(full),
		relationProps(fullRelation(), []graph.Relation{fullRelation()}),
	} {
		for k := range m {
			keys[k] = true
		}
	}
	s.PropertyKeys = slices.Sorted(maps.Keys(keys))
	for _, t := range graph.RelTypes {
		s.GraphSchema = append(s.GraphSchema, schemaTriple{"Entity", string(t), "Entity"})
		for _, from := range graph.Kinds {
			for _, to := range graph.Kinds {
				if t.Allows(from, to) {
					s.GraphSchema = append(s.GraphSchema, schemaTriple{string(from), string(t), string(to)})
				}
			}
		}
	}
	for _, from := range append([]string{"Entity"}, strs(graph.Kinds)...) {
		s.GraphSchema = append(s.GraphSchema, schemaTriple{from, "MENTIONED_IN", "Article"})
		s.GraphSchema = append(s.GraphSchema, schemaTriple{"MergedId", "MERGED_INTO", from})
	}
	return s
}

func fullArticle() graph.Article {
	return graph.Article{ID: "a1", Source: "s.txt", URL: "https://example.org/a", Title: "T", Language: "en",
		Published: "2024-03-01", ContentHash: "ab", LoadedAt: time.Date(2024, 3, 2, 0, 0, 0, 0, time.UTC), Text: "x"}
}

func fullEntity() graph.Entity {
	return graph.Entity{ID: "e1", Kind: graph.KindEvent, Name: "N", Aliases: []string{"M"}, Country: "CN",
		Level: graph.LevelCity, Code: "C", OrgType: graph.OrgCompany, Roles: []string{"r"}, Date: "2024",
		EventType: graph.EventForum, Status: graph.EventPlanned, MergedIDs: []string{"e0"},
		Sources: []graph.Source{{ArticleID: "a1", Sentence: "S.", Language: "en"}}}
}

func fullRelation() graph.Relation {
	return graph.Relation{ID: graph.RelationID(graph.RelSigned, "e1", "e2"), Type: graph.RelSigned, From: "e1", To: "e2",
		Role: "r", Agreement: "g", Confidence: 0.5, Sources: []graph.Source{{ArticleID: "a1", Sentence: "S.", Language: "en"}}}
}

// TestLintSchema keeps tools/cypherlint/schema.json equal to what package
// graph and this package say; -update rewrites it.
func TestLintSchema(t *testing.T) {
	want, err := json.MarshalIndent(wantLintSchema(), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	want = append(want, '\n')
	path := filepath.Join(lintDir, "schema.json")
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is stale: run go test ./graph/neo4jstore -run TestLintSchema -update", path)
	}
}

// TestCypherLint runs tools/cypherlint on every statement where node and
// the linter's packages are installed (`npm ci --prefix tools/cypherlint`).
func TestCypherLint(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("cypherlint: node is not installed")
	}
	if _, err := os.Stat(filepath.Join(lintDir, "node_modules", "@neo4j-cypher", "language-support")); err != nil {
		t.Skip("cypherlint: tools/cypherlint/node_modules missing; run npm ci --prefix tools/cypherlint")
	}
	cmd := exec.Command(node, filepath.Join("tools", "cypherlint", "lint.mjs"))
	cmd.Dir = repoRoot
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("cypherlint: %v\n%s", err, out)
	}
	t.Logf("%s", bytes.TrimSpace(out))
}
