package tui

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/rivo/uniseg"

	"parley/internal/words"
	"parley/termsafe"
	"parley/tui/internal/ink"
)

// This file is the one place text is measured, wrapped and cut. Every pane
// goes through it so widths agree with lipgloss (both use ansi.StringWidth).

// span is a byte range of a wrapped string: one display line, trailing
// spaces excluded. Byte offsets let the reader map excerpts onto lines.
type span struct{ start, end int }

// wrapSpans word-wraps s to width columns. Newlines end paragraphs; an empty
// paragraph is an empty line; a word wider than the line is broken between
// grapheme clusters. Continuation lines drop their leading spaces.
func wrapSpans(s string, width int) []span {
	if width < 1 {
		width = 1
	}
	var out []span
	from := 0
	for {
		nl := strings.IndexByte(s[from:], '\n')
		to := len(s)
		if nl >= 0 {
			to = from + nl
		}
		out = wrapParagraph(s, from, to, width, out)
		if nl < 0 {
			return out
		}
		from = to + 1
	}
}

func wrapParagraph(s string, from, to, width int, out []span) []span {
	start, end, w, gap := from, from, 0, 0 // w: width of s[start:end]; gap: spaces after end
	for i := from; i < to; {
		j, tw, space := nextToken(s, i, to)
		if space {
			switch {
			case end > start:
				gap += tw
			case start == from: // indentation of the paragraph's first line is content
				end, w = j, tw
			default: // leading spaces of a continuation line
				start, end = j, j
			}
			i = j
			continue
		}
		if w+gap+tw <= width {
			end, w, gap, i = j, w+gap+tw, 0, j
			continue
		}
		if end > start { // the word starts the next line
			out = append(out, span{start, end})
			start, end, w, gap = i, i, 0, 0
			continue
		}
		// A word wider than the whole line: cut it between clusters.
		k, kw := i, 0
		for k < j {
			g, _, _, _ := uniseg.FirstGraphemeClusterInString(s[k:j], -1)
			gw := ansi.StringWidth(g)
			if kw+gw > width && kw > 0 {
				break
			}
			k, kw = k+len(g), kw+gw
		}
		out = append(out, span{start, k})
		start, end, w, gap, i = k, k, 0, 0, k
	}
	return append(out, span{start, end})
}

// nextToken returns the end and width of the run of spaces, or of
// non-spaces, that starts at i.
func nextToken(s string, i, to int) (end, width int, space bool) {
	space = s[i] == ' '
	j := i
	for j < to && (s[j] == ' ') == space {
		j++
	}
	if space {
		return j, j - i, true
	}
	return j, ansi.StringWidth(s[i:j]), false
}

// wrap is wrapSpans as strings.
func wrap(s string, width int) []string {
	spans := wrapSpans(s, width)
	lines := make([]string, len(spans))
	for i, sp := range spans {
		lines[i] = s[sp.start:sp.end]
	}
	return lines
}

// flatten makes s fit one row: newlines and runs of spaces become one space.
func flatten(s string) string {
	if !strings.ContainsAny(s, "\n") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// typed makes text the user typed or pasted safe to draw, as dataset text
// is made safe at load: a bracketed paste delivers escape sequences, control
// characters and bidirectional overrides as runes, and whatever is typed is
// shown back. A query is one line: pasted line breaks and tabs become one
// space each, so pasted words stay apart, and a paste's last line break goes.
func typed(s string) string {
	return termsafe.Text(lineBreaks.Replace(strings.TrimRight(s, "\r\n")))
}

var lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

// width is the display width of s, escape sequences ignored.
func width(s string) int { return ansi.StringWidth(s) }

// truncate cuts s to at most w columns, marking a cut with "…".
func truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if w == 1 && width(s) > 1 {
		return ansi.Truncate(s, 1, "")
	}
	return ansi.Truncate(s, w, "…")
}

// pad truncates s to w columns and fills the rest with spaces.
func pad(s string, w int) string {
	s = truncate(s, w)
	return s + spaces(w-width(s))
}

