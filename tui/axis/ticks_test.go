package axis

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"parley/bench/gen"
	"parley/model"
)

// Property over widths: every tick's label names the tick's own day, the
// ticks run forward, and the years on the label row (the lane column's
// and the plot's) are distinct and in order. A rich generated dataset
// spans 35 years (year ticks); the built-in one a few months, cut into
// stretches (day, week and month ticks), also zoomed and at full scale.
func TestLabelsAreDistinctAndInOrderAtEveryWidth(t *testing.T) {
	ld, err := gen.Load(gen.Params{Seed: 2018, Events: 3000, Actors: 20, SourceBytes: 8 << 10})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		ds   *model.Dataset
		keys []string
	}{
		{"generated", ld.Safe, nil},
		{"embedded", embedded(t), nil},
		{"embedded full scale", embedded(t), []string{"c"}},
		{"embedded zoomed", embedded(t), []string{"G", "h", "h", "+", "+"}},
	}
	years := regexp.MustCompile(`\b\d{4}\b`)
	for _, c := range cases {
		for w := MinWidth; w <= 220; w++ {
			m := New(c.ds, DefaultKeyMap(), Styles{})
			m.SetSize(w, 30)
			m.SetEvents(c.ds.Query(model.Filter{}), nil)
			m, _ = press(m, c.keys...)
			var prev day
			for i, tk := range ticks(m.sc) {
				if err := namesDay(tk.label, timeOf(tk.day)); err != "" {
					t.Fatalf("%s at %d columns: tick %q at %s: %s", c.name, w, tk.label, timeOf(tk.day).Format(time.DateOnly), err)
				}
				if i > 0 && tk.day <= prev {
					t.Fatalf("%s at %d columns: tick %q does not follow the one before", c.name, w, tk.label)
				}
				prev = tk.day
			}
			row := scaleRow(t, m.View(), 1)
			last := 0
			for _, y := range years.FindAllString(row, -1) {
				n, _ := strconv.Atoi(y)
				if n <= last {
					t.Fatalf("%s at %d columns: year %d after %d on the label row %q", c.name, w, n, last, row)
				}
				last = n
			}
		}
	}
}

// namesDay says what of label ("2018", "Jan 2018", "Sep", "8 Sep",
// "1 Jan 2018", "5") does not name d; "" when all of it does.
func namesDay(label string, d time.Time) string {
	for _, f := range strings.Fields(label) {
		switch n, err := strconv.Atoi(f); {
		case err != nil:
			if f != d.Format("Jan") {
				return "wrong month"
			}
		case len(f) == 4:
			if n != d.Year() {
				return "wrong year"
			}
		case n != d.Day():
			return "wrong day"
		}
	}
	return ""
}

// A scale that starts on 1 January labels that year on the plot: the
// lane column does not say it again, at any width.
func TestStartYearIsNotSaidTwice(t *testing.T) {
	from, to := dayOf(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)), dayOf(time.Date(2020, 6, 30, 0, 0, 0, 0, time.UTC))
	for pw := 20; pw <= 200; pw++ {
		m := Model{width: 12 + pw}
		m.sc = fullScale(from, to, pw)
		p := &plot{m: &m, lw: 11, pw: pw, ticks: ticks(m.sc)}
		var b strings.Builder
		for _, c := range p.labelRow() {
			b.WriteRune(c.r)
		}
		if n := strings.Count(b.String(), "2000"); n != 1 {
			t.Fatalf("at %d columns the start year is said %d times: %q", pw, n, b.String())
		}
	}
}
