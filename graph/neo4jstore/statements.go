package neo4jstore

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
)

//go:embed queries/*.cypher
var queryFiles embed.FS

//go:embed schema/*.cypher
var schemaFiles embed.FS

// statement is one Cypher statement read from an embedded file.
type statement struct {
	name   string   // file name without .cypher: "WriteArticle_article"
	text   string   // the whole file, header comment included
	params []string // the $parameters the header declares, sorted
}

// String returns the statement's name.
func (s statement) String() string { return s.name }

var paramDecl = regexp.MustCompile(`^//\s+\$([A-Za-z_][A-Za-z0-9_]*)\s*:`)

// parseStatement reads a statement file's header: it must start with a //
// comment, and the lines "//   $name: TYPE ..." declare its parameters.
func parseStatement(name, text string) (statement, error) {
	if !strings.HasPrefix(text, "//") {
		return statement{}, fmt.Errorf("statement %s: no // header comment", name)
	}
	st := statement{name: name, text: text}
	for line := range strings.SplitSeq(text, "\n") {
		if !strings.HasPrefix(line, "//") {
			break
		}
		if m := paramDecl.FindStringSubmatch(line); m != nil {
			st.params = append(st.params, m[1])
		}
	}
	slices.Sort(st.params)
	if body := strings.TrimSpace(stripComments(text)); body == "" {
		return statement{}, fmt.Errorf("statement %s: no Cypher after the header", name)
	}
	return st, nil
}

var commentRe = regexp.MustCompile(`//[^\n]*`)

// stripComments removes // comments (our statements have no "//" inside
// string literals).
func stripComments(text string) string { return commentRe.ReplaceAllString(text, "") }

var paramUse = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)

// usedParams lists the parameters the statement's Cypher refers to, sorted.
func usedParams(text string) []string {
	var out []string
	for _, m := range paramUse.FindAllStringSubmatch(stripComments(text), -1) {
		out = append(out, m[1])
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// mustLoad reads the named statement from files or panics: a missing or
// malformed statement is a build defect, to be found at init.
func mustLoad(files fs.FS, dir, name string) statement {
	b, err := fs.ReadFile(files, path.Join(dir, name+".cypher"))
	if err != nil {
		panic(fmt.Sprintf("neo4jstore: statement %s: %v", name, err))
	}
	st, err := parseStatement(name, string(b))
	if err != nil {
		panic("neo4jstore: " + err.Error())
	}
	if used := usedParams(st.text); !slices.Equal(used, st.params) {
		panic(fmt.Sprintf("neo4jstore: statement %s uses parameters %v but declares %v", name, used, st.params))
	}
	return st
}

func query(name string) statement { return mustLoad(queryFiles, "queries", name) }

// The statements, one per file in queries/.
var (
	qAwaitIndexes = query("New_awaitIndexes")

	qWriteArticle  = query("WriteArticle_article")
	qRetractFind   = query("Retract_find")
	qRetractDelete = query("Retract_article")

	qReadEntities    = query("applyClaims_readEntities")
	qReadRelations   = query("applyClaims_readRelations")
	qDeleteRelations = query("applyClaims_deleteRelations")
	qLinkMergedIDs   = query("applyClaims_linkMergedIds")
	qDeleteEntities  = query("applyClaims_deleteEntities")
	qDropMentions    = query("applyClaims_dropMentions")
	qMergeEntities   = query("applyClaims_mergeEntities")
	qCreateMentions  = query("applyClaims_createMentions")
	qMergeRelations  = query("applyClaims_mergeRelations")

	qArticle        = query("Article")
	qArticles       = query("Articles")
	qEntity         = query("Entity")
	qEntities       = query("Entities")
	qSearch         = query("Search")
	qRelations      = query("Relations")
	qMeetings       = query("Meetings")
	qPath           = query("Path")
	qActivity       = query("Activity")
	qStatsArticles  = query("Stats_articles")
	qStatsEntities  = query("Stats_entities")
	qStatsRelations = query("Stats_relations")
	qDumpEntities   = query("Dump_entities")
	qDumpRelations  = query("Dump_relations")
)

// schemaStatements are the files of schema/ in name order (NNN_ prefix).
var schemaStatements = func() []statement {
	entries, err := fs.ReadDir(schemaFiles, "schema")
	if err != nil || len(entries) == 0 {
		panic(fmt.Sprintf("neo4jstore: no schema statements: %v", err))
	}
	var out []statement
	for _, e := range entries {
		out = append(out, mustLoad(schemaFiles, "schema", strings.TrimSuffix(e.Name(), ".cypher")))
	}
	return out
}()
