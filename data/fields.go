package data

import "parley/model"

// The dataset format, object by object: the fields each may have, which
// are always required, what values they take and what they mean. The
// loader takes its lists of allowed fields from here and JSON Schema
// output (parley --schema) is built from here, so the two cannot drift;
// a test checks that every field marked required is one the loader
// reports missing.

// fieldType is what a field holds, in JSON Schema's words.
type fieldType int

const (
	typeText    fieldType = iota // a string
	typeSlug                     // a string that is a slug id
	typeRef                      // a string naming an id defined elsewhere
	typeDay                      // a string YYYY-MM-DD
	typeInteger                  // a whole number from 1
	typeColour                   // a string #rrggbb
	typeRefList                  // a non-empty list of ids defined elsewhere
	typeObject                   // an object of the named kind
	typeList                     // a list of objects of the named kind
)

type fieldSpec struct {
	name     string
	typ      fieldType
	of       string   // for typeObject and typeList: the kind of object
	enum     []string // the allowed values, when there is a fixed set
	required bool     // always; conditional rules are in the object's doc and in schemaRules
	doc      string
}

type objectSpec struct {
	name   string
	doc    string
	fields []fieldSpec
	keys   []string // the fields' names, made once: every object read checks them
}

func spec(name, doc string, fields []fieldSpec) objectSpec {
	keys := make([]string, len(fields))
	for i, f := range fields {
		keys[i] = f.name
	}
	return objectSpec{name, doc, fields, keys}
}

// names lists the object's fields in the order messages give them.
func (o objectSpec) names() []string { return o.keys }

