// Package resolve turns what the extractor read in one article (an
// extract.Result with local ids) into the article's claims for the store (a
// graph.ArticleGraph with global ids): it decides which node each mention
// is, so that the same region, organisation, official or event, reported by
// any article in any language and loaded into any store on any run, gets
// the same id, and the store can fold the claims into one node.
//
// # Identity
//
// An id is derived from what a thing is, never from load order:
//
//   - Region: "region:" + its gazetteer code ("region:CN-420115" for
//     Jiangxia District, "region:RU" for Russia). A region the gazetteer
//     does not know (rare: the extractor finds regions through it) is
//     "region:" + country + ":" + Slug(name), e.g. "region:ru:kolomna".
//   - Organisation: "org:" + country + ":" + OrgSlug(name), e.g.
//     "org:ru:opora-russia". For a body of the gazetteer's curated list
//     (found by the code the extractor gave, or by a name naming exactly one
//     listed body) the name is the list's canonical name and the country the
//     list's, so "OPORA Russland" and "OPORA Russia", or "Russisches
//     Exportzentrum" and "Russian Export Center", are one node. Other bodies
//     use the name as written with legal-form words (data/legalforms.txt:
//     "Co., Ltd.", "ООО", "有限公司", ...) dropped from its ends.
//   - Official: "official:" + country + ":" + PersonKey(name): the words of
//     the name, transliterated and folded, sorted, so "Shu Guichuan",
//     "Guichuan Shu" and 舒贵川 are "official:cn:guichuan-shu".
//   - Event: "event:" + date + ":" + place + ":" + type, where place is the
//     gazetteer code of the most specific region the event was held in (its
//     extracted Place, else the most specific region it is LOCATED_IN) and
//     type its EventType ("other" if none): "event:2024-03-28:CN-420115:exchange".
//     Two reports of one occurrence merge; two occurrences on other days,
//     in other places or of other kinds stay apart. See EventID for events
//     without a full date or a place: they are identified within their
//     article only. A date without a year (XXXX-03-28) first gets the year
//     that puts it nearest to the article's publication date.
//   - Relation: graph.RelationID(type, from, to), at most one edge of a type
//     between two nodes.
//
// Country is the ISO 3166-1 code in lower case, "xx" where nobody gave one;
// an official without one takes the country of what it REPRESENTS, else CN
// if the name is Chinese by its form (ChineseName: Han script, or Latin
// words that are all pinyin syllables); an organisation without one takes
// that of the region it is LOCATED_IN. Names
// become id segments by Transliterate (Cyrillic by the table in
// data/cyrillic.tsv, Chinese by pinyin via go-pinyin, with the surname
// readings of data/surnames.tsv) and graph.FoldName, words joined by "-".
// Spelling variants the rules cannot see (Aleksandr and Alexander
// Kalinin) are joined by a merge judgement.
//
// # What Resolve adds and checks
//
// Local entities that get the same id are one claim (names united,
// properties filled in). Regions and listed bodies take their canonical
// name, their names in every language as aliases, and country, level and
// code from the gazetteer. Every region the gazetteer knows brings its
// chain of parents up to the country, with LOCATED_IN edges between them
// (district → city → province → country; the evidence reads "gazetteer:
// Jiangxia District lies in Wuhan"), so "Chinese districts" finds Jiangxia
// where the article never says "China". These regions belong to the
// article's claims (retracting every article removes them) but not to the
// extractor's output. An event with a Place is LOCATED_IN it. Every claim
// has one Source: the article, the evidence sentence, the article's
// language. Each node and edge is checked with graph.Validate; what fails
// is left out and reported as a graph.Problem, never stored.
//
// # Judgements
//
// People correct identity in the judgement file, judgements.jsonl in the
// data directory: JSON Lines, applied in order from the top, blank lines and
// lines starting with # or // ignored. Each line is one Judgement:
//
//	{"op":"merge","keep":"org:ru:opora-russia","merge":"org:xx:opora","note":"same body"}
//	{"op":"distinct","id":"official:cn:liu-xin","article":"article:8b206614999bc67f"}
//	{"op":"unmerge","id":"org:xx:opora"}
//
// A merge (positive judgement) gives every claim the rules identify as
// merge the id keep; keep's MergedIDs list merge, so the old id still finds
// the node (graph.Store.Entity). A distinct (negative judgement) separates
// what the rules merged: the claims of that article with that id get
// DistinctID(id, article) ("official:cn:liu-xin~8b206614999bc67f"), which
// can itself be merged elsewhere. An unmerge takes back a merge of id, or
// every merge into id, or the distinct judgement that made id. Package
// loader appends a line for each correction made through the CLI or the API
// and rebuilds the articles concerned; a person editing the file runs a
// reload of the affected articles. Because judgements are applied when
// claims are resolved, loading articles again keeps the decisions.
package resolve
