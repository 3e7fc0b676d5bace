package notes

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/model"
)

func TestNotesAndMarksSurviveARestart(t *testing.T) {
	file := tempState(t)
	s, msg := Open(file, "builtin:x")
	if msg != "" {
		t.Fatalf("a first start with no file says %q", msg)
	}
	steps := []model.Change{
		putNote("n1", "kim-letter", "first thought\nsecond line"),
		{Kind: model.ChangeMark, EventID: "kim-letter"},
		{Kind: model.ChangeMark, EventID: "sanders-briefing"},
		putNote("n2", "sanders-briefing", "to delete"),
		{Kind: model.ChangeDeleteNote, Note: model.Note{ID: "n2"}},
		{Kind: model.ChangeUnmark, EventID: "sanders-briefing"},
		putNote("n1", "kim-letter", "first thought, edited"),
	}
	for _, c := range steps {
		if _, err := s.Change(c); err != nil {
			t.Fatal(err)
		}
	}
	again, msg := Open(file, "builtin:x")
	if msg != "" {
		t.Fatalf("restart says %q", msg)
	}
	b := again.Notebook()
	if n, ok := b.Note("n1"); !ok || n.Text != "first thought, edited" {
		t.Errorf("after a restart note n1 is %+v, want the edited text", n)
	}
	if _, ok := b.Note("n2"); ok {
		t.Error("a deleted note came back after a restart")
	}
	if !b.Marked("kim-letter") || b.Marked("sanders-briefing") {
		t.Errorf("after a restart the marks are %+v, want kim-letter only", b.Marks)
	}
	raw, _ := os.ReadFile(file)
	if !strings.Contains(string(raw), `"format": "parley-notes"`) || !strings.Contains(string(raw), `"version": 1`) || !strings.Contains(string(raw), `"dataset": "builtin:x"`) {
		t.Errorf("the file does not name its format, version and dataset:\n%s", raw)
	}
}

func TestACorruptFileIsMovedAsideNeverOverwritten(t *testing.T) {
	file := tempState(t)
	os.MkdirAll(filepath.Dir(file), 0o700)
	garbage := []byte(`{"format": "parley-notes", "version": 1, "notes": [{"id": "n1", "text": "hal`)
	if err := os.WriteFile(file, garbage, 0o600); err != nil {
		t.Fatal(err)
	}
	s, msg := Open(file, "test")
	asides, _ := filepath.Glob(file + ".corrupt-*")
	if len(asides) != 1 {
		t.Fatalf("want the corrupt file moved to one %s.corrupt-TIME, found %v", file, asides)
	}
	if !strings.Contains(msg, "did not parse") || !strings.Contains(msg, asides[0]) {
		t.Errorf("the user is not told where the file went: %q", msg)
	}
	if kept, _ := os.ReadFile(asides[0]); string(kept) != string(garbage) {
		t.Errorf("the moved file is not the original: %q", kept)
	}
	if len(s.Notebook().Notes) != 0 {
		t.Error("parley should start with empty notes")
	}
	if _, err := s.Change(putNote("n2", "ev", "fresh")); err != nil {
		t.Fatal(err)
	}
	if b, err := Read(file); err != nil || !has(b, "n2") {
		t.Errorf("a new file was not started: %v", err)
	}
}

func TestAFileOfALaterVersionIsLeftAlone(t *testing.T) {
	file := tempState(t)
	os.MkdirAll(filepath.Dir(file), 0o700)
	later := []byte(`{"format": "parley-notes", "version": 2, "whatever": "comes next"}`)
	os.WriteFile(file, later, 0o600)
	s, msg := Open(file, "test")
	if !strings.Contains(msg, "version 2") {
		t.Errorf("the message does not say why the file is not used: %q", msg)
	}
	_, err := s.Change(putNote("n1", "ev", "text"))
	var saveErr *SaveError
	if !errors.As(err, &saveErr) || saveErr.Pending != 1 {
		t.Errorf("saving over a later version: got %v, want a SaveError keeping 1 change", err)
	}
	if now, _ := os.ReadFile(file); string(now) != string(later) {
		t.Errorf("the later version's file was changed:\n%s", now)
	}
	if asides, _ := filepath.Glob(file + ".corrupt-*"); len(asides) != 0 {
		t.Errorf("a later version is not corrupt, but was moved aside: %v", asides)
	}
}

