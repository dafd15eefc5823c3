// Package yamldoc edits YAML text without disturbing it. A Document keeps
// the author's bytes and a yaml.v3 node tree parsed from them; an edit
// patches the bytes at node positions and checks that the data changed
// exactly as intended and nothing else did. The encoder is used only to
// render new fragments.
//
// # Invariants
//
// Every exported operation keeps these, and the tests (the property tests
// here, the fuzz seeds under model/testdata) check them:
//
//   - Byte-exact text: comments, blank lines, key order, quoting,
//     indentation, line endings, a BOM and anchors outside an edit survive
//     byte for byte; loading and writing without an edit gives the file
//     back unchanged.
//   - Byte-exact undo: Apply returns an inverse that carries the exact
//     text it replaced, so applying the inverses in reverse order gives
//     back the original bytes.
//   - Refused means untouched: an edit that cannot be made exactly (a path
//     that names nothing, a value that would not read back, a comment that
//     would be lost or gained) returns an error and leaves the document as
//     it was.
//   - The tree is the text's: after every edit the tree holds exactly the
//     data and comments the text reads back as. An edit either parses the
//     whole new text and keeps that parse; or replaces one single-line
//     scalar in place, which it checks by parsing the new token in its
//     context and records as a touched line (proof.go); or adds or removes
//     one child of a block collection, which it checks by parsing the
//     lines from the neighbour before to the neighbour after (local.go).
//   - Nothing is changed in place: a text, once made, is never changed
//     (text.go holds it as chunks of whole lines, shared between versions),
//     and neither is a node reachable from an earlier tree (the fast path
//     copies the nodes from the root down to the token). So a Snapshot is
//     free to take and can be verified and written on another goroutine
//     while editing goes on; the Document itself is for one goroutine.
//   - Shortcuts check themselves in tests: with JOURNEY_YAMLDOC_CHECK=1
//     (CheckEnv; the test suites of model and its packages set it) every
//     item spliced in without a full parse is compared with one, data,
//     comments and positions, and a difference panics where it happens.
//   - Verified writes: Snapshot.Verify proves that the text reads back as
//     the tree before anything is written: from the touched lines and the
//     bytes of the untouched ones when it can, by a full parse otherwise
//     (always when the text has anchors or aliases).
//   - Lines are numbered so that they stay put: a node's Line is its
//     line's number, which the line keeps as long as it is there. A text
//     as parsed numbers its lines far apart (text.go), and an edit numbers
//     the lines it brings between their neighbours', so a node further on
//     keeps its Line however many lines an edit adds or removes, and so do
//     positions taken from it (the typed map's). Document.Line gives the
//     file's line of a node.
//   - Costs follow the edit: a one-token edit copies one chunk of about
//     16 KB and the nodes on its path, not the file; an item added, removed
//     or moved in a block list copies the chunks it rebuilds and the nodes
//     on their lines; telling two versions of a text apart reads only the
//     chunks they do not share. Where the shortcuts cannot prove an edit
//     (flow collections, anchors, comments beside it) it parses in full.
//   - Hostile input is refused at parse: empty or oversized files
//     (WithMaxSize; DefaultMaxSize unless told), NUL bytes, invalid UTF-8, and several documents in one.
package yamldoc
