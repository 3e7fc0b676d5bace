package export

import (
	"io"

	"parley/model"
)

// cslItem is one CSL-JSON item as Zotero and pandoc read it. Fields the
// source does not give are left out, never filled with a guess.
type cslItem struct {
	ID             string    `json:"id"`
	Type           string    `json:"type"`
	Title          string    `json:"title"`
	ContainerTitle string    `json:"container-title,omitempty"`
	Author         []cslName `json:"author,omitempty"`
	Issued         *cslDate  `json:"issued,omitempty"`
	Note           string    `json:"note,omitempty"`
}

type cslName struct {
	Literal string `json:"literal"` // the name as the source gives it, not split into family and given
}

type cslDate struct {
	DateParts [][]int `json:"date-parts"`
}

// CSLJSON writes the sources the view's events cite as a CSL-JSON array of
// newspaper articles. issued holds only the parts of the publication date
// that are certain: a window of days inside one month is that month, since
// citation tools print a two-date issued as a range the article was
// published over. When the date is not printed in the source, or is
// narrower than issued, note says what is known and how.
func CSLJSON(w io.Writer, v View) error {
	items := []cslItem{}
	for _, s := range v.citedSources() {
		it := cslItem{ID: s.ID, Type: "article-newspaper", Title: s.Title, ContainerTitle: s.Outlet}
		if s.Author != "" {
			it.Author = []cslName{{Literal: s.Author}}
		}
		if d := s.Published; d.Dated() {
			if parts := certainParts(d); len(parts) > 0 {
				it.Issued = &cslDate{DateParts: [][]int{parts}}
			}
			if d.Basis != model.BasisStated || d.Precision == model.PrecisionRange {
				it.Note = "publication date " + d.Provenance()
			}
		}
		items = append(items, it)
	}
	return WriteJSON(w, items)
}

// certainParts is year, month and day as far as the date's start and end
// agree on them at its precision: [2018 9] for 10–13 Sep 2018, [2018]
// for a whole year, nothing for a window across a new year.
func certainParts(d model.Date) []int {
	start := []int{d.Start.Year(), int(d.Start.Month()), d.Start.Day()}
	switch d.Precision {
	case model.PrecisionDay:
		return start
	case model.PrecisionMonth:
		return start[:2]
	}
	end := []int{d.End.Year(), int(d.End.Month()), d.End.Day()}
	n := 0
	for n < 3 && start[n] == end[n] {
		n++
	}
	return start[:n]
}
