package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"time"

	"github.com/bilateral/bilateral/graph"
)

// loadedAt is the load time every fixture article carries, so that dumps
// compare whole.
var loadedAt = time.Date(2025, 1, 15, 9, 30, 0, 0, time.UTC)

// builder assembles one article's graph; every claim gets the one Source
// the contract requires, for this article.
type builder struct{ g graph.ArticleGraph }

// article starts an article with its id, language and publication date.
func article(id, lang, published string) *builder {
	text := "Invented test article " + id + "."
	sum := sha256.Sum256([]byte(text))
	return &builder{g: graph.ArticleGraph{Article: graph.Article{
		ID:          id,
		Source:      id + ".txt",
		URL:         "https://news.example.org/" + id,
		Title:       "Article " + id,
		Language:    lang,
		Published:   published,
		ContentHash: hex.EncodeToString(sum[:]),
		LoadedAt:    loadedAt,
		Text:        text,
	}}}
}

// source is this article's support with the evidence sentence.
func (b *builder) source(sentence string) []graph.Source {
	b.g.Article.Text += " " + sentence
	return []graph.Source{{ArticleID: b.g.Article.ID, Sentence: sentence, Language: b.g.Article.Language}}
}

// entity adds a claim about e (a prototype without sources), stated by
// sentence. Options change the claim (another name, a partial date...).
func (b *builder) entity(e graph.Entity, sentence string, opts ...func(*graph.Entity)) *builder {
	e.Aliases = slices.Clone(e.Aliases)
	e.Roles = slices.Clone(e.Roles)
	e.MergedIDs = slices.Clone(e.MergedIDs)
	for _, o := range opts {
		o(&e)
	}
	e.Sources = b.source(sentence)
	b.g.Entities = append(b.g.Entities, e)
	return b
}

// entities adds claims about each e, with a generic sentence.
func (b *builder) entities(es ...graph.Entity) *builder {
	for _, e := range es {
		b.entity(e, "The article names "+e.Name+".")
	}
	return b
}

// rel adds a relation claim; opts set Role, Agreement or Confidence.
func (b *builder) rel(t graph.RelType, from, to graph.Entity, sentence string, opts ...func(*graph.Relation)) *builder {
	r := graph.Relation{ID: graph.RelationID(t, from.ID, to.ID), Type: t, From: from.ID, To: to.ID, Confidence: 0.9}
	for _, o := range opts {
		o(&r)
	}
	r.Sources = b.source(sentence)
	b.g.Relations = append(b.g.Relations, r)
	return b
}

// located adds LOCATED_IN claims along a chain: chain[0] in chain[1] in ...
func (b *builder) located(chain ...graph.Entity) *builder {
	for i := 0; i+1 < len(chain); i++ {
		b.rel(graph.RelLocatedIn, chain[i], chain[i+1], "Gazetteer: "+chain[i].Name+" lies in "+chain[i+1].Name+".")
	}
	return b
}

func (b *builder) build() graph.ArticleGraph { return b.g }

// Claim options.
func named(name string, aliases ...string) func(*graph.Entity) {
	return func(e *graph.Entity) { e.Name, e.Aliases = name, aliases }
}
func dated(d string) func(*graph.Entity)       { return func(e *graph.Entity) { e.Date = d } }
func country(c string) func(*graph.Entity)     { return func(e *graph.Entity) { e.Country = c } }
func merged(ids ...string) func(*graph.Entity) { return func(e *graph.Entity) { e.MergedIDs = ids } }
func role(r string) func(*graph.Relation)      { return func(rel *graph.Relation) { rel.Role = r } }
func agreement(a string) func(*graph.Relation) {
	return func(rel *graph.Relation) { rel.Agreement = a }
}

