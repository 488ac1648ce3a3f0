package extract

import "testing"

func TestHeadline(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"english headline", "Harbin Trade Fair Draws Russian Exporters\n\nOn June 5 the fair opened.", "Harbin Trade Fair Draws Russian Exporters"},
		{"german headline", "Russische Delegation besucht Wuhan\nAm 3. Mai kam eine Delegation.", "Russische Delegation besucht Wuhan"},
		{"russian headline", "Губернатор встретился с делегацией из Китая\nВ понедельник состоялась встреча.", "Губернатор встретился с делегацией из Китая"},
		{"chinese headline", "黑龙江省与俄罗斯企业签署合作协议\n6月5日，双方在哈尔滨签署协议。", "黑龙江省与俄罗斯企业签署合作协议"},
		{"body sentence first", "On March 28, an exchange activity was held in Wuhan.\nMore text.", ""},
		{"dateline", "WUHAN, China, April 2, 2024 /PRNewswire/ -- Text\nMore.", ""},
		{"publisher line", "发布日期:2023-07-20 浏览次数:\nText.", ""},
		{"only line", "A headline without a body", ""},
		{"too short", "Foto\nText follows here.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headline(tt.text); got != tt.want {
				t.Errorf("headline(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
