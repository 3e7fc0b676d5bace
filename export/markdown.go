package export

import (
	"fmt"
	"io"
	"strings"

	"parley/model"
)

// Markdown writes a chronology: a heading per month (undated events last,
// under their own heading), each event with its date and precision words,
// status, actors, summary, quotes with their speakers and excerpts with a
// footnote citing the source paragraph.
func Markdown(w io.Writer, v View) error {
	text, _ := markdown(v, 0)
	_, err := io.WriteString(w, text)
	return err
}

// markdown is the chronology as text, or false as soon as it passes max
// bytes (0: no limit), so that a caller with a cap never builds a huge one
// whole.
func markdown(v View, max int) (string, bool) {
	b := &mdWriter{cite: newCiter(v.Dataset)}
	b.line("# Chronology")
	b.line("")
	if v.About != "" {
		b.line(mdInline(v.About))
		b.line("")
	}
	month := "-"
	for _, e := range v.Events {
		if m := monthHeading(e.Date); m != month {
			month = m
			b.line("## " + m)
			b.line("")
		}
		b.event(v.Dataset, e, "###", v.Notes)
		if max > 0 && b.Len() > max {
			return "", false
		}
	}
	if len(v.Events) == 0 {
		b.line("No events.")
		b.line("")
	}
	if sources := v.citedSources(); len(sources) > 0 {
		b.line("## Sources")
		b.line("")
		for _, s := range sources {
			b.line("- " + mdInline(Citation(s, 0)))
		}
		b.line("")
	}
	text := strings.TrimSuffix(b.String(), "\n")
	if max > 0 && len(text) > max {
		return "", false
	}
	return text, true
}

// MarkdownEvent is one event as a Markdown block with its own footnotes:
// what the explorer copies for a selected event.
func MarkdownEvent(ds *model.Dataset, e *model.Event) string {
	b := &mdWriter{cite: newCiter(ds)}
	b.event(ds, e, "##", Notes{})
	return strings.TrimRight(b.String(), "\n") + "\n"
}

func monthHeading(d model.Date) string {
	if !d.Dated() {
		return "No date set"
	}
	first, _ := d.Span()
	return first.Format("January 2006")
}

// mdWriter builds Markdown, numbering footnotes across every event it writes.
type mdWriter struct {
	strings.Builder
	notes int
	cite  *citer
}

func (b *mdWriter) line(s string) { b.WriteString(s + "\n") }

func (b *mdWriter) event(ds *model.Dataset, e *model.Event, heading string, mine Notes) {
	b.line(heading + " " + mdInline(e.Title))
	b.line("")
	b.line("- Date: " + mdInline(dateWords(e.Date)))
	b.line("- Status: " + string(e.Status))
	if actors := participants(ds, e); actors != "" {
		b.line("- Actors: " + mdInline(actors))
	}
	location := e.Location
	if strings.TrimSpace(location) == "" {
		location = "not stated"
	}
	b.line("- Location: " + mdInline(location))
	if related := relatedWords(ds, e); related != "" {
		b.line("- Related: " + mdInline(related))
	}
	b.line("- Id: `" + strings.ReplaceAll(e.ID, "`", "") + "`")
	if mine.Marked[e.ID] {
		b.line("- Marked: yes")
	}
	b.line("")
	for _, p := range paragraphs(e.Summary) {
		b.line(mdLineStart(mdInline(p)))
		b.line("")
	}
	var notes []string
	cite := func(x model.Excerpt) string {
		b.notes++
		notes = append(notes, fmt.Sprintf("[^%d]: %s", b.notes, mdInline(b.cite.cite(x))))
		return fmt.Sprintf("[^%d]", b.notes)
	}
	for _, q := range e.Quotes {
		b.line(mdQuote(quotedWords(q)) + " — " + mdInline(QuoteCredit(ds, q)) + cite(q.Excerpt))
		b.line("")
	}
	for _, x := range e.Excerpts {
		b.line(mdQuote(x.Text) + cite(x))
		b.line("")
	}
	if len(e.Quotes)+len(e.Excerpts) == 0 {
		b.line("_No source excerpts._")
		b.line("")
	}
	for _, n := range notes {
		b.line(n)
	}
	if len(notes) > 0 {
		b.line("")
	}
	b.readerNotes(e, mine)
}

// participants is "Name (part), Name (part)".
func participants(ds *model.Dataset, e *model.Event) string {
	var parts []string
	for _, p := range e.Participants {
		s := actorName(ds, p.ActorID)
		if p.Part != "" {
			s += " (" + p.Part + ")"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

// paragraphs splits text at blank lines; none for blank text.
func paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return out
}

// mdSpecial are the characters that would start markup in the middle of a
// line: emphasis, code, links, HTML, tables, strikethrough, footnotes.
var mdSpecial = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `#`, `\#`, `|`, `\|`, `~`, `\~`, `^`, `\^`,
)

// mdInline is dataset text made literal Markdown on one line: markup
// characters escaped, line breaks turned into spaces so the text cannot
// start a heading, list or block of its own.
func mdInline(s string) string {
	s = strings.Join(strings.Fields(strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ").Replace(s)), " ")
	return mdSpecial.Replace(s)
}

// mdLineStart escapes what would make a line a list item or a rule when
// it starts one: "-", "+", "=" or a number followed by "." or ")".
func mdLineStart(s string) string {
	if s != "" && strings.ContainsRune("-+=", rune(s[0])) {
		return `\` + s
	}
	digits := len(s) - len(strings.TrimLeft(s, "0123456789"))
	if digits > 0 && digits < len(s) && (s[digits] == '.' || s[digits] == ')') {
		return s[:digits] + `\` + s[digits:]
	}
	return s
}

// mdQuote is verbatim text as a block quote, every line of it marked.
func mdQuote(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = "> " + mdLineStart(mdSpecial.Replace(strings.TrimSpace(l)))
	}
	return strings.Join(lines, "\n")
}
