package export

import (
	"fmt"
	"strings"

	"parley/internal/words"
	"parley/model"
)

// Selection says which events of ds a view holds, kept of them under f:
// "16 events", or "3 of 16 events · actors: A or B · search: "x" ·
// marked only". The
// plain timeline's first line, an export's and a copied chronology's
// heading all say it this way; the explorer's status line has its own,
// shorter wording (tui's filterSummary), being one row on screen.
func Selection(ds *model.Dataset, f model.Filter, kept int) string {
	total := words.Count(len(ds.Events), "event", "events")
	if !f.Active() {
		return total
	}
	parts := []string{fmt.Sprintf("%d of %s", kept, total)}
	if len(f.Actors) > 0 {
		names := make([]string, len(f.Actors))
		for i, id := range f.Actors {
			names[i] = id
			if a := ds.Actor(id); a != nil {
				names[i] = strings.Join(strings.Fields(a.Name), " ") // one line
			}
		}
		label, joiner := "actor", " or "
		if len(names) > 1 {
			label = "actors"
		}
		if f.Mode == model.MatchAll {
			joiner = " and "
		}
		parts = append(parts, label+": "+strings.Join(names, joiner))
	}
	if s := strings.TrimSpace(f.Search); s != "" {
		parts = append(parts, fmt.Sprintf("search: %q", s))
	}
	if f.MarkedOnly {
		parts = append(parts, "marked only")
	}
	return strings.Join(parts, " · ")
}
