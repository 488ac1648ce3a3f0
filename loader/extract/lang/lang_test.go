package lang

import "testing"

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
