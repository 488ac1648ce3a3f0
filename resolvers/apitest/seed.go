package apitest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/bilateral/bilateral/graph"
)

// The seed is a small invented Russia–China graph written through
// WriteArticle, built by hand the way package loader would build it (ids by
// the rules of package loader/resolve, region hierarchy from the gazetteer
// in every article that mentions a region). It stands in for the sample
// corpus until the loader runs end to end; see LoadDir for the corpus.

// Ids of the seed's entities, for assertions.
const (
	IDRussia    = "region:RU"
	IDChina     = "region:CN"
	IDHubei     = "region:CN-42"
	IDWuhan     = "region:CN-4201"
	IDJiangxia  = "region:CN-420115"
	IDZhejiang  = "region:CN-33"
	IDHangzhou  = "region:CN-3301"
	IDHeilong   = "region:CN-23"
	IDHarbin    = "region:CN-2301"
	IDTatarstan = "region:RU-TA"
	IDNovosib   = "region:RU-NVS"
	IDMoscow    = "region:RU-MOW"

	IDOpora        = "org:ru:opora-russia"
	IDOporaOld     = "org:xx:opora" // merged into IDOpora
	IDExportCenter = "org:ru:russian-export-center"
	IDZjCommerce   = "org:cn:zhejiang-provincial-department-of-commerce"
	IDNskChamber   = "org:ru:novosibirsk-chamber-of-commerce-and-industry"
	IDHarbinInvest = "org:cn:harbin-investment-promotion-bureau"

	IDKalinin = "official:ru:alexander-kalinin"
	IDShu     = "official:cn:guichuan-shu"
	IDSmirnov = "official:ru:igor-smirnov"
	IDLiu     = "official:cn:liu-wen"

	IDJiangxiaExchange = "event:2024-03-28:CN-420115:exchange"
	IDHangzhouSigning  = "event:2023-06-15:CN-3301:signing"
	IDHarbinForum      = "event:2023-09-07:CN-2301:forum"
	IDMoscowMission    = "event:2024-11:RU-MOW:mission"

	ArticleJiangxiaEN = "article:seed-jiangxia-en"
	ArticleJiangxiaDE = "article:seed-jiangxia-de"
	ArticleHangzhouZH = "article:seed-hangzhou-zh"
	ArticleHarbinRU   = "article:seed-harbin-ru"
	ArticleMissionNL  = "article:seed-mission-nl"
)

// builder assembles one article's claims.
type builder struct {
	g   graph.ArticleGraph
	ids map[string]bool
}

func newArticle(id, lang, title, published string) *builder {
	return &builder{
		g: graph.ArticleGraph{Article: graph.Article{
			ID: id, Source: id + ".txt", URL: "https://news.example/" + id, Title: title,
			Language: lang, Published: published, ContentHash: "sha256-" + id,
			LoadedAt: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC), Text: title,
		}},
		ids: map[string]bool{},
	}
}

func (b *builder) src(sentence string) []graph.Source {
	return []graph.Source{{ArticleID: b.g.Article.ID, Sentence: sentence, Language: b.g.Article.Language}}
}

func (b *builder) entity(e graph.Entity, sentence string) *builder {
	if b.ids[e.ID] {
		return b
	}
	b.ids[e.ID] = true
	e.Sources = b.src(sentence)
	b.g.Entities = append(b.g.Entities, e)
	return b
}

func (b *builder) rel(t graph.RelType, from, to, sentence string, opts ...func(*graph.Relation)) *builder {
	r := graph.Relation{ID: graph.RelationID(t, from, to), Type: t, From: from, To: to, Confidence: 0.9, Sources: b.src(sentence)}
	for _, o := range opts {
		o(&r)
	}
	b.g.Relations = append(b.g.Relations, r)
	return b
}

func role(s string) func(*graph.Relation)      { return func(r *graph.Relation) { r.Role = s } }
func agreement(s string) func(*graph.Relation) { return func(r *graph.Relation) { r.Agreement = s } }