// The invented world: real places, invented bodies, people and events.
var (
	cn       = graph.Entity{ID: "region:CN", Kind: graph.KindRegion, Name: "China", Country: "CN", Level: graph.LevelCountry, Code: "CN"}
	hlj      = graph.Entity{ID: "region:CN-HL", Kind: graph.KindRegion, Name: "Heilongjiang", Country: "CN", Level: graph.LevelProvince, Code: "CN-HL"}
	harbin   = graph.Entity{ID: "region:CN-230100", Kind: graph.KindRegion, Name: "Harbin", Country: "CN", Level: graph.LevelCity, Code: "230100"}
	nangang  = graph.Entity{ID: "region:CN-230103", Kind: graph.KindRegion, Name: "Nangang District", Aliases: []string{"Nángǎng Qū"}, Country: "CN", Level: graph.LevelDistrict, Code: "230103"}
	ru       = graph.Entity{ID: "region:RU", Kind: graph.KindRegion, Name: "Russia", Country: "RU", Level: graph.LevelCountry, Code: "RU"}
	tatar    = graph.Entity{ID: "region:RU-TA", Kind: graph.KindRegion, Name: "Republic of Tatarstan", Aliases: []string{"Tatarstan"}, Country: "RU", Level: graph.LevelProvince, Code: "RU-TA"}
	kazan    = graph.Entity{ID: "region:RU-TA-KAZ", Kind: graph.KindRegion, Name: "Kazan", Country: "RU", Level: graph.LevelCity, Code: "92401"}
	chamber  = graph.Entity{ID: "org:RU:tatarstan-chamber", Kind: graph.KindOrganisation, Name: "Chamber of Commerce and Industry of the Republic of Tatarstan", Country: "RU", OrgType: graph.OrgAssociation}
	volga    = graph.Entity{ID: "org:RU:volga-trucks", Kind: graph.KindOrganisation, Name: "Volga Trucks", Country: "RU", OrgType: graph.OrgCompany}
	bureau   = graph.Entity{ID: "org:CN:harbin-commerce-bureau", Kind: graph.KindOrganisation, Name: "Harbin Municipal Bureau of Commerce", Country: "CN", OrgType: graph.OrgGovernment}
	songhua  = graph.Entity{ID: "org:CN:songhua-machinery", Kind: graph.KindOrganisation, Name: "Songhua Machinery", Country: "CN", OrgType: graph.OrgCompany}
	safin    = graph.Entity{ID: "official:RU:rustam-safin", Kind: graph.KindOfficial, Name: "Rustam Safin", Country: "RU", Roles: []string{"president of the chamber"}}
	zhao     = graph.Entity{ID: "official:CN:zhao-lin", Kind: graph.KindOfficial, Name: "Zhao Lin", Country: "CN", Roles: []string{"head of the district"}}
	forum    = graph.Entity{ID: "event:2024-06-14:CN-230103:forum", Kind: graph.KindEvent, Name: "Harbin Russian-Chinese Industrial Forum", Date: "2024-06-14", EventType: graph.EventForum, Status: graph.EventOccurred}
	expo     = graph.Entity{ID: "event:2023-09-05:RU-TA-KAZ:exhibition", Kind: graph.KindEvent, Name: "Kazan Machinery Expo", Date: "2023-09-05", EventType: graph.EventExhibition, Status: graph.EventOccurred}
	signing  = graph.Entity{ID: "event:2024-02-20:CN-230103:signing", Kind: graph.KindEvent, Name: "Nangang signing ceremony", Date: "2024-02-20", EventType: graph.EventSigning, Status: graph.EventOccurred}
	roundtbl = graph.Entity{ID: "event:2024-11:RU-TA-KAZ:roundtable", Kind: graph.KindEvent, Name: "Kazan roundtable on cross-border logistics", Date: "2024-11", EventType: graph.EventRoundtable, Status: graph.EventOccurred}
)

// Sentences the tests look for.
const (
	sForumChamber  = "Representatives of the Tatarstan Chamber of Commerce attended the forum in Nangang District."
	sForumHost     = "The forum was hosted by Nangang District together with the Harbin Municipal Bureau of Commerce."
	sForumRUAttend = "Торгово-промышленная палата Татарстана приняла участие в форуме в Харбине."
	sVisit         = "Делегация Республики Татарстан посетила Харбин."
	sSigningVolga  = "Volga Trucks und der Bezirk Nangang unterzeichneten eine Absichtserklärung."
)

// forumEN: an English report of the Harbin forum.
func forumEN() graph.ArticleGraph {
	return article("a-forum-en", "en", "2024-06-15").
		entities(cn, hlj, harbin, ru, tatar).
		entity(nangang, "The forum opened in Nangang District of Harbin.").
		entity(chamber, sForumChamber).
		entity(bureau, sForumHost).
		entity(safin, "Rustam Safin, president of the chamber, led the delegation.").
		entity(zhao, "Zhao Lin, head of the district, welcomed the guests.").
		entity(forum, "The Harbin Russian-Chinese Industrial Forum took place on 14 June 2024.").
		located(nangang, harbin, hlj, cn).
		located(tatar, ru).
		located(forum, nangang).
		rel(graph.RelHosted, nangang, forum, sForumHost).
		rel(graph.RelHosted, bureau, forum, sForumHost).
		rel(graph.RelAttended, chamber, forum, sForumChamber).
		rel(graph.RelAttended, safin, forum, "Rustam Safin, president of the chamber, led the delegation.").
		rel(graph.RelAttended, zhao, forum, "Zhao Lin, head of the district, welcomed the guests.").
		rel(graph.RelRepresents, safin, chamber, "Rustam Safin, president of the chamber, led the delegation.", role("president of the chamber")).
		rel(graph.RelRepresents, zhao, nangang, "Zhao Lin, head of the district, welcomed the guests.", role("head of the district")).
		build()
}

