package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/model"
	"parley/notes"
)

// stateWithNotes makes a state directory whose notes file for the built-in
// dataset holds the given changes, saved as the explorer saves them.
func stateWithNotes(t *testing.T, changes ...model.Change) (state, file string) {
	t.Helper()
	state = t.TempDir()
	file, err := notes.DefaultPath(func(k string) string { return map[string]string{"XDG_STATE_HOME": state}[k] }, "builtin:dataset/summit-2018.json")
	if err != nil {
		t.Fatal(err)
	}
	s, _ := notes.Open(file, "builtin:dataset/summit-2018.json")
	for _, c := range changes {
		if _, err := s.Change(c); err != nil {
			t.Fatal(err)
		}
	}
	return state, file
}

func TestOutputShowsTheNotesFromTheStateDirectory(t *testing.T) {
	state, _ := stateWithNotes(t,
		model.Change{Kind: model.ChangeMark, EventID: "kim-letter"},
		model.Change{Kind: model.ChangePutNote, Note: model.Note{ID: "n", EventID: "kim-letter", Text: "check the date"}})
	env := map[string]string{"XDG_STATE_HOME": state}
	if r := runIn(t, false, env, "--json", "--event", "kim-letter"); !strings.Contains(r.stdout, `"marked": true`) || !strings.Contains(r.stdout, `"text": "check the date"`) {
		t.Errorf("--json lacks the mark or the note:\n%s", r.stdout)
	}
	if r := runIn(t, false, env, "--plain", "--event", "kim-letter"); !strings.Contains(r.stdout, "marked:   yes") || !strings.Contains(r.stdout, "note:    check the date") {
		t.Errorf("--plain --event lacks the mark or the note:\n%s", r.stdout)
	}
	if r := runIn(t, false, map[string]string{"HOME": t.TempDir()}, "--json"); strings.Contains(r.stdout, `"marked": true`) {
		t.Error("notes under another state directory were shown")
	}
}

func TestAMissingNotesFileNamedOnTheCommandLineIsAnError(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "typo.notes.json")
	r := run(t, "--notes", missing)
	if r.code != ExitData || r.stdout != "" || !strings.Contains(r.stderr, missing) {
		t.Errorf("exit %d, stderr %q: want exit 1 naming the file", r.code, r.stderr)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("printing output created the notes file")
	}
}

func TestAnUnreadableNotesFileWarnsAndIsLeftAsItIs(t *testing.T) {
	state, file := stateWithNotes(t)
	os.MkdirAll(filepath.Dir(file), 0o700)
	os.WriteFile(file, []byte("{ not json"), 0o600)
	r := runIn(t, false, map[string]string{"XDG_STATE_HOME": state}, "--plain")
	if r.code != ExitOK || !strings.HasPrefix(r.stdout, "16 events") {
		t.Errorf("exit %d: the timeline should still print", r.code)
	}
	if !strings.Contains(r.stderr, "warning") || !strings.Contains(r.stderr, file) {
		t.Errorf("stderr %q: want a warning naming the file", r.stderr)
	}
	if kept, _ := os.ReadFile(file); string(kept) != "{ not json" {
		t.Error("printed output changed the notes file")
	}
}

func TestNoteTextCannotDriveTheTerminal(t *testing.T) {
	state, _ := stateWithNotes(t, model.Change{Kind: model.ChangePutNote,
		Note: model.Note{ID: "n", EventID: "kim-letter", Text: "clear \x1b[2J now\x07 and \x9b31m"}})
	r := runIn(t, false, map[string]string{"XDG_STATE_HOME": state}, "--plain", "--event", "kim-letter")
	assertTerminalSafe(t, "--plain --event", []byte(r.stdout))
	if !strings.Contains(r.stdout, "clear  now and") {
		t.Errorf("the note's text is not shown:\n%s", r.stdout)
	}
}

func TestTheExplorerIsToldWhereNotesGo(t *testing.T) {
	r := runIn(t, true, nil)
	if r.explored == nil || r.explored.NotesFile != "" || !strings.Contains(r.explored.NotesProblem, "--notes") {
		t.Errorf("with no HOME: %+v, want a problem pointing to --notes", r.explored)
	}
	r = runIn(t, true, nil, "--notes", "mine.json")
	if r.explored == nil || r.explored.NotesFile != "mine.json" || r.explored.NotesProblem != "" {
		t.Errorf("with --notes: %+v", r.explored)
	}
	if r := run(t, "--validate", "x.json", "--notes", "mine.json"); r.code != ExitUsage {
		t.Errorf("--validate with --notes: exit %d, want 2", r.code)
	}
}

func TestMarkedKeepsOnlyMarkedEventsAndSearchFindsNotes(t *testing.T) {
	state, _ := stateWithNotes(t,
		model.Change{Kind: model.ChangeMark, EventID: "kim-letter"},
		model.Change{Kind: model.ChangeMark, EventID: "pyongyang-summit"},
		model.Change{Kind: model.ChangePutNote, Note: model.Note{ID: "n", EventID: "sanders-briefing", Text: "ask the Blue House"}})
	env := map[string]string{"XDG_STATE_HOME": state}
	r := runIn(t, false, env, "--marked")
	if !strings.HasPrefix(r.stdout, "2 of 16 events · marked only\n") || !strings.Contains(r.stdout, "id:       kim-letter") || !strings.Contains(r.stdout, "id:       pyongyang-summit") {
		t.Errorf("--marked:\n%s", r.stdout)
	}
	r = runIn(t, false, env, "--search", "blue house")
	if !strings.HasPrefix(r.stdout, "1 of 16 events") || !strings.Contains(r.stdout, "id:       sanders-briefing") {
		t.Errorf("--search finds no note text:\n%s", r.stdout)
	}
}
