package cli

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// On a file system without hard links (vfat, FUSE) a new file is still
// written whole, and a file already there is still never replaced.
func TestWriteAtomicNewFileWithoutHardLinks(t *testing.T) {
	for _, errno := range []syscall.Errno{syscall.EPERM, syscall.ENOTSUP, syscall.EXDEV} {
		t.Run(errno.Error(), func(t *testing.T) {
			old := linkFile
			t.Cleanup(func() { linkFile = old })
			linkFile = func(oldname, newname string) error {
				return &os.LinkError{Op: "link", Old: oldname, New: newname, Err: errno}
			}
			dir := t.TempDir()
			path := filepath.Join(dir, "new.json")
			if err := writeAtomic(path, []byte("first"), false); err != nil {
				t.Fatalf("first write: %v", err)
			}
			if err := writeAtomic(path, []byte("second"), false); !errors.Is(err, errExists) {
				t.Errorf("second write: %v, want errExists", err)
			}
			if got, _ := os.ReadFile(path); string(got) != "first" {
				t.Errorf("file holds %q, want the first write whole", got)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("left behind: %v", entries)
			}
		})
	}
}
