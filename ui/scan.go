package ui

import "github.com/journey-maps/journey/model"

// Loader opens a map file; model.Load behind an interface for tests.
type Loader func(path string) (Document, error)

// ModelLoader loads with model.Load on a fixed day.
func ModelLoader(today model.Date) Loader {
	return func(path string) (Document, error) {
		d, err := model.Load(path, today)
		if d == nil {
			return nil, err
		}
		return d, err
	}
}
