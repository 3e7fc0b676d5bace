package data

import (
	"html"
	"strings"
)

// blockTags end a paragraph or line when TimelineJS's HTML is read as text.
var blockTags = map[string]string{
	"p": "\n\n", "div": "\n\n", "blockquote": "\n\n", "h1": "\n\n", "h2": "\n\n", "h3": "\n\n",
	"h4": "\n\n", "h5": "\n\n", "h6": "\n\n", "ul": "\n\n", "ol": "\n\n", "li": "\n", "br": "\n",
}

// htmlText reads the HTML of a TimelineJS field as plain text: tags
// dropped (a script's or style's content with them), block tags turned
// into line breaks, entities decoded, runs of spaces and blank lines
// squeezed. The result still goes through TerminalSafe like any text.
func htmlText(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:lt])
		if !startsTag(s[lt+1:]) { // "a < b": a less-than sign, not a tag
			b.WriteByte('<')
			s = s[lt+1:]
			continue
		}
		gt := strings.IndexByte(s[lt:], '>')
		if gt < 0 { // a lone '<' is text
			b.WriteString(s[lt:])
			break
		}
		name := tagName(s[lt+1 : lt+gt])
		s = s[lt+gt+1:]
		switch {
		case name == "script" || name == "style":
			s = s[closingTag(s, name):]
		case blockTags[name] != "":
			b.WriteString(blockTags[name])
		}
	}
	return squeeze(html.UnescapeString(b.String()))
}

// startsTag reports whether the text after a '<' opens a tag, an end tag
// or a comment or declaration, as HTML reads it: a letter, '/' or '!'.
func startsTag(after string) bool {
	if after == "" {
		return false
	}
	c := after[0]
	return c == '/' || c == '!' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}

// closingTag is where the first </name (any case) in s starts, len(s)
// when there is none.
func closingTag(s, name string) int {
	for at := 0; ; {
		i := strings.Index(s[at:], "</")
		if i < 0 {
			return len(s)
		}
		at += i
		if rest := s[at+2:]; len(rest) >= len(name) && strings.EqualFold(rest[:len(name)], name) {
			return at
		}
		at += 2
	}
}

// tagName is the lower-case name of the tag whose text between < and > is
// given: "p" for `p class="x"`, `/p` or `br/`.
func tagName(inner string) string {
	inner = strings.TrimPrefix(strings.TrimSpace(inner), "/")
	end := strings.IndexAny(inner, " \t\n\r/")
	if end >= 0 {
		inner = inner[:end]
	}
	return strings.ToLower(inner)
}

// squeeze trims each line and runs of spaces in it, and keeps at most one
// blank line between paragraphs.
func squeeze(s string) string {
	var out []string
	blank := false
	for _, line := range strings.Split(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}
