package resolve

import (
	"testing"

	"github.com/bilateral/bilateral/graph"
)

const artA = "article:00000000000000aa"

func TestIDs(t *testing.T) {
	tests := []struct{ name, got, want string }{
		{"region", RegionID("CN-420115"), "region:CN-420115"},
		{"uncoded region", UncodedRegionID("RU", "Kolomna"), "region:ru:kolomna"},
		{"uncoded region no name", UncodedRegionID("RU", "!"), ""},
		{"organisation", OrganisationID("RU", "OPORA Russia"), "org:ru:opora-russia"},
		{"organisation no country", OrganisationID("", "Jinpan Technology Co., Ltd."), "org:xx:jinpan-technology"},
		{"official", OfficialID("CN", "Shu Guichuan"), "official:cn:guichuan-shu"},
		{"official reversed", OfficialID("CN", "Guichuan Shu"), "official:cn:guichuan-shu"},
		{"official han", OfficialID("CN", "舒贵川"), "official:cn:guichuan-shu"},
		{"official no name", OfficialID("CN", ""), ""},
		{"event across articles", EventID("2024-03-28", "CN-420115", graph.EventExchange, artA),
			"event:2024-03-28:CN-420115:exchange"},
		{"event untyped", EventID("2024-03-28", "RU-MOW", "", artA), "event:2024-03-28:RU-MOW:other"},
		{"event no place", EventID("2024-03-28", "", graph.EventForum, artA),
			"event:2024-03-28:xx:forum:00000000000000aa"},
		{"event month only", EventID("2024-03", "CN-42", graph.EventForum, artA),
			"event:2024-03:CN-42:forum:00000000000000aa"},
		{"event yearless", EventID("XXXX-07-11", "CN-42", graph.EventVisit, artA),
			"event:XXXX-07-11:CN-42:visit:00000000000000aa"},
		{"event undated", EventID("", "", graph.EventMeeting, artA),
			"event:undated:xx:meeting:00000000000000aa"},
		{"distinct", DistinctID("official:cn:liu-xin", artA), "official:cn:liu-xin~00000000000000aa"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

func TestFillYear(t *testing.T) {
	tests := []struct{ date, published, want string }{
		{"XXXX-03-28", "2024-04-02", "2024-03-28"},
		{"XXXX-12-30", "2024-01-05", "2023-12-30"}, // reported just after new year
		{"XXXX-01-10", "2023-12-20", "2024-01-10"}, // announced just before
		{"XXXX-07", "2024-06-30", "2024-07"},
		{"XXXX-02-29", "2024-03-01", "2024-02-29"},
		{"XXXX-02-29", "2023-03-01", "2024-02-29"}, // only a leap year has it
		{"XXXX-03-28", "", "XXXX-03-28"},
		{"XXXX-03-28", "2024", "2024-03-28"},
		{"2023-03-28", "2024-04-02", "2023-03-28"},
		{"", "2024-04-02", ""},
	}
	for _, tt := range tests {
		if got := fillYear(tt.date, tt.published); got != tt.want {
			t.Errorf("fillYear(%q, %q) = %q, want %q", tt.date, tt.published, got, tt.want)
		}
	}
}

func TestKindOf(t *testing.T) {
	for id, want := range map[string]graph.Kind{
		"region:CN": graph.KindRegion, "org:ru:x": graph.KindOrganisation,
		"official:cn:a-b": graph.KindOfficial, "event:2024:xx:other:1": graph.KindEvent, "x": "",
	} {
		if got := kindOf(id); got != want {
			t.Errorf("kindOf(%q) = %q, want %q", id, got, want)
		}
	}
}
