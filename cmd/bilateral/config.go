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

// envFlags is the one table of configuration by environment: the variable
// that sets each flag's default. A flag given on the command line wins.
var envFlags = map[string]string{
	"data":          "BILATERAL_DATA",
	"store":         "BILATERAL_STORE",
	"neo4j-wait":    "BILATERAL_NEO4J_WAIT",
	"addr":          "BILATERAL_ADDR",
	"playground":    "BILATERAL_PLAYGROUND",
	"introspection": "BILATERAL_INTROSPECTION",
	"cors":          "BILATERAL_CORS_ORIGINS",
}

// parse sets the defaults of fs's flags from their variables (envFlags),
// then parses args. A variable's value the flag refuses is an error naming
// the variable, never silently replaced by the built-in default; -h gives
// errHelp and other flag errors errUsage (the usage has been printed).
func parse(e *env, fs *flag.FlagSet, args []string) error {
	var errs []error
	fs.VisitAll(func(f *flag.Flag) {
		key, ok := envFlags[f.Name]
		if !ok {
			return
		}
		f.Usage += " (env " + key + ")"
		v := e.getenv(key)
		if v == "" {
			return
		}
		if err := f.Value.Set(v); err != nil {
			errs = append(errs, fmt.Errorf("%s=%q is not a valid --%s value: %w", key, v, f.Name, err))
			return
		}
		f.DefValue = f.Value.String()
	})
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errHelp
		}
		return errUsage
	}
	return nil
}

func (sf *storeFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&sf.data, "data", "./data", "data directory: the embedded store and the judgement file")
	fs.StringVar(&sf.store, "store", "embedded",
		"store backend: embedded or neo4j (neo4j reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE)")
	fs.DurationVar(&sf.neo4jWait, "neo4j-wait", neo4jstore.DefaultMaxWait, "how long to keep retrying while Neo4j starts")
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

// withLoader parses the command line of a command that works on the store
// (nargs arguments; -1 for one or more), opens the store and a loader on
// it, and runs fn with the arguments.
func withLoader(ctx context.Context, e *env, name, argsUsage string, nargs int, args []string,
	fn func(l *loader.Loader, args []string) error) error {
	fs := newFlagSet(e, name, argsUsage)
	var sf storeFlags
	sf.register(fs)
	if err := parse(e, fs, args); err != nil {
		return err
	}
	if (nargs >= 0 && fs.NArg() != nargs) || (nargs < 0 && fs.NArg() == 0) {
		fs.Usage()
		return errUsage
	}
	return sf.withStore(ctx, e, func(_ graph.Store, l *loader.Loader) error { return fn(l, fs.Args()) })
}

// withStore opens the chosen store and a loader on it (judgements in the
// data directory, progress on stderr), runs fn, and closes the store.
func (sf *storeFlags) withStore(ctx context.Context, e *env, fn func(graph.Store, *loader.Loader) error) error {
	store, err := sf.open(ctx, e)
	if err != nil {
		return err
	}
	defer closeStore(e, store)
	l, err := sf.newLoader(store, e.stderr)
	if err != nil {
		return err
	}
	return fn(store, l)
}

// closeStore closes s, reporting a failure on e.stderr.
func closeStore(e *env, s graph.Store) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s.Close(ctx); err != nil {
		fmt.Fprintf(e.stderr, "close store: %v\n", err)
	}
}
