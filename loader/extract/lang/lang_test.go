package lang

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"english", "The delegation visited the industrial park and signed a memorandum of understanding with the city government.", "en"},
		{"german", "Die Delegation besuchte den Industriepark und unterzeichnete eine Absichtserklärung mit der Stadtregierung.", "de"},
		{"dutch", "De delegatie bezocht het industriepark en ondertekende een intentieverklaring met het stadsbestuur.", "nl"},
		{"french", "La délégation a visité le parc industriel et a signé un protocole d'accord avec le gouvernement de la ville.", "fr"},
		{"spanish", "La delegación visitó el parque industrial y firmó un memorando de entendimiento con el gobierno de la ciudad.", "es"},
		{"russian", "Делегация посетила индустриальный парк и подписала меморандум о взаимопонимании с правительством города.", "ru"},
		{"chinese", "代表团参观了工业园区，并与市政府签署了合作备忘录。", "zh"},
		{"chinese with latin names", "2024年5月，OPORA代表团访问了武汉市江夏区，双方签署了合作协议。", "zh"},
		{"german with chinese source line", "来源:example.com 2024-10-31\nAm 22. Oktober fand in der Stadt eine Veranstaltung statt, an der zahlreiche Unternehmen aus der Provinz teilnahmen.", "de"},
		{"dutch with cyrillic name", "Volgens Интерфакс was de bijeenkomst een groot succes voor de regio en de deelnemende bedrijven uit het buitenland.", "nl"},
		{"no letters", "12345 -- 678", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.text); got != tt.want {
				t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func BenchmarkDetect(b *testing.B) {
	text := "Die Delegation besuchte den Industriepark und unterzeichnete eine Absichtserklärung mit der Stadtregierung. "
	for len(text) < 8000 {
		text += text
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Detect(text)
	}
}

// TestFunctionWordsAgree checks that the function-word fast path decides
// running prose of every Latin-script language, and the way the trigram
// profiles do.
func TestFunctionWordsAgree(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"english", "The mayor of the city said that the two regions have signed an agreement on trade and that the first projects will start this year. Companies from both countries were present at the meeting, which was held at the exhibition centre, and the delegation has visited a factory.", "en"},
		{"german", "Der Bürgermeister der Stadt sagte, dass die beiden Regionen eine Vereinbarung über den Handel unterzeichnet haben und die ersten Projekte noch in diesem Jahr beginnen. Unternehmen aus beiden Ländern waren bei dem Treffen anwesend, das im Messezentrum stattfand, und die Delegation besuchte auch eine Fabrik.", "de"},
		{"dutch", "De burgemeester van de stad zei dat de twee regio's een overeenkomst over handel hebben ondertekend en dat de eerste projecten dit jaar beginnen. Bedrijven uit beide landen waren aanwezig bij de bijeenkomst, die in het beurscentrum werd gehouden, en de delegatie bezocht ook een fabriek.", "nl"},
		{"french", "Le maire de la ville a déclaré que les deux régions ont signé un accord sur le commerce et que les premiers projets commenceront cette année. Des entreprises des deux pays étaient présentes à la réunion, qui a eu lieu dans le centre des expositions, et la délégation a aussi visité une usine.", "fr"},
		{"spanish", "El alcalde de la ciudad dijo que las dos regiones han firmado un acuerdo sobre el comercio y que los primeros proyectos comenzarán este año. Empresas de ambos países estuvieron presentes en la reunión, que se celebró en el centro de exposiciones, y la delegación visitó también una fábrica.", "es"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.text); got != tt.want {
				t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
			}
			if got := byProfile(tt.text); got != tt.want {
				t.Errorf("byProfile(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFunctionWordsVote(t *testing.T) {
	// Too few function words for the fast path: left to the profiles.
	short := "Die Delegation besuchte den Industriepark."
	if got, want := Detect(short), byProfile(short); got != want {
		t.Errorf("Detect(%q) = %q, want the profiles' %q", short, got, want)
	}
	// Mixed prose: an English text quoting German names still votes English.
	mixed := "The chairman of the Industrie- und Handelskammer said that the visit was useful and that the two sides will meet again. The delegation, which came from the city, has visited a plant and the port, and the talks were held at the town hall by the mayor."
	if got := Detect(mixed); got != "en" {
		t.Errorf("Detect(%q) = %q, want en", mixed, got)
	}
}

// TestArticlesAgree checks the fast path against the profiles on the
// package's own articles and the samples: both see the same sample.
func TestArticlesAgree(t *testing.T) {
	var files []string
	for _, dir := range []string{"../testdata/own", "../../../testdata/articles"} {
		fs, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Fatal("no articles")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		got := Detect(text)
		if got == "zh" || got == "ru" {
			continue
		}
		if len(text) > SampleBytes {
			text = strings.ToValidUTF8(text[:SampleBytes], "")
		}
		if want := byProfile(text); got != want {
			t.Errorf("Detect(%s) = %q, profiles say %q", filepath.Base(f), got, want)
		}
	}
}