func TestAReadOnlyDirectoryKeepsChangesInMemoryAndRetries(t *testing.T) {
	file := tempState(t)
	s, _ := Open(file, "test")
	if _, err := s.Change(putNote("n1", "ev", "saved before")); err != nil {
		t.Fatal(err)
	}
	writable := readOnlyDir(t, filepath.Dir(file))

	_, err := s.Change(putNote("n2", "ev", "made while read-only"))
	var saveErr *SaveError
	if !errors.As(err, &saveErr) {
		t.Fatalf("saving into a read-only directory: got %v, want a SaveError", err)
	}
	if !strings.Contains(err.Error(), "read-only file system") && !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("the message does not say why: %q", err)
	}
	if !strings.Contains(err.Error(), file) || saveErr.Pending != 1 || s.Pending() != 1 {
		t.Errorf("the message does not name the file and the change kept: %q (pending %d)", err, s.Pending())
	}
	if !has(s.Notebook(), "n2") {
		t.Error("the unsaved note is gone from the notebook shown")
	}
	if b, err := Read(file); err != nil || !has(b, "n1") || has(b, "n2") {
		t.Errorf("the file should still be the last one saved: %v", err)
	}

	writable()
	if _, err := s.Save(); err != nil {
		t.Fatalf("the retry after the directory became writable failed: %v", err)
	}
	if b, err := Read(file); err != nil || !has(b, "n1") || !has(b, "n2") || s.Pending() != 0 {
		t.Errorf("the retry did not save the kept change: %v, pending %d", err, s.Pending())
	}
}

func TestASaveRemovesTemporaryFilesACrashLeft(t *testing.T) {
	file := tempState(t)
	s, _ := Open(file, "test")
	s.Change(putNote("n1", "ev", "one"))
	stale := filepath.Join(filepath.Dir(file), "."+filepath.Base(file)+".123456.tmp")
	os.WriteFile(stale, []byte("half a fi"), 0o600)
	s.Change(putNote("n2", "ev", "two"))
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the temporary file a killed save left is still there: %v", err)
	}
}

func TestReadNeverChangesTheDisk(t *testing.T) {
	file := tempState(t)
	os.MkdirAll(filepath.Dir(file), 0o700)
	os.WriteFile(file, []byte("not json"), 0o600)
	if _, err := Read(file); err == nil || !strings.Contains(err.Error(), file) {
		t.Errorf("reading a corrupt file for output: got %v, want an error naming it", err)
	}
	entries, _ := os.ReadDir(filepath.Dir(file))
	if len(entries) != 1 {
		t.Errorf("Read moved or created files: %v", entries)
	}
	if _, err := Read(file + ".missing"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing file: got %v, want fs.ErrNotExist", err)
	}
}

func TestUnsavedChangesCanBeNamed(t *testing.T) {
	file := tempState(t)
	state := filepath.Dir(filepath.Dir(file))
	os.RemoveAll(state)
	os.WriteFile(state, nil, 0o600) // the state directory is a file: nothing can be saved
	s, _ := Open(file, "test")
	s.Change(model.Change{Kind: model.ChangeMark, EventID: "kim-letter"})
	s.Change(putNote("n", "kim-letter", "two\nlines"))
	got := strings.Join(s.DescribePending(), "|")
	if want := `mark kim-letter|note on kim-letter: "two\nlines"`; got != want {
		t.Errorf("pending described as %q, want %q", got, want)
	}
}

func TestASymlinkedNotesFileStaysALink(t *testing.T) {
	file := tempState(t)
	target := filepath.Join(t.TempDir(), "project-notes.json")
	os.MkdirAll(filepath.Dir(file), 0o700)
	s, _ := Open(target, "test")
	mustChange(t, s, putNote("n1", "ev", "in the project"))
	if err := os.Symlink(target, file); err != nil {
		t.Fatal(err)
	}
	linked, _ := Open(file, "test")
	mustChange(t, linked, putNote("n2", "ev", "through the link"))
	if fi, err := os.Lstat(file); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced by a file: %v", err)
	}
	if b := mustRead(t, target); !has(b, "n1") || !has(b, "n2") {
		t.Errorf("the linked file lacks a note: %+v", b)
	}
}
