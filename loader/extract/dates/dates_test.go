package dates

import (
	"fmt"
	"testing"
	"time"

	dps "github.com/markusmobius/go-dateparser"
)

func TestFind(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string // Text=ISO
	}{
		{"en", "On March 28, a forum was held.", []string{"March 28=XXXX-03-28"}},
		{"en", "WUHAN, China, April 2, 2024 /PRNewswire/", []string{"April 2, 2024=2024-04-02"}},
		{"en", "On the morning of July 19, the conference opened.", []string{"July 19=XXXX-07-19"}},
		{"en", "in March of this year the leaders met", []string{"March of this year=XXXX-03"}},
		{"en", "It was founded in May 2019. You may come.", []string{"May 2019=2019-05"}},
		{"en", "on 5 September 2023 in Kazan", []string{"5 September 2023=2023-09-05"}},
		{"de", "Am 28. März fand eine Veranstaltung statt.", []string{"28. März=XXXX-03-28"}},
		{"de", "WUHAN, China, 2. April 2024 /PRNewswire/", []string{"2. April 2024=2024-04-02"}},
		{"de", "Im Oktober 2023 und im Mai kamen Gäste.", []string{"Oktober 2023=2023-10", "Mai=XXXX-05"}},
		{"de", "Der Vertrag vom 28.03.2024 gilt.", []string{"28.03.2024=2024-03-28"}},
		{"nl", "Gehouden op 11 juli, markeerde dit evenement een mijlpaal.", []string{"11 juli=XXXX-07-11"}},
		{"nl", "Op 3 december 2022 bezocht de missie Kazan.", []string{"3 december 2022=2022-12-03"}},
		{"ru", "19 июля 2023 года в Новосибирске прошёл форум.", []string{"19 июля 2023=2023-07-19"}},
		{"ru", "В марте этого года стороны подписали соглашение.", []string{"марте этого года=XXXX-03"}},
		{"zh", "2023年7月19日上午，会议在金华举行。", []string{"2023年7月19日=2023-07-19"}},
		{"zh", "7月19日，中俄圆桌会议召开。", []string{"7月19日=XXXX-07-19"}},
		{"zh", "发布日期:2023-07-20 浏览次数:", []string{"2023-07-20=2023-07-20"}},
		{"fr", "Le 28 mars 2024, la délégation est arrivée.", []string{"28 mars 2024=2024-03-28"}},
		{"es", "El 28 de marzo de 2024 se firmó el acuerdo.", []string{"28 de marzo de 2024=2024-03-28"}},
		{"en", "Sixteen companies signed; 25 projects worth 121 billion yuan.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			var got []string
			for _, d := range Find(tt.text) {
				got = append(got, d.Text+"="+d.ISO())
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	tests := []struct {
		date      Date
		published string
		past      bool
		want      string
	}{
		{Date{Month: 10, Day: 22}, "2024-10-31", true, "2024-10-22"},
		{Date{Month: 12, Day: 20}, "2024-01-05", true, "2023-12-20"},
		{Date{Month: 1, Day: 10}, "2024-12-20", false, "2025-01-10"},
		{Date{Month: 7, Day: 11}, "", true, "XXXX-07-11"},
		{Date{Month: 3}, "2023-07-20", true, "2023-03"},
		{Date{Month: 3, ThisYear: true}, "2023-02-01", true, "2023-03"},
		{Date{Year: 2022, Month: 3, Day: 1}, "2024-10-31", true, "2022-03-01"},
		{Date{Month: 7, Day: 19}, "2023", true, "2023-07-19"},
	}
	for _, tt := range tests {
		if got := tt.date.Resolve(tt.published, tt.past); got != tt.want {
			t.Errorf("%+v.Resolve(%q, %v) = %q, want %q", tt.date, tt.published, tt.past, got, tt.want)
		}
	}
}

func TestPublished(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"en wire", "WUHAN, China, April 2, 2024 /PRNewswire/ -- On March 28, a forum was held.", "2024-04-02"},
		{"de wire", "WUHAN, China, 2. April 2024 /PRNewswire/ -- Am 28. März fand statt.", "2024-04-02"},
		{"zh label", "The 10th Forum\n发布日期:2023-07-20 浏览次数:\n\nOn July 19, it opened.", "2023-07-20"},
		{"source line", "Title here\n来源:example.com - Nachricht2024-10-31 11:08:24\nAm 22. Oktober fand statt.", "2024-10-31"},
		{"date field", " date 2024-04-02 MOSCOW, Russia -- text", "2024-04-02"},
		{"ru label", "Опубликовано: 5 марта 2024\nВ Казани прошёл форум.", "2024-03-05"},
		{"none", "Een Nieuw Hoofdstuk\n\nGehouden op 11 juli, markeerde dit evenement.", ""},
		{"ru date line", "Предприниматели побывали в Харбине\n20 июня 2024 года\n\n17 июня открылась выставка.", "2024-06-20"},
		{"en date line", "Kazan hosts forum\nMarch 3, 2024\nThe forum opened on March 1.", "2024-03-03"},
		{"es date line", "Foro en Shanghái\n4 de julio de 2024\nEl 2 de julio se celebró.", "2024-07-04"},
		{"short body line with a date is not publication", "Forum\nIt opened March 3, 2024 in Kazan.", ""},
		{"body date is not publication", "The delegation arrived on March 3, 2024 in Kazan and met the governor.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Published(tt.text); got != tt.want {
				t.Errorf("Published(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestAgreesWithDateparser checks the scanner against go-dateparser on full
// dates in every language both handle.
func TestAgreesWithDateparser(t *testing.T) {
	tests := []struct{ lang, text string }{
		{"en", "April 2, 2024"}, {"en", "5 September 2023"}, {"de", "28. März 2024"},
		{"de", "3. Dezember 2022"}, {"nl", "11 juli 2024"}, {"nl", "3 december 2022"},
		{"ru", "19 июля 2023"}, {"ru", "1 февраля 2021"}, {"zh", "2023年7月19日"},
		{"fr", "28 mars 2024"}, {"fr", "14 juillet 2020"}, {"es", "28 de marzo de 2024"},
		{"es", "3 de noviembre de 2022"},
	}
	for _, tt := range tests {
		ds := Find(tt.text)
		if len(ds) != 1 {
			t.Errorf("Find(%q) = %v, want one date", tt.text, ds)
			continue
		}
		ref, err := dps.Parse(&dps.Configuration{Languages: []string{tt.lang}}, tt.text)
		if err != nil {
			t.Fatalf("dateparser %q: %v", tt.text, err)
		}
		if want := ref.Time.Format(time.DateOnly); ds[0].ISO() != want {
			t.Errorf("Find(%q) = %s, go-dateparser says %s", tt.text, ds[0].ISO(), want)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	text := "Am 28. März fand eine Austauschaktivität statt. On March 28, an exchange activity was held in Wuhan. 19 июля 2023 года в Новосибирске прошёл форум. "
	for len(text) < 10000 {
		text += text
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text)
	}
}
