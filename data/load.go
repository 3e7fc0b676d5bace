package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	"parley/model"
)

// DefaultMaxBytes caps a user's dataset file (and each source text it
// names). It guards against naming a file that is no dataset (a disk image,
// a video) rather than limiting real ones: a million events as full as the
// embedded ones are about 1.2 GiB.
const DefaultMaxBytes = 2 << 30

// Loaded is one dataset twice over: Safe has every text made terminal-safe
// and is what screens and plain output show; Raw keeps the text exactly as
// the file had it, for JSON output.
type Loaded struct {
	Name     string // the file it came from, as given
	Safe     *model.Dataset
	Raw      *model.Dataset
	Warnings Problems // worth a look; none of them stopped the load
	Format   string   // the file's format: FormatParley or FormatTimelineJS
	Notes    []string // what a reader should know that is not a problem
	Files    []string // files read from disk: the dataset file first, then its text files
}

// The formats a dataset file can be read from.
const (
	FormatAuto       = "auto" // told by the file's shape
	FormatParley     = "parley"
	FormatTimelineJS = "timelinejs"
)

// Load decodes and validates a dataset. name labels problems; open reads a
// source's text_file, relative to the dataset. The error, when not nil, is
// Problems listing everything found.
func Load(name string, raw []byte, open func(string) ([]byte, error)) (*Loaded, error) {
	return load(name, string(raw), open, LoadOptions{})
}

// load is Load on text already held as a string: every string the model
// keeps from a dataset is a part of it, not a copy.
// o's Report and Preview, when not nil, hear how far it has got.
func load(name, text string, open func(string) ([]byte, error), o LoadOptions) (*Loaded, error) {
	text = withoutBOM(text) // Windows editors write one; JSON has no place for it
	return loadFrom(name, whole(text), func() (string, error) { return text, nil }, open, o)
}

// loadFrom streams the dataset f holds (see stream); a document that
// cannot be streamed is read from the whole text readAll gives.
func loadFrom(name string, f *feed, readAll func() (string, error), open func(string) ([]byte, error), o LoadOptions) (*Loaded, error) {
	size := int64(f.size)
	r := &reader{walker: walker{file: name}, open: open, report: o.Report, preview: newPreviewer(name, f.size, o.Preview), keeps: f.windows()}
	doc, ok := r.stream(f)
	f = nil // its window is not needed while the whole text is read, nor after
	if !ok {
		// Not laid out for streaming, or not valid JSON: take the whole tree,
		// from encoding/json when it must word a syntax error.
		text, err := readAll()
		if err != nil {
			return nil, Problems{{File: name, Msg: err.Error()}}
		}
		root, ok := parseAll(text)
		if !ok {
			if root, err = decode([]byte(text)); err != nil {
				return nil, Problems{{File: name, Msg: err.Error()}}
			}
			root = fromStd(root)
		}
		r = &reader{walker: walker{file: name, text: wholeText(text)}, open: open}
		doc = r.readDocument(root)
	}
	probs := r.named()
	if probs.Errors() > 0 {
		return nil, probs
	}
	if o.Report != nil {
		o.Report(Progress{Stage: StageIndexing, Done: size, Total: size, Events: len(doc.events)})
	}
	loaded := datasets(name, doc)
	loaded.Warnings = probs
	return loaded, nil
}

// datasets builds the raw and the terminal-safe dataset: one when cleaning
// changes nothing, as for most datasets; else two. The raw one is indexed
// while the text is cleaned: both only read the document.
func datasets(name string, doc *document) *Loaded {
	rawDone := make(chan *model.Dataset, 1)
	go func() { rawDone <- newDataset(doc) }()
	safe, same := safeCopy(doc)
	raw := <-rawDone
	if same {
		return &Loaded{Name: name, Raw: raw, Safe: raw, Format: FormatParley}
	}
	return &Loaded{Name: name, Raw: raw, Safe: newDataset(safe), Format: FormatParley}
}

func newDataset(doc *document) *model.Dataset {
	ds := model.NewDataset(doc.sources, doc.actors, doc.events, doc.phases...)
	ds.Sides = doc.sides
	return ds
}

// LoadFile loads a user's dataset from disk, refusing files over maxBytes.
func LoadFile(path string, maxBytes int64) (*Loaded, error) {
	return LoadFileAs(path, maxBytes, FormatAuto, nil)
}

// LoadFileAs is LoadFile for a file in the given format. With FormatAuto a
// file that is not a valid parley dataset but has a TimelineJS3
// timeline's shape is read as one; a valid dataset never costs the check.
// report, when not nil, hears how far the load has got.
func LoadFileAs(path string, maxBytes int64, format string, report func(Progress)) (*Loaded, error) {
	return LoadFileWith(path, LoadOptions{MaxBytes: maxBytes, Format: format, Report: report})
}

// LoadOptions are how LoadFileWith reads a file and whom it tells how far
// it has got.
type LoadOptions struct {
	MaxBytes int64  // the largest file it reads
	Format   string // FormatAuto, FormatParley or FormatTimelineJS
	// Report, when not nil, hears how far the load has got: every few MiB
	// read and every thousand or so events parsed, from one goroutine at a
	// time, never after the return.
	Report func(Progress)
	// Preview, when not nil, hears datasets of the events checked so far
	// while a large dataset is checked (see firstPreview), so they can be
	// shown before the whole file is in. It is called from a goroutine of
	// its own, one call at a time, never after the return. A file with a
	// problem found before a preview is due gets no preview.
	Preview func(*Loaded)
}

