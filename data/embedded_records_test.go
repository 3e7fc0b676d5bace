package data

import (
	"path/filepath"
	"strings"
	"testing"

	"parley/model"
)

// genericRecord is what a record note says when it names nothing: a
// reader cannot look it up.
var genericRecord = []string{"", "public record", "from public record", "record", "public records"}

// namesNothing reports whether a record note names no record at all.
func namesNothing(note string) bool {
	n := strings.Trim(strings.ToLower(strings.TrimSpace(note)), ".;: ")
	for _, g := range genericRecord {
		if n == g {
			return true
		}
	}
	return false
}

// recordDates lists every date of a dataset whose basis is record, by the
// item it dates.
func recordDates(ds *model.Dataset) map[string]model.Date {
	out := map[string]model.Date{}
	for _, s := range ds.Sources {
		if s.Published.Basis == model.BasisRecord {
			out["source "+s.ID] = s.Published
		}
	}
	for _, e := range ds.Events {
		if e.Date.Basis == model.BasisRecord {
			out[e.ID] = e.Date
		}
	}
	return out
}

// A date from the public record names that record, in every dataset we
// ship: "from public record" alone cannot be checked.
func TestRecordDatesNameARecord(t *testing.T) {
	sets := map[string]*model.Dataset{"embedded": embeddedSafe(t)}
	examples, _ := filepath.Glob("../examples/*.json")
	for _, path := range examples {
		loaded, err := LoadFile(path, 1<<20)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		sets[path] = loaded.Safe
	}
	for name, ds := range sets {
		for item, d := range recordDates(ds) {
			if namesNothing(d.Note) {
				t.Errorf("%s: %s is dated from public record but its note %q names none", name, item, d.Note)
			}
		}
	}
}

// Each public-record date of the built-in dataset names the document,
// announcement or publication it rests on; a new one must join the table.
func TestEmbeddedRecordDatesNameTheirRecord(t *testing.T) {
	want := map[string][]string{
		"panmunjom-summit":        {"Panmunjom Declaration", "signed", "27 Apr 2018"},
		"singapore-back-on-track": {"Trump's announcement at the White House", "Kim Yong Chol", "1 Jun 2018"},
		"envoys-visit-pyongyang":  {"Chung Eui-yong's briefing in Seoul", "one-day visit", "5 Sep 2018"},
		"kim-praises-trump":       {"Chung Eui-yong's briefing in Seoul", "6 Sep 2018"},
		"trump-tweets-thanks":     {"Trump's tweet", "6 Sep 2018"},
		"kim-letter":              {"Air Force One", "Reuters", "the Washington Times", "6 Sep"},
	}
	got := recordDates(embeddedSafe(t))
	for id, d := range got {
		marks, ok := want[id]
		if !ok {
			t.Errorf("%s is dated from public record (%q) but has no expected record here", id, d.Note)
			continue
		}
		for _, m := range marks {
			if !strings.Contains(d.Note, m) {
				t.Errorf("%s: record note %q does not name %q", id, d.Note, m)
			}
		}
	}
	for id := range want {
		if _, ok := got[id]; !ok {
			t.Errorf("%s is no longer dated from public record; update this table", id)
		}
	}
}
