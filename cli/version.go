package cli

import (
	"runtime/debug"
	"strings"
)

// versionLine describes the build from its embedded build info, e.g.
// "parley v1.2.0 (commit 1a2b3c4d5e6f, modified) go1.26.8". A build from a
// source tree without a version says "(devel)"; one without build info
// says "unknown".
func versionLine(info *debug.BuildInfo, ok bool) string {
	if !ok || info == nil {
		return "parley unknown version (no build info)"
	}
	version := info.Main.Version
	if version == "" {
		version = "(devel)"
	}
	var revision, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	var b strings.Builder
	b.WriteString("parley " + version)
	if revision != "" {
		b.WriteString(" (commit " + revision[:min(12, len(revision))])
		if modified == "true" {
			b.WriteString(", modified")
		}
		b.WriteString(")")
	}
	if info.GoVersion != "" {
		b.WriteString(" " + info.GoVersion)
	}
	return b.String()
}

func currentVersion() string { return versionLine(debug.ReadBuildInfo()) }
