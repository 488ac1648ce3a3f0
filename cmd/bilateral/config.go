package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/graph/embedded"
	"github.com/bilateral/bilateral/graph/neo4jstore"
	"github.com/bilateral/bilateral/loader"
)

// errUsage marks a command line that could not be parsed; the flag package
// has printed why.
var errUsage = errors.New("usage")

// storeFlags are the flags of every command that touches the store.
type storeFlags struct {
	data      string
	store     string
	neo4jWait time.Duration
}

// newFlagSet returns a flag set for a subcommand that reports errors
// instead of exiting.
func newFlagSet(e *env, name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: bilateral %s [flags] %s\n\nflags:\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// errHelp marks a command line that asked for help, which was printed.
var errHelp = errors.New("help")

// parse parses args, turning -h into errHelp and other flag errors into
// errUsage (the flag package has printed the usage either way).
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errHelp
		}
		return errUsage
	}
	return nil
}

// envOr returns the variable's value, or def when it is unset or empty.
func envOr(e *env, key, def string) string {
	if v := e.getenv(key); v != "" {
		return v
	}
	return def
}

// envDefault makes the value of the environment variable key, when set, the
// default of the flag name, so that the flag on the command line still
// wins. A value the flag would refuse is an error naming the variable,
// never silently replaced by the built-in default.
func envDefault(e *env, fs *flag.FlagSet, name, key string) error {
	v := e.getenv(key)
	if v == "" {
		return nil
	}
	f := fs.Lookup(name)
	if err := f.Value.Set(v); err != nil {
		return fmt.Errorf("%s=%q is not a valid --%s value: %w", key, v, name, err)
	}
	f.DefValue = f.Value.String()
	return nil
}

func (sf *storeFlags) register(fs *flag.FlagSet, e *env) error {
	fs.StringVar(&sf.data, "data", envOr(e, "BILATERAL_DATA", "./data"),
		"data directory: the embedded store and the judgement file (env BILATERAL_DATA)")
	fs.StringVar(&sf.store, "store", envOr(e, "BILATERAL_STORE", "embedded"),
		"store backend: embedded or neo4j (env BILATERAL_STORE; neo4j reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE)")
	fs.DurationVar(&sf.neo4jWait, "neo4j-wait", neo4jstore.DefaultMaxWait,
		"how long to keep retrying while Neo4j starts (env BILATERAL_NEO4J_WAIT)")
	return envDefault(e, fs, "neo4j-wait", "BILATERAL_NEO4J_WAIT")
}

// open opens the chosen store. Only this package picks a concrete store.
func (sf *storeFlags) open(ctx context.Context, e *env) (graph.Store, error) {
	switch sf.store {
	case "embedded":
		s, err := embedded.Open(sf.data)
		if err != nil {
			return nil, fmt.Errorf("open embedded store in %s: %w", sf.data, err)
		}
		return s, nil
	case "neo4j":
		cfg := neo4jstore.ConfigFromEnv()
		cfg.MaxWait = sf.neo4jWait
		fmt.Fprintf(e.stderr, "connecting to neo4j at %s (database %s)...\n", cfg.URI, cfg.Database)
		s, err := neo4jstore.Open(ctx, cfg)
		if err != nil {
			return nil, err
		}
		return s, nil
	default:
		return nil, fmt.Errorf("--store %q: want embedded or neo4j: %w", sf.store, graph.ErrInvalid)
	}
}

// newLoader returns a loader on store keeping its judgements in the data
// directory and reporting progress to w.
func (sf *storeFlags) newLoader(store graph.Store, w io.Writer) (*loader.Loader, error) {
	return loader.New(store, loader.Options{DataDir: sf.data, Progress: w, Now: time.Now})
}

// closeStore closes s, reporting a failure on e.stderr.
func closeStore(e *env, s graph.Store) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s.Close(ctx); err != nil {
		fmt.Fprintf(e.stderr, "close store: %v\n", err)
	}
}
