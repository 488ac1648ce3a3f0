package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

const samples = "../../testdata/articles"

// runCmd runs one command line and returns its exit status and output.
func runCmd(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run2(context.Background(), &testEnv{stdout: &out, stderr: &errb, vars: env}, args)
	return code, out.String(), errb.String()
}

// testEnv is an env whose variables come from a map, not the process.
type testEnv struct {
	stdout, stderr io.Writer
	vars           map[string]string
}

// run2 runs a command line in a testEnv.
func run2(ctx context.Context, te *testEnv, args []string) int {
	return run(ctx, &env{stdout: te.stdout, stderr: te.stderr, getenv: func(k string) string { return te.vars[k] }}, args)
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"no command", nil, 2},
		{"unknown command", []string{"frobnicate"}, 2},
		{"help", []string{"help"}, 0},
		{"command help", []string{"load", "-h"}, 0},
		{"unknown flag", []string{"load", "--frobnicate", "x"}, 2},
		{"extract without --json", []string{"extract", samples}, 2},
		{"eval without gold", []string{"eval", samples}, 2},
		{"merge with one id", []string{"merge", "--data", "DATA", "a"}, 2},
		{"bad store", []string{"load", "--data", "DATA", "--store", "mongo", samples}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			for i, a := range args {
				if a == "DATA" {
					args[i] = t.TempDir()
				}
			}
			if got, _, stderr := runCmd(t, nil, args...); got != tt.want {
				t.Errorf("bilateral %v: exit %d, want %d; stderr:\n%s", args, got, tt.want, stderr)
			}
		})
	}
}

// TestBadEnvironment: an environment variable a flag would refuse is an
// error naming the variable, not silently replaced by the default.
func TestBadEnvironment(t *testing.T) {
	tests := []struct {
		name string
		vars map[string]string
		args []string
	}{
		{"bad wait", map[string]string{"BILATERAL_NEO4J_WAIT": "a minute"}, []string{"load", samples}},
		{"bad playground", map[string]string{"BILATERAL_PLAYGROUND": "yes please"}, []string{"serve", "--addr", "127.0.0.1:0"}},
		{"bad introspection", map[string]string{"BILATERAL_INTROSPECTION": "nope"}, []string{"serve", "--addr", "127.0.0.1:0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{tt.args[0], "--data", t.TempDir()}, tt.args[1:]...)
			// A cancelled context: if the variable were accepted, serve
			// would stop at once with exit 0 instead of listening.
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			var errb bytes.Buffer
			code := run2(ctx, &testEnv{stdout: io.Discard, stderr: &errb, vars: tt.vars}, args)
			stderr := errb.String()
			var key string
			for k := range tt.vars {
				key = k
			}
			if code != 1 || !strings.Contains(stderr, key) {
				t.Errorf("bilateral %v with %v: exit %d, want 1 and a message naming %s; stderr:\n%s", args, tt.vars, code, key, stderr)
			}
		})
	}
}

// TestEnvironmentDefaults: a valid variable sets the default, and the
// flag on the command line still wins.
func TestEnvironmentDefaults(t *testing.T) {
	e := &env{stdout: io.Discard, stderr: io.Discard, getenv: func(k string) string {
		return map[string]string{"BILATERAL_NEO4J_WAIT": "5s", "BILATERAL_DATA": "/srv/bilateral"}[k]
	}}
	for _, tt := range []struct {
		args     []string
		wantWait time.Duration
		wantData string
	}{
		{nil, 5 * time.Second, "/srv/bilateral"},
		{[]string{"--neo4j-wait", "2s", "--data", "here"}, 2 * time.Second, "here"},
	} {
		fs := newFlagSet(e, "load", "PATH...")
		var sf storeFlags
		sf.register(fs)
		if err := parse(e, fs, tt.args); err != nil {
			t.Fatalf("parse(%q): %v", tt.args, err)
		}
		if sf.neo4jWait != tt.wantWait || sf.data != tt.wantData {
			t.Errorf("BILATERAL_NEO4J_WAIT=5s BILATERAL_DATA=/srv/bilateral, args %q: neo4j-wait = %v, data = %q, want %v, %q",
				tt.args, sf.neo4jWait, sf.data, tt.wantWait, tt.wantData)
		}
		if u := fs.Lookup("data").Usage; !strings.Contains(u, "(env BILATERAL_DATA)") {
			t.Errorf("--data usage %q does not name its variable", u)
		}
	}
}

