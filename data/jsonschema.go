package data

import (
	"bytes"
	"encoding/json"
)

// JSONSchema is the dataset format as a JSON Schema (draft 2020-12), for
// editors to check and complete a dataset as it is typed. It is made from
// the same tables the loader reads by; the loader checks more than a
// schema can say (that excerpts stand in their source, that ids resolve).
func JSONSchema() []byte {
	defs := ordered{}
	for _, o := range objectSpecs {
		defs = append(defs, kv{o.name, objectSchema(o)})
	}
	root := ordered{
		{"$schema", "https://json-schema.org/draft/2020-12/schema"},
		{"title", "parley dataset, schema " + SchemaVersion},
		{"description", "Check a file against everything with: parley --validate FILE"},
		{"$ref", "#/$defs/" + documentSpec.name},
		{"$defs", defs},
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(root); err != nil {
		panic("parley's own schema does not encode: " + err.Error()) // a defect in the tables above
	}
	return b.Bytes()
}

const (
	slugPattern   = "^[a-z0-9]+(-[a-z0-9]+)*$"
	dayPattern    = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
	colourPattern = "^#[0-9a-fA-F]{6}$"
	notBlank      = "\\S" // a required text must not be blank
)

func objectSchema(o objectSpec) ordered {
	props := ordered{}
	var required []string
	for _, f := range o.fields {
		props = append(props, kv{f.name, fieldSchema(f)})
		if f.required {
			required = append(required, f.name)
		}
	}
	s := ordered{{"type", "object"}, {"description", o.doc}, {"properties", props}}
	if len(required) > 0 {
		s = append(s, kv{"required", required})
	}
	s = append(s, kv{"additionalProperties", false})
	return append(s, schemaRules[o.name]...)
}

func fieldSchema(f fieldSpec) ordered {
	var s ordered
	switch f.typ {
	case typeText:
		s = ordered{{"type", "string"}}
		if f.required && f.enum == nil {
			s = append(s, kv{"pattern", notBlank})
		}
	case typeSlug, typeRef:
		s = ordered{{"type", "string"}, {"pattern", slugPattern}}
	case typeDay:
		s = ordered{{"type", "string"}, {"pattern", dayPattern}}
	case typeRefList:
		s = ordered{{"type", "array"}, {"items", ordered{{"type", "string"}, {"pattern", slugPattern}}}, {"minItems", 1}}
	case typeColour:
		s = ordered{{"type", "string"}, {"pattern", colourPattern}}
	case typeInteger:
		s = ordered{{"type", "integer"}, {"minimum", 1}}
	case typeObject:
		s = ordered{{"$ref", "#/$defs/" + f.of}}
	case typeList:
		s = ordered{{"type", "array"}, {"items", ordered{{"$ref", "#/$defs/" + f.of}}}}
	}
	if f.enum != nil {
		s = append(s, kv{"enum", f.enum})
	}
	return append(s, kv{"description", f.doc})
}

func required(names ...string) ordered { return ordered{{"required", names}} }

func constant(field string, v any) ordered {
	return ordered{{"properties", ordered{{field, ordered{{"const", v}}}}}, {"required", []string{field}}}
}

// nonEmpty requires a list with at least one item.
func nonEmpty(field string) ordered {
	return ordered{{"properties", ordered{{field, ordered{{"minItems", 1}}}}}, {"required", []string{field}}}
}

// schemaRules are the rules that tie one field to another, as the loader
// applies them.
var schemaRules = map[string]ordered{
	"source": {{"oneOf", []ordered{required("text"), required("text_file")}}},
	"quote":  {{"oneOf", []ordered{required("speaker"), required("speakers")}}},
	"date": {{"allOf", []ordered{
		{{"if", constant("precision", "none")},
			{"then", ordered{{"not", ordered{{"anyOf", []ordered{required("start"), required("end"), required("part"), required("basis")}}}}}},
			{"else", required("start", "basis")}},
		{{"if", constant("precision", "range")}, {"then", required("end")}, {"else", ordered{{"not", required("end")}}}},
		{{"if", required("part")}, {"then", constant("precision", "month")}},
		{{"if", constant("basis", "inferred")}, {"then", required("words")}},
		{{"if", constant("basis", "record")}, {"then", required("note")}},
	}}},
	"event": {{"allOf", []ordered{
		nonEmpty("actors"),
		{{"anyOf", []ordered{nonEmpty("excerpts"), nonEmpty("quotes")}}},
	}}},
}

// ordered is a JSON object whose members keep the order they are given.
type ordered []kv

type kv struct {
	k string
	v any
}

func (o ordered) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, m := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(m.k)
		b.Write(k)
		b.WriteByte(':')
		v, err := json.Marshal(m.v)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}
