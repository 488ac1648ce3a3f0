package gazetteer_test

import (
	"fmt"

	"github.com/bilateral/bilateral/loader/gazetteer"
)

func ExampleGazetteer_Match() {
	g := gazetteer.Default()
	for _, h := range g.Match("Die russische Delegation besuchte den Bezirk Jiangxia der Stadt Wuhan.") {
		fmt.Printf("%s → %s (%s, %s)\n", h.Text, h.Entry.Name, h.Entry.Code, h.Form)
	}
	for _, a := range g.Ancestors("CN-420115") {
		fmt.Println("in", a.Name)
	}
	// Output:
	// russische → Russia (RU, demonym)
	// Bezirk Jiangxia → Jiangxia District (CN-420115, name)
	// Stadt Wuhan → Wuhan (CN-4201, name)
	// in Wuhan
	// in Hubei
	// in China
}
