package model

import (
	"strings"
	"testing"
)

func mustDate(t *testing.T, precision, start, end, part string) Date {
	t.Helper()
	d, err := ParseDate(precision, start, end, part)
	if err != nil {
		t.Fatalf("ParseDate(%q, %q, %q, %q): %v", precision, start, end, part, err)
	}
	return d
}

func TestDisplayShowsPrecision(t *testing.T) {
	cases := []struct {
		precision, start, end, part, want string
	}{
		{"day", "2018-09-10", "", "", "Mon 10 Sep 2018"},
		{"month", "2018-04-01", "", "", "Apr 2018"},
		{"month", "2018-09-01", "", "late", "late Sep 2018"},
		{"month", "2018-09-01", "", "early", "early Sep 2018"},
		{"range", "2018-09-18", "2018-09-20", "", "18–20 Sep 2018"},
		{"range", "2018-06-12", "2018-09-10", "", "12 Jun–10 Sep 2018"},
		{"range", "2017-12-30", "2018-01-02", "", "30 Dec 2017–2 Jan 2018"},
		{"range", "2018-09-18", "2018-09-18", "", "Tue 18 Sep 2018"},
		{"none", "", "", "", "no date set"},
	}
	for _, c := range cases {
		if got := mustDate(t, c.precision, c.start, c.end, c.part).Display(); got != c.want {
			t.Errorf("%s %s..%s %s: Display() = %q, want %q", c.precision, c.start, c.end, c.part, got, c.want)
		}
	}
}

func TestParseDateRejects(t *testing.T) {
	cases := []struct {
		precision, start, end, part, want string
	}{
		{"week", "2018-09-10", "", "", `precision "week" is not one of`},
		{"day", "", "", "", "precision day needs a start"},
		{"day", "2018-02-30", "", "", `start "2018-02-30" is not a real date`},
		{"day", "10 Sep 2018", "", "", "is not a date of the form YYYY-MM-DD"},
		{"range", "2018-09-20", "2018-09-18", "", "end 2018-09-18 is before start 2018-09-20"},
		{"range", "2018-09-20", "", "", "precision range needs an end"},
		{"day", "2018-09-10", "2018-09-11", "", "takes no end"},
		{"month", "2018-09-05", "", "", "month's first day"},
		{"month", "2018-09-01", "", "soon", `part "soon" is not one of`},
		{"day", "2018-09-10", "", "late", "part goes only with precision month"},
		{"none", "2018-09-10", "", "", "precision none takes no start"},
	}
	for _, c := range cases {
		_, err := ParseDate(c.precision, c.start, c.end, c.part)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParseDate(%q, %q, %q, %q) error = %v, want it to contain %q", c.precision, c.start, c.end, c.part, err, c.want)
		}
	}
}

func TestProvenanceNamesTheWords(t *testing.T) {
	d := mustDate(t, "day", "2018-09-14", "", "")
	d.Basis, d.Words = BasisInferred, "this Friday"
	if got := d.Provenance(); got != `inferred from "this Friday"` {
		t.Errorf("inferred: %q", got)
	}
	d.Basis, d.Words, d.Note = BasisRecord, "in April", "summit held 27 Apr 2018"
	if got := d.Provenance(); got != `from public record; the source says only "in April": summit held 27 Apr 2018` {
		t.Errorf("record: %q", got)
	}
	d.Basis, d.Words, d.Note = BasisStated, "May 24", ""
	if got := d.Provenance(); got != `stated in the source ("May 24")` {
		t.Errorf("stated: %q", got)
	}
}

// An undated event's provenance gives the source's words or the note when
// it has them, without repeating the "no date set" its Display says, and
// "no date set" when it has nothing else, never that its basis is unknown.
func TestProvenanceOfNoDateSet(t *testing.T) {
	cases := []struct {
		words, note, want string
	}{
		{"", "", ""}, // Display already says "no date set"
		{"no place or date has yet been set", "", `the source says "no place or date has yet been set"`},
		{"", "talks are planned", "talks are planned"},
		{"not yet", "talks are planned", `the source says "not yet"; talks are planned`},
	}
	for _, c := range cases {
		d := mustDate(t, "none", "", "", "")
		d.Words, d.Note = c.words, c.note
		if got := d.Provenance(); got != c.want {
			t.Errorf("words %q, note %q: Provenance() = %q, want %q", c.words, c.note, got, c.want)
		}
	}
}

func TestBeforeIsPrecisionAware(t *testing.T) {
	day := mustDate(t, "day", "2018-09-05", "", "")
	month := mustDate(t, "month", "2018-09-01", "", "")
	early := mustDate(t, "month", "2018-09-01", "", "early")
	late := mustDate(t, "month", "2018-09-01", "", "late")
	rangeEnd := mustDate(t, "range", "2018-09-18", "2018-09-20", "")
	none := mustDate(t, "none", "", "", "")
	ordered := []Date{early, month, day, rangeEnd, late, none}
	for i := range ordered {
		for j := range ordered {
			if got, want := ordered[i].Before(ordered[j]), i < j; got != want {
				t.Errorf("%s before %s = %v, want %v", ordered[i].Display(), ordered[j].Display(), got, want)
			}
		}
	}
}

// Year 1 is Go's zero time, and still a day a dataset can name: it must
// not read as "no date set" nor sort after the dated events.
func TestTheFirstDayOfYearOneIsADate(t *testing.T) {
	early := mustDate(t, "day", "0001-01-01", "", "")
	if !early.Dated() || early.Display() != "Mon 1 Jan 0001" {
		t.Errorf("0001-01-01: Dated() = %v, Display() = %q", early.Dated(), early.Display())
	}
	later := mustDate(t, "day", "2018-09-10", "", "")
	if !early.Before(later) || later.Before(early) {
		t.Errorf("0001-01-01 does not sort before 2018-09-10")
	}
	span := mustDate(t, "range", "0001-01-01", "0001-01-03", "")
	if got := span.Display(); got != "1–3 Jan 0001" {
		t.Errorf("range in year 1 = %q", got)
	}
}

func TestAnImpossibleDayIsNotARealDate(t *testing.T) {
	for _, s := range []string{"2018-02-30", "2018-13-01", "2017-02-29", "2018-00-10"} {
		_, err := ParseDate("day", s, "", "")
		if err == nil || !strings.Contains(err.Error(), "is not a real date") {
			t.Errorf("ParseDate(day, %s) error = %v, want \"not a real date\"", s, err)
		}
	}
	_, err := ParseDate("day", "10 Sep 2018", "", "")
	if err == nil || !strings.Contains(err.Error(), "not a date of the form YYYY-MM-DD") {
		t.Errorf("a day in the wrong form: error = %v", err)
	}
}

// Several phrases of words are quoted each on its own, not as one run of
// text the article never prints.
func TestProvenanceQuotesEachPhrase(t *testing.T) {
	d := mustDate(t, "day", "2018-09-14", "", "")
	d.Basis, d.Words, d.Note = BasisInferred, "This Friday; next week, from Sept 18-20", "Fri 14 Sep 2018"
	want := `inferred from "This Friday" and "next week, from Sept 18-20": Fri 14 Sep 2018`
	if got := d.Provenance(); got != want {
		t.Errorf("Provenance() = %q, want %q", got, want)
	}
}
