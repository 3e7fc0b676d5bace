package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"parley/data"
)

// On a terminal, a load that takes a while shows one rewritten line with
// bytes and events read, and clears it before anything else is printed.
func TestLoadMeterShowsBytesAndEventsThenClears(t *testing.T) {
	var out bytes.Buffer
	clock := time.Unix(0, 0)
	m := &loadMeter{w: &out, name: shortName("/data/some/really-long-name-of-a-dataset-file.json"), start: clock,
		delay: meterDelay, every: meterEvery, now: func() time.Time { return clock }}
	m.show(data.Progress{Stage: data.StageReading, Done: 1 << 20, Total: 100 << 20})
	if out.Len() != 0 {
		t.Fatalf("shown before the delay: %q", out.String())
	}
	clock = clock.Add(meterDelay)
	m.show(data.Progress{Stage: data.StageChecking, Done: 62 << 20, Total: 100 << 20, Events: 62000})
	clock = clock.Add(meterEvery / 2)
	m.show(data.Progress{Stage: data.StageChecking, Done: 63 << 20, Total: 100 << 20, Events: 63000})
	m.done()
	want := "\r\x1b[Kparley: checking really-long-name-of-a-d…  62%  62 of 100 MiB, 62,000 events\r\x1b[K"
	if out.String() != want {
		t.Fatalf("meter wrote\n%q\nwant\n%q", out.String(), want)
	}
}

// Piped, or for a screen reader, there is no meter and nothing extra on
// stderr; a small file on a terminal loads within the delay and prints
// nothing either.
func TestNoLoadMeterWhenPipedOrAccessible(t *testing.T) {
	for _, env := range []Env{
		{StderrIsTerminal: false},
		{StderrIsTerminal: true, Getenv: func(k string) string { return map[string]string{"ACCESSIBLE": "1"}[k] }},
		{StderrIsTerminal: true, Getenv: func(k string) string { return map[string]string{"TERM": "dumb"}[k] }},
	} {
		if m := newLoadMeter(env, "x.json"); m != nil || m.report() != nil {
			t.Errorf("env %+v: got a meter", env)
		}
	}
	var stderr bytes.Buffer
	code := Run([]string{"--validate", "../examples/vell-grain-talks.json"}, Env{Stdout: &bytes.Buffer{}, Stderr: &stderr, StderrIsTerminal: true})
	if code != ExitOK || strings.Contains(stderr.String(), "parley: ") {
		t.Fatalf("exit %d, stderr %q: want 0 and no progress for a small file", code, stderr.String())
	}
}
