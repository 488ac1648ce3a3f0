package resolve

import (
	"strings"

	"github.com/bilateral/bilateral/graph"
)

// The id prefixes, one per kind.
const (
	regionPrefix   = "region:"
	orgPrefix      = "org:"
	officialPrefix = "official:"
	eventPrefix    = "event:"
)

// unknownCountry stands for a country nobody gave.
const unknownCountry = "xx"

// kindOf returns the kind an id was made for, from its prefix; "" if the id
// was not made by this package.
func kindOf(id string) graph.Kind {
	switch {
	case strings.HasPrefix(id, regionPrefix):
		return graph.KindRegion
	case strings.HasPrefix(id, orgPrefix):
		return graph.KindOrganisation
	case strings.HasPrefix(id, officialPrefix):
		return graph.KindOfficial
	case strings.HasPrefix(id, eventPrefix):
		return graph.KindEvent
	}
	return ""
}

func countrySegment(country string) string {
	if country == "" {
		return unknownCountry
	}
	return strings.ToLower(country)
}

// RegionID is the id of the region with a gazetteer code: "region:CN-420115".
func RegionID(code string) string { return regionPrefix + code }

// UncodedRegionID is the id of a region the gazetteer does not know:
// "region:" + country (lower case, "xx" if unknown) + ":" + Slug(name). A
// gazetteer code never holds ":", so the two forms never collide. It is ""
// if the name has no letters or digits.
func UncodedRegionID(country, name string) string {
	s := Slug(name)
	if s == "" {
		return ""
	}
	return regionPrefix + countrySegment(country) + ":" + s
}

// OrganisationID is the id of an organisation: "org:" + country (lower
// case, "xx" if unknown) + ":" + OrgSlug(name), where name is the canonical
// name for organisations of the curated list. It is "" if the name has no
// letters or digits.
func OrganisationID(country, name string) string {
	s := OrgSlug(name)
	if s == "" {
		return ""
	}
	return orgPrefix + countrySegment(country) + ":" + s
}

// OfficialID is the id of an official: "official:" + country (lower case,
// "xx" if unknown) + ":" + PersonKey(name). It is "" if the name has no
// letters or digits.
func OfficialID(country, name string) string {
	k := PersonKey(name)
	if k == "" {
		return ""
	}
	return officialPrefix + countrySegment(country) + ":" + k
}

// EventID is the id of an event: "event:" + date + ":" + place + ":" + type,
// where place is the gazetteer code of the most specific region the event
// was held in and type its EventType ("other" if none).
//
// Only an event with a full date (YYYY-MM-DD) and a known place is
// identified across articles: two reports of it merge. Any other event (a
// date without year, day or at all, or no place) is identified within its
// article only: articleID, without its "article:" prefix, is appended
// ("event:2024-03:xx:meeting:8b206614999bc67f"), and an undated event has
// "undated" for its date. Merging such events across articles would join
// different occurrences too often (every "meeting in March" of one body);
// a merge judgement joins them where a person knows they are one.
func EventID(date, place string, t graph.EventType, articleID string) string {
	if t == "" {
		t = graph.EventOther
	}
	if place == "" {
		place = unknownCountry
	}
	if fullDate(date) && place != unknownCountry {
		return eventPrefix + date + ":" + place + ":" + string(t)
	}
	if date == "" {
		date = "undated"
	}
	return eventPrefix + date + ":" + place + ":" + string(t) + ":" + strings.TrimPrefix(articleID, "article:")
}

// fullDate reports whether d is a valid date with year, month and day.
func fullDate(d string) bool {
	return len(d) == len("2006-01-02") && !strings.HasPrefix(d, "XXXX") && graph.ValidDate(d)
}

// DistinctID is the id a distinct judgement gives to the claims of one
// article that the rules would have given id: id + "~" + the article id
// without its "article:" prefix.
func DistinctID(id, articleID string) string {
	return id + "~" + strings.TrimPrefix(articleID, "article:")
}
