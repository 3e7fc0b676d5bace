package axis

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"

	"parley/model"
)

// Every frame is exactly the axis's size, at any size, after any key.
func TestFrameFitsItsSize(t *testing.T) {
	for _, sz := range [][2]int{{120, 40}, {80, 24}, {50, 16}, {30, 8}, {12, 4}, {1, 1}} {
		m := newAxis(t, sz[0], sz[1])
		for _, k := range []string{"", "l", "+", "+", "j", "c", "-", "G", "=", "k"} {
			if k != "" {
				m, _ = press(m, k)
			}
			ls := lines(m.View())
			if len(ls) != sz[1] {
				t.Fatalf("%dx%d after %q: %d lines", sz[0], sz[1], k, len(ls))
			}
			for i, l := range ls {
				if w := lipgloss.Width(l); w > sz[0] {
					t.Fatalf("%dx%d after %q: line %d is %d wide: %q", sz[0], sz[1], k, i, w, l)
				}
			}
		}
	}
}

// h/l walk the events in time; the pointer row always shows ▲ under the
// selected event, and the event line names it.
func TestStepsThroughTimeWithTheSelectionOnScreen(t *testing.T) {
	for _, sz := range [][2]int{{120, 40}, {80, 24}, {50, 16}} {
		m := newAxis(t, sz[0], sz[1])
		events := m.events
		m, _ = press(m, "+", "+") // zoomed in: moving must pan
		for i := range events {
			if m.Selected() != events[i] {
				t.Fatalf("%v: after %d steps the selection is %s, want %s", sz, i, m.Selected().ID, events[i].ID)
			}
			view := m.View()
			if strings.Count(view, string(glyphSelected)) != 2 { // the pointer and the event line
				t.Fatalf("%v: %s: ▲ not shown once under it:\n%s", sz, events[i].ID, view)
			}
			if !strings.Contains(view, "▲ "+events[i].Date.Display()) {
				t.Fatalf("%v: event line does not name %s:\n%s", sz, events[i].ID, view)
			}
			m, _ = press(m, "l")
		}
		m, _ = press(m, "h")
		if m.Selected() != events[len(events)-2] {
			t.Errorf("h after the last event selects %s", m.Selected().ID)
		}
	}
}

// The embedded sequence has two clusters and a quiet summer: the gaps are
// cut by default, and c switches to the full scale.
func TestCollapsedScaleIsTheDefaultWhenGapsDominate(t *testing.T) {
	m := newAxis(t, 80, 24)
	ticks := scaleRow(t, m.View(), 0)
	if !strings.Contains(ticks, "≈") || !strings.Contains(m.View(), "c: full scale") {
		t.Fatalf("default scale is not collapsed:\n%s", m.View())
	}
	m, _ = press(m, "c")
	ticks = scaleRow(t, m.View(), 0)
	if strings.Contains(ticks, "≈") || !strings.Contains(m.View(), "Jul") {
		t.Errorf("after c the scale still cuts, or July is not on it:\n%s", m.View())
	}
}

// + narrows around the selected event down to days; = fits again.
func TestZoomAroundTheSelectionAndFit(t *testing.T) {
	m := newAxis(t, 80, 24)
	fitted := m.View()
	m, _ = press(m, "l", "l") // Kim's second summit with Moon, 26 May
	from, to := m.from, m.to
	m, _ = press(m, "+", "+", "+", "+")
	if m.to-m.from >= to-from || m.marks[m.sel].first < m.from || m.marks[m.sel].first > m.to {
		t.Fatalf("zoom: window %d..%d, was %d..%d, selection at %d", m.from, m.to, from, to, m.marks[m.sel].first)
	}
	labels := scaleRow(t, m.View(), 1)
	if !strings.Contains(labels, " 26 ") && !strings.Contains(labels, " 25 ") {
		t.Errorf("zoomed to days, the labels are %q", labels)
	}
	m, _ = press(m, "-", "-", "-", "-", "-")
	if m.from != m.fitFrom || m.to != m.fitTo {
		t.Errorf("zooming out stops at the fitted range, got %d..%d want %d..%d", m.from, m.to, m.fitFrom, m.fitTo)
	}
	m, _ = press(m, "+", "=", "h", "h")
	if m.View() != fitted {
		t.Errorf("= did not fit the whole range again:\n%s\nwant\n%s", m.View(), fitted)
	}
}

