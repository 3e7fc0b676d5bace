package tui

import tea "github.com/charmbracelet/bubbletea"

// replyFilter drops replies from the terminal that reach the program as
// keys: a late background-colour report (OSC 11; Windows Terminal sends
// them unasked over SSH), a cursor position report, device attributes.
// Bubble Tea v1.3.10 parses a whole CSI reply (ESC [ … R, ESC [ ? … c) as
// an unknown sequence, which Update ignores; but an OSC reply arrives as
// alt+], then its body as typed runes, then alt+\ (ESC \) or ctrl+g (BEL),
// and a reply split between reads arrives as alt+[ or esc and typed runes.
// Those keys are taken out here, before any pane sees them.
type replyFilter struct {
	state replyState
	body  int // runes of the reply seen so far
}

type replyState int

const (
	replyNone     replyState = iota
	replyOSCStart            // after alt+]: the body must start with a digit
	replyOSCBody             // inside an OSC body, until BEL or ESC \
	replyOSCEsc              // an ESC inside the body: \ ends it
	replyCSI                 // after alt+[ or esc: the rest of a CSI reply may follow
)

// maxReplyBody bounds what is swallowed: a colour report is about twenty
// runes, and keys typed after a stray alt+] must come back soon.
const maxReplyBody = 256

// drop reports whether msg is part of a terminal reply, and keeps track.
func (f *replyFilter) drop(msg tea.KeyMsg) bool {
	switch f.state {
	case replyOSCStart, replyOSCBody, replyOSCEsc:
		if f.inOSC(msg) {
			return true
		}
	case replyCSI:
		f.state = replyNone
		if msg.Type == tea.KeyRunes && !msg.Alt && csiReplyRest(string(msg.Runes)) {
			return true
		}
	}
	f.state, f.body = replyNone, 0
	switch {
	case msg.Type == tea.KeyRunes && msg.Alt && string(msg.Runes) == "]":
		f.state = replyOSCStart
		return true
	case msg.Type == tea.KeyRunes && msg.Alt && string(msg.Runes) == "[":
		f.state = replyCSI
		return true
	case msg.Type == tea.KeyEscape && !msg.Alt:
		f.state = replyCSI // esc still acts: only what follows may be a reply
	}
	return false
}

// inOSC takes msg as the next part of an OSC reply; false when it cannot
// be one, and the filter starts over with msg as a key.
func (f *replyFilter) inOSC(msg tea.KeyMsg) bool {
	switch {
	case f.state == replyOSCEsc:
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 0 && msg.Runes[0] == '\\' {
			f.state, f.body = replyNone, 0
			return true
		}
		return false
	case msg.Type == tea.KeyCtrlG: // BEL ends it
		f.state, f.body = replyNone, 0
		return true
	case msg.Type == tea.KeyRunes && msg.Alt && string(msg.Runes) == "\\": // ESC \ ends it
		f.state, f.body = replyNone, 0
		return true
	case msg.Type == tea.KeyEscape && !msg.Alt && f.state == replyOSCBody:
		f.state = replyOSCEsc
		return true
	case msg.Type != tea.KeyRunes || msg.Alt || msg.Paste:
		return false
	}
	for _, r := range msg.Runes {
		if r < 0x20 || r > 0x7e || f.state == replyOSCStart && (r < '0' || r > '9') {
			return false
		}
		f.state = replyOSCBody
	}
	f.body += len(msg.Runes)
	return f.body <= maxReplyBody
}

// csiReplyRest reports whether s is the rest of a cursor position report
// ("[12;40R" or "12;40R") or of device attributes ("[?62;22c").
func csiReplyRest(s string) bool {
	if len(s) > 0 && s[0] == '[' {
		s = s[1:]
	}
	if len(s) < 2 {
		return false
	}
	last, params := s[len(s)-1], s[:len(s)-1]
	if last == 'c' && params[0] == '?' {
		params = params[1:]
	} else if last != 'R' {
		return false
	}
	digits := false
	for i := 0; i < len(params); i++ {
		switch c := params[i]; {
		case c >= '0' && c <= '9':
			digits = true
		case c != ';':
			return false
		}
	}
	return digits
}
