package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilateral/bilateral/graph"
)

// TestFilterBlocksAgree keeps the entity filter of Meetings.cypher (for $a
// and $b) identical to that of Entities.cypher.
func TestFilterBlocksAgree(t *testing.T) {
	block := func(text, v, p string) string {
		start := strings.Index(text, "  // filter "+v+" $"+p+"\n")
		end := strings.Index(text[max(start, 0):], "  // end filter\n")
		if start < 0 || end < 0 {
			t.Fatalf("no filter block for %s $%s", v, p)
		}
		return text[start : start+end]
	}
	want := block(qEntities.text, "e", "filter")
	for _, v := range []string{"a", "b"} {
		got := block(qMeetings.text, v, v)
		re := regexp.MustCompile(`\b` + v + `\b`)
		got = strings.ReplaceAll(strings.ReplaceAll(got, "$"+v+".", "$filter."), "$"+v+"\n", "$filter\n")
		got = re.ReplaceAllString(got, "e")
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Meetings.cypher filter %s differs from Entities.cypher (-want +got):\n%s", v, diff)
		}
	}
}

// TestPathBound: the variable-length pattern of Path.cypher names every
// graph.RelType and is bounded by graph.MaxPathHops.
func TestPathBound(t *testing.T) {
	m := regexp.MustCompile(`\[:([A-Z_|]+)\*\.\.(\d+)\]`).FindStringSubmatch(stripComments(qPath.text))
	if m == nil {
		t.Fatal("Path.cypher has no [:TYPES*..N] pattern")
	}
	types := strings.Split(m[1], "|")
	slices.Sort(types)
	want := strs(graph.RelTypes)
	slices.Sort(want)
	if diff := cmp.Diff(want, types); diff != "" {
		t.Errorf("Path.cypher pattern types (-want +got):\n%s", diff)
	}
	if n, _ := strconv.Atoi(m[2]); n != graph.MaxPathHops {
		t.Errorf("Path.cypher searches up to %d hops, graph.MaxPathHops is %d", n, graph.MaxPathHops)
	}
}

// TestClosedLists: the labels and relationship types the statements fix in
// their text are package graph's lists, so a kind or type added there
// cannot be dropped silently by a write or left out of a read.
func TestClosedLists(t *testing.T) {
	kinds, types, meeting := strs(graph.Kinds), strs(graph.RelTypes), strs(graph.MeetingRelTypes)
	tests := []struct {
		name string
		st   statement
		// re's group 1 is one name per match (the matches together must
		// list want) or, with each, a list joined by | or : (each must).
		re   string
		each bool
		want []string
	}{
		{"entity kind branches", qMergeEntities, `row\.kind = '(\w+)'`, false, kinds},
		{"entity kind labels set", qMergeEntities, `SET e:(\w+)\)`, false, kinds},
		{"entity kind labels removed", qMergeEntities, `REMOVE e:([\w:]+)`, true, kinds},
		{"relation type branches", qMergeRelations, `row\.type = '(\w+)'`, false, types},
		{"relation types merged", qMergeRelations, `MERGE \(a\)-\[r:(\w+)\]->\(b\)`, false, types},
		{"meeting edges", qMeetings, `\[\w*:(\w+(?:\|\w+)+)\]`, true, meeting},
		{"activity participants", qActivity, `\[\w*:(\w+(?:\|\w+)+)\]`, true, meeting},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			matches := regexp.MustCompile(tc.re).FindAllStringSubmatch(stripComments(tc.st.text), -1)
			if len(matches) == 0 {
				t.Fatalf("%s: no match of %s", tc.st.name, tc.re)
			}
			want := slices.Sorted(slices.Values(tc.want))
			var all []string
			for _, m := range matches {
				names := strings.FieldsFunc(m[1], func(r rune) bool { return r == '|' || r == ':' })
				if !tc.each {
					all = append(all, names...)
					continue
				}
				slices.Sort(names)
				if diff := cmp.Diff(want, names); diff != "" {
					t.Errorf("%s: %s (-want +got):\n%s", tc.st.name, m[0], diff)
				}
			}
			if tc.each {
				return
			}
			slices.Sort(all)
			if diff := cmp.Diff(want, all); diff != "" {
				t.Errorf("%s: names matching %s (-want +got):\n%s", tc.st.name, tc.re, diff)
			}
		})
	}
}

