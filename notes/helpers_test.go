package notes

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"parley/model"
)

// The tests start this test binary again as a writer process (for the
// crash and two-writer tests) when PARLEY_NOTES_WRITER is set.
const writerEnv = "PARLEY_NOTES_WRITER"

func TestMain(m *testing.M) {
	if file := os.Getenv(writerEnv); file != "" {
		os.Exit(runWriter(file, os.Getenv("WRITER_PREFIX"), os.Getenv("WRITER_COUNT")))
	}
	os.Exit(m.Run())
}

// runWriter saves count notes (and a mark every third one) to file, one
// change per save, and prints "saved ID" once each save has returned.
func runWriter(file, prefix, count string) int {
	n, err := strconv.Atoi(count)
	if err != nil || n < 0 {
		n = 1 << 30 // until killed
	}
	s, msg := Open(file, "test")
	if msg != "" {
		fmt.Fprintln(os.Stderr, msg)
		return 1
	}
	out := bufio.NewWriter(os.Stdout)
	for i := range n {
		id := fmt.Sprintf("%s%d", prefix, i)
		c := model.Change{Kind: model.ChangePutNote, Note: model.Note{ID: id, EventID: "ev", Text: "note " + id}}
		if i%3 == 2 {
			c = model.Change{Kind: model.ChangeMark, EventID: id}
		}
		if _, err := s.Change(c); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Fprintln(out, "saved", id)
		out.Flush()
	}
	return 0
}

// has reports whether the notebook holds the note or the mark with id.
func has(b model.Notebook, id string) bool {
	_, ok := b.Note(id)
	return ok || b.Marked(id)
}

// tempState points XDG_STATE_HOME and HOME at fresh directories, so that no
// test can touch the real ones, and returns a notes file path inside.
func tempState(t *testing.T) string {
	t.Helper()
	t.Setenv("HOME", t.TempDir())
	state := t.TempDir()
	t.Setenv("XDG_STATE_HOME", state)
	return filepath.Join(state, "parley", "test.notes.json")
}

func putNote(id, event, text string) model.Change {
	at := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	return model.Change{Kind: model.ChangePutNote, At: at, Note: model.Note{ID: id, EventID: event, Text: text, Created: at, Updated: at}}
}

// readOnlyDir makes dir refuse writes and returns the function that
// allows them again. As an unprivileged user a chmod does; root writes
// through permissions, so there dir becomes a tmpfs mounted read-only
// (with its files copied in); without that right the test is skipped.
func readOnlyDir(t *testing.T, dir string) (writable func()) {
	t.Helper()
	if os.Geteuid() != 0 {
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
		return func() { os.Chmod(dir, 0o755) }
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, e := range entries {
		if b, err := os.ReadFile(filepath.Join(dir, e.Name())); err == nil {
			files[e.Name()] = b
		}
	}
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=4m"); err != nil {
		t.Skipf("running as root, and cannot mount a tmpfs to make a read-only directory: %v", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, 0) })
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mount("", dir, "", syscall.MS_REMOUNT|syscall.MS_RDONLY, ""); err != nil {
		t.Fatal(err)
	}
	return func() {
		if err := syscall.Mount("", dir, "", syscall.MS_REMOUNT, ""); err != nil {
			t.Fatal(err)
		}
	}
}

// tempFiles lists the temporary files saves of file have left.
func tempFiles(t *testing.T, file string) []string {
	t.Helper()
	found, err := filepath.Glob(filepath.Join(filepath.Dir(file), tempPattern(filepath.Base(file))))
	if err != nil {
		t.Fatal(err)
	}
	return found
}
