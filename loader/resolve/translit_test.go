package resolve

import "testing"

func TestSlug(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"latin", "Jiangxia District", "jiangxia-district"},
		{"accents and punctuation", "Büro für Öffentlichkeitsarbeit (Wuhan)", "buro-fur-offentlichkeitsarbeit-wuhan"},
		{"cyrillic", "Новосибирская область", "novosibirskaya-oblast"},
		{"cyrillic yo and soft sign", "Ёлкин Игорь", "elkin-igor"},
		{"han", "江夏区", "jiang-xia-qu"},
		{"mixed", "Tatneft 石油", "tatneft-shi-you"},
		{"empty", " -- ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Slug(tt.in); got != tt.want {
				t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestOrgSlug(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"english suffix", "Harbin Electric Co., Ltd.", "harbin-electric"},
		{"english limited", "Sino Trade Company Limited", "sino-trade"},
		{"german", "Schmidt Maschinenbau GmbH & Co. KG", "schmidt-maschinenbau"},
		{"russian prefix in cyrillic", "ООО «Сибирские Технологии»", "sibirskie-tekhnologii"},
		{"russian pjsc latin", "PJSC Rostelecom", "rostelecom"},
		{"chinese suffix before pinyin", "黑河边贸有限公司", "hei-he-bian-mao"},
		{"chinese joint stock", "大连重工股份有限公司", "da-lian-zhong-gong"},
		// A syllable that spells a legal form in Latin stays: 奥 is "ao".
		{"pinyin ao kept", "华奥", "hua-ao"},
		{"only a legal form", "LLC", "llc"},
		{"legal word inside kept", "Ltd Partners Agency", "partners-agency"},
		{"no legal form", "Russian Export Center", "russian-export-center"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := OrgSlug(tt.in); got != tt.want {
				t.Errorf("OrgSlug(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestPersonKey(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"western order", "Li Qiang", "li-qiang"},
		{"chinese order same key", "Qiang Li", "li-qiang"},
		{"han script", "王毅", "wang-yi"},
		{"han given name one word", "刘鹤", "he-liu"},
		{"han two-syllable given name", "赵乐际", "leji-zhao"},
		{"latin two-syllable given name", "Zhao Leji", "leji-zhao"},
		{"hyphenated given name", "Zhao Le-ji", "leji-zhao"},
		{"compound surname", "欧阳明高", "minggao-ouyang"},
		{"compound surname latin", "Ouyang Minggao", "minggao-ouyang"},
		{"surname reading", "曾培炎", "peiyan-zeng"},
		{"cyrillic", "Ирина Петрова", "irina-petrova"},
		{"patronymic dropped", "Ирина Сергеевна Петрова", "irina-petrova"},
		{"patronymic latin dropped", "Mikhail Vladimirovich Mishustin", "mikhail-mishustin"},
		{"two words never lose one", "Ivan Petrovich", "ivan-petrovich"},
		{"accents", "José Martínez", "jose-martinez"},
		{"spaces in han", "王 毅", "wang-yi"},
		{"empty", "  ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PersonKey(tt.in); got != tt.want {
				t.Errorf("PersonKey(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDataFilesParse(t *testing.T) {
	if len(cyrillic) < 33 {
		t.Errorf("cyrillic table has %d letters, want at least the 33 Russian ones", len(cyrillic))
	}
	if len(legalLatin) == 0 || len(legalHan) == 0 {
		t.Errorf("legal forms: %d latin, %d han, want both", len(legalLatin), len(legalHan))
	}
	for s, p := range surnames {
		if p == "" || Slug(p) != p {
			t.Errorf("surnames.tsv: %s has reading %q, want folded Latin", s, p)
		}
	}
}

func TestChineseName(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Shu Guichuan", true},
		{"Guichuan Shu", true},
		{"Wang Yi", true},
		{"Ouyang Minggao", true},
		{"Xi Jinping", true},
		{"Zhao Le-ji", true},
		{"舒贵川", true},
		{"欧阳明高", true},
		{"Alexander Kalinin", false},
		{"Ivan Petrov", false},
		{"Rustam Minnikhanov", false},
		{"Анна Ли", false},
		{"Li", false},
		{"Li Wei Ming Zhang", false},
		{"亚历山大·卡里宁", false},
		{"Sergei Lavrov", false},
		{"Jan de Vries", false},
	}
	for _, tt := range tests {
		if got := ChineseName(tt.in); got != tt.want {
			t.Errorf("ChineseName(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