// Precision and status are drawn by glyph: a range as a bar, part of a
// month as a light span, an undated event in the gutter, planned hollow.
func TestPrecisionAndStatusByGlyph(t *testing.T) {
	m := newAxis(t, 120, 40)
	m, _ = press(m, "c") // full scale: every day in place
	view := m.View()
	moon := laneLine(t, view, "Moon Jae-in")
	if !strings.Contains(moon, "○━") { // the Pyongyang summit, 18–20 Sep, scheduled
		t.Errorf("no hollow range bar in Moon's lane: %q", moon)
	}
	if !strings.Contains(moon, "○┄") { // the UN briefing, late Sep, expected
		t.Errorf("no hollow light span in Moon's lane: %q", moon)
	}
	kim := laneLine(t, view, "Kim Jong Un")
	if !strings.HasSuffix(strings.TrimRight(kim, " "), "┊○") { // the second summit, planned, no date
		t.Errorf("Kim's lane has no undated planned event in the gutter: %q", kim)
	}
	if !strings.Contains(view, undatedLabel) {
		t.Errorf("no %q gutter label", undatedLabel)
	}
}

// scaleRow is the scale's rule (by 0), the row by rows after it (the
// labels at 1) or before it (the pointer row at -1).
func scaleRow(t *testing.T, view string, by int) string {
	t.Helper()
	ls := lines(view)
	for i, l := range ls {
		if strings.Contains(l, "└") {
			return ls[i+by]
		}
	}
	t.Fatalf("no scale in\n%s", view)
	return ""
}

func laneLine(t *testing.T, view, name string) string {
	t.Helper()
	for _, l := range lines(view) {
		if strings.Contains(l, name) {
			return l
		}
	}
	t.Fatalf("no lane %q in\n%s", name, view)
	return ""
}

// A cancelled event is crossed, an ongoing one half full; several in one
// column show their number.
func TestCancelledCrossedAndCountsInACell(t *testing.T) {
	day := func(s string) model.Date {
		d, _ := model.ParseDate("day", s, "", "")
		return d
	}
	a := &model.Actor{ID: "a", Name: "Actor"}
	in := []model.Participant{{ActorID: "a"}}
	events := []*model.Event{
		{ID: "x", Date: day("2018-05-01"), Status: model.StatusCancelled, Participants: in},
		{ID: "w", Date: day("2018-05-10"), Status: model.StatusOngoing, Participants: in},
		{ID: "y", Date: day("2018-05-20"), Status: model.StatusOccurred, Participants: in},
		{ID: "z", Date: day("2018-05-20"), Status: model.StatusOccurred, Participants: in},
	}
	ds := model.NewDataset(nil, []*model.Actor{a}, events)
	m := New(ds, DefaultKeyMap(), Styles{})
	m.SetSize(60, 10)
	m.SetEvents(ds.Events, nil)
	lane := laneLine(t, m.View(), "Actor")
	if !strings.Contains(lane, "✕") || !strings.Contains(lane, "◐") || !strings.Contains(lane, "2") {
		t.Errorf("lane %q: want ✕ for the cancelled event, ◐ for the ongoing one and 2 for the two on one day", lane)
	}
}

// The lanes are the chosen actors when the filter names some; without,
// the most involved; "other" takes the rest when they do not fit.
func TestLanes(t *testing.T) {
	m := newAxis(t, 80, 12)
	names := laneNames(m)
	if names[0] != "Kim Jong Un" || names[len(names)-1] != otherName {
		t.Errorf("lanes %v: want the most involved first and other last", names)
	}
	ds := m.ds
	m.SetEvents(ds.Query(model.Filter{Actors: []string{"sarah-sanders", "mike-pompeo"}}), []string{"sarah-sanders", "mike-pompeo"})
	if got := strings.Join(laneNames(m), ","); got != "Sarah Sanders,Mike Pompeo" {
		t.Errorf("chosen lanes = %s", got)
	}
}

