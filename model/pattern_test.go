package model

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func day(s string) Date {
	t, _ := time.Parse(DayLayout, s)
	return Date{Precision: PrecisionDay, Start: t, Basis: BasisStated}
}

func phaseOf(id, start, end string, events ...string) *Phase {
	s, _ := time.Parse(DayLayout, start)
	e, _ := time.Parse(DayLayout, end)
	return &Phase{ID: id, Title: id, Start: s, End: e, EventIDs: events}
}

// render writes steps as "a1=b1 (note)", "a2=·", "·=b2" for comparison.
func render(p Pattern) string {
	var rows []string
	for _, s := range p.Steps {
		name := func(e *Event) string {
			if e == nil {
				return "·"
			}
			return e.ID
		}
		row := name(s.Earlier) + "=" + name(s.Later)
		if s.Note != "" {
			row += " (" + s.Note + ")"
		}
		rows = append(rows, row)
	}
	return strings.Join(rows, ", ")
}

// Two cycles: cancel, broker, back on; the later one has an extra step
// between, and one step of the earlier has no counterpart. One link is
// declared from the later side: links count from either end.
func patternFixture() *Dataset {
	ev := func(id, date string, links ...Link) *Event { return &Event{ID: id, Date: day(date), Links: links} }
	par := func(id, note string) Link { return Link{EventID: id, Kind: LinkParallels, Note: note} }
	events := []*Event{
		ev("a-cancel", "2018-05-24", par("b-cancel", "cancelled twice")),
		ev("a-broker", "2018-05-26", par("b-broker", "brokered twice")),
		ev("a-lonely", "2018-05-28"),
		ev("a-back", "2018-06-01", Link{EventID: "b-cancel", Kind: LinkLeadsTo}),
		ev("b-cancel", "2018-08-24"),
		ev("b-extra", "2018-09-01"),
		ev("b-broker", "2018-09-05"),
		ev("b-back", "2018-09-10", par("a-back", "back on twice")),
		ev("outside", "2018-07-01", par("a-cancel", "not in a phase")),
	}
	return NewDataset(nil, nil, events,
		phaseOf("later", "2018-08-24", "2018-09-10", "b-back", "b-cancel", "b-extra", "b-broker"),
		phaseOf("earlier", "2018-05-24", "2018-06-01", "a-cancel", "a-broker", "a-lonely", "a-back"))
}

func TestPatternAlignsPhasesStepByStep(t *testing.T) {
	d := patternFixture()
	a, b, ok := d.PatternPhases()
	if !ok || a.ID != "earlier" || b.ID != "later" {
		t.Fatalf("PatternPhases = %v, %v, %v; want earlier then later", a, b, ok)
	}
	p := d.Pattern(a, b)
	want := "a-cancel=b-cancel (cancelled twice), ·=b-extra, a-broker=b-broker (brokered twice), a-lonely=·, a-back=b-back (back on twice)"
	if got := render(p); got != want {
		t.Errorf("steps:\n got %s\nwant %s", got, want)
	}
	if p.Aligned() != 3 {
		t.Errorf("aligned = %d, want 3", p.Aligned())
	}
}

// One event may parallel two of the other phase: each link is a step.
func TestPatternEventWithTwoCounterparts(t *testing.T) {
	d := patternFixture()
	d.Event("a-broker").Links = append(d.Event("a-broker").Links, Link{EventID: "b-extra", Kind: LinkParallels, Note: "also"})
	d = NewDataset(nil, nil, d.Events, d.Phases...)
	got := render(d.Pattern(d.Phase("earlier"), d.Phase("later")))
	want := "a-cancel=b-cancel (cancelled twice), a-broker=b-extra (also), a-broker=b-broker (brokered twice), a-lonely=·, a-back=b-back (back on twice)"
	if got != want {
		t.Errorf("steps:\n got %s\nwant %s", got, want)
	}
}

func TestPatternPhasesNeedALink(t *testing.T) {
	d := NewDataset(nil, nil, []*Event{{ID: "x", Date: day("2018-05-01")}}, phaseOf("only", "2018-05-01", "2018-05-02", "x"))
	if a, b, ok := d.PatternPhases(); ok {
		t.Errorf("one phase gives a pattern: %v %v", a, b)
	}
	if got := fmt.Sprint(len(d.PhasesOf(d.Events[0]))); got != "1" {
		t.Errorf("PhasesOf = %s phases, want 1", got)
	}
}
