// Package modeltest helps tests compare documents.
package modeltest

import (
	"reflect"

	"github.com/journey-maps/journey/model"
)

// AtFile is the document's typed map as plain values (maps, slices and
// scalars), its positions turned into the file's lines. Two documents
// holding the same text compare equal this way, however their edits
// numbered the lines.
func AtFile(d *model.Doc) any { return plain(reflect.ValueOf(d.Map()), d) }

var posType = reflect.TypeOf(model.Pos{})

func plain(v reflect.Value, d *model.Doc) any {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return plain(v.Elem(), d)
	case reflect.Struct:
		if v.Type() == posType {
			return d.FilePos(v.Interface().(model.Pos))
		}
		out := map[string]any{}
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() {
				out[f.Name] = plain(v.Field(i), d)
			}
		}
		return out
	case reflect.Slice:
		if v.IsNil() {
			return nil
		}
		out := make([]any, v.Len())
		for i := range out {
			out[i] = plain(v.Index(i), d)
		}
		return out
	}
	return v.Interface()
}