func laneNames(m Model) []string {
	var out []string
	for _, l := range m.lanes {
		out = append(out, l.name)
	}
	return out
}

// j/k change lane and pick that lane's event nearest in time.
func TestLaneKeysPickTheNearestEvent(t *testing.T) {
	m := newAxis(t, 120, 40)
	m, _ = press(m, "l", "l", "l", "l", "l", "l") // Pompeo's trip, 24 Aug: Trump's lane
	if m.Selected().ID != "pompeo-trip-cancelled" || m.lanes[m.lane].name != "Donald Trump" {
		t.Fatalf("at %s in %s", m.Selected().ID, m.lanes[m.lane].name)
	}
	m, _ = press(m, "k")
	if m.lanes[m.lane].name != "Kim Jong Un" || m.Selected().ID != "envoys-visit-pyongyang" {
		t.Errorf("k: at %s in %s, want the envoys' visit, the next event in Kim's lane", m.Selected().ID, m.lanes[m.lane].name)
	}
}

// Related events are marked △ on the pointer row and counted.
func TestRelatedEventsMarked(t *testing.T) {
	m := newAxis(t, 120, 40)
	m.Select(m.ds.Event("singapore-back-on-track"))
	pointer := scaleRow(t, m.View(), -1)
	if n := strings.Count(pointer, string(glyphRelated)); n != 3 {
		t.Errorf("pointer row %q marks %d related, want 3 (Kim–Moon summit, Singapore summit, second summit agreed)", pointer, n)
	}
	if !strings.Contains(m.View(), "3 related △") {
		t.Error("event line does not count the related events")
	}
}

// enter opens the selected event; esc goes back with it.
func TestOpenAndBack(t *testing.T) {
	m := newAxis(t, 80, 24)
	m, _ = press(m, "l")
	_, cmd := press(m, "enter")
	if msg, ok := cmd().(OpenMsg); !ok || msg.Event != m.Selected() {
		t.Errorf("enter sent %#v", cmd())
	}
	_, cmd = press(m, "esc")
	if msg, ok := cmd().(CloseMsg); !ok || msg.Event != m.Selected() {
		t.Errorf("esc sent %#v", cmd())
	}
}

// Nothing under the filter: a sentence, not an empty frame.
func TestNoEvents(t *testing.T) {
	m := newAxis(t, 60, 10)
	m.SetEvents(nil, nil)
	if !strings.Contains(m.View(), "No events under this filter") || m.Selected() != nil {
		t.Errorf("empty axis:\n%s", m.View())
	}
	m, _ = press(m, "l", "+", "j", "enter")
}

func TestDayNumbers(t *testing.T) {
	d := time.Date(2018, 9, 10, 0, 0, 0, 0, time.UTC)
	if !timeOf(dayOf(d)).Equal(d) {
		t.Error("dayOf and timeOf disagree")
	}
}

