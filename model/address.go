package model

import "github.com/journey-maps/journey/model/yamldoc"

// Path names a node of a map's document: keys for fields, 0-based indexes
// for list items ("stages", "2", "touchpoints", "0", "emotion"). It is the
// one address every client gives the session's edits; people write it
// dotted, with ids and slugs for list items, and Doc.Resolve turns that
// into a Path.
type Path = yamldoc.Path

// MaxSize is the largest map file accepted, in bytes: far beyond any real
// journey map, small enough that a mistaken path (a video, a database) is
// refused fast. The document is told it (yamldoc.WithMaxSize), so that an
// edit cannot grow the text past it either.
const MaxSize = 16 << 20

// ChangedLines lists the lines of a that b lacks and the lines of b that a
// lacks, in order: what a line diff of two texts would show.
func ChangedLines(a, b string) (removed, added []string) { return yamldoc.ChangedLines(a, b) }

// OpBatch is the kind of an edit made of several (Action.Edit.Edits).
const OpBatch = yamldoc.OpBatch
