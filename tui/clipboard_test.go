package tui

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"
)

func envOf(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func TestCopyWritesOneOSC52SequenceAndSaysWhat(t *testing.T) {
	text := "“It was a very warm, very positive letter”\n— Sarah Sanders"
	for name, tc := range map[string]struct {
		env         map[string]string
		prefix, end string
	}{
		"xterm":          {map[string]string{"TERM": "xterm-256color"}, "\x1b]52;c;", "\a"},
		"tmux as screen": {map[string]string{"TERM": "screen-256color", "TMUX": "/tmp/tmux-0/default,1,0"}, "\x1b]52;c;", "\a"},
		"screen":         {map[string]string{"TERM": "screen"}, "\x1bP\x1b]52;c;", "\a\x1b\\"},
	} {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			msg := newClipboard(&out, true, envOf(tc.env)).copy("quote", whole(func() string { return text }))().(copiedMsg)
			got := out.String()
			if !strings.HasPrefix(got, tc.prefix) || !strings.HasSuffix(got, tc.end) {
				t.Fatalf("wrote %q, want %q … %q", got, tc.prefix, tc.end)
			}
			// screen takes the sequence in chunks, each its own passthrough
			payload := strings.ReplaceAll(strings.TrimSuffix(strings.TrimPrefix(got, tc.prefix), tc.end), "\x1b\\\x1bP", "")
			if decoded, err := base64.StdEncoding.DecodeString(payload); err != nil || string(decoded) != text {
				t.Errorf("the sequence carries %q (%v), want %q", decoded, err, text)
			}
			if got := msg.status(); got != "copied quote, 58 characters" {
				t.Errorf("status %q", got)
			}
		})
	}
}

func TestCopySaysWhyItCannot(t *testing.T) {
	for name, tc := range map[string]struct {
		terminal bool
		env      map[string]string
		text     string
		want     string
	}{
		"dumb terminal":  {true, map[string]string{"TERM": "dumb"}, "x", "could not copy event: TERM=dumb takes no clipboard sequence"},
		"not a terminal": {false, map[string]string{"TERM": "xterm"}, "x", "could not copy event: output is not a terminal"},
		"too long":       {true, map[string]string{"TERM": "xterm"}, strings.Repeat("x", maxClipBytes+1), "could not copy event: more than the 1 MiB one copy sends; use parley --export"},
	} {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			msg := newClipboard(&out, tc.terminal, envOf(tc.env)).copy("event", whole(func() string { return tc.text }))().(copiedMsg)
			if got := msg.status(); got != tc.want {
				t.Errorf("status %q, want %q", got, tc.want)
			}
			if out.Len() != 0 {
				t.Errorf("wrote %d bytes though it could not copy", out.Len())
			}
		})
	}
}
