package tui

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"parley/data"
	"parley/model"
)

// The display half of the hostile-dataset suite (the loader half is
// data/hostile_test.go, plain output cli/hostile_test.go): every dataset
// that loads is shown on every screen at several sizes, and every frame
// must fit its window and hold nothing a terminal would act on.

var hostileSizes = [][2]int{{120, 40}, {80, 24}, {40, 10}}

// hostileFiles are the hostile datasets that load (the others are refused
// by the loader, which data/hostile_test.go checks).
var hostileFiles = []string{
	"../data/testdata/hostile/escape-sequences.json",
	"../data/testdata/hostile/control-characters.json",
	"../data/testdata/hostile/invalid-utf8.json",
	"../data/testdata/hostile/bidi-and-zero-width.json",
	"../data/testdata/hostile/wide-characters.json",
	"../data/testdata/hostile/cyclic-links.json",
	"../cli/testdata/hostile/hostile.json",
}

// hugeQuote is a quotation of about 1 MiB: sentences, then a run of wide
// characters with no space to break at.
func hugeQuote() string {
	return strings.Repeat("A very long quotation. ", (1<<20-64<<10)/23) + strings.Repeat("한국어😀", 64<<10/19)
}

// hugeDataset is one event with a 1 MiB quote, the same text as its
// source, and 10,000 actors taking part.
func hugeDataset(t testing.TB) *model.Dataset {
	t.Helper()
	quote := hugeQuote()
	const crowd = 10000
	actors := make([]any, 0, crowd)
	parts := make([]any, 0, crowd)
	for i := 0; i < crowd; i++ {
		id := fmt.Sprintf("actor-%d", i)
		actors = append(actors, map[string]any{"id": id, "name": "Actor 배우 " + id, "kind": "person", "side": "none", "role": "speaker " + id})
		parts = append(parts, map[string]any{"actor": id, "part": "speaks"})
	}
	doc := map[string]any{
		"schema":  "parley/1",
		"sources": []any{map[string]any{"id": "s", "title": "Long", "text": "Intro. " + quote + " Outro."}},
		"actors":  actors,
		"events": []any{
			map[string]any{
				"id": "crowd", "title": "Everyone speaks", "summary": "A crowd.", "status": "occurred",
				"date": map[string]any{"precision": "none"}, "actors": parts,
				"excerpts": []any{map[string]any{"source": "s", "text": "Outro."}},
				"quotes": []any{map[string]any{"speaker": "actor-0", "text": quote, "kind": "direct",
					"excerpt": map[string]any{"source": "s", "text": quote}}},
			},
			map[string]any{
				"id": "after", "title": "Afterwards", "summary": "Quiet.", "status": "expected",
				"date": map[string]any{"precision": "none"}, "actors": []any{map[string]any{"actor": "actor-9999", "part": "last"}},
				"excerpts": []any{map[string]any{"source": "s", "text": "Intro."}},
			},
		},
	}
	raw, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := data.Load("huge.json", raw, nil)
	if err != nil {
		t.Fatal(err)
	}
	return loaded.Safe
}

// tour visits the screens a user can reach on ds at w×h and hands each
// frame to see: the timeline at every event, each event's detail at every
// item, each excerpt and quote in the reader scrolled through, the actor
// filter, help and search. limit caps repeated keys on big datasets.
func tour(t *testing.T, ds *model.Dataset, w, h, limit int, see func(screen string, m Model)) {
	t.Helper()
	step := func(m Model, msgs ...tea.Msg) Model {
		for _, msg := range msgs {
			next, _ := m.Update(msg)
			m = next.(Model)
		}
		return m
	}
	size := tea.WindowSizeMsg{Width: w, Height: h}

	m := step(New(ds, Options{}), size)
	see("timeline", m)
	for i := 1; i < min(len(ds.Events), limit); i++ {
		m = step(m, keyMsg("j"))
		see("timeline", m)
	}

	for ei, e := range ds.Events[:min(len(ds.Events), limit)] {
		m := step(New(ds, Options{EventID: e.ID}), size)
		see("detail "+e.ID, m)
		for i := 0; i < limit; i++ {
			before := m.detail.item
			m = step(m, keyMsg("j"))
			see("detail "+e.ID, m)
			if m.detail.item == before && m.detail.sc.atBottom() {
				break
			}
		}
		for i := range m.detail.items[:min(len(m.detail.items), limit)] {
			d := step(m, keyMsg("g"))
			for range i {
				d = step(d, keyMsg("j"))
			}
			r := step(d, keyMsg("enter"))
			see("item "+e.ID, r)
			if !r.layout.has(paneReader) {
				continue
			}
			for p := 0; p < limit && !r.reader.sc.atBottom(); p++ {
				r = step(r, keyMsg("pgdown"))
				see("reader "+e.ID, r)
			}
			r = step(r, keyMsg("n"), keyMsg("N"), keyMsg("G"), keyMsg("esc"))
			see("back from reader "+e.ID, r)
		}
		if ei == 0 {
			h := step(m, keyMsg("?"))
			see("help", h)
			for p := 0; p < limit && !h.help.sc.atBottom(); p++ {
				h = step(h, keyMsg("pgdown"))
				see("help", h)
			}
		}
	}

	f := step(New(ds, Options{}), size, keyMsg("a"))
	see("filter", f)
	for i := 0; i < min(len(ds.Actors), limit); i++ {
		f = step(f, keyMsg("down"), keyMsg("space"))
		see("filter", f)
	}
	f = step(f, keyMsg("a"), keyMsg("enter"))
	see("filtered timeline", f)

	s := step(New(ds, Options{}), size, keyMsg("/"), keyMsg("e"))
	see("search typing", s)
	s = step(s, keyMsg("enter"))
	see("search kept", s)
	s = step(s, keyMsg("/"), keyMsg("z"), keyMsg("z"), keyMsg("z"), keyMsg("enter"))
	see("no matches", s)
}

