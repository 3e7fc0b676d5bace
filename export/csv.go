package export

import (
	"encoding/csv"
	"io"
	"strings"

	"parley/model"
)

// CSVHeader names the CSV columns, in order; docs/export.md says what each holds.
var CSVHeader = []string{"id", "date_start", "date_end", "precision", "display_date", "basis", "status", "title", "actors", "location", "summary", "source_ids"}

// CSV writes one row per event after a header row, as RFC 4180 has it:
// CRLF line ends, a field with a comma, quotation mark or line break
// quoted, quotation marks doubled. date_start and date_end are the first
// and last day the date may stand for (both empty when undated); lists are
// joined with "; ".
func CSV(w io.Writer, v View) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, e := range v.Events {
		var start, end string
		if e.Date.Dated() {
			first, last := e.Date.Span()
			start, end = first.Format(model.DayLayout), last.Format(model.DayLayout)
		}
		var actors []string
		for _, a := range v.Dataset.ActorsOf(e) {
			actors = append(actors, a.Name)
		}
		row := []string{
			e.ID, start, end, string(e.Date.Precision), e.Date.Display(), string(e.Date.Basis), string(e.Status),
			cell(e.Title), cell(strings.Join(actors, "; ")), cell(e.Location), cell(e.Summary), strings.Join(sourceIDs(e), "; "),
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// cell keeps a spreadsheet from reading text as a formula: a field that
// starts with = + - @ or a tab or carriage return gets a leading
// apostrophe, as OWASP advises for CSV meant for spreadsheets.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
