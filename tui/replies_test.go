package tui

import (
	"io"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// lateReplies are replies a terminal sends after start-up, as raw bytes.
var lateReplies = []string{
	"\x1b]11;rgb:1717/1717/1717\x1b\\", // background colour, ST-terminated
	"\x1b]11;rgb:ffff/ffff/ffff\x07",   // the same, BEL-terminated
	"\x1b]10;rgb:e6e6/e6e6/e6e6\x07",   // foreground colour
	"\x1b[12;40R",                      // cursor position report
	"\x1b[?62;22c",                     // device attributes
	"\x1b[?1;2c",
}

// runProgram runs the explorer in a real Bubble Tea program reading the
// given chunks of raw input from a pipe, a pause between chunks (as bytes
// arrive from a terminal), and returns the last model.
func runProgram(t *testing.T, m Model, chunks ...string) Model {
	t.Helper()
	pr, pw := io.Pipe()
	p := tea.NewProgram(m, tea.WithInput(pr), tea.WithOutput(io.Discard), tea.WithoutSignalHandler())
	go func() {
		p.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
		for _, c := range chunks {
			time.Sleep(30 * time.Millisecond)
			_, _ = pw.Write([]byte(c))
		}
		time.Sleep(80 * time.Millisecond)
		p.Quit()
	}()
	final, err := p.Run()
	_ = pw.Close()
	if err != nil {
		t.Fatal(err)
	}
	return final.(Model)
}

// Defect 6: late terminal replies reached the search box as typed text
// ("1717/1717…") and the timeline as keys. Fed as bytes through Bubble
// Tea's own input reader, they now change nothing, in any pane or input.
func TestLateTerminalRepliesAreNotKeys(t *testing.T) {
	for _, reply := range lateReplies {
		// In the search prompt: what is typed around a reply is all that shows.
		m := runProgram(t, New(dataset(t), Options{}), "/", "ki", reply, "m")
		status := statusRow(m.View())
		if !strings.Contains(status, "/ kim▏") {
			t.Errorf("reply %q while searching: status line %q, want only \"kim\" typed", reply, status)
		}
		// In the timeline: nothing moves (g, b, G, f … are keys there).
		m = runProgram(t, New(dataset(t), Options{}), "jjj", reply)
		if !strings.Contains(m.View(), "4/16") {
			t.Errorf("reply %q on the timeline moved the selection:\n%s", reply, m.View())
		}
		// In the actor filter's text.
		m = runProgram(t, New(dataset(t), Options{}), "a", "mo", reply, "o")
		if v := m.View(); !strings.Contains(v, "Find  moo▏") {
			t.Errorf("reply %q in the actor filter:\n%s", reply, v)
		}
	}
}

// What Bubble Tea v1.3.10 delivers for a reply (measured with a pipe), and
// the same split across reads, is dropped; the keys around it are kept.
func TestReplyFilter(t *testing.T) {
	alt := func(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s), Alt: true} }
	runes := func(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }
	cases := []struct {
		name string
		keys []tea.KeyMsg
		kept []string // the keys that must come through
	}{
		{"OSC, ST", []tea.KeyMsg{alt("]"), runes("11;rgb:1717/1717/1717"), alt("\\"), runes("j")}, []string{"j"}},
		{"OSC, BEL", []tea.KeyMsg{alt("]"), runes("11;rgb:1717/1717/1717"), {Type: tea.KeyCtrlG}, runes("j")}, []string{"j"}},
		{"OSC body split", []tea.KeyMsg{alt("]"), runes("11;rgb:17"), runes("17/1717/1717"), {Type: tea.KeyCtrlG}}, nil},
		{"OSC, ST split", []tea.KeyMsg{alt("]"), runes("11;rgb:1717/1717/1717"), {Type: tea.KeyEscape}, runes("\\")}, nil},
		{"CSI split after alt+[", []tea.KeyMsg{alt("["), runes("12;40R"), runes("k")}, []string{"k"}},
		{"CSI split after esc", []tea.KeyMsg{{Type: tea.KeyEscape}, runes("[?62;22c"), runes("k")}, []string{"esc", "k"}},
		{"alt+] then a key", []tea.KeyMsg{alt("]"), runes("q")}, []string{"q"}},
		{"esc then typing", []tea.KeyMsg{{Type: tea.KeyEscape}, runes("jj")}, []string{"esc", "jj"}},
		{"alt+] then enter", []tea.KeyMsg{alt("]"), runes("1"), {Type: tea.KeyEnter}}, []string{"enter"}},
	}
	for _, c := range cases {
		var f replyFilter
		var kept []string
		for _, k := range c.keys {
			if !f.drop(k) {
				kept = append(kept, k.String())
			}
		}
		if strings.Join(kept, ",") != strings.Join(c.kept, ",") {
			t.Errorf("%s: kept %q, want %q", c.name, kept, c.kept)
		}
	}
}
