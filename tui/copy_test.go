package tui

import (
	"bytes"
	"encoding/base64"
	"strconv"
	"strings"
	"testing"

	"parley/export"
	"parley/model"
)

// withClipboard is an explorer whose copies go to out, as on a terminal
// with the given environment.
func withClipboard(t *testing.T, out *bytes.Buffer, env map[string]string, opts Options) Model {
	t.Helper()
	clip := newClipboard(out, true, envOf(env))
	opts.clip = &clip
	return resized(New(dataset(t), opts), 120, 40)
}

// copyKey presses k, runs the command it returns as Bubble Tea would and
// hands its message back.
func copyKey(t *testing.T, m Model, k string) Model {
	t.Helper()
	next, cmd := m.Update(keyMsg(k))
	if cmd == nil {
		t.Fatalf("%s returned no command", k)
	}
	next, _ = next.Update(cmd())
	return next.(Model)
}

// clipText is the text the OSC 52 sequences in out carry.
func clipText(t *testing.T, out string) string {
	t.Helper()
	payload, ok := strings.CutPrefix(out, "\x1b]52;c;")
	payload, ok2 := strings.CutSuffix(payload, "\a")
	b, err := base64.StdEncoding.DecodeString(payload)
	if !ok || !ok2 || err != nil {
		t.Fatalf("not one OSC 52 sequence: %q (%v)", out, err)
	}
	return string(b)
}

func TestYCopiesTheSelectedQuoteWithItsCitation(t *testing.T) {
	var out bytes.Buffer
	m := withClipboard(t, &out, map[string]string{"TERM": "xterm-256color"}, Options{EventID: "sanders-briefing"})
	if it := m.detail.selectedItem(); it == nil || it.kind != itemQuote {
		t.Fatalf("the detail does not start on a quote: %+v", it)
	}
	m = copyKey(t, m, "y")
	ds := dataset(t)
	want := export.QuoteClip(ds, ds.Event("sanders-briefing").Quotes[0])
	if got := clipText(t, out.String()); got != want {
		t.Errorf("copied %q, want %q", got, want)
	}
	status := "copied quote, " + strconv.Itoa(len([]rune(want))) + " characters"
	mustContain(t, m.View(), status)
	if m = press(t, m, "j"); strings.Contains(m.View(), status) {
		t.Errorf("the copy notice outlived the next key")
	}
}

func TestYCopiesTheEventOnTheTimelineAndYTheTimeline(t *testing.T) {
	var out bytes.Buffer
	m := withClipboard(t, &out, map[string]string{"TERM": "xterm"}, Options{})
	m = copyKey(t, m, "y")
	ds := dataset(t)
	if got, want := clipText(t, out.String()), export.EventClip(ds, ds.Events[0]); got != want {
		t.Errorf("y on the timeline copied %q, want the event %q", got, want)
	}
	mustContain(t, m.View(), "copied event, ")

	out.Reset()
	m = press(t, m, "/", "kaesong", "enter")
	m = copyKey(t, m, "Y")
	got := clipText(t, out.String())
	for _, want := range []string{"# Chronology", `1 of 16 events · search: "kaesong"`, "### Joint liaison office to open in Kaesong"} {
		if !strings.Contains(got, want) {
			t.Errorf("Y copied no %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Panmunjom summit") {
		t.Errorf("Y copied events the filter hides")
	}
	// The notice joins the status line; the filter it copied stays named.
	mustContain(t, m.View(), "copied timeline, ", "Search “kaesong”", "1 of 16 events")
}

func TestYInTheReaderCopiesThePassageBeingRead(t *testing.T) {
	var out bytes.Buffer
	m := withClipboard(t, &out, map[string]string{"TERM": "xterm"}, Options{EventID: "kaesong-liaison-office"})
	m = press(t, m, "enter") // the first excerpt, in the reader
	m = copyKey(t, m, "y")
	ds := dataset(t)
	if got, want := clipText(t, out.String()), export.ExcerptClip(ds, ds.Event("kaesong-liaison-office").Excerpts[0]); got != want {
		t.Errorf("copied %q, want %q", got, want)
	}
	mustContain(t, m.View(), "copied excerpt, ")
}

func TestCopyOnADumbTerminalSaysWhyNot(t *testing.T) {
	var out bytes.Buffer
	m := withClipboard(t, &out, map[string]string{"TERM": "dumb"}, Options{})
	m = copyKey(t, m, "y")
	mustContain(t, m.View(), "could not copy event: TERM=dumb takes no clipboard sequence")
	if out.Len() != 0 {
		t.Errorf("wrote %q to a dumb terminal", out.String())
	}
}

// In the search prompt y is a letter of the query, not a copy.
func TestYInTheSearchPromptIsText(t *testing.T) {
	var out bytes.Buffer
	m := withClipboard(t, &out, map[string]string{"TERM": "xterm"}, Options{})
	m = press(t, m, "/", "y")
	if m.search.input.Value() != "y" || out.Len() != 0 {
		t.Errorf("query %q, copied %q", m.search.input.Value(), out.String())
	}
}

// On the time axis and in the pattern view y copies the event they select.
// The axis moves the timeline's selection with its own, so the timeline is
// first cut down to the one event it selects: the view's later pick (l) is
// then an event the timeline does not hold, and copying the timeline's
// selection instead would show.
func TestYCopiesTheEventOnTheAxisAndInThePattern(t *testing.T) {
	ds := dataset(t)
	for _, tc := range []struct {
		key      string
		focus    paneID
		selected func(m Model) *model.Event
	}{
		{"t", paneAxis, func(m Model) *model.Event { return m.axis.selected() }},
		{"p", panePattern, func(m Model) *model.Event { return m.pattern.selected() }},
	} {
		var out bytes.Buffer
		m := withClipboard(t, &out, map[string]string{"TERM": "xterm"}, Options{})
		m = press(t, m, tc.key)
		only := m.timeline.selected()
		m.timeline.setEvents(resultOf(m.ctx.ds, only), only)
		m = press(t, m, "l") // l: a later event, not the timeline's
		e := tc.selected(m)
		if m.layout.focus() != tc.focus || e == nil || e == only || m.timeline.selected() != only {
			t.Fatalf("%s: focus %v, selected %v, the timeline's %v (want %v)", tc.key, m.layout.focus(), e, m.timeline.selected(), only)
		}
		m = copyKey(t, m, "y")
		if got, want := clipText(t, out.String()), export.EventClip(ds, e); got != want {
			t.Errorf("%s: copied %q, want the selected event %q", tc.key, got, want)
		}
	}
}
