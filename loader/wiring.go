package loader

import (
	"github.com/bilateral/bilateral/loader/extract"
	"github.com/bilateral/bilateral/loader/gazetteer"
	"github.com/bilateral/bilateral/loader/resolve"
)

func defaultGazetteer() resolve.Gazetteer { return gazetteer.Default() }

func defaultExtractor() Extractor { return extract.New(gazetteer.Default()) }
