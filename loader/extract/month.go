package extract

import "github.com/bilateral/bilateral/loader/extract/dates"

// monthWord reports whether w (lower case) is a month name.
func monthWord(w string) (int, bool) { return dates.Month(w) }
