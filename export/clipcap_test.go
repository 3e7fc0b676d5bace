package export_test

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"parley/export"
	"parley/model"
)

// Y on a large dataset refuses a chronology over the cap without building
// the whole of it: 5,000 events of 2 KB make about 10 MB of Markdown;
// refusing at 1 MiB must allocate a quarter of what building it whole does
// at most (measured: 13 MiB against 136 MiB).
func TestTimelineClipStopsAtTheCap(t *testing.T) {
	summary := strings.Repeat("word ", 400)
	events := make([]*model.Event, 5000)
	for i := range events {
		events[i] = &model.Event{ID: fmt.Sprintf("e%d", i), Title: "Event", Summary: summary,
			Status: model.StatusPlanned, Date: model.Date{Precision: model.PrecisionNone}}
	}
	v := export.View{Dataset: model.NewDataset(nil, nil, events), Events: events}
	var text string
	var ok bool
	capped := allocated(func() { text, ok = export.TimelineClip(v, 1<<20) })
	if ok || text != "" {
		t.Fatalf("a chronology of %d events fit in 1 MiB (%d bytes)", len(events), len(text))
	}
	whole := allocated(func() { _ = export.Markdown(io.Discard, v) })
	if capped > whole/4 {
		t.Errorf("refusing at 1 MiB allocated %d MiB, building it whole %d MiB", capped>>20, whole>>20)
	}
	if small, ok := export.TimelineClip(export.View{Dataset: v.Dataset, Events: events[:3]}, 1<<20); !ok || !strings.Contains(small, "### Event") {
		t.Errorf("three events did not fit: ok %v\n%s", ok, small)
	}
}

// allocated is the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}
