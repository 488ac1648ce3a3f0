package loader

import (
	"github.com/bilateral/bilateral/loader/gazetteer"
	"github.com/bilateral/bilateral/loader/resolve"
)

func defaultGazetteer() resolve.Gazetteer { return gazetteer.Default() }

// defaultExtractor is nil until package extract provides its extractor;
// New refuses to run without one.
func defaultExtractor() Extractor { return nil }
