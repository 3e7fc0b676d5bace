// Package termsafe makes text safe to show on a terminal. It is a leaf:
// the loader (data) cleans dataset text with it, and the explorer (tui)
// cleans what the user types with it, without depending on each other.
package termsafe

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

const (
	esc      = 0x1b
	tabWidth = 4
)

// Text returns s with everything that could drive a terminal taken
// out: escape sequences (CSI, OSC, DCS and the rest, 7- and 8-bit), C0 and
// C1 control characters and DEL, and bidirectional overrides that could
// reorder a line. Newlines stay; \r\n becomes \n; tabs become spaces to the
// next stop of four; invalid UTF-8 becomes U+FFFD. Dataset text goes
// through it once, at load.
func Text(s string) string {
	if isPlain(s) {
		return s
	}
	return clean(s)
}

// clean is Text's copy of s with what it takes out left out.
func clean(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	col := 0
	for i := 0; i < len(s); {
		if s[i] == esc {
			i = skipEscape(s, i+1)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
			col++
		case r == '\n':
			b.WriteByte('\n')
			col = 0
		case r == '\t':
			n := tabWidth - col%tabWidth
			b.WriteString(strings.Repeat(" ", n))
			col += n
		case r == 0x9b: // 8-bit CSI
			i = skipCSI(s, i)
		case r == 0x90 || r == 0x98 || r == 0x9d || r == 0x9e || r == 0x9f: // 8-bit DCS, SOS, OSC, PM, APC
			i = skipString(s, i)
		case unsafeRune(r):
			// dropped
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

// isPlain reports whether Text would leave s as it is: printable text and
// newlines only, the common case that needs no copy. Typographic quotes
// and dashes, in nearly every event's text, are decoded only to be kept.
func isPlain(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f || c == '\n' {
			i++
			continue
		}
		if c < utf8.RuneSelf { // a C0 control, tab, CR or DEL
			return false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unsafeRune(r) {
			return false // invalid UTF-8, a C1 control (the 8-bit CSI, OSC, ...), a bidi control
		}
		i += size
	}
	return true
}

// Check reports the first byte or rune of s a terminal would act on
// instead of print: what Text takes out. Nil means s is safe to show.
func Check(s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("invalid UTF-8 in %q", s)
	}
	for _, r := range s {
		if unsafeRune(r) {
			return fmt.Errorf("control %U left in %q", r, s)
		}
	}
	return nil
}

// unsafeRune reports whether a terminal would act on r instead of
// printing it: a C0 control other than newline, DEL, a C1 control, a
// bidi control. Text, isPlain and Check all keep to it.
func unsafeRune(r rune) bool {
	return (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r < 0xa0) || IsBidiControl(r)
}

// IsBidiControl reports the marks, embeddings, overrides and isolates that
// reorder a line as it is shown (the "Trojan Source" characters).
func IsBidiControl(r rune) bool {
	return r == 0x061c || r == 0x200e || r == 0x200f || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// skipEscape returns the index just past the escape sequence whose ESC
// stood right before i.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(s, i+1)
	}
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f { // intermediates
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e { // final
		i++
	}
	return i
}

// skipCSI skips a control sequence's parameters, intermediates and final
// byte. A malformed one ends at the first byte that cannot belong to it.
func skipCSI(s string, i int) int {
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x3f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipString skips an OSC, DCS, SOS, PM or APC body up to and including its
// terminator: BEL, ESC \ or the 8-bit ST. Unterminated, it runs to the end.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == esc:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i + 1
		case strings.HasPrefix(s[i:], "\u009c"):
			return i + len("\u009c")
		}
		i++
	}
	return i
}
