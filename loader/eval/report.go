package eval

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Counts are the hits (TP), false positives (FP) and misses (FN) of one
// category.
type Counts struct {
	TP, FP, FN int
}

// Precision is TP/(TP+FP), 0 when nothing was predicted.
func (c Counts) Precision() float64 {
	if c.TP+c.FP == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall is TP/(TP+FN), 0 when nothing was expected.
func (c Counts) Recall() float64 {
	if c.TP+c.FN == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F1 is the harmonic mean of precision and recall, 0 when both are 0.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c Counts) add(o Counts) Counts {
	return Counts{TP: c.TP + o.TP, FP: c.FP + o.FP, FN: c.FN + o.FN}
}

// Category is the counts of one entity kind or relation type.
type Category struct {
	Name string // the kind ("Region", ...) or relation type ("ATTENDED", ...)
	Counts
}

// Report is the outcome of Score: score.py's numbers.
type Report struct {
	// Entities and Relations hold a category for each kind and relation
	// type in which something was counted, sorted by name.
	Entities  []Category
	Relations []Category
	// EntityMicro and RelationMicro are the sums over the categories.
	EntityMicro   Counts
	RelationMicro Counts
	// Missing lists the gold articles that had no prediction.
	Missing []string
	// Log is score.py's --verbose detail: each article's name followed by
	// its false positives and misses.
	Log []string
}

// Entity returns the counts of an entity kind (as score.py spells it:
// "Region", "Organisation", "Official", "Event").
func (r Report) Entity(kind string) (Counts, bool) { return find(r.Entities, kind) }

// Relation returns the counts of a relation type ("ATTENDED", ...).
func (r Report) Relation(typ string) (Counts, bool) { return find(r.Relations, typ) }

func find(cs []Category, name string) (Counts, bool) {
	for _, c := range cs {
		if c.Name == name {
			return c.Counts, true
		}
	}
	return Counts{}, false
}

// report turns the tally into a Report.
func (t *tally) report() Report {
	r := Report{Missing: t.missing, Log: t.log}
	r.Entities, r.EntityMicro = categories(t.ent)
	r.Relations, r.RelationMicro = categories(t.rel)
	return r
}

func categories(m map[string]*Counts) ([]Category, Counts) {
	var cs []Category
	var total Counts
	for _, k := range slices.Sorted(maps.Keys(m)) {
		cs = append(cs, Category{Name: k, Counts: *m[k]})
		total = total.add(*m[k])
	}
	return cs, total
}

// row is one line of score.py's result table.
type row struct {
	key string
	Counts
}

func (r Report) rows() []row {
	var rows []row
	for _, part := range []struct {
		prefix string
		cs     []Category
		micro  Counts
	}{{"ent", r.Entities, r.EntityMicro}, {"rel", r.Relations, r.RelationMicro}} {
		for _, c := range part.cs {
			rows = append(rows, row{part.prefix + "." + c.Name, c.Counts})
		}
		rows = append(rows, row{part.prefix + ".micro", part.micro})
	}
	return rows
}

// Format prints the report as score.py does: with verbose, the log first;
// then the articles without prediction; then the table of counts,
// precision, recall and F1.
func (r Report) Format(w io.Writer, verbose bool) error {
	var b strings.Builder
	if verbose {
		for _, l := range r.Log {
			b.WriteString(l + "\n")
		}
	}
	if len(r.Missing) > 0 {
		fmt.Fprintf(&b, "no prediction for: %s\n", strings.Join(r.Missing, ", "))
	}
	fmt.Fprintf(&b, "%-22s %4s %4s %4s  %5s %5s %5s\n", "", "tp", "fp", "fn", "P", "R", "F1")
	for _, row := range r.rows() {
		fmt.Fprintf(&b, "%-22s %4d %4d %4d  %5.2f %5.2f %5.2f\n",
			row.key, row.TP, row.FP, row.FN, row.Precision(), row.Recall(), row.F1())
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// JSON is the report as score.py --json prints it, byte for byte:
// {"scores": {"ent.Region": {"tp", "fp", "fn", "p", "r", "f"}, ...},
// "missing": [...]}, indented by one space, ending in a newline.
func (r Report) JSON() []byte {
	var b bytes.Buffer
	b.WriteString("{\n \"scores\": {")
	for i, row := range r.rows() {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "\n  %s: {\n   \"tp\": %d,\n   \"fp\": %d,\n   \"fn\": %d,\n   \"p\": %s,\n   \"r\": %s,\n   \"f\": %s\n  }",
			pyJSONString(row.key), row.TP, row.FP, row.FN,
			pyFloat(row.Precision()), pyFloat(row.Recall()), pyFloat(row.F1()))
	}
	b.WriteString("\n },\n \"missing\": [")
	for i, m := range r.Missing {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n  " + pyJSONString(m))
	}
	if len(r.Missing) > 0 {
		b.WriteString("\n ")
	}
	b.WriteString("]\n}\n")
	return b.Bytes()
}

// pyFloat formats f as Python's repr does.
func pyFloat(f float64) string {
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eIN") {
		s += ".0"
	}
	return s
}

// pyJSONString quotes s as Python's json.dumps does (ensure_ascii).
func pyJSONString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r >= ' ' && r <= '~':
			b.WriteRune(r)
		case r > 0xFFFF:
			r -= 0x10000
			fmt.Fprintf(&b, `\u%04x\u%04x`, 0xD800+(r>>10), 0xDC00+(r&0x3FF))
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// pyRepr quotes s as Python's repr does.
func pyRepr(s string) string {
	q := byte('\'')
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == utf8.RuneError || !unicode.IsPrint(r):
			switch {
			case r < 0x100:
				fmt.Fprintf(&b, `\x%02x`, r)
			case r < 0x10000:
				fmt.Fprintf(&b, `\u%04x`, r)
			default:
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// pyReprOpt is pyRepr, or None for a value that was absent.
func pyReprOpt(s string, absent bool) string {
	if absent {
		return "None"
	}
	return pyRepr(s)
}
