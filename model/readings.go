package model

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ParseReadings reads measurements as analytics and survey tools export
// them: JSON (a list of {"path", "value", "date"}) when the data starts
// with "[", else CSV with a header line naming the columns path, value
// and optionally date, in any order. A bad row is a RowError with its line;
// all of them are reported, with the rows that could be read, so that the
// caller can check those against the map too and report every problem at
// once.
func ParseReadings(data []byte) ([]Reading, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff")) // spreadsheets write a BOM
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '[' {
		return jsonReadings(data)
	}
	return csvReadings(data)
}

func csvReadings(data []byte) ([]Reading, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err == io.EOF {
		return nil, RowErrors{{1, "empty file: the first line names the columns path, value and optionally date"}}
	}
	if err != nil {
		return nil, csvError(err)
	}
	col := map[string]int{}
	var bad RowErrors
	for i, h := range head {
		h = strings.ToLower(strings.TrimSpace(h))
		switch {
		case h != "path" && h != "value" && h != "date":
			bad = append(bad, RowError{1, fmt.Sprintf("unknown column %q%s; the columns are path, value and optionally date", h, hint(h, []string{"path", "value", "date"}))})
		case col[h] > 0:
			bad = append(bad, RowError{1, fmt.Sprintf("column %s is named twice", h)})
		}
		col[h] = i + 1
	}
	for _, need := range []string{"path", "value"} {
		if col[need] == 0 && len(bad) == 0 {
			bad = append(bad, RowError{1, fmt.Sprintf("the header names no %s column; the first line names the columns path, value and optionally date", need)})
		}
	}
	if len(bad) > 0 {
		return nil, bad
	}
	var out []Reading
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, append(bad, csvError(err)...)
		}
		line, _ := r.FieldPos(0)
		get := func(name string) string {
			if i := col[name] - 1; i >= 0 && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		if len(rec) < len(head) && !(len(rec) == len(head)-1 && col["date"] == len(head)) {
			bad = append(bad, RowError{line, fmt.Sprintf("the row has %d fields, the header %d", len(rec), len(head))})
			continue
		}
		rd := Reading{Line: line, Path: get("path"), Value: get("value")}
		if msg := rd.check(get("date")); msg != "" {
			bad = append(bad, RowError{line, msg})
			continue
		}
		out = append(out, rd)
	}
	if len(bad) > 0 {
		return out, bad
	}
	return out, nil
}

func csvError(err error) RowErrors {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return RowErrors{{pe.Line, pe.Err.Error()}}
	}
	return RowErrors{{1, err.Error()}}
}

// check reads the date and checks what every row needs, returning the
// problem or "".
func (r *Reading) check(date string) string {
	switch {
	case r.Path == "":
		return "no path"
	case r.Value == "" && r.Kind != "string":
		return fmt.Sprintf("%s: no value", r.Path)
	}
	if date == "" {
		return ""
	}
	d, err := ParseDate(date)
	if err != nil {
		return fmt.Sprintf("%s: bad date %q; write YYYY-MM-DD", r.Path, date)
	}
	r.Date = d
	return ""
}

func jsonReadings(data []byte) ([]Reading, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	lineAt := func(off int64) int {
		// The next value starts after blanks and a comma.
		for off < int64(len(data)) && strings.IndexByte(" \t\r\n,", data[off]) >= 0 {
			off++
		}
		return 1 + bytes.Count(data[:off], []byte("\n"))
	}
	if _, err := dec.Token(); err != nil {
		return nil, RowErrors{{1, "not a JSON list: " + err.Error()}}
	}
	var out []Reading
	var bad RowErrors
	for dec.More() {
		line := lineAt(dec.InputOffset())
		var obj map[string]json.RawMessage
		if err := dec.Decode(&obj); err != nil {
			return nil, append(bad, RowError{line, "not a JSON object {\"path\", \"value\", \"date\"}: " + err.Error()})
		}
		rd, msg := jsonReading(obj, line)
		if msg != "" {
			bad = append(bad, RowError{line, msg})
			continue
		}
		out = append(out, rd)
	}
	if _, err := dec.Token(); err != nil {
		return nil, append(bad, RowError{lineAt(dec.InputOffset()), "the JSON list does not end: " + err.Error()})
	}
	if len(bad) > 0 {
		return out, bad
	}
	return out, nil
}

func jsonReading(obj map[string]json.RawMessage, line int) (Reading, string) {
	rd := Reading{Line: line}
	for k := range obj {
		if k != "path" && k != "value" && k != "date" {
			return rd, fmt.Sprintf("unknown key %q%s; a row has path, value and optionally date", k, hint(k, []string{"path", "value", "date"}))
		}
	}
	var date string
	if raw, ok := obj["date"]; ok && string(raw) != "null" {
		if json.Unmarshal(raw, &date) != nil {
			return rd, "date must be a string YYYY-MM-DD"
		}
	}
	if json.Unmarshal(obj["path"], &rd.Path) != nil {
		return rd, "path must be a string such as goals.csat"
	}
	raw := bytes.TrimSpace(obj["value"])
	switch {
	case len(raw) == 0 || string(raw) == "null":
		return rd, fmt.Sprintf("%s: no value", rd.Path)
	case raw[0] == '"':
		rd.Kind = "string"
		_ = json.Unmarshal(raw, &rd.Value)
	case string(raw) == "true" || string(raw) == "false":
		rd.Kind, rd.Value = "bool", string(raw)
	case raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9':
		rd.Kind, rd.Value = "number", string(raw)
	default:
		return rd, fmt.Sprintf("%s: value must be a number, a string or true/false", rd.Path)
	}
	return rd, rd.check(date)
}