func TestParseStatement(t *testing.T) {
	tests := []struct {
		name, text string
		params     []string
		wantErr    bool
	}{
		{"header and params", "// Finds.\n// Parameters:\n//   $b: STRING\n//   $a: LIST<STRING>\n// Returns: x\nRETURN $a, $b AS x\n", []string{"a", "b"}, false},
		{"no header", "RETURN 1\n", nil, true},
		{"header only", "// Nothing.\n", nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, err := parseStatement(tc.name, tc.text)
			if (err != nil) != tc.wantErr {
				t.Fatalf("parseStatement(%q) error = %v, want error %v", tc.text, err, tc.wantErr)
			}
			if diff := cmp.Diff(tc.params, st.params); err == nil && diff != "" {
				t.Errorf("params (-want +got):\n%s", diff)
			}
		})
	}
	// A missing file fails loudly.
	defer func() {
		if recover() == nil {
			t.Error("mustLoad(missing) did not panic")
		}
	}()
	query("NoSuchStatement")
}

func TestLuceneQuery(t *testing.T) {
	tests := map[string]string{
		"hubei":          "+hubei*",
		"hubei province": "+hubei +province*",
		"湖北省":            "+湖北省*",
		"a+b":            `+a\+b*`,
	}
	for in, want := range tests {
		if got := luceneQuery(in); got != want {
			t.Errorf("luceneQuery(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDecode reads values shaped as the driver returns them.
func TestDecode(t *testing.T) {
	loaded := time.Date(2024, 5, 3, 10, 0, 0, 0, time.FixedZone("", 3600))
	a, err := decodeArticle(map[string]any{"id": "a1", "title": "T", "loadedAt": loaded})
	if err != nil || a.ID != "a1" || a.Title != "T" || !a.LoadedAt.Equal(loaded) || a.LoadedAt.Location() != time.UTC {
		t.Errorf("decodeArticle = %+v, %v", a, err)
	}
	claim := func(article, name string) map[string]any {
		return map[string]any{"kind": "Region", "name": name, "aliases": []any{"X"}, "articleId": article, "sentence": "s", "language": "en"}
	}
	e, err := decodeEntity(map[string]any{"id": "r1", "claims": []any{claim("a2", "Hubei"), claim("a1", "Hubei")}})
	if err != nil {
		t.Fatal(err)
	}
	if e.ID != "r1" || e.Kind != graph.KindRegion || e.Name != "Hubei" || len(e.Sources) != 2 || e.Sources[0].ArticleID != "a1" {
		t.Errorf("decodeEntity = %+v", e)
	}
	rel := map[string]any{"id": "SIGNED|o1|e1", "type": "SIGNED", "from": "o1", "to": "e1",
		"articleIds": []any{"a2", "a1"}, "sentences": []any{"y", "x"}, "languages": []any{"en", "de"},
		"roles": []any{"", ""}, "agreements": []any{"MoU", "MoU"}, "confidences": []any{0.5, int64(1)}}
	r, err := decodeRelation(rel)
	if err != nil || r.Agreement != "MoU" || r.Confidence != 1 || len(r.Sources) != 2 || r.Sources[0].ArticleID != "a1" {
		t.Errorf("decodeRelation = %+v, %v", r, err)
	}
	bad := map[string]struct {
		v      any
		decode func(any) error
	}{
		"article not a map":     {"a1", func(v any) error { _, err := decodeArticle(v); return err }},
		"article id int":        {map[string]any{"id": int64(1)}, func(v any) error { _, err := decodeArticle(v); return err }},
		"entity without claims": {map[string]any{"id": "r1", "claims": []any{}}, func(v any) error { _, err := decodeEntity(v); return err }},
		"claim of unknown kind": {map[string]any{"id": "r1", "claims": []any{map[string]any{"kind": "Planet", "articleId": "a"}}},
			func(v any) error { _, err := decodeEntity(v); return err }},
		"aliases not strings": {map[string]any{"id": "r1", "claims": []any{map[string]any{"kind": "Region", "aliases": []any{int64(3)}}}},
			func(v any) error { _, err := decodeEntity(v); return err }},
		"relation lists uneven": {func() map[string]any {
			m := map[string]any{}
			for k, v := range rel {
				m[k] = v
			}
			m["sentences"] = []any{"y"}
			return m
		}(), func(v any) error { _, err := decodeRelation(v); return err }},
		"relation id mismatch": {func() map[string]any {
			m := map[string]any{}
			for k, v := range rel {
				m[k] = v
			}
			m["to"] = "e2"
			return m
		}(), func(v any) error { _, err := decodeRelation(v); return err }},
	}
	for name, b := range bad {
		if err := b.decode(b.v); err == nil {
			t.Errorf("%s: decoded without error", name)
		}
	}
}

// TestRoundTripRows: what a write sends, read back as Neo4j returns it,
// decodes to the same fold.
func TestRoundTripRows(t *testing.T) {
	full := fullEntity()
	m := claimMap(full)
	got, err := decodeEntity(map[string]any{"id": full.ID, "claims": []any{m}})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(graph.Fold([]graph.Entity{full}), got); diff != "" {
		t.Errorf("entity round trip (-want +got):\n%s", diff)
	}
	r := fullRelation()
	props := relationProps(r, []graph.Relation{r})
	props["type"], props["from"], props["to"] = string(r.Type), r.From, r.To
	for k, v := range props {
		switch l := v.(type) {
		case []string:
			props[k] = toAny(l)
		case []float64:
			props[k] = toAny(l)
		}
	}
	gotR, err := decodeRelation(props)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(graph.FoldRelation([]graph.Relation{r}), gotR); diff != "" {
		t.Errorf("relation round trip (-want +got):\n%s", diff)
	}
}

func TestConfigFromEnv(t *testing.T) {
	env := map[string]string{"NEO4J_URI": "neo4j://db:7687", "NEO4J_PASSWORD": "pw"}
	got := configFrom(func(k string) string { return env[k] })
	want := Config{URI: "neo4j://db:7687", Username: "neo4j", Password: "pw", Database: "neo4j"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("configFrom (-want +got):\n%s", diff)
	}
}

func TestConnectErrors(t *testing.T) {
	auth := &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized", Msg: "bad credentials"}
	err := connectError("bolt://db:7687", "neo4j", fmt.Errorf("verify: %w", auth))
	if !errors.Is(err, graph.ErrUnavailable) || !strings.Contains(err.Error(), "refused the credentials for user neo4j") {
		t.Errorf("connectError(auth) = %v", err)
	}
	err = connectError("bolt://db:7687", "neo4j", &neo4j.ConnectivityError{Inner: errors.New("connection refused")})
	if !errors.Is(err, graph.ErrUnavailable) || !strings.Contains(err.Error(), "neo4j at bolt://db:7687 unreachable") {
		t.Errorf("connectError(connectivity) = %v", err)
	}
	if err := storeError(&neo4j.ConnectivityError{Inner: errors.New("gone")}); !errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("storeError(connectivity) = %v, want ErrUnavailable", err)
	}
	if err := storeError(graph.ErrNotFound); !errors.Is(err, graph.ErrNotFound) || errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("storeError(not found) = %v", err)
	}

	// Nothing listens on the port: Connect gives up within MaxWait.
	_, err = Connect(context.Background(), Config{URI: "bolt://127.0.0.1:1", Username: "neo4j", MaxWait: 300 * time.Millisecond})
	if !errors.Is(err, graph.ErrUnavailable) || !strings.Contains(err.Error(), "unreachable") {
		t.Errorf("Connect(closed port) = %v, want unreachable ErrUnavailable", err)
	}
	_, err = Connect(context.Background(), Config{URI: "http://127.0.0.1:1"})
	if !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("Connect(http URI) = %v, want ErrInvalid", err)
	}
}

func TestBackoff(t *testing.T) {
	b := backoff{first: 100 * time.Millisecond, max: time.Second}
	var got []time.Duration
	for i := range 6 {
		got = append(got, b.delay(i))
	}
	want := []time.Duration{100, 200, 400, 800, 1000, 1000}
	for i := range want {
		want[i] *= time.Millisecond
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("delays (-want +got):\n%s", diff)
	}
	calls := 0
	err := retry(context.Background(), backoff{first: time.Millisecond, max: time.Millisecond}, func() (bool, error) {
		calls++
		if calls < 3 {
			return true, errors.New("not yet")
		}
		return false, nil
	})
	if err != nil || calls != 3 {
		t.Errorf("retry = %v after %d calls, want nil after 3", err, calls)
	}
	calls = 0
	err = retry(context.Background(), b, func() (bool, error) { calls++; return false, errors.New("auth") })
	if err == nil || calls != 1 {
		t.Errorf("retry(no retry) = %v after %d calls, want the error after 1", err, calls)
	}
}
