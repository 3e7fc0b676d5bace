package termsafe

import (
	"testing"
)

func TestTextRemovesWhatDrivesATerminal(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain text untouched", "Kim met Moon.\nThen Trump.", "Kim met Moon.\nThen Trump."},
		{"OSC 52 clipboard write (BEL)", "a\x1b]52;c;cm0gLXJmIC8=\x07b", "ab"},
		{"OSC title (ST)", "a\x1b]0;pwned\x1b\\b", "ab"},
		{"OSC 8 link keeps its text", "\x1b]8;;https://x.test\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"clear screen and home", "\x1b[2J\x1b[Hhello", "hello"},
		{"cursor moves and colours", "\x1b[10;20Hx\x1b[31my\x1b[0m\x1b[?25l", "xy"},
		{"DCS string", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"two-byte escape", "a\x1bcb\x1b(Bc", "abc"},
		{"lone trailing ESC", "abc\x1b", "abc"},
		{"unterminated OSC runs to the end", "ok\x1b]52;c;AAAA", "ok"},
		{"8-bit CSI", "a\u009b2Jb", "ab"},
		{"8-bit OSC to 8-bit ST", "a\u009d0;title\u009cb", "ab"},
		{"C0 controls", "a\x00b\x07c\x08d\x7fe", "abcde"},
		{"C1 controls", "a\u0085b\u008dc", "abc"},
		{"CR LF becomes LF, lone CR dropped", "one\r\ntwo\rthree", "one\ntwothree"},
		{"tabs to stops of four", "\tx\ty\n1234\tz", "    x   y\n1234    z"},
		{"bidi overrides", "abc\u202edcba\u202c\u2066x\u2069", "abcdcbax"},
		{"invalid UTF-8", "a\xffb", "a\ufffdb"},
		{"wide and zero-width kept", "김정은 🇰🇷 a\u200bb", "김정은 🇰🇷 a\u200bb"},
	}
	for _, c := range cases {
		if got := Text(c.in); got != c.want {
			t.Errorf("%s: Text(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func assertText(t *testing.T, where, s string) {
	t.Helper()
	if err := Check(s); err != nil {
		t.Errorf("%s: %v", where, err)
	}
}

func FuzzText(f *testing.F) {
	for _, s := range []string{"plain", "\x1b]52;c;x\x07", "\x1b[2J", "\u009b31m", "\t\r\n", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Text(s)
		assertText(t, "output", out)
		if again := Text(out); again != out {
			t.Errorf("not idempotent: %q -> %q -> %q", s, out, again)
		}
	})
}

// Text of text with nothing to take out is that text itself, not a copy:
// the loader keeps one dataset in memory instead of two when cleaning
// changed nothing, and the article's typographic quotes and dashes must
// not count as a change.
func TestTextKeepsCleanTextWithoutCopying(t *testing.T) {
	for _, s := range []string{
		"Kim met Moon.\nThen Trump.",
		"“This Friday” — the Kaesong office opens; it’s “a new era”…",
		"김정은 🇰🇷 a\u200bb \ufffd",
	} {
		if got := Text(s); got != s {
			t.Errorf("Text(%q) = %q, want it unchanged", s, got)
		}
		if n := testing.AllocsPerRun(10, func() { _ = Text(s) }); n != 0 {
			t.Errorf("Text(%q) allocated %v times, want a clean text returned as it is", s, n)
		}
	}
}

// FuzzPlain checks the shortcut: whatever isPlain lets through unchanged
// is exactly what the full cleaning would have left as it was.
func FuzzPlain(f *testing.F) {
	for _, s := range []string{"plain", "“quoted” — dash", "a\u0085b", "\u202e", "\xff", "\t", "\r", "\x7f", "\ufffd"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if isPlain(s) && clean(s) != s {
			t.Errorf("isPlain(%q) but cleaning gives %q", s, clean(s))
		}
		if !isPlain(s) && clean(s) == s {
			t.Errorf("!isPlain(%q) though cleaning changes nothing: a needless copy", s)
		}
	})
}