// checkFrame: the frame fits w×h and is inert (see terminalInert).
func checkFrame(t *testing.T, where string, m Model, w, h int) {
	t.Helper()
	v := m.View()
	if err := frameFits(m.frame(), w, h); err != nil {
		t.Fatalf("%s at %d×%d: %v\n%s", where, w, h, err, v)
	}
	if err := terminalInert(v); err != nil {
		t.Fatalf("%s at %d×%d: %v", where, w, h, err)
	}
}

func TestHostileDatasetsDisplaySafely(t *testing.T) {
	type set struct {
		name  string
		ds    *model.Dataset
		limit int
	}
	var sets []set
	for _, f := range hostileFiles {
		l, err := data.LoadFile(f, data.DefaultMaxBytes)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		sets = append(sets, set{filepath.Base(f), l.Safe, 40})
	}
	if !testing.Short() {
		sets = append(sets, set{"1MiB-quote-10k-actors", hugeDataset(t), 6})
	}
	frames := 0
	for _, s := range sets {
		for _, size := range hostileSizes {
			t.Run(fmt.Sprintf("%s-%dx%d", s.name, size[0], size[1]), func(t *testing.T) {
				tour(t, s.ds, size[0], size[1], s.limit, func(screen string, m Model) {
					frames++
					checkFrame(t, screen, m, size[0], size[1])
				})
			})
		}
	}
	t.Logf("%d datasets × %d sizes: %d frames checked", len(sets), len(hostileSizes), frames)
}

// TestHostileDatasetsOnlySGR renders in colour: then the only escape
// sequences in a frame are the SGR colour sequences lipgloss writes.
func TestHostileDatasetsOnlySGR(t *testing.T) {
	lipgloss.SetColorProfile(termenv.ANSI256)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	frames := 0
	for _, f := range hostileFiles {
		l, err := data.LoadFile(f, data.DefaultMaxBytes)
		if err != nil {
			t.Fatal(err)
		}
		tour(t, l.Safe, 100, 30, 20, func(screen string, m Model) {
			frames++
			v := m.View()
			if !strings.Contains(v, "\x1b[") {
				t.Fatalf("%s: %s: no colour at all; is the profile set?", f, screen)
			}
			if err := terminalInert(stripSGR(v)); err != nil {
				t.Fatalf("%s: %s: %v", f, screen, err)
			}
		})
	}
	t.Logf("%d colour frames checked", frames)
}

// stripSGR removes well-formed SGR sequences (ESC [ digits and ; m), and
// nothing else.
func stripSGR(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';') {
				j++
			}
			if j < len(s) && s[j] == 'm' {
				i = j
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// TestHugeQuoteKeystrokes: a 1 MiB quote and 10,000 actors on one event
// still render on every screen after each keystroke. The times are logged,
// not asserted (the machine is shared); see docs/performance.md.
func TestHugeQuoteKeystrokes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 1 MiB dataset")
	}
	ds := hugeDataset(t)
	var m Model
	timed := func(what string, f func()) {
		start := time.Now()
		f()
		d := time.Since(start)
		t.Logf("%-40s %v", what, d.Round(100*time.Microsecond))
		checkFrame(t, what, m, m.w, m.h)
	}
	send := func(msgs ...tea.Msg) func() {
		return func() {
			for _, msg := range msgs {
				next, _ := m.Update(msg)
				m = next.(Model)
			}
			_ = m.View()
		}
	}
	timed("open on the event, first frame 120×40", func() {
		m = New(ds, Options{EventID: "crowd"})
		send(tea.WindowSizeMsg{Width: 120, Height: 40})()
	})
	timed("j (next item) in the detail", send(keyMsg("j")))
	timed("G (last item) in the detail", send(keyMsg("G")))
	timed("g (first item) in the detail", send(keyMsg("g")))
	timed("resize to 80×24", send(tea.WindowSizeMsg{Width: 80, Height: 24}))
	for m.detail.selectedItem() != nil && m.detail.selectedItem().kind != itemQuote {
		send(keyMsg("j"))()
	}
	timed("enter, enter: the quote shown, then in the reader", send(keyMsg("enter"), keyMsg("enter")))
	mustContain(t, m.View(), "━━ Source", "┃ quote 1 of 1")
	timed("pgdown in the reader", send(keyMsg("pgdown")))
	timed("G in the reader", send(keyMsg("G")))
	timed("resize to 120×40 in the reader", send(tea.WindowSizeMsg{Width: 120, Height: 40}))
	timed("esc back to the detail", send(keyMsg("esc")))
	timed("esc, j: timeline moves to the next event", send(keyMsg("esc"), keyMsg("j")))
	timed("a: actor filter over 10,000 actors", send(keyMsg("a")))
	timed("type 9 to narrow", send(keyMsg("9")))
	timed("space: choose an actor", send(keyMsg("space")))
	timed("enter: close the filter", send(keyMsg("enter")))
	timed("/ and type q: search the 1 MiB quote", send(keyMsg("/"), keyMsg("q")))
}
