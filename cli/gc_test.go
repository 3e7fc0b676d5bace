package cli

import (
	"testing"

	"parley/data"
	"parley/model"
)

// Only the explorer keeps the load's memory limit: every printing path
// lifts it, as output built in memory would run back-to-back collections
// under it (parley --json on rich 100k took twice as long).
func TestOnlyTheExplorerKeepsTheMemoryLimit(t *testing.T) {
	explore := func(*model.Dataset, ExploreOptions) error { return nil }
	terminal := Env{StdoutIsTerminal: true, Getenv: func(string) string { return "" }, Explore: explore}
	piped := terminal
	piped.StdoutIsTerminal = false
	for _, c := range []struct {
		args []string
		env  Env
		want data.AfterLoad
	}{
		{[]string{"--data", "f.json"}, terminal, data.KeepLimit},
		{[]string{"--data", "f.json", "--event", "e"}, terminal, data.KeepLimit},
		{[]string{"--data", "f.json"}, piped, data.LiftLimit},
		{[]string{"--data", "f.json", "--json"}, terminal, data.LiftLimit},
		{[]string{"--data", "f.json", "--plain"}, terminal, data.LiftLimit},
		{[]string{"--data", "f.json", "--export", "timelinejs"}, terminal, data.LiftLimit},
		{[]string{"--data", "f.json", "--pattern"}, terminal, data.LiftLimit},
	} {
		o, err := parseFlags(c.args)
		if err != nil {
			t.Fatalf("%v: %v", c.args, err)
		}
		if got := afterLoad(o, c.env); got != c.want {
			t.Errorf("%v (stdout a terminal: %v): %v after the load, want %v", c.args, c.env.StdoutIsTerminal, got, c.want)
		}
	}
}
