package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/compose-spec/compose-go/v2/cli"
	"github.com/compose-spec/compose-go/v2/types"
)

// TestComposeConfig loads docker-compose.yml with compose-go, the library
// behind `docker compose config` (no Docker engine runs here), and checks
// what the deployment relies on: a pinned Neo4j 5 image with a health
// check and a volume, the password from the environment, and the server
// built from the Dockerfile, started once Neo4j is healthy, on the routing
// URI, loading the samples.
func TestComposeConfig(t *testing.T) {
	project := loadCompose(t, map[string]string{"NEO4J_PASSWORD": "s3cret-pass"})

	neo, err := project.GetService("neo4j")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(neo.Image, "neo4j:5.") || strings.Contains(neo.Image, "latest") {
		t.Errorf("neo4j image = %q, want a pinned neo4j:5.x tag", neo.Image)
	}
	if neo.HealthCheck == nil || len(neo.HealthCheck.Test) == 0 {
		t.Errorf("neo4j has no health check")
	}
	if got := deref(neo.Environment["NEO4J_AUTH"]); got != "neo4j/s3cret-pass" {
		t.Errorf("NEO4J_AUTH = %q, want the password from the environment", got)
	}
	if len(neo.Volumes) == 0 || neo.Volumes[0].Target != "/data" {
		t.Errorf("neo4j volumes = %+v, want one on /data", neo.Volumes)
	}

	app, err := project.GetService("bilateral")
	if err != nil {
		t.Fatal(err)
	}
	if app.Build == nil || app.Build.Dockerfile != "Dockerfile" {
		t.Errorf("bilateral build = %+v, want the repo's Dockerfile", app.Build)
	}
	if dep, ok := app.DependsOn["neo4j"]; !ok || dep.Condition != types.ServiceConditionHealthy {
		t.Errorf("bilateral depends_on = %+v, want neo4j service_healthy", app.DependsOn)
	}
	if got := deref(app.Environment["NEO4J_URI"]); got != "neo4j://neo4j:7687" {
		t.Errorf("NEO4J_URI = %q, want neo4j://neo4j:7687", got)
	}
	cmd := strings.Join(app.Command, " ")
	for _, want := range []string{"serve", "--store neo4j", "--load"} {
		if !strings.Contains(cmd, want) {
			t.Errorf("bilateral command %q lacks %q", cmd, want)
		}
	}
	ports := map[uint32]bool{}
	for _, s := range []types.ServiceConfig{neo, app} {
		for _, p := range s.Ports {
			ports[p.Target] = true
		}
	}
	for _, p := range []uint32{8080, 7474, 7687} {
		if !ports[p] {
			t.Errorf("port %d (playground, Neo4j Browser, Bolt) is not published", p)
		}
	}
}

// TestComposeNeedsPassword checks that the compose file refuses to start
// without a password rather than starting Neo4j with a default one.
func TestComposeNeedsPassword(t *testing.T) {
	opts, err := cli.NewProjectOptions([]string{filepath.Join("..", "..", "docker-compose.yml")},
		cli.WithEnv([]string{"NEO4J_PASSWORD="}), cli.WithName("bilateral"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := opts.LoadProject(context.Background()); err == nil || !strings.Contains(err.Error(), "NEO4J_PASSWORD") {
		t.Errorf("loading without NEO4J_PASSWORD: err = %v, want one naming NEO4J_PASSWORD", err)
	}
}

func loadCompose(t *testing.T, env map[string]string) *types.Project {
	t.Helper()
	var kv []string
	for k, v := range env {
		kv = append(kv, k+"="+v)
	}
	opts, err := cli.NewProjectOptions([]string{filepath.Join("..", "..", "docker-compose.yml")},
		cli.WithEnv(kv), cli.WithName("bilateral"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := opts.LoadProject(context.Background())
	if err != nil {
		t.Fatalf("docker-compose.yml does not load: %v", err)
	}
	return p
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
