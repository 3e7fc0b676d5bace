package tui

import (
	"strings"
	"testing"
)

// BenchmarkGenAxisKey is a key on the time axis and the whole frame, over
// 1k, 10k and 100k generated events at 120x40: l/h step (panning when the
// window is zoomed), + + - - zoom in twice and out again (half of them
// bin the events anew, half find the frame kept from before), j/k change
// lane, from the fitted window, where every event is in view. ns/op is
// per key.
func BenchmarkGenAxisKey(b *testing.B) {
	for _, keys := range [][]string{{"l", "h"}, {"+", "+", "-", "-"}, {"j", "k"}} {
		b.Run("keys="+strings.Join(keys, ""), func(b *testing.B) {
			eachGenSize(b, func(b *testing.B, m Model) {
				m = placeNow(b, press(b, m, "t"))
				i := 0
				for b.Loop() {
					m = press(b, m, keys[i%len(keys)])
					_ = m.View()
					i++
				}
			})
		})
	}
}

// BenchmarkGenAxisToggle is t and its frame, on and off again, once the
// axis has its events. ns/op is per key.
func BenchmarkGenAxisToggle(b *testing.B) {
	eachGenSize(b, func(b *testing.B, m Model) {
		m = placeNow(b, press(b, m, "t", "t"))
		for b.Loop() {
			m = press(b, m, "t")
			_ = m.View()
		}
	})
}

// BenchmarkGenAxisFirstOpen is the first t after a filter change and its
// frame: from backgroundFrom events the placing is handed to a goroutine
// (not timed; see BenchmarkGenAxisPlace).
func BenchmarkGenAxisFirstOpen(b *testing.B) {
	eachGenSize(b, func(b *testing.B, m Model) {
		for b.Loop() {
			b.StopTimer()
			m = closedStale(b, m)
			b.StartTimer()
			m = press(b, m, "t")
			_ = m.View()
		}
	})
}

// BenchmarkGenAxisPlace is the work a first t hands to a goroutine on a
// big result (the axis laid out over the events: WithEvents), and taking
// it in on the key path (Adopt) with the frame; pprof shows the two apart.
func BenchmarkGenAxisPlace(b *testing.B) {
	eachGenSize(b, func(b *testing.B, m Model) { benchAxisPlace(b, m) })
}

func benchAxisPlace(b *testing.B, m Model) {
	for b.Loop() {
		b.StopTimer()
		m = press(b, closedStale(b, m), "t")
		b.StartTimer()
		m = placeNow(b, m)
		_ = m.View()
	}
}

// closedStale is m with the axis closed and due for new events, as after
// a filter change: the next t gives it the filter's events.
func closedStale(b *testing.B, m Model) Model {
	if m.layout.list == paneAxis {
		m = press(b, m, "t")
	}
	m.axisStale = true
	return m
}
