package apitest

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/bilateral/bilateral/resolvers/httpapi"
)

// Server is an API server for one test, reached over real HTTP.
type Server struct {
	URL string
	t   testing.TB
}

// NewServer serves httpapi.NewHandler(cfg) until the test ends.
func NewServer(t testing.TB, cfg httpapi.Config) *Server {
	t.Helper()
	ts := httptest.NewServer(httpapi.NewHandler(cfg))
	t.Cleanup(ts.Close)
	return &Server{URL: ts.URL, t: t}
}

// Request is one GraphQL request.
type Request struct {
	Query         string         `json:"query,omitempty"`
	OperationName string         `json:"operationName,omitempty"`
	Variables     map[string]any `json:"variables,omitempty"`
	Extensions    map[string]any `json:"extensions,omitempty"`
	// Token, when set, is sent as a bearer token.
	Token string `json:"-"`
	// Accept, when set, is the Accept header.
	Accept string `json:"-"`
}

// Response is a GraphQL response with its HTTP status and headers.
type Response struct {
	Status int             `json:"-"`
	Header http.Header     `json:"-"`
	Data   json.RawMessage `json:"data"`
	Errors []Error         `json:"errors"`
}

// Error is one GraphQL error.
type Error struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Code is the error's extensions.code.
func (e Error) Code() string {
	c, _ := e.Extensions["code"].(string)
	return c
}

// Post sends req as a POST to /graphql.
func (s *Server) Post(req Request) Response {
	s.t.Helper()
	body, err := json.Marshal(req)
	if err != nil {
		s.t.Fatalf("encode request: %v", err)
	}
	hr, err := http.NewRequest(http.MethodPost, s.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		s.t.Fatalf("new request: %v", err)
	}
	hr.Header.Set("Content-Type", "application/json")
	return s.do(hr, req)
}

// Get sends req as a GET to /graphql.
func (s *Server) Get(req Request) Response {
	s.t.Helper()
	q := url.Values{}
	if req.Query != "" {
		q.Set("query", req.Query)
	}
	for k, v := range map[string]map[string]any{"variables": req.Variables, "extensions": req.Extensions} {
		if v != nil {
			b, err := json.Marshal(v)
			if err != nil {
				s.t.Fatalf("encode %s: %v", k, err)
			}
			q.Set(k, string(b))
		}
	}
	hr, err := http.NewRequest(http.MethodGet, s.URL+"/graphql?"+q.Encode(), nil)
	if err != nil {
		s.t.Fatalf("new request: %v", err)
	}
	return s.do(hr, req)
}

func (s *Server) do(hr *http.Request, req Request) Response {
	s.t.Helper()
	if req.Token != "" {
		hr.Header.Set("Authorization", "Bearer "+req.Token)
	}
	if req.Accept != "" {
		hr.Header.Set("Accept", req.Accept)
	}
	res, err := http.DefaultClient.Do(hr)
	if err != nil {
		s.t.Fatalf("%s %s: %v", hr.Method, hr.URL.Path, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		s.t.Fatalf("read response: %v", err)
	}
	out := Response{Status: res.StatusCode, Header: res.Header}
	if err := json.Unmarshal(b, &out); err != nil {
		s.t.Fatalf("decode response %q: %v", b, err)
	}
	return out
}

// Raw sends an arbitrary request to path and returns the status, headers
// and body.
func (s *Server) Raw(method, path string, header http.Header, body string) (int, http.Header, string) {
	s.t.Helper()
	hr, err := http.NewRequest(method, s.URL+path, strings.NewReader(body))
	if err != nil {
		s.t.Fatalf("new request: %v", err)
	}
	for k, vs := range header {
		hr.Header[k] = vs
	}
	res, err := http.DefaultClient.Do(hr)
	if err != nil {
		s.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		s.t.Fatalf("read response: %v", err)
	}
	return res.StatusCode, res.Header, string(b)
}

// Query posts query with variables, fails the test on any error, and
// decodes data into out.
func (s *Server) Query(query string, vars map[string]any, out any) {
	s.t.Helper()
	res := s.Post(Request{Query: query, Variables: vars})
	if len(res.Errors) > 0 {
		s.t.Fatalf("query failed: %+v\nquery: %s", res.Errors, query)
	}
	if err := json.Unmarshal(res.Data, out); err != nil {
		s.t.Fatalf("decode data %s: %v", res.Data, err)
	}
}

// ExpectError posts req and fails the test unless it gets an error with
// code; it returns that error.
func (s *Server) ExpectError(req Request, code string) Error {
	s.t.Helper()
	res := s.Post(req)
	for _, e := range res.Errors {
		if e.Code() == code {
			return e
		}
	}
	s.t.Fatalf("want an error with code %s, got status %d, errors %+v, data %s", code, res.Status, res.Errors, res.Data)
	return Error{}
}