// TestLoadBadInput: every bad file is named with its reason (and line),
// the good article still loads, and the exit status says something failed.
func TestLoadBadInput(t *testing.T) {
	in := t.TempDir()
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(in, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	good, err := os.ReadFile(filepath.Join(samples, "001_8e0ec518e99a892e.txt"))
	if err != nil {
		t.Fatal(err)
	}
	write("good.txt", good)
	write("empty.txt", nil)
	write("binary.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 0})
	write("latin1.txt", []byte("Die Delegation besuchte M\xfcnchen am 3. Mai.\n"))
	write("feed.jsonl", []byte(`{"text": "The Harbin trade fair opened on 5 June 2024 with companies from Russia."}`+"\n"+`{"text": "unterminated`+"\n"))
	data := t.TempDir()

	code, _, stderr := runCmd(t, nil, "load", "--data", data, in)
	if code != 1 {
		t.Errorf("load with bad files: exit %d, want 1; stderr:\n%s", code, stderr)
	}
	for _, want := range []string{"empty.txt", "binary.txt", "latin1.txt", "feed.jsonl:2"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("load summary does not name %q:\n%s", want, stderr)
		}
	}
	if !regexp.MustCompile(`read 6 documents: 2 loaded`).MatchString(stderr) {
		t.Errorf("load summary does not report the two good articles loaded:\n%s", stderr)
	}
	// Loading again: the good ones are duplicates, nothing changes.
	_, _, stderr = runCmd(t, nil, "load", "--data", data, in)
	if !strings.Contains(stderr, "0 loaded, 2 duplicates") {
		t.Errorf("second load does not skip the loaded articles as duplicates:\n%s", stderr)
	}
}

// TestExtractJSON: one JSON line per article in the eval contract, the
// file's base name as source.
func TestExtractJSON(t *testing.T) {
	code, stdout, stderr := runCmd(t, nil, "extract", "--json", samples)
	if code != 0 {
		t.Fatalf("extract: exit %d; stderr:\n%s", code, stderr)
	}
	sc := bufio.NewScanner(strings.NewReader(stdout))
	sc.Buffer(nil, 1<<20)
	var sources []string
	for sc.Scan() {
		var line struct {
			Source   string            `json:"source"`
			Entities []json.RawMessage `json:"entities"`
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("extract printed a line that is not JSON: %v\n%s", err, sc.Text())
		}
		if len(line.Entities) == 0 {
			t.Errorf("extract found no entities in %s", line.Source)
		}
		sources = append(sources, line.Source)
	}
	want := []string{"000_8b206614999bc67f.txt", "001_8e0ec518e99a892e.txt", "002_76622d5c096e0f0c.txt",
		"003_37c3e0ad93c3410c.txt", "004_270b64e80a2c626f.txt"}
	if strings.Join(sources, " ") != strings.Join(want, " ") {
		t.Errorf("extract sources = %v, want %v", sources, want)
	}
}

// TestEvalCommand scores the samples against their gold with the same
// table score.py prints.
func TestEvalCommand(t *testing.T) {
	code, stdout, stderr := runCmd(t, nil, "eval", "--gold", "../../testdata/gold", samples)
	if code != 0 {
		t.Fatalf("eval: exit %d; stderr:\n%s", code, stderr)
	}
	for _, want := range []string{"ent.micro", "rel.micro", "ent.Region", "rel.ATTENDED"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("eval output lacks %q:\n%s", want, stdout)
		}
	}
}

