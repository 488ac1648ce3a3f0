package read

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// The date forms NormalizeDate reads, beyond the ISO ones.
var (
	isoDateRe   = regexp.MustCompile(`^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}.*)?$`)
	compactRe   = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(?:T.*)?$`)
	dayFirstRe  = regexp.MustCompile(`^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})(?:\s.*)?$`)
	hanDateRe   = regexp.MustCompile(`^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?`)
	textLayouts = []string{
		time.RFC1123Z, time.RFC1123, time.RFC850, time.RFC822Z, time.RFC822, time.ANSIC, time.UnixDate,
		"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 2006",
		"January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006", "2 January 2006", "2 Jan 2006", "02 Jan 2006",
		"Monday, January 2, 2006", "Monday, 2 January 2006",
	}
	monthLayouts = []string{"January 2006", "Jan 2006"}
)

// NormalizeDate turns a metadata date into an ISO date of the precision it
// has: YYYY-MM-DD, YYYY-MM or YYYY. It reads ISO dates and date-times
// (2024-04-02, 2024-04-02T10:00:00+08:00, 2024/04/02, 20240402, 2024-04,
// 2024), day-first dotted dates (02.04.2024), English month names
// ("April 2, 2024", "2 Apr 2024", "April 2024"), RFC 1123 and similar
// (Tue, 02 Apr 2024 10:00:00 GMT) and Chinese dates (2024年4月2日). A
// date-time keeps the day as written, in its own time zone. Anything else
// is an error.
func NormalizeDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if m := isoDateRe.FindStringSubmatch(s); m != nil {
		return ymd(s, m[1], m[2], m[3])
	}
	if m := compactRe.FindStringSubmatch(s); m != nil {
		return ymd(s, m[1], m[2], m[3])
	}
	if m := dayFirstRe.FindStringSubmatch(s); m != nil {
		return ymd(s, m[3], m[2], m[1])
	}
	if m := hanDateRe.FindStringSubmatch(s); m != nil {
		return ymd(s, m[1], m[2], m[3])
	}
	for _, layout := range textLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	for _, layout := range monthLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01"), nil
		}
	}
	return "", fmt.Errorf("date %q: not a date (want YYYY-MM-DD, YYYY-MM or YYYY)", s)
}

// ymd checks and formats a year, month and day, of which month and day may
// be empty.
func ymd(s, y, m, d string) (string, error) {
	year, _ := strconv.Atoi(y)
	month, day := 1, 1
	if m != "" {
		month, _ = strconv.Atoi(m)
	}
	if d != "" {
		day, _ = strconv.Atoi(d)
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if year < 1000 || t.Year() != year || int(t.Month()) != month || t.Day() != day {
		return "", fmt.Errorf("date %q: no such day", s)
	}
	switch {
	case m == "":
		return t.Format("2006"), nil
	case d == "":
		return t.Format("2006-01"), nil
	}
	return t.Format("2006-01-02"), nil
}

// NormalizeLanguage turns a language tag (en, en-US, zh_Hans_CN, RU) into
// its ISO 639 base language, the two-letter ISO 639-1 code where there is
// one. Anything that is not a language tag is an error.
func NormalizeLanguage(s string) (string, error) {
	s = strings.TrimSpace(s)
	tag, err := language.Parse(strings.ReplaceAll(s, "_", "-"))
	if err != nil {
		return "", fmt.Errorf("language %q: not a language tag", s)
	}
	base, conf := tag.Base()
	if conf != language.Exact || base.String() == "und" {
		return "", fmt.Errorf("language %q: not a language tag", s)
	}
	return base.String(), nil
}
