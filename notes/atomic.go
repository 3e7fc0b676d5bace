package notes

import (
	"os"
	"path/filepath"
)

// writeAtomic replaces file with text so that a crash at any moment leaves
// the old file or the new one: the text goes to a temporary file in the
// same directory, is synced to disk, renamed over file, and the directory
// is synced so that the rename itself survives a power cut. Only when it
// returns nil is the save complete.
func writeAtomic(file string, text []byte) error {
	dir, base := filepath.Split(file)
	tmp, err := os.CreateTemp(dir, tempPattern(base))
	if err != nil {
		return err
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(text); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), file); err != nil {
		return err
	}
	done = true
	return syncDir(dir)
}

// tempPattern names the temporary files of a save of base: hidden, and
// recognisable, so that the next save can remove one a crash left behind.
func tempPattern(base string) string { return "." + base + ".*.tmp" }

// removeStaleTemps removes temporary files earlier saves of file left when
// they were killed. Called with the lock held: no save is under way.
func removeStaleTemps(file string) {
	dir, base := filepath.Split(file)
	stale, _ := filepath.Glob(filepath.Join(dir, tempPattern(base)))
	for _, f := range stale {
		os.Remove(f)
	}
}

func syncDir(dir string) error {
	if dir == "" {
		dir = "."
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
