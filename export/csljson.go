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
// newspaper articles. issued holds only the known parts of the
// publication date (a range as two dates); when the date is not printed
// in the source, note says how it was found.
func CSLJSON(w io.Writer, v View) error {
	items := []cslItem{}
	for _, s := range v.citedSources() {
		it := cslItem{ID: s.ID, Type: "article-newspaper", Title: s.Title, ContainerTitle: s.Outlet}
		if s.Author != "" {
			it.Author = []cslName{{Literal: s.Author}}
		}
		if d := s.Published; d.Dated() {
			it.Issued = cslIssued(d)
			if d.Basis != model.BasisStated {
				it.Note = "publication date " + d.Provenance()
			}
		}
		items = append(items, it)
	}
	return WriteJSON(w, items)
}

func cslIssued(d model.Date) *cslDate {
	day := func(t model.Date, end bool) []int {
		at := t.Start
		if end {
			at = t.End
		}
		return []int{at.Year(), int(at.Month()), at.Day()}
	}
	switch d.Precision {
	case model.PrecisionMonth:
		return &cslDate{DateParts: [][]int{{d.Start.Year(), int(d.Start.Month())}}}
	case model.PrecisionRange:
		return &cslDate{DateParts: [][]int{day(d, false), day(d, true)}}
	}
	return &cslDate{DateParts: [][]int{day(d, false)}}
}
