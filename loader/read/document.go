package read

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/bilateral/bilateral/graph"
)

// Document is one article as read: its normalised text and its metadata.
type Document struct {
	// Source names where the article came from: the file's base name, a
	// front matter "source", or for a JSON line its "source" or "url" or
	// "FILE.jsonl:LINE" (see the package documentation).
	Source string
	Path   string // the file it was read from
	Line   int    // the line of a .jsonl file; 0 for other files

	URL       string
	Title     string
	Published string // YYYY-MM-DD, YYYY-MM or YYYY; "" if unknown
	Language  string // ISO 639-1 where given; "" if unknown

	Text        string // normalised (Normalize)
	ContentHash string // hex SHA-256 of Text
}

// ArticleID is the id of the article whose text has the given content
// hash: "article:" and the hash's first 16 hex digits. Content-identical
// articles are one article.
func ArticleID(contentHash string) string {
	return "article:" + contentHash[:min(len(contentHash), 16)]
}

// Article is the document as the graph's provenance record. LoadedAt is
// left zero for the loader to set.
func (d Document) Article() graph.Article {
	return graph.Article{
		ID:          ArticleID(d.ContentHash),
		Source:      d.Source,
		URL:         d.URL,
		Title:       d.Title,
		Language:    d.Language,
		Published:   d.Published,
		ContentHash: d.ContentHash,
		Text:        d.Text,
	}
}

// Hash is the hex SHA-256 of text, which must be normalised already.
func Hash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// Normalize is the text normalisation every document gets: a leading byte
// order mark removed, line ends made \n, Unicode NFC, trailing white space
// removed from each line, and blank lines removed from the start and end.
func Normalize(text string) string {
	text = strings.TrimPrefix(text, "\uFEFF")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = norm.NFC.String(text)
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// Meta is an article's metadata as a JSON line or the API gives it.
type Meta struct {
	Source, URL, Title, Published, Language string
}

// FromText makes the Document of a text and its metadata, by the rules
// every reader keeps: the text normalised and hashed, Source defaulting to
// URL, Published and Language normalised to ISO (blank ones left out). It
// returns ErrEmpty when no text remains, and an error naming the field
// when a date or language cannot be read.
func FromText(text string, m Meta) (Document, error) {
	d := Document{URL: m.URL, Title: m.Title, Source: m.Source}
	if d.Source == "" {
		d.Source = m.URL
	}
	if err := setMeta(&d, &d.Published, "published", m.Published); err != nil {
		return Document{}, err
	}
	if err := setMeta(&d, &d.Language, "language", m.Language); err != nil {
		return Document{}, err
	}
	return newDocument(d, text)
}

// newDocument finishes a document from its raw text, or says why there is
// no article in it.
func newDocument(d Document, text string) (Document, error) {
	d.Text = Normalize(text)
	if d.Text == "" {
		return Document{}, ErrEmpty
	}
	d.ContentHash = Hash(d.Text)
	return d, nil
}
