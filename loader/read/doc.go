// Package read turns files into documents: the articles the loader
// extracts. It reads .txt and .md files (with optional YAML front matter),
// .html and .htm files (the text of the page without scripts, styles,
// navigation and markup) and .jsonl files (one article a line), walking
// directories in lexical order.
//
// Rules it keeps:
//
//   - Text is normalised the same way whatever the format (Normalize): a
//     byte order mark removed, \r\n and \r made \n, Unicode NFC, trailing
//     white space cut from every line, blank lines cut from both ends.
//     ContentHash is the hex SHA-256 of that text, and an article's id is
//     derived from it (Document.Article): content-identical articles are
//     one article, whatever file or URL they came from. Deduplication is the
//     loader's job; the hash is what it needs.
//   - Metadata dates are normalised to YYYY-MM-DD, YYYY-MM or YYYY
//     (NormalizeDate); languages to ISO 639-1 where there is such a code.
//     A bad date or language in front matter or a JSON line is an error; in
//     an HTML page's meta tags, which are often noisy, it is ignored.
//   - Bad input never stops the rest: each failure is an *Error naming the
//     file and, where it makes sense, the line, and reading goes on with the
//     next line or file. Files with other extensions are reported as errors
//     wrapping ErrSkipped, so that a loader can count them apart from
//     failures.
//   - Source is the file's base name, as the extraction contract wants; a
//     front matter "source" replaces it. For a JSON line it is the line's
//     "source", else its "url", else "FILE.jsonl:LINE".
package read
