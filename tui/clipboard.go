package tui

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sync"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"parley/internal/words"
)

// maxClipBytes caps what one copy sends: terminals cap OSC 52 themselves
// (often far lower), and megabytes of base64 on the terminal's input would
// stall it. Larger views are for parley --export.
const maxClipBytes = 1 << 20

// clipboard copies text to the terminal's clipboard with OSC 52, which
// works over SSH and, with set-clipboard on, through tmux. It writes
// through the program's output, so a sequence never lands inside a frame.
type clipboard struct {
	out    io.Writer       // the program's output (see lockedOutput); nil where copying cannot work
	env    termenv.Environ // TERM decides screen's passthrough
	reason string          // why copying cannot work here; empty when it can
}

// newClipboard is the clipboard for a program writing to out. getenv reads
// the environment; terminal says whether out is a terminal.
func newClipboard(out io.Writer, terminal bool, getenv func(string) string) clipboard {
	switch {
	case !terminal:
		return clipboard{reason: "output is not a terminal"}
	case getenv("TERM") == "dumb":
		return clipboard{reason: "TERM=dumb takes no clipboard sequence"}
	}
	return clipboard{out: out, env: clipEnviron{getenv}}
}

// copiedMsg reports a copy: what was copied and how many characters, or
// why nothing was.
type copiedMsg struct {
	what   string // "quote", "excerpt", "event", "timeline"
	chars  int
	reason string // set when nothing was copied
}

// status is the line the status bar shows for it.
func (m copiedMsg) status() string {
	if m.reason != "" {
		return fmt.Sprintf("could not copy %s: %s", m.what, m.reason)
	}
	return fmt.Sprintf("copied %s, %s", m.what, words.Grouped(m.chars, "character", "characters"))
}

// copy is the command that builds the text, sends it to the clipboard and
// reports it. The text is built in the command, off the update loop: a
// chronology of a large dataset takes a while. build gets the most bytes
// a copy sends and says false when the text would be more (a chronology
// stops building as soon as it is).
func (c clipboard) copy(what string, build func(max int) (string, bool)) tea.Cmd {
	return func() tea.Msg {
		if c.reason != "" {
			return copiedMsg{what: what, reason: c.reason}
		}
		text, ok := build(maxClipBytes)
		if !ok || len(text) > maxClipBytes {
			return copiedMsg{what: what, reason: "more than the 1 MiB one copy sends; use parley --export"}
		}
		msg := copiedMsg{what: what, chars: utf8.RuneCountInString(text)}
		if _, err := c.out.Write(osc52(text, c.env)); err != nil {
			msg.reason = err.Error()
		}
		return msg
	}
}

// whole is build for a text made whole, however long: one quote, excerpt
// or event.
func whole(text func() string) func(int) (string, bool) {
	return func(max int) (string, bool) {
		s := text()
		return s, len(s) <= max
	}
}

// osc52 is the clipboard sequence for text, as termenv writes it: ESC ] 52
// ; c ; base64 BEL, wrapped for GNU screen's passthrough when TERM says
// screen.
func osc52(text string, env termenv.Environ) []byte {
	var b bytes.Buffer
	termenv.NewOutput(&b, termenv.WithEnvironment(env), termenv.WithProfile(termenv.Ascii)).Copy(text)
	return b.Bytes()
}

// clipEnviron is the environment termenv sees. Inside tmux TERM is often
// screen-256color, which would make termenv wrap the sequence for screen;
// tmux wants it bare (and fills its buffer with set-clipboard on).
type clipEnviron struct{ getenv func(string) string }

func (e clipEnviron) Environ() []string { return nil }
func (e clipEnviron) Getenv(key string) string {
	if key == "TERM" && e.getenv("TMUX") != "" {
		return "tmux"
	}
	return e.getenv(key)
}

// lockedOutput is the program's output file with one lock around each
// write: Bubble Tea's renderer writes a frame in one Write, and so does
// the clipboard, so neither can split the other. It stays an *os.File to
// Bubble Tea, which reads the terminal's size from it.
type lockedOutput struct {
	*os.File
	mu sync.Mutex
}

func (o *lockedOutput) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.File.Write(p)
}
