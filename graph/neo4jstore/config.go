package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	neo4jconfig "github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/bilateral/bilateral/graph"
)

// Config says how to reach Neo4j. Zero durations and sizes keep the
// driver's defaults.
type Config struct {
	// URI is neo4j://host:port (routing: a cluster or Aura) or
	// bolt://host:port (one server), or their +s / +ssc TLS forms.
	URI      string
	Username string
	Password string
	// Database is the database every call names.
	Database string

	MaxConnectionPoolSize        int
	ConnectionAcquisitionTimeout time.Duration
	// MaxTransactionRetryTime bounds how long a managed transaction is
	// retried on transient errors and leader switches.
	MaxTransactionRetryTime time.Duration
	// ConnectTimeout bounds opening one socket.
	ConnectTimeout time.Duration
	// MaxWait bounds how long Connect retries while Neo4j starts; 0 means
	// DefaultMaxWait. The context given to Connect bounds it too.
	MaxWait time.Duration
	// Logger, if set, is told of each failed connection attempt.
	Logger *slog.Logger
}

// Defaults of ConfigFromEnv and Connect.
const (
	DefaultURI      = "bolt://localhost:7687"
	DefaultUsername = "neo4j"
	DefaultDatabase = "neo4j"
	DefaultMaxWait  = time.Minute
)

// ConfigFromEnv reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and
// NEO4J_DATABASE, defaulting to DefaultURI, DefaultUsername, no password
// and DefaultDatabase.
func ConfigFromEnv() Config { return configFrom(os.Getenv) }

func configFrom(getenv func(string) string) Config {
	or := func(key, def string) string {
		if v := getenv(key); v != "" {
			return v
		}
		return def
	}
	return Config{
		URI:      or("NEO4J_URI", DefaultURI),
		Username: or("NEO4J_USERNAME", DefaultUsername),
		Password: getenv("NEO4J_PASSWORD"),
		Database: or("NEO4J_DATABASE", DefaultDatabase),
	}
}

// Connect creates the driver (one per process) and waits until Neo4j
// answers, retrying with exponential back-off while it starts, for at most
// cfg.MaxWait and as long as ctx allows. A failure wraps
// graph.ErrUnavailable and says whether Neo4j was unreachable or refused
// the credentials (which is not retried). The caller closes the driver,
// or hands it to New, whose Store closes it.
func Connect(ctx context.Context, cfg Config) (neo4j.DriverWithContext, error) {
	uri := cfg.URI
	if uri == "" {
		uri = DefaultURI
	}
	driver, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth(cfg.Username, cfg.Password, ""),
		func(c *neo4jconfig.Config) {
			if cfg.MaxConnectionPoolSize > 0 {
				c.MaxConnectionPoolSize = cfg.MaxConnectionPoolSize
			}
			if cfg.ConnectionAcquisitionTimeout > 0 {
				c.ConnectionAcquisitionTimeout = cfg.ConnectionAcquisitionTimeout
			}
			if cfg.MaxTransactionRetryTime > 0 {
				c.MaxTransactionRetryTime = cfg.MaxTransactionRetryTime
			}
			if cfg.ConnectTimeout > 0 {
				c.SocketConnectTimeout = cfg.ConnectTimeout
			}
		})
	if err != nil {
		return nil, fmt.Errorf("neo4j at %s: %w: %w", uri, graph.ErrInvalid, err)
	}
	maxWait := cfg.MaxWait
	if maxWait <= 0 {
		maxWait = DefaultMaxWait
	}
	ctx, cancel := context.WithTimeout(ctx, maxWait)
	defer cancel()
	err = retry(ctx, backoff{first: 250 * time.Millisecond, max: 5 * time.Second}, func() (bool, error) {
		err := driver.VerifyConnectivity(ctx)
		if err != nil && cfg.Logger != nil {
			cfg.Logger.Warn("neo4j not ready", "uri", uri, "err", err)
		}
		return !isAuthError(err), err
	})
	if err != nil {
		driver.Close(context.Background())
		return nil, connectError(uri, cfg.Username, err)
	}
	return driver, nil
}

// connectError says why Connect failed, wrapping graph.ErrUnavailable.
func connectError(uri, user string, err error) error {
	if isAuthError(err) {
		return fmt.Errorf("neo4j at %s refused the credentials for user %s: %w: %w", uri, user, graph.ErrUnavailable, err)
	}
	return fmt.Errorf("neo4j at %s unreachable: %w: %w", uri, graph.ErrUnavailable, err)
}

// isAuthError reports whether Neo4j refused the credentials.
func isAuthError(err error) bool {
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) && ne.HasSecurityCode() {
		return true
	}
	var ae *neo4j.InvalidAuthenticationError
	return errors.As(err, &ae)
}

// backoff is an exponential delay between attempts.
type backoff struct{ first, max time.Duration }

func (b backoff) delay(attempt int) time.Duration {
	d := b.first
	for range attempt {
		d *= 2
		if d >= b.max {
			return b.max
		}
	}
	return d
}

// retry calls try until it succeeds, says not to retry, or ctx ends; it
// returns the last error of try (never only ctx's).
func retry(ctx context.Context, b backoff, try func() (again bool, err error)) error {
	for attempt := 0; ; attempt++ {
		again, err := try()
		if err == nil || !again {
			return err
		}
		t := time.NewTimer(b.delay(attempt))
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
	}
}

// storeError translates a driver error at the store's boundary: Neo4j
// unreachable, or refusing the credentials, is graph.ErrUnavailable.
func storeError(err error) error {
	if err == nil {
		return nil
	}
	var ce *neo4j.ConnectivityError
	if errors.As(err, &ce) || isAuthError(err) {
		return fmt.Errorf("%w: %w", graph.ErrUnavailable, err)
	}
	return err
}
