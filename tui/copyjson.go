package tui

import (
	"slices"

	tea "github.com/charmbracelet/bubbletea"

	"parley/export"
	"parley/model"
)

// copyExcerptJSON (e, in the reader) copies the passage being read as a
// dataset's excerpt object, {"source": …, "text": …}, for an author
// picking excerpts. It is taken from the dataset as its file has it
// (Options.Raw): the terminal-safe text shown may differ from the
// source's bytes, and would then not validate.
func (m *Model) copyExcerptJSON() tea.Cmd {
	const what = "excerpt JSON"
	x, ok := m.reader.current()
	if !ok {
		return notCopied(what, "the passage is not in the source's text")
	}
	src, raw := m.rawPassage(m.reader.ev, x)
	text, ok := export.ExcerptJSON(src, raw)
	if !ok {
		return notCopied(what, "the passage is not in the source's text")
	}
	return m.clip.copy(what, whole(func() string { return text }))
}

// rawPassage is the passage x of e, and its source, as the dataset file
// has them: the same event, the same place among its passages.
func (m *Model) rawPassage(e *model.Event, x model.Excerpt) (*model.Source, model.Excerpt) {
	i := slices.IndexFunc(e.AllExcerpts(), func(y model.Excerpt) bool {
		return y.SourceID == x.SourceID && y.Start == x.Start && y.End == x.End
	})
	re := m.raw.Event(e.ID)
	if i < 0 || re == nil {
		return nil, x
	}
	all := re.AllExcerpts()
	if i >= len(all) {
		return nil, x
	}
	return m.raw.Source(all[i].SourceID), all[i]
}

// notCopied reports a copy that could not be made, without building it.
func notCopied(what, reason string) tea.Cmd {
	return func() tea.Msg { return copiedMsg{what: what, reason: reason} }
}
