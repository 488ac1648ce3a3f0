package graph

import (
	"regexp"
	"strings"
)

// Dates are ISO 8601 strings of one of these precisions: YYYY, YYYY-MM,
// YYYY-MM-DD, or XXXX-MM-DD / XXXX-MM when the year is unknown.
var dateRe = regexp.MustCompile(`^(\d{4}|XXXX)(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)

// ValidDate reports whether d is a date in one of the accepted precisions.
func ValidDate(d string) bool { return dateRe.MatchString(d) && d != "XXXX" }

// DatesCompatible reports whether two dates can describe the same day: one
// is a less precise form of the other (2024-03 and 2024-03-28), or they
// agree except for an unknown year (XXXX-03-28 and 2024-03-28).
func DatesCompatible(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] && !(i < 4 && (a[i] == 'X' || b[i] == 'X')) {
			return false
		}
	}
	return true
}

// datePrecision ranks how much a date says: known year and each component.
func datePrecision(d string) int {
	p := len(d)
	if strings.HasPrefix(d, "XXXX") {
		p -= 4
	}
	return p
}

// DateInRange reports whether date lies within [from, to] (inclusive, either
// bound may be ""), comparing on the date's own precision: a partial date
// is in range when the period it names overlaps the range. Dates with an
// unknown year are in no bounded range.
func DateInRange(date, from, to string) bool {
	if from == "" && to == "" {
		return true
	}
	if date == "" || strings.HasPrefix(date, "XXXX") {
		return false
	}
	// The period [date's first day, date's last day] overlaps [from, to]
	// when date's first day <= to and date's last day >= from; comparing
	// prefixes of equal length gives exactly that.
	if from != "" && date < from[:min(len(date), len(from))] {
		return false
	}
	if to != "" && date[:min(len(date), len(to))] > to {
		return false
	}
	return true
}
