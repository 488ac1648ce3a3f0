package httpapi

import (
	"bytes"
	"embed"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"slices"
	"strings"
)

// Example is one of the playground's example queries.
type Example struct {
	Name  string // file name without .graphql
	Title string // the question it answers: its first comment line
	Query string
}

//go:embed examples/*.graphql
var exampleFiles embed.FS

//go:embed playground.html
var playgroundHTML string

var playgroundPage = template.Must(template.New("playground").Parse(playgroundHTML))

// Examples returns the playground's example queries in file order. They
// answer real questions about the sample corpus; tests run every one.
func Examples() []Example {
	names, err := fs.Glob(exampleFiles, "examples/*.graphql")
	if err != nil {
		panic(err) // the pattern is constant and valid
	}
	slices.Sort(names)
	out := make([]Example, 0, len(names))
	for _, n := range names {
		b, err := exampleFiles.ReadFile(n)
		if err != nil {
			panic(err) // embedded files are readable
		}
		q := string(b)
		title, _, _ := strings.Cut(q, "\n")
		out = append(out, Example{
			Name:  strings.TrimSuffix(path.Base(n), ".graphql"),
			Title: strings.TrimSpace(strings.TrimPrefix(title, "#")),
			Query: q,
		})
	}
	return out
}

// playground serves GraphiQL opening with one tab per example query.
func playground(endpoint string) http.Handler {
	type tab struct {
		Query string `json:"query"`
	}
	var tabs []tab
	for _, e := range Examples() {
		tabs = append(tabs, tab{Query: e.Query})
	}
	var buf bytes.Buffer
	if err := playgroundPage.Execute(&buf, map[string]any{"Endpoint": endpoint, "Tabs": tabs}); err != nil {
		panic(err) // the template and its data are fixed
	}
	page := buf.Bytes()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(page)
	})
}