// gazetteer regions: id → (name, level, country, parent, aliases).
var regions = map[string]struct {
	name, country, parent string
	level                 graph.RegionLevel
	aliases               []string
}{
	IDRussia:    {"Russia", "RU", "", graph.LevelCountry, []string{"Россия", "Russland", "俄罗斯"}},
	IDChina:     {"China", "CN", "", graph.LevelCountry, []string{"Китай", "中国"}},
	IDHubei:     {"Hubei", "CN", IDChina, graph.LevelProvince, []string{"湖北省", "Хубэй"}},
	IDWuhan:     {"Wuhan", "CN", IDHubei, graph.LevelCity, []string{"武汉市", "Ухань"}},
	IDJiangxia:  {"Jiangxia District", "CN", IDWuhan, graph.LevelDistrict, []string{"江夏区", "Bezirk Jiangxia", "район Цзянся"}},
	IDZhejiang:  {"Zhejiang", "CN", IDChina, graph.LevelProvince, []string{"浙江省", "Чжэцзян"}},
	IDHangzhou:  {"Hangzhou", "CN", IDZhejiang, graph.LevelCity, []string{"杭州市", "Ханчжоу"}},
	IDHeilong:   {"Heilongjiang", "CN", IDChina, graph.LevelProvince, []string{"黑龙江省", "Хэйлунцзян"}},
	IDHarbin:    {"Harbin", "CN", IDHeilong, graph.LevelCity, []string{"哈尔滨市", "Харбин"}},
	IDTatarstan: {"Tatarstan", "RU", IDRussia, graph.LevelProvince, []string{"Республика Татарстан", "鞑靼斯坦"}},
	IDNovosib:   {"Novosibirsk Oblast", "RU", IDRussia, graph.LevelProvince, []string{"Новосибирская область"}},
	IDMoscow:    {"Moscow", "RU", IDRussia, graph.LevelProvince, []string{"Москва", "Moskou", "莫斯科"}},
}

// region adds the region and its chain of parents with LOCATED_IN edges,
// as the resolver does from the gazetteer.
func (b *builder) region(id, sentence string) *builder {
	if b.ids[id] {
		return b
	}
	r := regions[id]
	if sentence == "" {
		sentence = "gazetteer: " + r.name
	}
	b.entity(graph.Entity{ID: id, Kind: graph.KindRegion, Name: r.name, Aliases: r.aliases,
		Country: r.country, Level: r.level, Code: id[len("region:"):]}, sentence)
	if r.parent != "" {
		b.region(r.parent, "")
		b.rel(graph.RelLocatedIn, id, r.parent, "gazetteer: "+r.name+" lies in "+regions[r.parent].name)
	}
	return b
}

