package data

import (
	"io"
	"strings"
)

// textAt is a part of a dataset file held in memory (the whole file, or
// the window of it being read) and where it stands in the file.
type textAt struct {
	text      string
	base      int // the offset in the file of text[0]
	line, col int // the line and column of text[0], from 1
}

func wholeText(s string) textAt { return textAt{text: s, line: 1, col: 1} }

// lineCol gives the 1-based line and column (in bytes) of the byte at
// offset in the file, which t holds.
func (t textAt) lineCol(offset int) (line, col int) {
	l, c := lineCol(t.text, int64(offset-t.base)) // within text, from 1
	if l == 1 {
		return t.line, t.col + c - 1
	}
	return t.line + l - 1, c
}

// from is where t.text[n:] stands in the file: its line and column.
func (t textAt) from(n int) textAt {
	line, col := t.lineCol(t.base + n)
	return textAt{text: t.text[n:], base: t.base + n, line: line, col: col}
}

// feed is the text a stream parses: the whole of it at once, or a file
// read window by window, so that a large file is never held whole.
type feed struct {
	textAt
	file  io.ReaderAt // the file; nil once none is left to read
	next  int64       // the offset in the file of the next byte to read
	chunk int         // the bytes a window reads on
	size  int         // the file's size, for progress
	skip  int         // bytes before text's offset 0 (a byte-order mark)
	cap   int64       // the most it may read
}

// windowBytes is how much of a file a window reads at a time: enough
// that moving on is rare, little next to a large file. A window lives
// until the events parsed from it are checked.
const windowBytes = 4 << 20

// whole is a feed of text held whole.
func whole(text string) *feed {
	return &feed{textAt: wholeText(text), size: len(text)}
}

// windowed is a feed of the file src, of size bytes, read chunk bytes at
// a time; capped says how much of it may be read at most.
func windowed(src io.ReaderAt, size int64, chunk int, capped int64) *feed {
	f := &feed{textAt: wholeText(""), file: src, chunk: chunk, size: int(size), cap: capped}
	f.more(0)
	if rest, ok := strings.CutPrefix(f.text, bom); ok { // Windows editors write one; JSON has no place for it
		f.text, f.skip = rest, len(bom)
	}
	return f
}

// windows reports whether the feed reads a file window by window: then
// the strings a dataset keeps must be copied out of the window.
func (f *feed) windows() bool { return f.chunk > 0 }

// more moves the window on to start at text[from:] and reads on past its
// end, at least doubling what was kept, reporting whether there was more
// to read.
func (f *feed) more(from int) bool {
	if f.file == nil {
		return false
	}
	kept := f.from(from)
	var b strings.Builder
	b.Grow(len(kept.text) + max(f.chunk, len(kept.text)))
	b.WriteString(kept.text)
	n, err := io.CopyN(&b, f.unread(), int64(b.Cap()-b.Len()))
	f.next += n
	if err != nil || f.next > f.cap {
		// The end, or a file that cannot be read on or has grown past the
		// cap since it was measured: the stream stops, and the whole read
		// that follows words what is wrong.
		f.file = nil
	}
	if n == 0 || f.next > f.cap {
		return false // the window stays as it was
	}
	kept.text = b.String()
	f.textAt = kept
	if windowRead != nil {
		windowRead(kept.text)
	}
	return true
}

// unread reads the file on from the next byte, one past the cap at most.
func (f *feed) unread() io.Reader {
	return io.NewSectionReader(f.file, f.next, f.cap+1-f.next)
}

// windowRead, when not nil, hears each window as it is read: a test
// checks that nothing a dataset keeps stands in one.
var windowRead func(text string)

// drop moves the window on to start at text[from:], reading nothing.
func (f *feed) drop(from int) { f.textAt = f.from(from) }

// rest is the window from text[from:] to the end of the file, in a string
// of its own and no larger: what follows a file's events is kept.
func (f *feed) rest(from int) textAt {
	for f.more(from) {
		from = 0
	}
	t := f.from(from)
	t.text = strings.Clone(t.text)
	return t
}

// done is how far into the file the byte at offset in the text stands.
func (f *feed) done(offset int) int64 { return int64(f.skip + offset) }

// headAt finds where the events array of a document whose head is longer
// than the first window starts (see eventsScan), reading the file on
// from the window's end a window at a time without keeping what it reads.
func (f *feed) headAt() (at int, found bool) {
	if f.file == nil {
		return 0, false // the window holds the whole file: the head is cut short
	}
	var scan eventsScan
	if at, found = scan.scan([]byte(f.text), f.base); found || scan.failed() {
		return at, found
	}
	buf := make([]byte, f.chunk)
	for offset := f.next; ; offset += int64(len(buf)) {
		n, err := f.file.ReadAt(buf, offset)
		if at, found = scan.scan(buf[:n], int(offset)-f.skip); found || scan.failed() || err != nil {
			return at, found
		}
	}
}

// readHead reads the text from offset 0 up to the events array's '[' at
// at, in a string of its own that is no larger, as what the head keeps
// (sources' texts) stands in it; the window moves on to start at the '['.
func (f *feed) readHead(at int) (head textAt, ok bool) {
	var b strings.Builder
	b.Grow(at + 1)
	if n, _ := io.CopyN(&b, io.NewSectionReader(f.file, int64(f.skip), int64(at+1)), int64(at+1)); n != int64(at+1) {
		return textAt{}, false // the file changed since it was scanned
	}
	head = wholeText(b.String())
	f.textAt, f.next = head.from(at), int64(f.skip+at+1)
	f.more(0) // the window holds a copy of the '[', not the head
	return head, true
}
