package data

import (
	"strings"
	"testing"
)

// The embedded dataset holds the article's thesis: the May cycle repeated
// in August and September, step by step.
func TestEmbeddedPatternRepeatsTheMayCycle(t *testing.T) {
	loaded, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ds := loaded.Safe
	earlier, later, ok := ds.PatternPhases()
	if !ok || earlier.ID != "singapore-run-up" || later.ID != "second-summit-run-up" {
		t.Fatalf("pattern phases = %v, %v", earlier, later)
	}
	if earlier.Display() != "24 May–12 Jun 2018" || later.Display() != "24 Aug–10 Sep 2018" {
		t.Errorf("phase spans %s and %s", earlier.Display(), later.Display())
	}
	var steps []string
	for _, s := range ds.Pattern(earlier, later).Steps {
		if !s.Gap() {
			steps = append(steps, s.Earlier.ID+"="+s.Later.ID)
		}
	}
	want := []string{
		"trump-cancels-singapore=pompeo-trip-cancelled", // the cancellation
		"kim-moon-second-summit=envoys-visit-pyongyang", // South Korea brokers
		"kim-moon-second-summit=kim-praises-trump",      // "good will" in May, "flattery" in September
		"singapore-back-on-track=second-summit-agreed",  // the summit back on
	}
	if strings.Join(steps, " ") != strings.Join(want, " ") {
		t.Errorf("aligned steps:\n got %v\nwant %v", steps, want)
	}
	for _, p := range ds.Phases {
		for _, x := range p.Excerpts {
			if src := ds.Source(x.SourceID); x.Start < 0 || src.Text[x.Start:x.End] != x.Text {
				t.Errorf("%s: excerpt %q is not at its recorded span", p.ID, x.Text)
			}
		}
	}
}
