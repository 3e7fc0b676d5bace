// Package export turns events into what leaves parley: a citation of
// their source, a Markdown chronology, CSV, TimelineJS3 JSON, CSL-JSON,
// and the short texts the explorer copies to the clipboard. It reads the
// model only; where the output goes is the caller's business.
package export