// An ongoing event runs on from its start (◐) as a dotted line to the day
// its source was published, or to the axis's end when that is unknown;
// a run that began before the window enters it from the left edge.
func TestOngoingRunsToPublication(t *testing.T) {
	dayOn := func(s string) day {
		d, _ := time.Parse(model.DayLayout, s)
		return dayOf(d)
	}
	m := newAxis(t, 120, 40)
	m, _ = press(m, "c") // full scale: every day in place
	lane := []rune(laneLine(t, m.View(), "US government"))
	at := func(d string) int { return m.labelWidth() + 1 + m.sc.col(dayOn(d)) }
	// The stalemate since the Singapore summit, 12 Jun, still on at the
	// article's publication, 10–13 Sep: drawn to the 10th.
	start, end := at("2018-06-12"), at("2018-09-10")
	if lane[start] != glyphOngoing || lane[start+1] != glyphRun || lane[end] != glyphRun || lane[end+1] == glyphRun {
		t.Errorf("the stalemate should run from column %d to %d:\n%q", start, end, string(lane))
	}
	if n := strings.Count(string(lane[start+1:end+1]), string(glyphRun)); n != end-start {
		t.Errorf("the run is broken: %d of %d columns dotted:\n%q", n, end-start, string(lane))
	}

	// Zoomed in on the September cycle, the run comes in from the left.
	m = newAxis(t, 120, 40)
	for m.Selected().ID != "envoys-visit-pyongyang" {
		m, _ = press(m, "l")
	}
	m, _ = press(m, "+", "+")
	lane = []rune(laneLine(t, m.View(), "US government"))
	if first := lane[m.labelWidth()+1]; first != glyphRun || strings.ContainsRune(string(lane), glyphOngoing) {
		t.Errorf("zoomed on September, the stalemate's run should enter from the left edge without its start:\n%s", m.View())
	}

	// A source with no publication date: the run goes to the axis's end.
	a := &model.Actor{ID: "a", Name: "Actor"}
	in := []model.Participant{{ActorID: "a"}}
	d := func(s string) model.Date { x, _ := model.ParseDate("day", s, "", ""); return x }
	ds := model.NewDataset([]*model.Source{{ID: "s"}}, []*model.Actor{a}, []*model.Event{
		{ID: "talks", Date: d("2018-05-10"), Status: model.StatusOngoing, Participants: in, Excerpts: []model.Excerpt{{SourceID: "s"}}},
		{ID: "meeting", Date: d("2018-06-20"), Status: model.StatusOccurred, Participants: in},
	})
	m = New(ds, DefaultKeyMap(), Styles{})
	m.SetSize(60, 10)
	m.SetEvents(ds.Events, nil)
	lane = []rune(laneLine(t, m.View(), "Actor"))
	if last := lane[m.labelWidth()+m.plotWidth()]; last != glyphRun {
		t.Errorf("with no publication date the run should reach the last column, found %q:\n%s", last, m.View())
	}
}

// The lanes follow the height: a resize to fewer rows and back draws the
// same frame as an axis made at each size, and a change of width alone
// keeps the lanes (they are not chosen again for it).
func TestLanesFollowResize(t *testing.T) {
	m := newAxis(t, 80, 24)
	for _, sz := range [][2]int{{80, 12}, {80, 30}, {100, 30}, {60, 24}} {
		m.SetSize(sz[0], sz[1])
		if want := newAxis(t, sz[0], sz[1]).View(); m.View() != want {
			t.Errorf("resized to %v:\n%s\nwant, as drawn at that size:\n%s", sz, m.View(), want)
		}
	}
}

// An axis laid out off the key path (WithEvents) and adopted draws what
// SetEvents draws, at the size and with the marks it has by then; while
// it waits, its frame says so.
func TestAdoptKeepsSizeAndMarks(t *testing.T) {
	ds := embedded(t)
	events := ds.Query(model.Filter{})
	marked := map[string]bool{events[2].ID: true}
	m := New(ds, DefaultKeyMap(), Styles{})
	m.SetSize(80, 24)
	m.SetPlacing()
	if !strings.Contains(m.View(), "Placing events") {
		t.Fatalf("waiting for its events, the axis does not say so:\n%s", m.View())
	}
	next := m.WithEvents(events, nil)
	m.SetSize(100, 30)
	m.SetMarked(marked)
	m.Adopt(next)
	want := New(ds, DefaultKeyMap(), Styles{})
	want.SetSize(100, 30)
	want.SetEvents(events, nil)
	want.SetMarked(marked)
	if m.Placing() || m.View() != want.View() {
		t.Errorf("adopted:\n%s\nwant, as SetEvents draws it:\n%s", m.View(), want.View())
	}
}
