package read

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropped are the elements whose content is not article text.
var dropped = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Form: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Svg: true, atom.Math: true, atom.Canvas: true, atom.Audio: true, atom.Video: true,
	atom.Picture: true, atom.Img: true, atom.Menu: true, atom.Dialog: true,
}

// blocks are the elements that stand on lines of their own.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Hr: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Tr: true, atom.Table: true,
	atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Caption: true, atom.Section: true,
	atom.Article: true, atom.Main: true, atom.Header: true, atom.Blockquote: true, atom.Pre: true,
	atom.Figure: true, atom.Figcaption: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Body: true, atom.Center: true,
}

// The meta tags (name, property or itemprop) that give an article's
// metadata, in order of preference.
var (
	titleMeta     = []string{"og:title", "twitter:title", "dc.title"}
	publishedMeta = []string{"article:published_time", "og:published_time", "datepublished",
		"date", "pubdate", "publishdate", "publish-date", "dc.date.issued", "dc.date", "dcterms.date",
		"dcterms.issued", "sailthru.date", "parsely-pub-date"}
	languageMeta = []string{"content-language", "dc.language", "og:locale"}
	urlMeta      = []string{"og:url"}
)

// parseHTML reads an HTML page: the text of its article (the <article>
// element with the most text, else <main>, else <body>), and its title,
// publication date, language and URL from the head. Metadata that cannot
// be read is ignored.
func parseHTML(d Document, text string) (Document, error) {
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return Document{}, fmt.Errorf("parse HTML: %w", err)
	}
	p := page{meta: make(map[string]string)}
	p.scan(root, false)

	d.Title = p.first(titleMeta)
	if d.Title == "" {
		d.Title = collapse(p.title)
	}
	if d.URL = p.first(urlMeta); d.URL == "" {
		d.URL = p.canonical
	}
	if v := p.first(publishedMeta); v != "" {
		d.Published, _ = NormalizeDate(v)
	}
	for _, v := range []string{p.lang, p.first(languageMeta)} {
		if l, err := NormalizeLanguage(v); v != "" && err == nil {
			d.Language = l
			break
		}
	}
	body := longest(p.articles)
	if body == "" && p.main != nil {
		body = render(p.main)
	} else if body == "" && p.body != nil {
		body = render(p.body)
	}
	return newDocument(d, body)
}

// page is what scanning an HTML tree finds.
type page struct {
	title     string
	lang      string
	canonical string
	meta      map[string]string // first content by lower-case name, property or itemprop
	body      *html.Node
	main      *html.Node
	articles  []*html.Node
}

func (p *page) first(keys []string) string {
	for _, k := range keys {
		if v := strings.TrimSpace(p.meta[k]); v != "" {
			return v
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

// scan collects the page's metadata and landmark elements.
func (p *page) scan(n *html.Node, inArticle bool) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Html:
			p.lang = attr(n, "lang")
		case atom.Title:
			if p.title == "" && n.FirstChild != nil {
				p.title = n.FirstChild.Data
			}
		case atom.Meta:
			content := attr(n, "content")
			for _, k := range []string{"name", "property", "itemprop", "http-equiv"} {
				if key := strings.ToLower(attr(n, k)); key != "" {
					if _, ok := p.meta[key]; !ok {
						p.meta[key] = content
					}
				}
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && p.canonical == "" {
				p.canonical = attr(n, "href")
			}
		case atom.Body:
			p.body = n
		case atom.Main:
			if p.main == nil {
				p.main = n
			}
		case atom.Article:
			if !inArticle {
				p.articles = append(p.articles, n)
			}
			inArticle = true
		}
		if n.DataAtom == atom.Time && attr(n, "itemprop") == "datePublished" {
			if _, ok := p.meta["datepublished"]; !ok {
				p.meta["datepublished"] = attr(n, "datetime")
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.scan(c, inArticle)
	}
}

// longest is the text of the node with the most text, or "" if none has
// any.
func longest(nodes []*html.Node) string {
	best, bestLen := "", 0
	for _, n := range nodes {
		t := render(n)
		if l := len(strings.TrimSpace(t)); l > bestLen {
			best, bestLen = t, l
		}
	}
	return best
}

// render is the text of n (see textWriter).
func render(n *html.Node) string {
	var w textWriter
	w.node(n, false)
	return w.String()
}

// textWriter renders text: white space collapsed within a line (except in
// <pre>), blocks on lines of their own, table cells apart.
type textWriter struct {
	b     strings.Builder
	space bool // a space is pending
}

func (w *textWriter) String() string { return w.b.String() }

func (w *textWriter) newline() {
	w.space = false
	if !w.atLineStart() {
		w.b.WriteByte('\n')
	}
}

func (w *textWriter) text(s string, pre bool) {
	if pre {
		w.b.WriteString(s)
		w.space = false
		return
	}
	if s == "" {
		return
	}
	if r, _ := utf8.DecodeRuneInString(s); isHTMLSpace(r) {
		w.space = true
	}
	for i, f := range strings.FieldsFunc(s, isHTMLSpace) {
		if (i > 0 || w.space) && !w.atLineStart() {
			w.b.WriteByte(' ')
		}
		w.b.WriteString(f)
		w.space = false
	}
	if r, _ := utf8.DecodeLastRuneInString(s); isHTMLSpace(r) {
		w.space = true
	}
}

func (w *textWriter) atLineStart() bool {
	s := w.b.String()
	return s == "" || s[len(s)-1] == '\n'
}

// isHTMLSpace is HTML's ASCII white space, plus the no-break space.
func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\u00A0'
}

// node writes the text of n and its descendants.
func (w *textWriter) node(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data, pre)
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.ElementNode:
		if dropped[n.DataAtom] || n.DataAtom == 0 && strings.Contains(n.Data, ":") {
			return
		}
		if n.DataAtom == atom.Header && !inside(n, atom.Article, atom.Main) {
			return // a page header is navigation, an article's header is its headline
		}
		if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") {
			return
		}
	}
	block := blocks[n.DataAtom]
	if block {
		w.newline()
	}
	if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		w.space = true
	}
	pre = pre || n.DataAtom == atom.Pre
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c, pre)
	}
	if block {
		w.newline()
	}
}

// inside reports whether n has an ancestor that is one of as.
func inside(n *html.Node, as ...atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		for _, a := range as {
			if p.DataAtom == a {
				return true
			}
		}
	}
	return false
}

// collapse collapses white space runs to one space and trims.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, isHTMLSpace), " ")
}
