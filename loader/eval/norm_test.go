package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bilateral/bilateral/graph"
)

// trickyNames are names whose normalisation is easy to get wrong.
var trickyNames = []struct{ in, want string }{
	{"", ""},
	{"Jiangxia District", "jiangxia district"},
	{"  OPORA   Russia  ", "opora russia"},
	{"Seán O’Brien", "sean o brien"},
	{"People’s Congress", "people s congress"},
	{"Großstraße", "grossstrasse"},
	{"GROSSSTRASSE", "grossstrasse"},
	{"ẞ", "ss"},
	{"Österreich–Ungarn", "osterreich ungarn"},
	{"Новосибирская область", "новосибирская область"},
	{"НОВОСИБИРСК", "новосибирск"},
	{"Пётр Иванов", "петр иванов"}, // й and ё lose their marks, as in score.py
	{"Йошкар-Ола", "иошкар ола"},
	{"ΣΟΦΙΑ σοφια ς", "σοφια σοφια σ"},
	{"黑龙江省", "黑龙江省"},
	{"江夏区 (武汉)", "江夏区 武汉"},
	{"ｆｕｌｌ－ｗｉｄｔｈ　ＡＢＣ１２３", "full width abc123"},
	{"ﬁnance ﬂow", "finance flow"},
	{"№ 5 — Ⅻ ²", "no 5 xii 2"},
	{"İstanbul", "istanbul"},
	{"e\u0301cole", "ecole"},
	{"A...B---C///D", "a b c d"},
	{"dzwww.com", "dzwww com"},
	{"Ꭰ ꭰ", "Ꭰ Ꭰ"}, // Cherokee folds to upper case
}

func TestNorm(t *testing.T) {
	for _, tt := range trickyNames {
		if got := Norm(tt.in); got != tt.want {
			t.Errorf("Norm(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNormMatchesPython compares Norm with score.py's norm() on the tricky
// names and on every code point Python's Unicode database assigns, alone
// and between two letters.
func TestNormMatchesPython(t *testing.T) {
	if testing.Short() {
		t.Skip("compares a million code points; skipped with -short")
	}
	py, script := python(t)
	const prog = `
import json, sys, unicodedata
sys.path.insert(0, sys.argv[1])
from score import norm
out = []
for s in json.load(sys.stdin):
    out.append("s\t%s\t%s" % (json.dumps(s), json.dumps(norm(s))))
for cp in range(0x110000):
    c = chr(cp)
    if 0xD800 <= cp <= 0xDFFF or unicodedata.category(c) == "Cn":
        continue
    out.append("c\t%x\t%s" % (cp, json.dumps(norm(c) + "|" + norm("a" + c + "b"))))
sys.stdout.write("\n".join(out) + "\n")
`
	var names []string
	for _, tt := range trickyNames {
		names = append(names, tt.in)
	}
	in, _ := json.Marshal(names)
	cmd := exec.Command(py, "-c", prog, strings.TrimSuffix(script, "/score.py"))
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python norm: %v", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	var diffs, total int
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		var got, want string
		if err := json.Unmarshal([]byte(f[2]), &want); err != nil {
			t.Fatal(err)
		}
		switch f[0] {
		case "s":
			var s string
			if err := json.Unmarshal([]byte(f[1]), &s); err != nil {
				t.Fatal(err)
			}
			f[1], got = strconv.Quote(s), Norm(s)
		case "c":
			cp, _ := strconv.ParseUint(f[1], 16, 32)
			c := string(rune(cp))
			f[1], got = "U+"+strings.ToUpper(f[1]), Norm(c)+"|"+Norm("a"+c+"b")
		}
		total++
		if got != want {
			if diffs++; diffs <= 20 {
				t.Errorf("Norm(%s) = %q, score.py %q", f[1], got, want)
			}
		}
	}
	if diffs > 0 || total < 200000 {
		t.Errorf("%d of %d inputs differ", diffs, total)
	}
}

// TestFoldNameAgrees checks that graph.FoldName, which the rest of the
// project matches names with, agrees with the scorer's Norm on names in
// every supported language; a disagreement means the graph merges names
// that the scorer tells apart, or the reverse.
func TestFoldNameAgrees(t *testing.T) {
	for _, tt := range trickyNames {
		if strings.ContainsAny(tt.in, "Ꭰꭰ") {
			continue // known: graph.FoldName keeps golang.org/x/text's lower-case Cherokee
		}
		if got, want := graph.FoldName(tt.in), Norm(tt.in); got != want {
			t.Errorf("graph.FoldName(%q) = %q, Norm = %q", tt.in, got, want)
		}
	}
	if testing.Short() {
		return
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if (r >= 0x13A0 && r <= 0x13FD) || (r >= 0xAB70 && r <= 0xABBF) || !utf8.ValidRune(r) {
			continue
		}
		s := "a" + string(r) + "b"
		if got, want := graph.FoldName(s), Norm(s); got != want {
			t.Errorf("graph.FoldName(%q) = %q, Norm = %q", s, got, want)
		}
	}
}
