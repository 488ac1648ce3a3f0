package extract_test

import (
	"fmt"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/loader/extract"
	"github.com/bilateral/bilateral/loader/gazetteer"
)

func ExampleExtractor_Extract() {
	x := extract.New(gazetteer.Default())
	res := x.Extract(graph.Article{Source: "note.txt", Published: "2024-10-31",
		Text: "Am 22. Oktober fand in Chongqing eine Konferenz statt. Li Wei, Bürgermeister der Stadt Chongqing, sagte, die Gäste seien willkommen."})
	names := map[string]string{}
	for _, e := range res.Entities {
		names[e.ID] = e.Name
		if e.Kind == graph.KindEvent {
			fmt.Println(e.Kind, e.Name, e.Date)
		}
	}
	for _, r := range res.Relations {
		fmt.Println(r.Type, names[r.From], "->", names[r.To])
	}
	// Output:
	// Event Konferenz 2024-10-22
	// REPRESENTS Li Wei -> Chongqing
	// HOSTED Chongqing -> Konferenz
	// ATTENDED Li Wei -> Konferenz
	// ATTENDED Chongqing -> Konferenz
}
