// Command bilateral loads news articles into a knowledge graph of bilateral
// business relationships and serves it over GraphQL.
//
//	bilateral serve   [--addr :8080] [--load PATH...]   GraphQL API and playground
//	bilateral load    PATH...                           read, extract and store articles
//	bilateral extract --json PATH...                    print what the extractor reads, one JSON line per article
//	bilateral eval    --gold DIR PATH...                score the extractor against gold annotations
//	bilateral retract ARTICLE_ID...                     remove articles and the facts only they supported
//	bilateral merge   KEEP MERGE                        merge two entities the rules kept apart (persisted)
//	bilateral unmerge ID                                undo a merge
//	bilateral distinguish ID ARTICLE_ID                 split an article's claim off an entity the rules merged
//
// Every command that touches the store takes --data DIR (default ./data)
// and --store embedded|neo4j (default embedded); each flag also reads a
// BILATERAL_* environment variable, and Neo4j is configured by NEO4J_URI,
// NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE. This package is wiring
// only: flags and configuration → store → loader → resolvers → HTTP.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

var commands = []command{
	{"serve", "serve the GraphQL API and playground", runServe},
	{"load", "load articles from files and directories", runLoad},
	{"extract", "print the extraction of articles as JSON lines", runExtract},
	{"eval", "score the extractor against gold annotations", runEval},
	{"retract", "remove articles and the facts only they supported", runRetract},
	{"merge", "merge entity MERGE into KEEP, persisted as a judgement", runMerge},
	{"unmerge", "undo the merge of an entity", runUnmerge},
	{"distinguish", "split one article's claim off an entity", runDistinguish},
}

// env is what commands read from the process: output streams and variables.
type env struct {
	stdout, stderr io.Writer
	getenv         func(string) string
}

// errFailed marks a run that reported its failures already: exit 1, no
// further message.
var errFailed = errors.New("failed")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, &env{stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}, os.Args[1:])
	stop()
	os.Exit(code)
}

// run executes one command line and returns the exit status: 0 success,
// 1 failure, 2 usage error.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		switch {
		case err == nil, errors.Is(err, errHelp):
			return 0
		case errors.Is(err, errUsage):
			return 2
		case errors.Is(err, errFailed):
			return 1
		default:
			fmt.Fprintf(e.stderr, "bilateral %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(e.stderr, "bilateral: unknown command %q\n\n", args[0])
	usage(e.stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: bilateral COMMAND [flags] [args]\n\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-12s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'bilateral COMMAND -h' for a command's flags.")
}