// forumRU: a Russian report of the same forum, with Russian names, a
// partial date and a visit.
func forumRU() graph.ArticleGraph {
	return article("a-forum-ru", "ru", "2024-06-17").
		entity(harbin, "Форум прошёл в Харбине.", named("Харбин")).
		entities(cn, ru, hlj).
		entity(tatar, sVisit, named("Республика Татарстан")).
		entity(chamber, sForumRUAttend, named("Торгово-промышленная палата Республики Татарстан")).
		entity(safin, "Рустам Сафин выступил на форуме.", named("Рустам Сафин")).
		entity(forum, "Российско-китайский промышленный форум прошёл в июне.", named("Российско-китайский промышленный форум"), dated("2024-06")).
		located(harbin, hlj, cn).
		located(tatar, ru).
		rel(graph.RelAttended, chamber, forum, sForumRUAttend).
		rel(graph.RelAttended, safin, forum, "Рустам Сафин выступил на форуме.").
		rel(graph.RelVisited, tatar, harbin, sVisit).
		build()
}

// expoZH: a Chinese report of the Kazan expo, where a supply agreement was
// signed.
func expoZH() graph.ArticleGraph {
	const s = "松花机械与伏尔加卡车在喀山机械博览会上签署供货协议。"
	return article("a-expo-zh", "zh", "2023-09-08").
		entities(ru, tatar, kazan).
		entity(volga, s, named("Volga Trucks", "伏尔加卡车")).
		entity(songhua, s, named("Songhua Machinery", "松花机械")).
		entity(expo, s, named("喀山机械博览会")).
		located(kazan, tatar, ru).
		located(expo, kazan).
		rel(graph.RelHosted, volga, expo, "伏尔加卡车主办了博览会。").
		rel(graph.RelAttended, songhua, expo, s).
		rel(graph.RelSigned, volga, expo, s, agreement("supply agreement")).
		rel(graph.RelSigned, songhua, expo, s, agreement("supply agreement")).
		build()
}

// signingDE: a German report of a signing in Nangang.
func signingDE() graph.ArticleGraph {
	return article("a-signing-de", "de", "2024-02-21").
		entities(cn, hlj, harbin).
		entity(nangang, sSigningVolga, named("Bezirk Nangang")).
		entity(volga, sSigningVolga, named("Volga Trucks")).
		entity(zhao, "Bezirksleiter Zhao Lin war anwesend.").
		entity(signing, "Die Unterzeichnung fand am 20. Februar 2024 statt.", named("Unterzeichnung in Nangang")).
		located(nangang, harbin, hlj, cn).
		located(signing, nangang).
		rel(graph.RelSigned, volga, signing, sSigningVolga, agreement("letter of intent")).
		rel(graph.RelSigned, nangang, signing, sSigningVolga, agreement("letter of intent")).
		rel(graph.RelAttended, zhao, signing, "Bezirksleiter Zhao Lin war anwesend.").
		build()
}

// roundtableNL: a Dutch report of a roundtable in Kazan with a month-only
// date.
func roundtableNL() graph.ArticleGraph {
	const s = "De Kamer van Koophandel van Tatarstan organiseerde in november een rondetafel in Kazan met het handelsbureau van Harbin."
	return article("a-roundtable-nl", "nl", "2024-11-30").
		entities(ru, tatar, kazan).
		entity(chamber, s, named("Kamer van Koophandel van Tatarstan")).
		entity(bureau, s, named("Handelsbureau van Harbin")).
		entity(roundtbl, s, named("Rondetafel over grensoverschrijdende logistiek")).
		located(kazan, tatar, ru).
		located(roundtbl, kazan).
		rel(graph.RelHosted, chamber, roundtbl, s).
		rel(graph.RelAttended, bureau, roundtbl, s).
		build()
}

// corpus is every fixture article.
func corpus() []graph.ArticleGraph {
	return []graph.ArticleGraph{forumEN(), forumRU(), expoZH(), signingDE(), roundtableNL()}
}

// lone builds an article about entities with no relations between them.
func lone(id string, es ...graph.Entity) graph.ArticleGraph {
	return article(id, "en", "2024-01-10").entities(es...).build()
}

// withSuffix returns a copy of e with id and name made unique by suffix,
// for synthetic graphs.
func withSuffix(e graph.Entity, suffix string) graph.Entity {
	e.ID += ":" + suffix
	e.Name += " " + strings.ToUpper(suffix)
	e.Aliases = nil
	return e
}
