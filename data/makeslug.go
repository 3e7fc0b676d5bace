package data

import "strings"

// slug makes s an id: lower-case ASCII letters and digits, every run of
// anything else one hyphen, none at either end, at most maxSlug bytes;
// fallback when nothing is left.
func slug(s, fallback string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(s) {
		if ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			hyphen = false
		} else {
			hyphen = true
		}
	}
	id := b.String()
	if len(id) > maxSlug { // a headline can be a paragraph; an id is typed
		id = strings.TrimRight(id[:maxSlug], "-")
	}
	if id == "" {
		return fallback
	}
	return id
}

// maxSlug caps an id made from a headline or a file name.
const maxSlug = 60
