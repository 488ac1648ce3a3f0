package sentences

import (
	"slices"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"en simple", "The forum opened. Dr. Smith spoke first! Was it useful? Yes.",
			[]string{"The forum opened.", "Dr. Smith spoke first!", "Was it useful?", "Yes."}},
		{"en initial", "A. Kalinin arrived in Wuhan. He met the mayor.",
			[]string{"A. Kalinin arrived in Wuhan.", "He met the mayor."}},
		{"en company suffix", "Acme Co. Ltd. signed the deal. It was large.",
			[]string{"Acme Co. Ltd. signed the deal.", "It was large."}},
		{"de abbreviations and ordinals", "Am 22. Oktober kamen z. B. Vertreter aus Nr. 5 bzw. aus Berlin. Danach sprach Hr. Meier.",
			[]string{"Am 22. Oktober kamen z. B. Vertreter aus Nr. 5 bzw. aus Berlin.", "Danach sprach Hr. Meier."}},
		{"nl", "De missie vond plaats op 11 juli. Dhr. Jansen was erbij.",
			[]string{"De missie vond plaats op 11 juli.", "Dhr. Jansen was erbij."}},
		{"ru abbreviations", "Делегация прибыла в г. Новосибирск, т.е. в центр региона. Встреча прошла успешно.",
			[]string{"Делегация прибыла в г. Новосибирск, т.е. в центр региона.", "Встреча прошла успешно."}},
		{"zh punctuation", "论坛在武汉举行。双方签署了协议！会议成功吗？是的；很好",
			[]string{"论坛在武汉举行。", "双方签署了协议！", "会议成功吗？", "是的；", "很好"}},
		{"quotes", `"We welcome you," he said. "Thank you." She smiled.`,
			[]string{`"We welcome you," he said.`, `"Thank you."`, "She smiled."}},
		{"headline lines", "A New Chapter in Relations\n\nThe city hosted a mission.",
			[]string{"A New Chapter in Relations", "The city hosted a mission."}},
		{"wrapped line", "The delegation visited the\nindustrial park in May.",
			[]string{"The delegation visited the\nindustrial park in May."}},
		{"dateline", "WUHAN, China, April 2, 2024 /PRNewswire/ -- On March 28, a forum was held.",
			[]string{"WUHAN, China, April 2, 2024 /PRNewswire/", "On March 28, a forum was held."}},
		{"domain", "Source: example.com reported it. Next.",
			[]string{"Source: example.com reported it.", "Next."}},
		{"fr es", "M. Dupont a visité Lyon. El Sr. García firmó el acuerdo.",
			[]string{"M. Dupont a visité Lyon.", "El Sr. García firmó el acuerdo."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Split(tt.text) {
				if tt.text[s.Start:s.End] != s.Text {
					t.Fatalf("sentence %q does not match its offsets", s.Text)
				}
				got = append(got, s.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Split(%q) =\n%q\nwant\n%q", tt.text, got, tt.want)
			}
		})
	}
}
