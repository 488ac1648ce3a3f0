package read

import (
	"context"
	"strings"
	"testing"
)

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-04-02", "2024-04-02"},
		{" 2024-4-2 ", "2024-04-02"},
		{"2024-04-02T10:00:00+08:00", "2024-04-02"},
		{"2024-04-02T23:30:00-05:00", "2024-04-02"}, // the day as written, not UTC
		{"2024-04-02 10:00", "2024-04-02"},
		{"2024/04/02", "2024-04-02"},
		{"2024.04.02", "2024-04-02"},
		{"20240402", "2024-04-02"},
		{"2024-04", "2024-04"},
		{"2024", "2024"},
		{"02.04.2024", "2024-04-02"},
		{"2. 4. 2024", "2024-04-02"},
		{"April 2, 2024", "2024-04-02"},
		{"Apr 2, 2024", "2024-04-02"},
		{"2 April 2024", "2024-04-02"},
		{"Tue, 02 Apr 2024 10:00:00 GMT", "2024-04-02"},
		{"Tue, 2 Apr 2024 10:00:00 +0800", "2024-04-02"},
		{"April 2024", "2024-04"},
		{"2024年4月2日", "2024-04-02"},
		{"2024年4月", "2024-04"},
	}
	for _, tt := range tests {
		if got, err := NormalizeDate(tt.in); err != nil || got != tt.want {
			t.Errorf("NormalizeDate(%q) = %q, %v, want %q", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{"", "someday", "2024-02-30", "2024-13", "31.02.2024", "0999", "2024 Olympics", "04/02/2024", "12345"} {
		if got, err := NormalizeDate(in); err == nil {
			t.Errorf("NormalizeDate(%q) = %q, want an error", in, got)
		}
	}
}

func TestNormalizeLanguage(t *testing.T) {
	tests := []struct{ in, want string }{
		{"en", "en"}, {"EN", "en"}, {"en-US", "en"}, {"de_DE", "de"}, {"zh-Hans-CN", "zh"},
		{"ru_RU", "ru"}, {"nl-BE", "nl"}, {"fra", "fr"}, {"es-419", "es"},
	}
	for _, tt := range tests {
		if got, err := NormalizeLanguage(tt.in); err != nil || got != tt.want {
			t.Errorf("NormalizeLanguage(%q) = %q, %v, want %q", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{"", "English!", "42", "und"} {
		if got, err := NormalizeLanguage(in); err == nil {
			t.Errorf("NormalizeLanguage(%q) = %q, want an error", in, got)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"unchanged", "a\nb", "a\nb"},
		{"byte order mark", "\ufeffa", "a"},
		{"CRLF and CR", "a\r\nb\rc", "a\nb\nc"},
		{"trailing white space", "a  \t\nb\u00a0\n", "a\nb"},
		{"leading spaces kept", "  a\n  b", "  a\n  b"},
		{"blank lines at the ends", "\n\n  \na\n\nb\n\n\n", "a\n\nb"},
		{"NFC", "Jose\u0301 Ðo\u0302", "José Ðô"},
		{"NFC keeps compatibility forms", "ﬁ ①", "ﬁ ①"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("%s: Normalize(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestMarkdownText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"heading", "## Визит в Харбин ##\nText", "Визит в Харбин\nText"},
		{"link and image", "See [the report](http://x/y) ![logo](l.png) here.", "See the report  here."},
		{"emphasis", "**OPORA Russia** and *Jinpan* and __Cornex__", "OPORA Russia and Jinpan and Cornex"},
		{"snake_case kept", "file_name_here and 3 * 4 * 5", "file_name_here and 3 * 4 * 5"},
		{"bullets and quotes", "- eins\n* zwei\n> zitiert", "eins\nzwei\nzitiert"},
		{"rule, fence and comment", "a\n---\n```go\ncode\n```\n<!-- hidden -->b", "a\n\ncode\n\nb"},
		{"code span", "the `bilateral` tool", "the bilateral tool"},
	}
	for _, tt := range tests {
		if got := markdownText(tt.in); got != tt.want {
			t.Errorf("%s: markdownText(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestHTML(t *testing.T) {
	tests := []struct {
		name, in                          string
		text, title, published, lang, url string
	}{
		{"body text with blocks and entities",
			`<p>Erste&nbsp;Zeile<br>zweite   Zeile</p><div>Caf&eacute; &amp; Co.</div>Ende`,
			"Erste Zeile\nzweite Zeile\nCafé & Co.\nEnde", "", "", "", ""},
		{"inline elements keep spaces",
			`<p>Der <b>Bezirk</b> <a href="#">Jiangxia</a>, <i>Wuhan</i>.</p>`,
			"Der Bezirk Jiangxia, Wuhan.", "", "", "", ""},
		{"scripts, styles, navigation and hidden text dropped",
			`<html><head><style>p{}</style></head><body><nav>Menu</nav><script>x()</script><p>Text</p><div hidden>secret</div><span aria-hidden="true">icon</span><footer>(c)</footer></body></html>`,
			"Text", "", "", "", ""},
		{"article preferred over the page",
			`<body><div>Teaser</div><article><p>Short</p></article><article><h1>Main story</h1><p>Long text of the story.</p></article></body>`,
			"Main story\nLong text of the story.", "", "", "", ""},
		{"main when there is no article",
			`<body><header>Site</header><main><p>Content</p></main><div>Sidebar</div></body>`,
			"Content", "", "", "", ""},
		{"title and metadata",
			`<html lang="ru"><head><title> Форум  в Харбине | Новости </title><meta name="date" content="14.05.2025"><meta property="og:url" content="https://example.ru/forum"></head><body><p>Текст</p></body></html>`,
			"Текст", "Форум в Харбине | Новости", "2025-05-14", "ru", "https://example.ru/forum"},
		{"og:title preferred, bad meta date ignored, og:locale",
			`<head><title>X | Site</title><meta property="og:title" content="X"><meta property="article:published_time" content="yesterday"><meta property="og:locale" content="nl_NL"></head><p>Tekst</p>`,
			"Tekst", "X", "", "nl", ""},
		{"itemprop datePublished on time",
			`<article><time itemprop="datePublished" datetime="2023-07-20T09:00">20 July</time><p>Body</p></article>`,
			"20 July\nBody", "", "2023-07-20", "", ""},
	}
	for _, tt := range tests {
		var got Document
		for doc, err := range Parse("page.html", []byte(tt.in)) {
			if err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			got = doc
		}
		want := Document{Text: tt.text, Title: tt.title, Published: tt.published, Language: tt.lang, URL: tt.url}
		got2 := Document{Text: got.Text, Title: got.Title, Published: got.Published, Language: got.Language, URL: got.URL}
		if got2 != want {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, got2, want)
		}
	}
}

func TestBinary(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"text", "Новосибирск и Харбин\n", false},
		{"tabs and escapes", "a\tb\x1b[0m\f\n", false},
		{"NUL", "abc\x00", true},
		{"control characters", strings.Repeat("\x01\x02x", 10), true},
		{"mostly invalid UTF-8", strings.Repeat("\xff\xfe\x80a", 20), true},
		{"one invalid byte", "Stra\xdfe und mehr Text hier", false},
	}
	for _, tt := range tests {
		if got := binary([]byte(tt.in)); got != tt.want {
			t.Errorf("%s: binary(%q) = %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
}

func BenchmarkAll(b *testing.B) {
	var size int64
	for doc, err := range All(context.Background(), []string{"../../testdata/articles"}) {
		if err == nil {
			size += int64(len(doc.Text))
		}
	}
	b.SetBytes(size)
	for b.Loop() {
		for range All(context.Background(), []string{"../../testdata/articles"}) {
		}
	}
}