// spaces is n spaces, none when n is negative.
func spaces(n int) string { return repeat(" ", n) }

// repeat is strings.Repeat that treats a negative count as zero.
func repeat(s string, n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat(s, n)
}

// clampFrame is the last safety net of every frame: no line wider than w,
// no more than h lines.
func clampFrame(view string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if width(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	return strings.Join(lines, "\n")
}

// fitLines makes exactly h lines, padded to w columns with spaces, so
// panes placed side by side stay aligned. It cuts nothing wider: a pane
// lays its lines out to its width, and the tests check the frame before
// View's last cut (clampFrame), so a line that overflows is caught.
func fitLines(lines []string, w, h int) []string {
	out := make([]string, 0, max(h, 0))
	for i := 0; i < h; i++ {
		l := ""
		if i < len(lines) {
			l = lines[i]
		}
		out = append(out, l+spaces(w-width(l)))
	}
	return out
}

// editLine shows text being typed with the cursor glyph at rune position
// pos, in at most w columns. When it does not fit, the text before the
// cursor is cut from the left ("…") so the cursor and what was just typed
// stay in view. The glyph, not a reverse-video block, marks the cursor, so
// it shows under NO_COLOR too.
func editLine(text string, pos, w int, glyph string) string {
	if w <= 0 {
		return ""
	}
	r := []rune(text)
	pos = min(max(pos, 0), len(r))
	before, after := string(r[:pos]), string(r[pos:])
	if width(text)+width(glyph) <= w {
		return before + glyph + after
	}
	room := w - width(glyph)
	if after != "" {
		room-- // a column for the "…" that marks text cut on the right
	}
	if room < 1 { // no room for text: the cursor alone
		return glyph
	}
	if width(before) > room {
		before = "…" + tail(before, room-1)
	}
	return truncate(before+glyph+after, w)
}

// inputLine is a one-line text input: the typed text with its cursor, or
// the cursor and a dim hint while it is empty.
func inputLine(text string, pos, w int, hint string, st *styles) string {
	if text == "" {
		return truncate(st.cursor+st.dim.Render(hint), w)
	}
	return editLine(text, pos, w, st.cursor)
}

// tail is the end of s that fits n columns.
func tail(s string, n int) string {
	if n <= 0 {
		return ""
	}
	out := ansi.TruncateLeft(s, width(s)-n, "")
	for width(out) > n { // a wide rune straddled the cut
		_, size := utf8.DecodeRuneInString(out)
		out = out[size:]
	}
	return out
}

// ofEvents is "n of total events", the noun agreeing with total: "1 of 1
// event", "0 of 16 events".
func ofEvents(n, total int) string {
	return words.Thousands(n) + " of " + words.Grouped(total, "event", "events")
}

// joinNonEmpty joins the parts that are not empty.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// marked renders text in style base, the byte ranges in marks (in order,
// as model.Matches gives them) in hi over base: what a search matched.
func marked(text string, marks [][2]int, base, hi ink.Ink) string {
	if len(marks) == 0 {
		return base.Render(text)
	}
	over := hi.Inherit(base.Style)
	var b strings.Builder
	at := 0
	for _, m := range marks {
		from, to := max(m[0], at), min(m[1], len(text))
		if from >= to {
			continue
		}
		if from > at {
			b.WriteString(base.Render(text[at:from]))
		}
		b.WriteString(over.Render(text[from:to]))
		at = to
	}
	if at < len(text) {
		b.WriteString(base.Render(text[at:]))
	}
	return b.String()
}

// marksIn is the part of marks (in order) inside [from, to), shifted to
// start at from.
func marksIn(marks [][2]int, from, to int) [][2]int {
	var out [][2]int
	for _, m := range marks {
		if m[0] >= to {
			break
		}
		if m[1] > from {
			out = append(out, [2]int{max(m[0], from) - from, min(m[1], to) - from})
		}
	}
	return out
}

// ofCount is a position among n, digits grouped as everywhere: "1/63,619".
func ofCount(i, n int) string { return words.Thousands(i) + "/" + words.Thousands(n) }
