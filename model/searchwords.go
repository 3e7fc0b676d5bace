package model

import (
	"bytes"
	"sort"
)

// vocabulary is every distinct word of the events' folded text, with the
// events holding each. The words sit end to end, each between two
// newlines (never a word byte), so one pass of bytes.Index over them
// finds every word holding a needle, and with a newline before or after
// it, every word starting or ending with it.
type vocabulary struct {
	text   []byte     // '\n', then the words, each followed by '\n'
	starts []int32    // word i is text[starts[i]:] up to its newline
	sets   []eventSet // word i's events
	ids    map[string]int32
	last   []int32 // while building: per word, the last event holding it, plus one
}

// isWordByte is what words are made of: letters and digits, and every
// byte of a non-ASCII character, so no character is cut in two. Whatever
// the choice, a needle made of word bytes alone can only occur inside one
// word, which is all that search relies on.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c >= 0x80
}

func allWordBytes(b []byte) bool {
	for _, c := range b {
		if !isWordByte(c) {
			return false
		}
	}
	return true
}

// eachWord calls f with each run of word bytes in text.
func eachWord(text []byte, f func([]byte)) {
	for i := 0; i < len(text); {
		if !isWordByte(text[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		f(text[i:j])
		i = j
	}
}

// add records that the event at pos holds word; events come in order,
// n of them in all.
func (v *vocabulary) add(word []byte, pos, n int) {
	id, ok := v.ids[string(word)]
	if !ok {
		if v.ids == nil {
			v.ids = make(map[string]int32)
		}
		id = int32(len(v.starts))
		v.ids[string(word)] = id
		if len(v.text) == 0 {
			v.text = append(v.text, '\n')
		}
		v.starts = append(v.starts, int32(len(v.text)))
		v.text = append(append(v.text, word...), '\n')
		v.sets = append(v.sets, eventSet{})
		v.last = append(v.last, 0)
	}
	if v.last[id] != int32(pos+1) {
		v.last[id] = int32(pos + 1)
		v.sets[id].add(pos, n)
	}
}

// built drops what only the build needed and what lists hold in reserve.
func (v *vocabulary) built() {
	v.ids, v.last = nil, nil
	for i := range v.sets {
		v.sets[i].fit()
	}
	v.text = bytes.Clone(v.text)
	v.starts = append([]int32(nil), v.starts...)
}

// holding adds to out the events holding a word that holds needle, made
// of word bytes alone.
func (v *vocabulary) holding(out bitmap, needle []byte) {
	v.fitting(out, needle, false, false)
}

// fitting adds to out the events holding a word that holds run, made of
// word bytes alone: a word that starts with it when starts is true, that
// ends with it when ends is.
func (v *vocabulary) fitting(out bitmap, run []byte, starts, ends bool) {
	pattern := run
	if starts || ends {
		pattern = make([]byte, 0, len(run)+2)
		if starts {
			pattern = append(pattern, '\n')
		}
		pattern = append(pattern, run...)
		if ends {
			pattern = append(pattern, '\n')
		}
	}
	for from := 0; ; {
		i := bytes.Index(v.text[from:], pattern)
		if i < 0 {
			return
		}
		at := from + i // in the word, or on the newline before it
		if starts {
			at++
		}
		w := sort.Search(len(v.starts), func(k int) bool { return int(v.starts[k]) > at }) - 1
		v.sets[w].addTo(out)
		from = at + bytes.IndexByte(v.text[at:], '\n') // the newline after it, before the next word
	}
}