var (
	documentSpec = spec("dataset", "A parley dataset: the sources, the actors and the events taken from them.", []fieldSpec{
		{"$schema", typeText, "", nil, false, "where an editor finds the JSON Schema (parley --schema writes it); parley ignores it"},
		{"schema", typeText, "", []string{SchemaVersion}, true, "the format version"},
		{"sources", typeList, "source", nil, true, "the documents the events are taken from"},
		{"sides", typeList, "side", nil, false, "the parties to the story; an actor belongs to one of them or to none"},
		{"actors", typeList, "actor", nil, true, "everyone who takes part"},
		{"events", typeList, "event", nil, true, "the events, in any order: parley sorts them by date"},
		{"phases", typeList, "phase", nil, false, "stretches of the sequence with a shape of their own, e.g. the run-up to a summit"},
	})
	sourceSpec = spec("source", "A document the events are taken from. Give its text inline as text or as a text_file path, exactly one.", []fieldSpec{
		{"id", typeSlug, "", nil, true, "lower-case letters and digits joined by single hyphens"},
		{"title", typeText, "", nil, true, "the document's title"},
		{"outlet", typeText, "", nil, false, "who published it; leave out rather than guess"},
		{"author", typeText, "", nil, false, "who wrote it; leave out rather than guess"},
		{"published", typeObject, "date", nil, false, "when it was published; absent means not known"},
		{"photo_credit", typeText, "", nil, false, "credit for a photo the document carries"},
		{"text", typeText, "", nil, false, "the full text, inline"},
		{"text_file", typeText, "", nil, false, "path of a UTF-8 text file, relative to the dataset file"},
	})
	actorSpec = spec("actor", "A person, group, institution or outlet that takes part in events.", []fieldSpec{
		{"id", typeSlug, "", nil, true, "lower-case letters and digits joined by single hyphens"},
		{"name", typeText, "", nil, true, "the name readers know; --actor accepts it as well as the id"},
		{"kind", typeText, "", model.Strings(model.ActorKinds), true, "what sort of participant it is"},
		{"role", typeText, "", nil, false, "as the source describes the actor"},
		{"side", typeRef, "side", nil, false, "the id of a side the dataset declares, or none (the default)"},
	})
	sideSpec = spec("side", "A party to the story, e.g. a country in a negotiation.", []fieldSpec{
		{"id", typeSlug, "", nil, true, "lower-case letters and digits joined by single hyphens; not none"},
		{"label", typeText, "", nil, true, "the side as readers write it, e.g. United States"},
		{"colour", typeColour, "", nil, false, "#rrggbb, for the explorer to mark the side's actors"},
	})
	dateSpec = spec("date", "A date with its precision and where it comes from. precision none takes no start, end, part or basis; every other precision needs start and basis; range needs end; basis inferred needs words, basis record needs note.", []fieldSpec{
		{"precision", typeText, "", model.Strings(model.Precisions), true, "day, month (the start is the month's first day), range (start to end) or none (no date set)"},
		{"start", typeDay, "", nil, false, "YYYY-MM-DD; for month, the month's first day"},
		{"end", typeDay, "", nil, false, "YYYY-MM-DD, not before start; range only"},
		{"part", typeText, "", model.Strings(model.Parts), false, "month only: early (days 1-10), mid (11-20) or late (21 to the end)"},
		{"basis", typeText, "", model.Strings(model.Bases), false, "stated (printed in the source), inferred (worked out from relative words) or record (not in the source; from public record)"},
		{"words", typeText, "", nil, false, "the source's words the date rests on, e.g. this Friday"},
		{"note", typeText, "", nil, false, "how the date was worked out, or which public record gives it"},
	})
	eventSpec = spec("event", "One step of the sequence. It needs at least one excerpt or quote.", []fieldSpec{
		{"id", typeSlug, "", nil, true, "lower-case letters and digits joined by single hyphens"},
		{"title", typeText, "", nil, true, "a short headline"},
		{"summary", typeText, "", nil, true, "what happened, written for the dataset (not quoted)"},
		{"date", typeObject, "date", nil, true, "when it happened or is to happen"},
		{"status", typeText, "", model.Strings(model.Statuses), true, "as of the source's publication"},
		{"location", typeText, "", nil, false, "where, if the source says"},
		{"actors", typeList, "participant", nil, true, "who takes part, at least one, each once"},
		{"excerpts", typeList, "excerpt", nil, false, "the source's words the event rests on"},
		{"quotes", typeList, "quote", nil, false, "what was said"},
		{"related", typeList, "link", nil, false, "links from this event to others; each pair once"},
	})
	participantSpec = spec("participant", "An actor and the part it plays in one event.", []fieldSpec{
		{"actor", typeRef, "actor", nil, true, "an actor id"},
		{"part", typeText, "", nil, true, "the part it plays, e.g. host"},
	})
	excerptSpec = spec("excerpt", "An exact span of a source's text.", []fieldSpec{
		{"source", typeRef, "source", nil, true, "a source id"},
		{"text", typeText, "", nil, true, "the source's words, verbatim"},
		{"occurrence", typeInteger, "", nil, false, "which occurrence of the text, from 1, when it stands in the source more than once"},
	})
	quoteSpec = spec("quote", "Something said, as the source gives it: by one actor (speaker) or several together (speakers), exactly one of the two.", []fieldSpec{
		{"speaker", typeRef, "actor", nil, false, "the actor id of who said it; or speakers"},
		{"speakers", typeRefList, "actor", nil, false, "the actor ids of those who said it together, e.g. a joint statement; or speaker"},
		{"text", typeText, "", nil, true, "the words, without quotation marks; a direct quote's must stand in its excerpt"},
		{"kind", typeText, "", model.Strings(model.QuoteKinds), true, "direct (the speaker's own words) or reported (the source's account)"},
		{"occasion", typeText, "", nil, false, "e.g. Monday press briefing"},
		{"reported_by", typeRef, "actor", nil, false, "actor id of the outlet that carried it"},
		{"excerpt", typeObject, "excerpt", nil, true, "where the quote stands in the source"},
	})
	phaseSpec = spec("phase", "A stretch of the sequence with a shape of its own (TimelineJS calls it an era). Every dated event it lists falls at least in part between start and end.", []fieldSpec{
		{"id", typeSlug, "", nil, true, "lower-case letters and digits joined by single hyphens"},
		{"title", typeText, "", nil, true, "a short name, e.g. Singapore run-up"},
		{"summary", typeText, "", nil, true, "what happens in it, written for the dataset (not quoted)"},
		{"start", typeDay, "", nil, true, "YYYY-MM-DD, its first day"},
		{"end", typeDay, "", nil, true, "YYYY-MM-DD, its last day, not before start"},
		{"events", typeRefList, "event", nil, true, "the ids of its events, each once"},
		{"excerpts", typeList, "excerpt", nil, true, "the source's words that mark the phase out, at least one"},
	})
	linkSpec = spec("link", "A link from the event that holds it to another, read from the holder: A {kind} B.", []fieldSpec{
		{"event", typeRef, "event", nil, true, "the other event's id"},
		{"kind", typeText, "", model.Strings(model.LinkKinds), true, "how the holder relates to the other event"},
		{"note", typeText, "", nil, false, "why the link holds"},
	})
)

// objectSpecs is every kind of object, the document first.
var objectSpecs = []objectSpec{documentSpec, sourceSpec, sideSpec, actorSpec, dateSpec, eventSpec, participantSpec, excerptSpec, quoteSpec, linkSpec, phaseSpec}
