package notes

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"parley/internal/words"
	"parley/model"
)

// maxFileBytes caps the notes file read: far above any reader's notes,
// low enough that a wrong --notes FILE cannot fill memory.
const maxFileBytes = 64 << 20

// Store is one notes file and this process's view of it: the notebook as
// last read, with this process's unsaved changes made on it. Its methods
// are safe to call from several goroutines.
type Store struct {
	mu       sync.Mutex
	path     string
	identity string
	book     model.Notebook
	pending  []model.Change // made here, not yet in the file, oldest first
}

// Open reads the notes file at path for the dataset named identity. It
// always returns a usable Store; msg, when not empty, is what the user must
// be told: that a file that did not parse was moved aside, or why the file
// could not be read (then the notebook starts empty and the next save
// tries again).
func Open(path, identity string) (s *Store, msg string) {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real // a notes file linked from elsewhere stays a link: saves replace what it points to
	}
	s = &Store{path: path, identity: identity}
	b, _, notice, err := s.load(false)
	var corrupt corruptError
	if errors.As(err, &corrupt) {
		// Move it aside, but only under the lock: another parley may be
		// writing a good file in its place right now.
		unlock, lerr := lock(path)
		if lerr != nil {
			return s, fmt.Sprintf("%v and could not be moved aside (%v); it is left as it is, and notes are not saved until it can be", err, lerr)
		}
		b, _, notice, err = s.load(true)
		unlock()
	}
	s.book = b
	if err != nil {
		return s, err.Error()
	}
	return s, notice
}

// Read reads a notes file without changing anything on disk, for printed
// output. A missing file is an error that wraps fs.ErrNotExist.
func Read(path string) (model.Notebook, error) {
	raw, err := readFile(path)
	if err != nil {
		return model.Notebook{}, fmt.Errorf("notes file %s: %w", path, err)
	}
	_, b, err := decode(raw)
	if err != nil {
		return model.Notebook{}, fmt.Errorf("notes file %s: %w", path, err)
	}
	return b, nil
}

// Path is the notes file's path.
func (s *Store) Path() string { return s.path }

// Notebook is the notebook as this process sees it.
func (s *Store) Notebook() model.Notebook {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.book
}

// Pending is the number of changes made here that are not in the file yet.
func (s *Store) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pending)
}

// Change makes c and saves at once. When the save fails, the change is
// kept (Notebook shows it) and every later Change or Save tries it again;
// notice, when not empty, is news about the file the user must be told.
func (s *Store) Change(c model.Change) (notice string, err error) {
	s.Make(c)
	return s.Save()
}

// Make makes c in memory only, at once and without I/O, for the next Save
// to write: an interface shows the change before the disk has it.
func (s *Store) Make(c model.Change) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.book = s.book.Apply(c)
	s.pending = append(s.pending, c)
}

// Save tries again to save the changes a failed save kept; it also takes
// in what other processes saved meanwhile.
func (s *Store) Save() (notice string, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.save()
}

// save writes the pending changes, made on the file as it is on disk now,
// under the lock, so that what other processes saved since is kept.
func (s *Store) save() (notice string, err error) {
	if len(s.pending) == 0 {
		return "", nil
	}
	if err := os.MkdirAll(filepath.Dir(s.path), 0o700); err != nil {
		return "", s.notSaved(err)
	}
	unlock, err := lock(s.path)
	if err != nil {
		return "", s.notSaved(err)
	}
	defer unlock()
	removeStaleTemps(s.path)
	disk, dataset, notice, err := s.load(true)
	if err != nil {
		return notice, s.notSaved(err)
	}
	for _, c := range s.pending {
		disk = disk.Apply(c)
	}
	if dataset == "" {
		dataset = s.identity
	}
	if err := writeAtomic(s.path, encode(dataset, disk)); err != nil {
		return notice, s.notSaved(err)
	}
	s.book, s.pending = disk, nil
	return notice, nil
}

// SaveError is a save that failed; its changes are kept in memory.
type SaveError struct {
	Path    string
	Pending int // changes kept, not in the file
	Err     error
}

func (e *SaveError) Error() string {
	return fmt.Sprintf("notes not saved: %v (%s kept, to save to %s)", e.Err, words.Count(e.Pending, "change", "changes"), e.Path)
}

func (e *SaveError) Unwrap() error { return e.Err }

func (s *Store) notSaved(err error) error {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		err = fmt.Errorf("%s: %w", pathErr.Path, pathErr.Err) // "open /x/.notes.123.tmp: read-only file system" reads as "/x/…: read-only file system"
	}
	return &SaveError{Path: s.path, Pending: len(s.pending), Err: err}
}

// corruptError is a file that is there but is not a notes file we can read.
type corruptError struct{ err error }

func (e corruptError) Error() string { return e.err.Error() }

// load reads the file as it is on disk. A file that does not parse is moved
// aside when locked (then notice says where) and reported as a
// corruptError otherwise; a file of a later version is an error, and left
// alone.
func (s *Store) load(locked bool) (b model.Notebook, dataset, notice string, err error) {
	raw, err := readFile(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return b, "", "", nil
	}
	if err != nil {
		return b, "", "", fmt.Errorf("cannot read notes file %s: %w", s.path, err)
	}
	dataset, b, err = decode(raw)
	var newer newerError
	switch {
	case err == nil:
		return b, dataset, "", nil
	case errors.As(err, &newer):
		return b, "", "", fmt.Errorf("notes file %s is left as it is: %w", s.path, err)
	case !locked:
		return b, "", "", corruptError{fmt.Errorf("notes file %s does not parse (%v)", s.path, err)}
	}
	aside, moveErr := moveAside(s.path)
	if moveErr != nil {
		return b, "", "", fmt.Errorf("notes file %s does not parse (%v) and could not be moved aside (%v); it is left as it is", s.path, err, moveErr)
	}
	return model.Notebook{}, "", fmt.Sprintf("notes file %s did not parse (%v); it was moved to %s and parley starts a new one", s.path, err, aside), nil
}

// readFile reads the notes file, refusing anything but a regular file of
// at most maxFileBytes.
func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		var pathErr *fs.PathError
		if errors.As(err, &pathErr) {
			return nil, pathErr.Err // the caller names the path
		}
		return nil, err
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && !info.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	raw, err := io.ReadAll(io.LimitReader(f, maxFileBytes+1))
	if err != nil {
		return nil, err
	}
	if len(raw) > maxFileBytes {
		return nil, fmt.Errorf("larger than %d MiB: not a notes file", maxFileBytes>>20)
	}
	return raw, nil
}

// DescribePending says, one line each, what the changes not yet saved
// are, so that a reader leaving with a failing save can copy them out.
func (s *Store) DescribePending() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, c := range s.pending {
		switch c.Kind {
		case model.ChangeMark:
			out = append(out, "mark "+c.EventID)
		case model.ChangeUnmark:
			out = append(out, "unmark "+c.EventID)
		case model.ChangePutNote:
			out = append(out, fmt.Sprintf("note on %s: %q", c.Note.EventID, c.Note.Text))
		case model.ChangeDeleteNote:
			out = append(out, "delete note "+c.Note.ID)
		}
	}
	return out
}
