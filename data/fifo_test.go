//go:build unix

package data

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A FIFO named as the dataset or as a text_file must be refused at once:
// reading one waits for a writer that never comes.
func TestLoadFileRefusesANamedPipe(t *testing.T) {
	dir := t.TempDir()
	writeDataset(t, dir, "pipe.txt")
	must(t, syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644))
	must(t, syscall.Mkfifo(filepath.Join(dir, "pipe.json"), 0o644))

	for _, name := range []string{"pipe.json", "mine.json"} {
		done := make(chan error, 1)
		go func() {
			_, err := LoadFile(filepath.Join(dir, name), DefaultMaxBytes)
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), "is a named pipe (FIFO), not a regular file") {
				t.Errorf("LoadFile(%s) error = %v, want it to name a FIFO", name, err)
			}
			if !strings.Contains(err.Error(), "pipe") {
				t.Errorf("LoadFile(%s) error = %v, want it to name the pipe", name, err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("LoadFile(%s) hangs on a FIFO", name)
		}
	}
}
