package read

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// parsePlain reads a .txt or .md file: optional front matter, then text;
// markdown is reduced to its text. The line is that of an error, if known.
func parsePlain(d Document, text string, markdown bool) (Document, int, error) {
	text = strings.TrimPrefix(text, "\uFEFF")
	body, bodyLine, err := frontMatter(&d, text)
	if err != nil {
		return Document{}, bodyLine, err
	}
	if markdown {
		body = markdownText(body)
	}
	d, err = newDocument(d, body)
	return d, 0, err
}

// frontMatter fills d's metadata from YAML front matter between "---"
// lines at the start of text, and returns the text after it. A front
// matter that is opened but not closed, is not a YAML mapping, or holds a
// bad date or language is an error at its line.
func frontMatter(d *Document, text string) (string, int, error) {
	first, rest, ok := strings.Cut(text, "\n")
	if !ok || strings.TrimRight(first, " \t\r") != "---" {
		return text, 0, nil
	}
	var yml strings.Builder
	for n := 2; rest != ""; n++ {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if l := strings.TrimRight(line, " \t\r"); l == "---" || l == "..." {
			if err := applyMeta(d, yml.String()); err != nil {
				return "", lineOf(err), err
			}
			return rest, 0, nil
		}
		yml.WriteString(line + "\n")
	}
	return "", 1, errors.New("front matter opened by --- is not closed by a --- line")
}

// metaError is an error in front matter at a line of the file.
type metaError struct {
	line int
	err  error
}

func (e *metaError) Error() string { return e.err.Error() }
func (e *metaError) Unwrap() error { return e.err }

func lineOf(err error) int {
	if me, ok := errors.AsType[*metaError](err); ok {
		return me.line
	}
	return 0
}

// yamlLineRe finds the line yaml.v3 names in its errors.
var yamlLineRe = regexp.MustCompile(`line (\d+): `)

// applyMeta sets d's metadata from the front matter's YAML; line numbers
// in errors count the opening --- as line 1.
func applyMeta(d *Document, yml string) error {
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(yml), &root); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		line := 1
		if m := yamlLineRe.FindStringSubmatch(msg); m != nil {
			n, _ := strconv.Atoi(m[1])
			line = n + 1
			msg = strings.Replace(msg, m[0], "", 1)
		}
		return &metaError{line, fmt.Errorf("front matter: %s", msg)}
	}
	if len(root.Content) == 0 { // empty front matter
		return nil
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return &metaError{m.Line + 1, errors.New("front matter: not a mapping of keys to values")}
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		field := metaField(d, strings.ToLower(k.Value))
		if field == nil {
			continue // other keys (author, tags, ...) are not ours
		}
		if v.Kind != yaml.ScalarNode {
			return &metaError{v.Line + 1, fmt.Errorf("front matter: %s: want a single value", k.Value)}
		}
		if err := setMeta(d, field, strings.ToLower(k.Value), v.Value); err != nil {
			return &metaError{v.Line + 1, fmt.Errorf("front matter: %w", err)}
		}
	}
	return nil
}

// metaField is the document field a metadata key sets, or nil.
func metaField(d *Document, key string) *string {
	switch key {
	case "url":
		return &d.URL
	case "title":
		return &d.Title
	case "published", "date":
		return &d.Published
	case "language", "lang":
		return &d.Language
	case "source":
		return &d.Source
	}
	return nil
}

// setMeta sets one metadata field, normalising dates and languages.
func setMeta(d *Document, field *string, key, value string) error {
	value = strings.TrimSpace(value)
	if value == "" {
		return nil
	}
	var err error
	switch field {
	case &d.Published:
		value, err = NormalizeDate(value)
	case &d.Language:
		value, err = NormalizeLanguage(value)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", key, err)
	}
	*field = value
	return nil
}

// The markdown that markdownText takes out.
var (
	mdComment   = regexp.MustCompile(`(?s)<!--.*?-->`)
	mdFence     = regexp.MustCompile("(?m)^\\s*(```|~~~).*$")
	mdHeading   = regexp.MustCompile(`(?m)^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$`)
	mdRule      = regexp.MustCompile(`(?m)^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$`)
	mdQuote     = regexp.MustCompile(`(?m)^ {0,3}>[ \t]?`)
	mdBullet    = regexp.MustCompile(`(?m)^([ \t]*)[-*+][ \t]+`)
	mdImage     = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink      = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	mdStrong    = regexp.MustCompile(`(\*\*|__)([^*_\s](?:[^*]*?[^*_\s])?)(\*\*|__)`)
	mdEmphasis  = regexp.MustCompile(`(^|[\s(])\*([^*\s](?:[^*]*?[^*\s])?)\*`)
	mdCodeSpans = regexp.MustCompile("`([^`]+)`")
	mdBlankRun  = regexp.MustCompile(`\n[ \t]*\n(?:[ \t]*\n)+`)
)

// markdownText reduces markdown to its text: headings, quotes, bullets,
// rules, fences and comments lose their markers, links keep their text,
// images go, emphasis and code spans keep their words.
func markdownText(s string) string {
	s = mdComment.ReplaceAllString(s, "")
	s = mdFence.ReplaceAllString(s, "")
	s = mdRule.ReplaceAllString(s, "")
	s = mdHeading.ReplaceAllString(s, "$1")
	s = mdQuote.ReplaceAllString(s, "")
	s = mdBullet.ReplaceAllString(s, "$1")
	s = mdImage.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdStrong.ReplaceAllString(s, "$2")
	s = mdEmphasis.ReplaceAllString(s, "$1$2")
	s = mdCodeSpans.ReplaceAllString(s, "$1")
	return mdBlankRun.ReplaceAllString(s, "\n\n")
}