// SeedGraphs returns the seed's article graphs, in writing order.
func SeedGraphs() []graph.ArticleGraph {
	var out []graph.ArticleGraph

	// English report of the Jiangxia exchange.
	s1 := "On 28 March 2024 a delegation of OPORA Russia led by its president Alexander Kalinin held an exchange with Jiangxia District in Wuhan."
	s2 := "Shu Guichuan, Party Secretary of Jiangxia District, welcomed the Russian guests."
	a := newArticle(ArticleJiangxiaEN, "en", "OPORA Russia delegation visits Jiangxia District", "2024-03-29").
		region(IDJiangxia, s1).region(IDRussia, s1).
		entity(graph.Entity{ID: IDOpora, Kind: graph.KindOrganisation, Name: "OPORA Russia", Country: "RU", OrgType: graph.OrgAssociation, MergedIDs: []string{IDOporaOld}}, s1).
		entity(graph.Entity{ID: IDKalinin, Kind: graph.KindOfficial, Name: "Alexander Kalinin", Country: "RU", Roles: []string{"president"}}, s1).
		entity(graph.Entity{ID: IDShu, Kind: graph.KindOfficial, Name: "Shu Guichuan", Country: "CN", Roles: []string{"Party Secretary of Jiangxia District"}}, s2).
		entity(graph.Entity{ID: IDJiangxiaExchange, Kind: graph.KindEvent, Name: "OPORA Russia exchange in Jiangxia District", Country: "CN", Date: "2024-03-28", EventType: graph.EventExchange, Status: graph.EventOccurred}, s1).
		rel(graph.RelLocatedIn, IDJiangxiaExchange, IDJiangxia, s1).
		rel(graph.RelAttended, IDOpora, IDJiangxiaExchange, s1).
		rel(graph.RelAttended, IDKalinin, IDJiangxiaExchange, s1).
		rel(graph.RelHosted, IDJiangxia, IDJiangxiaExchange, s1).
		rel(graph.RelAttended, IDShu, IDJiangxiaExchange, s2).
		rel(graph.RelRepresents, IDKalinin, IDOpora, s1, role("president")).
		rel(graph.RelRepresents, IDShu, IDJiangxia, s2, role("Party Secretary"))
	out = append(out, a.g)

	// German report of the same exchange: a second source.
	d1 := "Am 28. März 2024 besuchte eine Delegation von OPORA Russland unter Leitung von Alexander Kalinin den Bezirk Jiangxia."
	a = newArticle(ArticleJiangxiaDE, "de", "OPORA Russland zu Gast im Bezirk Jiangxia", "2024-03-30").
		region(IDJiangxia, d1).
		entity(graph.Entity{ID: IDOpora, Kind: graph.KindOrganisation, Name: "OPORA Russland", Country: "RU", OrgType: graph.OrgAssociation}, d1).
		entity(graph.Entity{ID: IDKalinin, Kind: graph.KindOfficial, Name: "Alexander Kalinin", Country: "RU"}, d1).
		entity(graph.Entity{ID: IDJiangxiaExchange, Kind: graph.KindEvent, Name: "Austausch im Bezirk Jiangxia", Country: "CN", Date: "2024-03-28", EventType: graph.EventExchange}, d1).
		rel(graph.RelLocatedIn, IDJiangxiaExchange, IDJiangxia, d1).
		rel(graph.RelAttended, IDOpora, IDJiangxiaExchange, d1).
		rel(graph.RelAttended, IDKalinin, IDJiangxiaExchange, d1).
		rel(graph.RelHosted, IDJiangxia, IDJiangxiaExchange, d1)
	out = append(out, a.g)

	// Chinese report of a signing in Hangzhou.
	z1 := "2023年6月15日，俄罗斯出口中心与浙江省商务厅在杭州签署了贸易合作备忘录。"
	z2 := "鞑靼斯坦共和国代表团出席了签约仪式。"
	a = newArticle(ArticleHangzhouZH, "zh", "俄罗斯出口中心与浙江省商务厅签署合作备忘录", "2023-06-16").
		region(IDHangzhou, z1).region(IDTatarstan, z2).
		entity(graph.Entity{ID: IDExportCenter, Kind: graph.KindOrganisation, Name: "Russian Export Center", Aliases: []string{"俄罗斯出口中心"}, Country: "RU", OrgType: graph.OrgGovernment}, z1).
		entity(graph.Entity{ID: IDZjCommerce, Kind: graph.KindOrganisation, Name: "Zhejiang Provincial Department of Commerce", Aliases: []string{"浙江省商务厅"}, Country: "CN", OrgType: graph.OrgGovernment}, z1).
		entity(graph.Entity{ID: IDHangzhouSigning, Kind: graph.KindEvent, Name: "Signing of a trade cooperation memorandum in Hangzhou", Country: "CN", Date: "2023-06-15", EventType: graph.EventSigning}, z1).
		rel(graph.RelLocatedIn, IDHangzhouSigning, IDHangzhou, z1).
		rel(graph.RelSigned, IDExportCenter, IDHangzhouSigning, z1, agreement("memorandum on trade cooperation")).
		rel(graph.RelSigned, IDZjCommerce, IDHangzhouSigning, z1, agreement("memorandum on trade cooperation")).
		rel(graph.RelHosted, IDHangzhou, IDHangzhouSigning, z1).
		rel(graph.RelAttended, IDTatarstan, IDHangzhouSigning, z2).
		rel(graph.RelLocatedIn, IDZjCommerce, IDZhejiang, z1)
	out = append(out, a.g)

	// Russian report of a forum in Harbin and a visit.
	r1 := "7 сентября 2023 года Новосибирская торгово-промышленная палата приняла участие в российско-китайском форуме в Харбине."
	r2 := "Заместитель губернатора Игорь Смирнов посетил Харбин и встретился с Лю Вэнем из Бюро по содействию инвестициям Харбина."
	a = newArticle(ArticleHarbinRU, "ru", "Новосибирские предприниматели на форуме в Харбине", "2023-09-08").
		region(IDHarbin, r1).region(IDNovosib, r2).
		entity(graph.Entity{ID: IDNskChamber, Kind: graph.KindOrganisation, Name: "Novosibirsk Chamber of Commerce and Industry", Aliases: []string{"Новосибирская торгово-промышленная палата"}, Country: "RU", OrgType: graph.OrgAssociation}, r1).
		entity(graph.Entity{ID: IDHarbinInvest, Kind: graph.KindOrganisation, Name: "Harbin Investment Promotion Bureau", Aliases: []string{"Бюро по содействию инвестициям Харбина"}, Country: "CN", OrgType: graph.OrgGovernment}, r2).
		entity(graph.Entity{ID: IDSmirnov, Kind: graph.KindOfficial, Name: "Igor Smirnov", Aliases: []string{"Игорь Смирнов"}, Country: "RU", Roles: []string{"deputy governor"}}, r2).
		entity(graph.Entity{ID: IDLiu, Kind: graph.KindOfficial, Name: "Liu Wen", Aliases: []string{"Лю Вэнь"}, Country: "CN"}, r2).
		entity(graph.Entity{ID: IDHarbinForum, Kind: graph.KindEvent, Name: "Russian–Chinese forum in Harbin", Country: "CN", Date: "2023-09-07", EventType: graph.EventForum}, r1).
		rel(graph.RelLocatedIn, IDHarbinForum, IDHarbin, r1).
		rel(graph.RelAttended, IDNskChamber, IDHarbinForum, r1).
		rel(graph.RelHosted, IDHarbinInvest, IDHarbinForum, r1).
		rel(graph.RelHosted, IDHarbin, IDHarbinForum, r1).
		rel(graph.RelRepresents, IDSmirnov, IDNovosib, r2, role("deputy governor")).
		rel(graph.RelRepresents, IDLiu, IDHarbinInvest, r2).
		rel(graph.RelVisited, IDSmirnov, IDHarbin, r2)
	out = append(out, a.g)

	// Dutch report of a planned Wuhan mission to Moscow.
	n1 := "In november 2024 wil een handelsmissie uit Wuhan naar Moskou reizen, waar de stad de delegatie ontvangt."
	a = newArticle(ArticleMissionNL, "nl", "Handelsmissie uit Wuhan naar Moskou gepland", "2024-10-01").
		region(IDWuhan, n1).region(IDMoscow, n1).
		entity(graph.Entity{ID: IDMoscowMission, Kind: graph.KindEvent, Name: "Wuhan trade mission to Moscow", Country: "RU", Date: "2024-11", EventType: graph.EventMission, Status: graph.EventPlanned}, n1).
		rel(graph.RelLocatedIn, IDMoscowMission, IDMoscow, n1).
		rel(graph.RelAttended, IDWuhan, IDMoscowMission, n1).
		rel(graph.RelHosted, IDMoscow, IDMoscowMission, n1)
	out = append(out, a.g)
	return out
}

