package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"parley/internal/testkit"
)

// seed builds a FuzzSession input the way decodeSession reads it, so the
// committed corpus starts from sessions that reach every screen.
type seed []byte

func newSeed(set, startOpts int) seed { return seed{byte(set&7 | (startOpts&3)<<3)} }

// keys presses keys by name (keyMsg names), each with a keyTable index.
func (s seed) keys(names ...string) seed {
	for _, n := range names {
		want := keyMsg(n)
		idx := -1
		for i, k := range keyTable {
			if k.Type == want.Type && string(k.Runes) == string(want.Runes) {
				idx = i
				break
			}
		}
		if idx < 0 || idx > 255 {
			panic(fmt.Sprintf("seed key %q not in the first 256 of keyTable", n))
		}
		s = append(s, 0, byte(idx))
	}
	return s
}

// text types runes from runeTable, as one message (paste when asked).
func (s seed) text(paste bool, runes ...rune) seed {
	op := byte(9)
	if paste {
		op = 10
	}
	if len(runes) > 6 { // one message holds at most 6 runes
		return s.text(paste, runes[:6]...).text(paste, runes[6:]...)
	}
	s = append(s, op, byte(len(runes)-1))
	for _, r := range runes {
		idx := -1
		for i, x := range runeTable {
			if x == r {
				idx = i
			}
		}
		if idx < 0 {
			panic(fmt.Sprintf("seed rune %q not in runeTable", r))
		}
		s = append(s, byte(idx))
	}
	return s
}

// background has the session query as on a big dataset.
func (s seed) background() seed { s[0] |= 1 << 5; return s }

func (s seed) size(w, h int) seed { return append(s, 11, byte(w), byte(w>>8), byte(h)) }

func (s seed) notable(i int) seed { return append(s, byte(12|i<<4)) }

func (s seed) mouse(b, a, x, y int) seed { return append(s, 13, byte(b), byte(a), byte(x), byte(y)) }

func (s seed) other(i int) seed { return append(s, byte(14|i<<4)) }