// LoadFileWith is LoadFileAs with the choices of o. A parley dataset laid
// out as datasets are written (events last) is read window by window and
// never held whole; any other file is read whole.
func LoadFileWith(path string, o LoadOptions) (*Loaded, error) {
	var mu sync.Mutex
	files := []string{path}
	read := func(p string) ([]byte, error) {
		mu.Lock()
		files = append(files, p)
		mu.Unlock()
		var b bytes.Buffer
		err := readCapped(p, o.MaxBytes, &b, nil)
		return b.Bytes(), err
	}
	// The whole text, read when it is needed, at most once.
	readAll := sync.OnceValues(func() (string, error) {
		var text strings.Builder // read straight into the string the model keeps parts of
		err := readCapped(path, o.MaxBytes, &text, o.Report)
		return withoutBOM(text.String()), err
	})
	loaded, err := loadFormat(path, readAll, openInside(filepath.Dir(path), read), o)
	if loaded != nil {
		loaded.Files = files
	}
	return loaded, err
}

// loadFormat loads the file at path in o's format: a parley dataset from
// a window of the file (see feed) read on as it is parsed, a TimelineJS
// timeline whole.
func loadFormat(path string, readAll func() (string, error), open func(string) ([]byte, error), o LoadOptions) (*Loaded, error) {
	if o.Format == FormatTimelineJS {
		text, err := readAll()
		if err != nil {
			return nil, Problems{{File: path, Msg: err.Error()}}
		}
		return loadTimelineJS(path, text)
	}
	file, size, err := openCapped(path, o.MaxBytes)
	if err != nil {
		return nil, Problems{{File: path, Msg: err.Error()}}
	}
	defer file.Close()
	loaded, err := loadFrom(path, windowed(file, size, windowBytes, o.MaxBytes), readAll, open, o)
	if err != nil && o.Format == FormatAuto {
		if text, rerr := readAll(); rerr == nil && isTimelineJS(text) {
			return asTimelineJS(path, text)
		}
	}
	return loaded, err
}

// asTimelineJS reads a file that is no valid parley dataset but has a
// TimelineJS timeline's shape (see isTimelineJS) as one. When that fails
// too, its problems are the ones reported, each saying which reading it
// comes from: the file's events have no parley key, so the parley
// reading's problems would only be every field missing, on every event.
func asTimelineJS(path, text string) (*Loaded, error) {
	loaded, err := loadTimelineJS(path, text)
	var probs Problems
	if !errors.As(err, &probs) {
		return loaded, err
	}
	for i := range probs {
		probs[i].Msg = "read as a TimelineJS timeline: " + probs[i].Msg
	}
	return nil, probs
}

// readCapped reads a file into dst, a bytes.Buffer or strings.Builder,
// refusing one over maxBytes; report, when not nil, hears the bytes read.
func readCapped[W interface {
	io.Writer
	Grow(int)
	Len() int
}](path string, maxBytes int64, dst W, report func(Progress)) error {
	f, size, err := openCapped(path, maxBytes)
	if err != nil {
		return err
	}
	defer f.Close()
	dst.Grow(int(size) + 1)
	var src io.Reader = io.LimitReader(f, maxBytes+1)
	if report != nil {
		src = &countingReader{r: src, total: size, report: report}
	}
	if _, err := io.Copy(dst, src); err != nil {
		return err
	}
	if int64(dst.Len()) > maxBytes {
		return tooLarge(maxBytes)
	}
	return nil
}

// openCapped opens a file the user named for reading, refusing what is no
// regular file and a file over maxBytes, with errors that do not repeat
// the path. size is its size when opened.
func openCapped(path string, maxBytes int64) (f *os.File, size int64, err error) {
	// O_NONBLOCK: opening a FIFO must not wait for a writer; the mode
	// check below then refuses it before any read.
	f, err = os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, 0, errors.Unwrap(err) // the *PathError's path is already named by the caller
	}
	info, err := f.Stat()
	switch {
	case err != nil:
		err = errors.Unwrap(err)
	case !info.Mode().IsRegular():
		err = fmt.Errorf("is %s, not a regular file", fileKind(info.Mode()))
	case info.Size() > maxBytes:
		err = tooLarge(maxBytes)
	}
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	return f, info.Size(), nil
}

func tooLarge(maxBytes int64) error {
	return fmt.Errorf("larger than the %d MiB limit", maxBytes>>20)
}

// decode parses one JSON document, numbers kept as text, and says where a
// syntax error sits as line and column.
func decode(raw []byte) (any, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, errors.New("file is empty (want a JSON object)")
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var root any
	if err := dec.Decode(&root); err != nil {
		return nil, describeJSONError(raw, err, dec.InputOffset())
	}
	end := dec.InputOffset()
	if _, err := dec.Token(); err != io.EOF {
		rest := raw[end:]
		line, col := lineCol(raw, end+int64(len(rest)-len(bytes.TrimLeft(rest, " \t\r\n"))))
		return nil, fmt.Errorf("line %d, column %d: unexpected data after the JSON document", line, col)
	}
	return root, nil
}

func describeJSONError(raw []byte, err error, fallback int64) error {
	var syntax *json.SyntaxError
	offset := fallback
	if errors.As(err, &syntax) {
		offset = syntax.Offset - 1 // Offset is just past the offending byte
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		offset = int64(len(raw))
		err = errors.New("unexpected end of file: the JSON document is cut short")
	}
	line, col := lineCol(raw, offset)
	return fmt.Errorf("line %d, column %d: invalid JSON: %v", line, col, err)
}

// lineCol gives the 1-based line and column (in bytes) of the byte at offset.
func lineCol[T string | []byte](raw T, offset int64) (line, col int) {
	offset = max(0, min(offset, int64(len(raw))))
	before := string(raw[:offset])
	line = strings.Count(before, "\n") + 1
	col = len(before) - strings.LastIndexByte(before, '\n')
	return line, col
}