// Seed writes the seed graphs to s, failing the test on any error.
func Seed(t testing.TB, s graph.Store) {
	t.Helper()
	for _, g := range SeedGraphs() {
		if _, err := s.WriteArticle(context.Background(), g); err != nil {
			t.Fatalf("seed: %v", err)
		}
	}
}

// Bulk writes n more articles, each a Russian company attending a forum in a
// Chinese district with its own source, so that tests can compare the cost
// of a query on a small and a larger graph.
func Bulk(t testing.TB, s graph.Store, n int) {
	t.Helper()
	for i := range n {
		id := fmt.Sprintf("article:bulk-%03d", i)
		sentence := fmt.Sprintf("Company %03d from Russia took part in a forum in Jiangxia District.", i)
		b := newArticle(id, "en", fmt.Sprintf("Company %03d at a forum in Jiangxia", i), "2024-05-01").
			region(IDJiangxia, sentence).
			entity(graph.Entity{ID: fmt.Sprintf("org:ru:company-%03d", i), Kind: graph.KindOrganisation, Name: fmt.Sprintf("Company %03d", i), Country: "RU", OrgType: graph.OrgCompany}, sentence).
			entity(graph.Entity{ID: fmt.Sprintf("event:2024-04-%02d:CN-420115:forum", i%28+1), Kind: graph.KindEvent, Name: "Forum in Jiangxia District", Country: "CN", Date: fmt.Sprintf("2024-04-%02d", i%28+1), EventType: graph.EventForum}, sentence)
		ev := fmt.Sprintf("event:2024-04-%02d:CN-420115:forum", i%28+1)
		b.rel(graph.RelAttended, fmt.Sprintf("org:ru:company-%03d", i), ev, sentence).
			rel(graph.RelLocatedIn, ev, IDJiangxia, sentence)
		if _, err := s.WriteArticle(context.Background(), b.g); err != nil {
			t.Fatalf("bulk: %v", err)
		}
	}
}
