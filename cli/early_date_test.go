package cli

import (
	"strings"
	"testing"
)

// A day in year 1 is Go's zero time: it must still reach the reader, in
// plain output and in JSON, not turn into "no date set" or an empty start.
func TestAnEarlyDateSurvivesPlainAndJSON(t *testing.T) {
	path := writeFile(t, "early.json", `{"schema": "parley/1",
  "sources": [{"id": "s", "title": "T", "text": "It began long ago."}],
  "actors": [{"id": "a", "name": "A", "kind": "person", "side": "none"}],
  "events": [{"id": "e", "title": "Start", "summary": "It begins.", "status": "occurred",
    "date": {"precision": "day", "start": "0001-01-01", "basis": "record", "note": "a record"},
    "actors": [{"actor": "a", "part": "begins"}],
    "excerpts": [{"source": "s", "text": "It began long ago."}]}]}`)
	plain := run(t, "--data", path, "--plain")
	if plain.code != ExitOK || !strings.Contains(plain.stdout, "date:     Mon 1 Jan 0001 (public record)") {
		t.Errorf("--plain (exit %d):\n%s%s", plain.code, plain.stdout, plain.stderr)
	}
	event := run(t, "--data", path, "--event", "e")
	if !strings.Contains(event.stdout, "date:     Mon 1 Jan 0001") || strings.Contains(event.stdout, "no date set") {
		t.Errorf("--event:\n%s", event.stdout)
	}
	js := run(t, "--data", path, "--json")
	if !strings.Contains(js.stdout, `"start": "0001-01-01"`) || !strings.Contains(js.stdout, `"display": "Mon 1 Jan 0001"`) {
		t.Errorf("--json does not keep the day:\n%s", js.stdout)
	}
}