// server is a `bilateral serve` running in the test.
type server struct {
	base   string
	cancel context.CancelFunc
	done   chan int
	stderr *syncBuffer
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var addrRe = regexp.MustCompile(`GraphQL at (http://\S+)/graphql`)

// serve starts `bilateral serve` on a free port and waits until it listens.
func serve(t *testing.T, env map[string]string, args ...string) *server {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	s := &server{cancel: cancel, done: make(chan int, 1), stderr: &syncBuffer{}}
	go func() {
		s.done <- run2(ctx, &testEnv{stdout: io.Discard, stderr: s.stderr, vars: env},
			append([]string{"serve", "--addr", "127.0.0.1:0"}, args...))
	}()
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		if m := addrRe.FindStringSubmatch(s.stderr.String()); m != nil {
			s.base = m[1]
			t.Cleanup(s.stop)
			return s
		}
		select {
		case code := <-s.done:
			t.Fatalf("serve exited with %d before listening:\n%s", code, s.stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	cancel()
	t.Fatalf("serve did not listen:\n%s", s.stderr.String())
	return nil
}

func (s *server) stop() {
	if s.cancel == nil {
		return
	}
	s.cancel()
	<-s.done
	s.cancel = nil
}

// graphql posts a query and decodes the data, failing on GraphQL errors.
func (s *server) graphql(t *testing.T, query string, vars map[string]any, out any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	resp, err := http.Post(s.base+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var r struct {
		Data   json.RawMessage `json:"data"`
		Errors []any           `json:"errors"`
	}
	if err := json.Unmarshal(raw, &r); err != nil || len(r.Errors) > 0 {
		t.Fatalf("POST /graphql: status %d, err %v, body %s", resp.StatusCode, err, raw)
	}
	if err := json.Unmarshal(r.Data, out); err != nil {
		t.Fatalf("decode data: %v\n%s", err, r.Data)
	}
}

const meetingsQuery = `query {
  meetings(a: {countries: ["RU"], kinds: [ORGANISATION, OFFICIAL]},
           b: {countries: ["CN"], kinds: [REGION], levels: [DISTRICT]}) {
    edges { node {
      a { id name }
      b { id name }
      events { name date }
      evidence { sentence article { id source } }
    } }
  }
}`

type meetingsData struct {
	Meetings struct {
		Edges []struct {
			Node struct {
				A, B     struct{ ID, Name string }
				Events   []struct{ Name, Date string }
				Evidence []struct {
					Sentence string
					Article  struct{ ID, Source string }
				}
			}
		}
	}
}

// assertOporaMetJiangxia is the question of issue 2: which Russian bodies
// met Chinese districts — OPORA Russia (or Alexander Kalinin) met
// Jiangxia District at the event of 28 March 2024, with evidence.
func assertOporaMetJiangxia(t *testing.T, s *server) {
	t.Helper()
	var d meetingsData
	s.graphql(t, meetingsQuery, nil, &d)
	for _, e := range d.Meetings.Edges {
		n := e.Node
		if !strings.Contains(n.B.Name, "Jiangxia") || !(strings.Contains(n.A.Name, "OPORA") || strings.Contains(n.A.Name, "Kalinin")) {
			continue
		}
		for _, ev := range n.Events {
			if ev.Date == "2024-03-28" && len(n.Evidence) > 0 && n.Evidence[0].Sentence != "" {
				return
			}
		}
	}
	t.Errorf("meetings has no OPORA Russia/Alexander Kalinin – Jiangxia District meeting on 2024-03-28 with evidence: %+v", d)
}

// TestEndToEnd runs the README's path: serve with the samples loaded,
// ask the meetings question over HTTP, restart on the same data without
// loading, ask again, load again and see nothing change.
func TestEndToEnd(t *testing.T) {
	data := t.TempDir()
	s := serve(t, nil, "--data", data, "--load", samples)
	assertOporaMetJiangxia(t, s)

	resp, err := http.Get(s.base + "/healthz")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("GET /healthz: %v %v", resp, err)
	}
	s.stop()

	s = serve(t, nil, "--data", data)
	assertOporaMetJiangxia(t, s) // the data survived the restart
	s.stop()

	code, _, stderr := runCmd(t, nil, "load", "--data", data, samples)
	if code != 0 || !strings.Contains(stderr, "0 loaded, 5 duplicates") || !strings.Contains(stderr, "0 nodes and 0 edges created") {
		t.Errorf("loading the samples again: exit %d, want nothing changed:\n%s", code, stderr)
	}
}

// post sends a GraphQL request with an optional bearer token and returns
// the decoded response.
func (s *server) post(t *testing.T, token, query string, vars map[string]any) (data map[string]any, codes []string) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, s.base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r struct {
		Data   map[string]any `json:"data"`
		Errors []struct {
			Extensions struct{ Code string } `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatal(err)
	}
	for _, e := range r.Errors {
		codes = append(codes, e.Extensions.Code)
	}
	return r.Data, codes
}

// TestMutationsEndToEnd ingests, merges and retracts through the real
// server and loader, and checks that without the token nothing changes.
func TestMutationsEndToEnd(t *testing.T) {
	const token = "e2e-secret"
	data := t.TempDir()
	s := serve(t, map[string]string{"BILATERAL_TOKEN": token}, "--data", data)

	const ingest = `mutation($in: ArticleInput!) { ingestArticle(input: $in) {
	  article { id } duplicate entities { id name kind } stats { entitiesCreated } } }`
	in := map[string]any{"in": map[string]any{
		"title":     "Harbin hosts Russian delegation",
		"published": "2025-06-12",
		"text": "HARBIN, June 12, 2025 -- On June 10, a delegation of the Ministry of Economic Development of Russia " +
			"visited Harbin, the capital of Heilongjiang Province, for the Harbin-Russia trade forum. " +
			"Governor of Heilongjiang Liang Huiling met the delegation at the forum.",
	}}

	if _, codes := s.post(t, "", ingest, in); len(codes) == 0 || codes[0] != "UNAUTHENTICATED" {
		t.Fatalf("ingestArticle without token: codes %v, want UNAUTHENTICATED", codes)
	}
	if _, codes := s.post(t, "wrong", ingest, in); len(codes) == 0 || codes[0] != "UNAUTHENTICATED" {
		t.Fatalf("ingestArticle with a wrong token: codes %v, want UNAUTHENTICATED", codes)
	}
	var stats struct{ Stats struct{ Articles int } }
	s.graphql(t, `{ stats { articles } }`, nil, &stats)
	if stats.Stats.Articles != 0 {
		t.Fatalf("refused mutations wrote %d articles", stats.Stats.Articles)
	}

	got, codes := s.post(t, token, ingest, in)
	if len(codes) > 0 {
		t.Fatalf("ingestArticle: errors %v", codes)
	}
	res := got["ingestArticle"].(map[string]any)
	articleID := res["article"].(map[string]any)["id"].(string)
	names := map[string]string{}
	for _, e := range res["entities"].([]any) {
		m := e.(map[string]any)
		names[m["name"].(string)] = m["id"].(string)
	}
	harbin, ok := names["Harbin"]
	if !ok || names["Heilongjiang"] == "" {
		t.Fatalf("ingestArticle extracted %v, want Harbin and Heilongjiang among them", names)
	}
	if got, _ := s.post(t, token, ingest, in); !got["ingestArticle"].(map[string]any)["duplicate"].(bool) {
		t.Errorf("ingesting the same text again is not reported as a duplicate")
	}

	// Merge the city into its province (a deliberate, reversible mistake)
	// and see the merged id resolve to the kept entity.
	var merged map[string]any
	if merged, codes = s.post(t, token, `mutation($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m) { id } }`,
		map[string]any{"k": names["Heilongjiang"], "m": harbin}); len(codes) > 0 {
		t.Fatalf("mergeEntities: errors %v", codes)
	}
	if id := merged["mergeEntities"].(map[string]any)["id"]; id != names["Heilongjiang"] {
		t.Errorf("mergeEntities returned %v, want the kept %s", id, names["Heilongjiang"])
	}
	var ent struct{ Entity struct{ ID string } }
	s.graphql(t, `query($id: ID!) { entity(id: $id) { id } }`, map[string]any{"id": harbin}, &ent)
	if ent.Entity.ID != names["Heilongjiang"] {
		t.Errorf("entity(%s) after the merge = %q, want %s", harbin, ent.Entity.ID, names["Heilongjiang"])
	}
	if b, err := os.ReadFile(filepath.Join(data, "judgements.jsonl")); err != nil || !strings.Contains(string(b), harbin) {
		t.Errorf("the merge is not persisted in the judgement file: %v %q", err, b)
	}

	if _, codes = s.post(t, token, `mutation($id: ID!) { retractArticle(id: $id) { entitiesDeleted } }`,
		map[string]any{"id": articleID}); len(codes) > 0 {
		t.Fatalf("retractArticle: errors %v", codes)
	}
	s.graphql(t, `{ stats { articles } }`, nil, &stats)
	if stats.Stats.Articles != 0 {
		t.Errorf("after retracting the only article, %d articles remain", stats.Stats.Articles)
	}
	if _, codes = s.post(t, token, `mutation($id: ID!) { retractArticle(id: $id) { entitiesDeleted } }`,
		map[string]any{"id": articleID}); len(codes) == 0 || codes[0] != "NOT_FOUND" {
		t.Errorf("retracting it again: codes %v, want NOT_FOUND", codes)
	}
}

// TestNeo4jUnreachable: with no Neo4j listening, serve gives up after its
// wait with one clear line, not a stack trace.
func TestNeo4jUnreachable(t *testing.T) {
	t.Setenv("NEO4J_URI", "bolt://127.0.0.1:1")
	t.Setenv("NEO4J_PASSWORD", "irrelevant-pass")
	code, _, stderr := runCmd(t, nil, "serve", "--store", "neo4j", "--neo4j-wait", "1s", "--addr", "127.0.0.1:0")
	if code != 1 {
		t.Errorf("serve on an unreachable Neo4j: exit %d, want 1", code)
	}
	if !strings.Contains(stderr, "bolt://127.0.0.1:1") || !strings.Contains(stderr, "unreachable") || strings.Contains(stderr, "goroutine") {
		t.Errorf("serve on an unreachable Neo4j should say so plainly, got:\n%s", stderr)
	}
}