func sessionSeeds() map[string][]byte {
	return map[string][]byte{
		"empty":        {},
		"size-only":    newSeed(0, 0).size(80, 24),
		"keys-unsized": newSeed(0, 0).keys("j", "enter", "/", "a", "?", "esc", "q"),
		"tour-80x24": newSeed(0, 0).size(80, 24).keys("j", "j", "enter", "down", "down", "enter", "n", "N", "pgdown", "esc", "esc",
			"/").text(false, 'k', 'i', 'm').keys("enter", "a").text(false, 'm', 'o').keys("space", "ctrl+a", "enter", "?", "pgdown", "?", "x", "q"),
		"reader-120x40": newSeed(0, 1).size(120, 40).keys("enter", "enter", "n", "n", "G", "g", "esc", "backspace", "tab", "tab"),
		"related-jumps": newSeed(3, 0).size(100, 30).keys("tab", "G", "enter", "G", "enter", "backspace", "backspace", "esc"),
		"resize-storm": newSeed(5, 0).notable(0).keys("G").notable(1).notable(2).keys("enter").notable(3).notable(4).keys("enter").
			notable(5).notable(6).keys("?").notable(7).notable(8).notable(9).keys("esc", "a").notable(10).notable(11).size(300, 100).size(0, 0),
		"mouse": newSeed(5, 0).size(120, 40).mouse(1, 0, 10, 5).mouse(1, 0, 10, 5).mouse(0, 0, 10, 5).mouse(1, 0, 90, 5).
			keys("a").mouse(1, 0, 90, 5).keys("enter", "?").mouse(1, 0, 1, 1).keys("esc", "tab", "enter").mouse(1, 0, 5, 5),
		"paste-escape-into-actors": newSeed(0, 0).size(80, 24).keys("a").text(true, '\x1b', ']', '5', '2', ';', 'c', ';', '\a').
			text(true, '\u009b', '2', 'J', '\u202e', '\x00', '\r'),
		"paste-escape-into-search": newSeed(0, 0).size(80, 24).keys("/").text(true, '\x1b', '[', '2', 'J', '\u202e', '\u2066').
			keys("enter").text(true, '\x1b', '[', '2', 'J'),
		"wide-runes":       newSeed(1, 0).size(41, 11).keys("/").text(false, '한', '김', '😀', '\u200d', '\u0301').keys("esc", "a").text(false, '한'),
		"filtered-start":   newSeed(0, 2).size(60, 20).keys("a", "space", "space", "ctrl+x", "esc", "esc", "x"),
		"no-match-start":   newSeed(2, 3).size(50, 16).keys("esc", "/", "backspace", "enter", "G"),
		"generated-scroll": newSeed(5, 0).size(90, 20).keys("pgdown", "pgdown", "G", "pgup", "enter", "enter", "G", "esc", "a", "pgdown", "end", "space", "enter"),
		"other-messages":   newSeed(0, 0).other(0).size(80, 24).other(1).other(2).other(3).other(4).keys("j"),
		"ctrl-c":           newSeed(0, 0).size(80, 24).keys("/", "ctrl+c"),
		"alt-keys":         append(newSeed(0, 0).size(80, 24), 8, 100, 8, 40, 8, 3),
		"time-axis": newSeed(0, 0).size(120, 40).keys("t", "l", "l", "+", "+", "j", "c", "enter", "esc", "-", "=", "h", "/").
			text(false, 'k', 'i', 'm').keys("enter", "a", "space", "esc", "k", "t", "t").size(50, 16).keys("l", "+", "j", "enter", "tab", "t"),
		"time-axis-hostile": newSeed(1, 0).size(60, 20).keys("t", "l", "+", "j", "c", "G", "p", "esc", "t").size(41, 11).keys("t", "l").
			notable(2).keys("t"),
		"time-axis-escapes":   newSeed(2, 0).size(100, 30).keys("t", "l", "+", "enter", "esc", "p", "enter", "t"),
		"time-axis-generated": newSeed(5, 0).size(100, 30).keys("t", "G", "+", "+", "+", "h", "j", "j", "c", "=", "esc"),
		"phase-headings": newSeed(0, 0).size(50, 16).keys("j", "j", "k", "k", "pgdown", "pgdown", "pgup", "G", "g").
			mouse(4, 0, 5, 3).mouse(4, 0, 5, 4).mouse(1, 0, 5, 2).size(60, 9).keys("pgdown", "pgup", "end", "home", "j"),
		"phase-headings-overlapping": newSeed(6, 0).size(90, 20).keys("pgdown", "j", "j", "j", "pgdown", "pgup", "k").
			mouse(4, 0, 5, 5).mouse(4, 0, 5, 9).keys("/").text(false, 'e').keys("enter", "G", "pgup", "pgup", "g").size(40, 10).keys("pgdown", "pgdown"),
		"pattern": newSeed(0, 0).size(80, 24).keys("p", "j", "j", "l", "enter", "p", "G", "h", "enter", "n", "esc", "p", "esc").
			size(50, 16).keys("p", "G", "k", "t", "p", "q"),
		"notes-tour": newSeed(0, 0).size(100, 30).keys("m", "j", "m", "M", "c").text(false, 'k', 'i', 'm', '?', 'q', 'x').
			keys("enter").text(true, '\x1b', '[', '2', 'J', '\u202e').keys("ctrl+s", "esc", "/").text(false, 'k', 'i', 'm').
			keys("enter", "M", "tab", "enter", "c").text(false, 'a').keys("esc", "n", "c", "ctrl+x", "esc", "esc", "k", "enter", "ctrl+x", "m", "x", "q"),
		"background-queries": newSeed(0, 2).background().size(100, 30).keys("j", "/").text(false, 'k', 'i', 'm').
			keys("backspace", "enter", "a", "space", "j", "space", "ctrl+a", "esc", "t", "/").text(false, 'e').
			keys("esc", "M", "m", "M", "x", "/").text(true, 'l', 'e', 't').keys("esc"),
		"background-generated": newSeed(5, 3).background().size(90, 20).keys("esc", "G", "/").text(false, 'a', 'e').
			keys("enter", "a", "space", "space", "esc", "x"),
		"note-then-ctrl-c": newSeed(1, 1).size(60, 20).keys("c").text(false, 'n', 'o', 't', 'e').keys("ctrl+c"),
	}
}

// TestWriteSessionSeeds rewrites testdata/fuzz/FuzzSession from
// sessionSeeds with -update.
func TestWriteSessionSeeds(t *testing.T) {
	dir := filepath.Join("testdata", "fuzz", "FuzzSession")
	for name, in := range sessionSeeds() {
		path := filepath.Join(dir, "seed-"+name)
		content := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", in)
		if testkit.Updating() {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != content {
			t.Errorf("%s is missing or stale: go test ./tui -run TestWriteSessionSeeds -update", path)
		}
	}
}
