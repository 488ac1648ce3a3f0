// Package extract reads the entities and relations out of one news article:
// the regions, organisations, officials and events it mentions and who
// attended, hosted, signed, visited or represented what, each with its
// evidence sentence, offsets, language and a confidence.
//
// The extractor is rule-based and multilingual (en, de, nl, ru, zh, fr,
// es). Its vocabularies are data in rules/*.txt (event triggers, role
// titles, organisation head words, cue words for modality, hosting,
// visiting, signing, ...), embedded at build time; regions, demonyms and
// well-known organisations come from package gazetteer. Sub-packages do
// language detection (lang), sentence splitting (sentences) and dates
// (dates).
//
// The rules, in the order Extract applies them:
//
//   - Regions are gazetteer matches; a level noun beside an ambiguous name
//     picks the level ("regio Novosibirsk" the oblast, "stad Novosibirsk"
//     the city), else a region the article names unambiguously elsewhere
//     ("Provinz Jilin" makes a bare "Jilin" the province); a direction
//     prefix glued to a country or province ("Zentralchina") is that
//     region. A bare district name ("Hongshan") counts only when the
//     article also names it with its level word or names its city or
//     province. Demonyms ("Russian", "chinesisch") never make a region on
//     their own; they give organisations and officials their country.
//   - Organisations are curated gazetteer matches plus name patterns around
//     a head word ("Ministry of ...", "... Committee", "Ministerium für ...",
//     "Ministerie van ...", "Министерство ...", "... 有限公司", "X
//     Technology"), companies listed after "such as / wie / zoals", and an
//     acronym or short name in parentheses right after a long name becomes
//     its alias. The country comes from a demonym, country or region inside
//     the name, else from the article's context.
//   - Officials are person names tied to a role title: "NAME, ROLE of BODY"
//     (the title may be a relative clause: "who heads", "qui dirige") and
//     "ROLE [BODY] NAME" (Russian titles and bodies in any case:
//     "с вице-губернатором провинции Хэйлунцзян Ван Ганом"); a capitalised
//     phrase right after "of / de / van" is the body, not a person. Foreign
//     names in Han script have a middle dot ("阿列克谢·彼得罗夫"). The body
//     of each role ("head of the district" → the article's district) is
//     what the official REPRESENTS. Later mentions by surname ("Shu
//     added") are the same person; Chinese names in either order are one
//     person. Authors in bylines are never officials.
//   - Events come from trigger nouns. The first trigger stated as a fact
//     with a date or a "held / fand statt / gehouden" verb is the main event;
//     later triggers of sub-activities (a signing ceremony, a side meeting,
//     a visit) and references ("the conference", "dit evenement") fold into
//     it. Its date is the date of that sentence (or a following one that
//     refers to it), resolved against the publication date; its place is the
//     most specific region the sentence puts it in, not one participants come
//     from.
//   - SIGNED goes from the parties named before the signing verb, or, in
//     the passive, after "between / zwischen / между" ("an agreement was
//     signed between X and Y"), with what was signed.
//   - Statements under a modal cue (will, plan, werden, zullen, планируют,
//     将, 拟, ...) give no ATTENDED, SIGNED or VISITED, and an event only
//     announced is kept with status planned and without participants.
//   - Everything is validated against graph's closed ontology before it is
//     returned (kinds, relation endpoints, vocabularies, countries, dates).
package extract
