package tui

import (
	"regexp"
	"strings"
	"testing"

	"parley/bench/gen"
)

// ungrouped is a run of four or more digits: a count a person must count.
var ungrouped = regexp.MustCompile(`\d{4,}`)

// Every count on screen groups its digits as the loading screen does:
// header, status position, pane notes, the actor counts, a partial
// dataset's "so far".
func TestCountsGroupTheirThousands(t *testing.T) {
	ld, err := gen.Load(gen.Params{Seed: 7, Events: 12_345, Actors: 3, SourceBytes: 8 << 10})
	if err != nil {
		t.Fatal(err)
	}
	ds := ld.Safe
	m := resized(New(ds, Options{}), 120, 40)
	m = press(t, m, "G")
	v := m.View()
	mustContain(t, strings.Split(v, "\n")[0], "12,345 events")
	mustContain(t, statusRow(v), "12,345/12,345", "12,345 of 12,345 events")
	mustContain(t, v, "━ 12,345/12,345 ━") // the timeline's own note
	if bad := ungrouped.FindAllString(numbersOnly(v), -1); len(bad) > 0 {
		t.Errorf("counts without separators %q on:\n%s", bad, v)
	}

	m = press(t, m, "a")
	v = m.View()
	if bad := ungrouped.FindAllString(numbersOnly(v), -1); len(bad) > 0 || !strings.Contains(v, ",") {
		t.Errorf("actor counts without separators %q on:\n%s", bad, v)
	}

	l, _ := deliver(loadingModel(t, 120, 40, Options{}), Update{Dataset: ds})
	mustContain(t, strings.Split(l.View(), "\n")[0], "12,345 events so far")
}

// numbersOnly is v without what is not a count: dates and event ids
// ("2018-09-10", "ev-012345") keep their own digits.
func numbersOnly(v string) string {
	v = regexp.MustCompile(`\d{4}-\d\d(-\d\d)?|ev-\d+|src-\d+|\b(19|20)\d\d\b`).ReplaceAllString(v, "")
	return v
}
