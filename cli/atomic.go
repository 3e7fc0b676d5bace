package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"syscall"
)

// writeAtomic puts data at path so that a reader, or a crash, sees the old
// file or the whole new one, never a part: a temporary file in the same
// directory is written and synced, put in place, and the directory synced.
//
// With replace true a symbolic link is followed (the file it names is
// replaced, not the link), an existing file keeps its permissions, and a
// file parley cannot read, or that is not a regular file, is left alone.
// With replace false nothing at path is ever touched: the new file is
// put in place by placeNew, which fails with errExists if the name is
// taken. A new file
// gets 0666 less the umask, as any tool creates one.
func writeAtomic(path string, data []byte, replace bool) (err error) {
	target, mode := path, fs.FileMode(0)
	if replace {
		if target, mode, err = replaceable(path); err != nil {
			return err
		}
	}
	dir := filepath.Dir(target)
	tmp, err := createTemp(dir, filepath.Base(target))
	if err != nil {
		return errors.Unwrap(err)
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed; linked, the name is left over
	defer func() {
		if err != nil {
			_ = tmp.Close()
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if mode != 0 { // replacing a file: keep its permissions
		if err = tmp.Chmod(mode); err != nil {
			return err
		}
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if replace {
		err = os.Rename(tmp.Name(), target)
	} else {
		err = placeNew(tmp.Name(), target)
	}
	if err != nil {
		return err
	}
	return syncDir(dir)
}

// placeNew puts the written file tmp at target, which must not exist yet.
// A hard link does it in one step; where the file system has none (vfat,
// many FUSE mounts) the name is claimed with an exclusive create and the
// complete file renamed over that claim, so a reader sees at worst an
// empty file, never a part, and a file already there is never replaced.
func placeNew(tmp, target string) error {
	err := linkFile(tmp, target)
	if err == nil || !noHardLinks(err) {
		if errors.Is(err, fs.ErrExist) {
			return errExists
		}
		return err
	}
	claim, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	if errors.Is(err, fs.ErrExist) {
		return errExists
	}
	if err != nil {
		return err
	}
	_ = claim.Close()
	if err := os.Rename(tmp, target); err != nil {
		_ = os.Remove(target) // our own empty claim
		return err
	}
	return nil
}

// linkFile is os.Link; tests replace it to act as a file system without
// hard links.
var linkFile = os.Link

// noHardLinks reports whether a link failed because the file system (or
// the two places) cannot have one, rather than for a reason a plain
// create would meet too.
func noHardLinks(err error) bool {
	for _, errno := range []error{syscall.EPERM, syscall.ENOTSUP, syscall.EOPNOTSUPP, syscall.EXDEV, syscall.ENOSYS, syscall.EMLINK} {
		if errors.Is(err, errno) {
			return true
		}
	}
	return false
}

// errExists is writeAtomic's answer when the file it must not replace is there.
var errExists = errors.New("already exists")

// replaceable resolves path to the file to replace and the mode the new
// one gets (0 for a new file), refusing what must not be overwritten.
func replaceable(path string) (string, fs.FileMode, error) {
	target := path
	if resolved, err := filepath.EvalSymlinks(path); err == nil {
		target = resolved
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", 0, errors.Unwrap(err)
	} else if _, lerr := os.Lstat(path); lerr == nil {
		return "", 0, errors.New("is a symbolic link to a file that does not exist")
	}
	info, err := os.Stat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return target, 0, nil
	case err != nil:
		return "", 0, errors.Unwrap(err)
	case !info.Mode().IsRegular():
		return "", 0, fmt.Errorf("is not a regular file; not overwritten")
	}
	f, err := os.Open(target)
	if err != nil {
		return "", 0, fmt.Errorf("exists and cannot be read (%v); parley does not overwrite a file it cannot read", errors.Unwrap(err))
	}
	_ = f.Close()
	return target, info.Mode().Perm(), nil
}

// createTemp creates a new file beside name in dir, with mode 0666 less
// the umask (os.CreateTemp would make it 0600).
func createTemp(dir, name string) (*os.File, error) {
	for {
		path := filepath.Join(dir, fmt.Sprintf(".%s.%d.tmp", name, rand.Uint32()))
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
}

// syncDir makes a rename or link in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
