package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/loader"
	"github.com/bilateral/bilateral/resolvers/httpapi"
	"github.com/bilateral/bilateral/resolvers/model"
)

// listFlag is a flag that may be repeated.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "serve", "[--load PATH]... [PATH...]")
	var sf storeFlags
	sf.register(fs)
	addr := fs.String("addr", ":8080", "listen address")
	var loads listFlag
	fs.Var(&loads, "load", "load articles from this file or directory before serving (repeatable; further PATH arguments are loaded too)")
	playground := fs.Bool("playground", true, "serve the GraphiQL playground at /")
	introspection := fs.Bool("introspection", true, "allow schema introspection")
	cors := fs.String("cors", "", "comma-separated origins allowed to call /graphql from browsers, * for any")
	timeout := fs.Duration("timeout", 30*time.Second, "time limit of one request")
	if err := parse(e, fs, args); err != nil {
		return err
	}
	loads = append(loads, fs.Args()...)

	return sf.withStore(ctx, e, func(store graph.Store, l *loader.Loader) error {
		return serveAPI(ctx, e, store, l, serveConfig{addr: *addr, loads: loads, playground: *playground,
			introspection: *introspection, cors: *cors, timeout: *timeout})
	})
}

// serveConfig is what serveAPI needs of the command line.
type serveConfig struct {
	addr, cors                string
	loads                     []string
	playground, introspection bool
	timeout                   time.Duration
}

// serveAPI loads cfg.loads and serves the API on store until ctx ends.
func serveAPI(ctx context.Context, e *env, store graph.Store, l *loader.Loader, cfg serveConfig) error {
	if len(cfg.loads) > 0 {
		// Failed documents are named in the summary; serving what loaded
		// is more useful than refusing to start.
		if err := load(ctx, e, l, cfg.loads); err != nil && !errors.Is(err, errFailed) {
			return err
		}
	}

	logger := slog.New(slog.NewJSONHandler(e.stderr, nil))
	token := e.getenv("BILATERAL_TOKEN")
	handler := httpapi.NewHandler(httpapi.Config{
		Store:          store,
		Ingester:       ingester{l},
		Token:          token,
		Introspection:  cfg.introspection,
		Playground:     cfg.playground,
		AllowedOrigins: splitList(cfg.cors),
		Timeout:        cfg.timeout,
		Logger:         logger,
	})

	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.addr, err)
	}
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
	base := "http://" + displayAddr(ln.Addr())
	fmt.Fprintf(e.stderr, "bilateral: GraphQL at %s/graphql", base)
	if cfg.playground {
		fmt.Fprintf(e.stderr, ", playground at %s/", base)
	}
	fmt.Fprintln(e.stderr)
	if token == "" {
		fmt.Fprintln(e.stderr, "bilateral: BILATERAL_TOKEN is not set: mutations are refused")
	}

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// displayAddr turns a listen address into one a browser can open.
func displayAddr(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// ingester adapts the loader to the API's mutations.
type ingester struct{ l *loader.Loader }

func (i ingester) Ingest(ctx context.Context, a graph.Article) (model.IngestResult, error) {
	r, err := i.l.Ingest(ctx, a)
	if err != nil {
		return model.IngestResult{}, err
	}
	return model.IngestResult{Article: r.Article, Duplicate: r.Duplicate, Graph: r.Graph,
		Problems: r.Problems, Stats: r.Stats}, nil
}

func (i ingester) Retract(ctx context.Context, id string) (graph.WriteStats, error) {
	return i.l.Retract(ctx, id)
}

func (i ingester) Merge(ctx context.Context, keep, merge string) error {
	return i.l.Merge(ctx, keep, merge)
}
