package cli

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// writeAtomic writes data to path so that a reader, or a crash, sees the
// old file or the new one, never a part: a temporary file in the same
// directory, synced, then put in place, then the directory synced. With
// replace false an existing file is never touched (the new one is linked
// in, which fails if the name is taken); with replace true it is renamed
// over, keeping the old file's permissions.
func writeAtomic(path string, data []byte, replace bool) error {
	dir := filepath.Dir(path)
	mode := fs.FileMode(0o644)
	if replace {
		info, err := os.Stat(path)
		if err != nil {
			return err
		}
		mode = info.Mode().Perm()
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once the file is in place
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if replace {
		err = os.Rename(tmp.Name(), path)
	} else if err = os.Link(tmp.Name(), path); errors.Is(err, fs.ErrExist) {
		err = errExists
	}
	if err != nil {
		return err
	}
	return syncDir(dir)
}

// errExists is writeAtomic's answer when the file it must not replace is there.
var errExists = errors.New("already exists")

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
