package yamldoc

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// genDoc writes a random block YAML document with odd corners.
func genDoc(r *rand.Rand) string {
	var b strings.Builder
	var node func(ind, depth int, inSeq bool)
	scalar := func(ind int) string {
		switch r.Intn(12) {
		case 0:
			ch := []string{"|", "|+", "|-", ">", ">+", ">-"}[r.Intn(6)]
			s := ch + "\n" + strings.Repeat(" ", ind+2) + "text\n"
			if r.Intn(2) == 0 {
				s += strings.Repeat(" ", ind+2) + "more\n"
			}
			if r.Intn(2) == 0 {
				s += "\n"
			}
			return strings.TrimSuffix(s, "\n")
		case 1:
			return "!!str x"
		case 2:
			return "!c y"
		case 3:
			return "a\n" + strings.Repeat(" ", ind+2) + "b"
		case 4:
			return "v # lc"
		case 5:
			return ""
		case 6:
			return "'q'"
		}
		return fmt.Sprintf("w%d", r.Intn(100))
	}
	comment := func(ind int) {
		if r.Intn(6) == 0 {
			b.WriteString(strings.Repeat(" ", max(0, ind+r.Intn(5)-2)) + "# c\n")
		}
		if r.Intn(5) == 0 {
			b.WriteString("\n")
		}
	}
	node = func(ind, depth int, _ bool) {
		n := 1 + r.Intn(4)
		pad := strings.Repeat(" ", ind)
		if depth > 2 || r.Intn(3) == 0 {
			// sequence
			for i := 0; i < n; i++ {
				comment(ind)
				b.WriteString(pad + "-")
				switch k := r.Intn(5); {
				case k == 0 && depth < 3:
					// wrap mapping
					b.WriteString(" k0: " + scalar(ind+2) + "\n")
					for j := 0; j < r.Intn(3); j++ {
						comment(ind + 2)
						fmt.Fprintf(&b, "%s  k%d: %s\n", pad, j+1, scalar(ind+2))
					}
				case k == 1 && depth < 3:
					b.WriteString("\n")
					node(ind+2, depth+1, true)
				default:
					s := scalar(ind + 2)
					if s != "" {
						b.WriteString(" " + s)
					}
					b.WriteString("\n")
				}
			}
			return
		}
		for i := 0; i < n; i++ {
			comment(ind)
			fmt.Fprintf(&b, "%sk%d:", pad, i)
			switch k := r.Intn(4); {
			case k == 0 && depth < 3:
				if r.Intn(3) == 0 {
					b.WriteString(" !!map")
				}
				b.WriteString("\n")
				if r.Intn(4) == 0 {
					b.WriteString(pad + "  !!seq\n")
					ind2 := ind + 2
					for j := 0; j < 1+r.Intn(3); j++ {
						fmt.Fprintf(&b, "%s- s%d\n", strings.Repeat(" ", ind2), j)
					}
					continue
				}
				ni := ind + 2
				if r.Intn(3) == 0 {
					ni = ind // indentless if a sequence comes
				}
				node(ni, depth+1, false)
			default:
				s := scalar(ind)
				if s != "" {
					b.WriteString(" " + s)
				}
				b.WriteString("\n")
			}
		}
	}
	if r.Intn(5) == 0 {
		b.WriteString("---\n")
	}
	node(0, 0, false)
	if r.Intn(4) == 0 {
		b.WriteString("# end\n")
	}
	s := b.String()
	if r.Intn(4) == 0 {
		s = strings.TrimSuffix(s, "\n")
	}
	switch r.Intn(8) {
	case 0:
		s = strings.ReplaceAll(s, "\n", "\r\n")
	case 1:
		s = strings.ReplaceAll(s, "\n", "\r")
	}
	return s
}

// TestRandomEditsOnOddLayouts makes random inserts, deletes and moves on
// generated documents with odd corners (block scalars of every chomping,
// tags, comments at every depth, indentless lists, CR and CRLF breaks,
// chunks of 1 and 30 bytes), checking after each that the text proves
// (and, as TestMain sets JOURNEY_YAMLDOC_CHECK, that each item spliced in
// without a full parse matches one), and that undoing them all gives back
// each earlier text byte for byte.
func TestRandomEditsOnOddLayouts(t *testing.T) {
	bad := 0
	tried, locals := 0, int64(0)
	for seed := int64(0); seed < 3000 && bad < 8; seed++ {
		r := rand.New(rand.NewSource(seed))
		src := genDoc(r)
		d, err := Parse([]byte(src))
		if err != nil {
			continue
		}
		cs := []int{16 << 10, 1, 30}[r.Intn(3)]
		was := chunkSize
		chunkSize = cs
		func() {
			defer func() { chunkSize = was }()
			var last Edit
			var before string
			defer func() {
				if p := recover(); p != nil {
					bad++
					t.Errorf("seed %d chunk %d: %s %v %d: %v\nbefore:\n%q\nedit %#v raw %q", seed, cs, last.Op, last.Path, last.Index, p, before, last, rawOf(last))
				}
			}()
			d, _ = Parse([]byte(src))
			var invs []Edit
			var states []string
			for step := 0; step < 10; step++ {
				e, ok := randomBlockEdit(d, r)
				if !ok {
					continue
				}
				last = e
				before = string(d.Bytes())
				l0 := localCount.Load()
				inv, err := d.Apply(e)
				if err != nil {
					continue
				}
				tried++
				locals += localCount.Load() - l0
				invs = append(invs, inv)
				states = append(states, string(d.Bytes()))
				if err := d.Snapshot().Verify(); err != nil {
					bad++
					t.Errorf("seed %d: verify after %s %v: %v", seed, e.Op, e.Path, err)
					return
				}
			}
			for i := len(invs) - 1; i >= 0; i-- {
				last = invs[i]
				before = string(d.Bytes())
				if _, err := d.Apply(invs[i]); err != nil {
					bad++
					t.Errorf("seed %d: undo %d: %v\nsrc:\n%q", seed, i, err, src)
					return
				}
				want := src
				if i > 0 {
					want = states[i-1]
				}
				if string(d.Bytes()) != want {
					bad++
					t.Errorf("seed %d: undo %d gave %q want %q", seed, i, d.Bytes(), want)
					return
				}
			}
		}()
	}
	t.Logf("%d edits, %d spliced without a full parse", tried, locals)
	if tried < 10000 || locals < int64(tried/10) {
		t.Errorf("%d edits, %d spliced without a full parse: the test exercises too little", tried, locals)
	}
}

func randomBlockEdit(d *Document, r *rand.Rand) (Edit, bool) {
	type spot struct {
		path Path
		n    int
		seq  bool
	}
	var colls []spot
	var items []Path
	var w func(p Path)
	w = func(p Path) {
		n, _, err := d.resolve(p)
		if err != nil {
			return
		}
		switch n.Kind {
		case yaml.MappingNode:
			colls = append(colls, spot{p, len(n.Content) / 2, false})
			for i := 0; i+1 < len(n.Content); i += 2 {
				cp := append(append(Path{}, p...), n.Content[i].Value)
				w(cp)
			}
		case yaml.SequenceNode:
			colls = append(colls, spot{p, len(n.Content), true})
			for i := range n.Content {
				cp := append(append(Path{}, p...), fmt.Sprint(i))
				items = append(items, cp)
				w(cp)
			}
		}
	}
	w(Path{})
	if len(colls) == 0 {
		return Edit{}, false
	}
	c := colls[r.Intn(len(colls))]
	val := Scalar("!!str", []string{"n", "multi\nline\n", "x y"}[r.Intn(3)])
	if r.Intn(4) == 0 {
		val = mapping("a", "1", "b", "2")
	}
	switch r.Intn(3) {
	case 0:
		if c.seq {
			return Insert(c.path, r.Intn(c.n+1), val), true
		}
		return InsertKey(c.path, r.Intn(c.n+1), fmt.Sprintf("z%d", r.Intn(1000)), val), true
	case 1:
		if c.n == 0 {
			return Edit{}, false
		}
		i := r.Intn(c.n)
		if c.seq {
			return Delete(append(append(Path{}, c.path...), fmt.Sprint(i))), true
		}
		n, _, _ := d.resolve(c.path)
		return Delete(append(append(Path{}, c.path...), n.Content[2*i].Value)), true
	default:
		if len(items) == 0 {
			return Edit{}, false
		}
		var seqs []spot
		for _, s := range colls {
			if s.seq {
				seqs = append(seqs, s)
			}
		}
		to := seqs[r.Intn(len(seqs))]
		return Move(items[r.Intn(len(items))], to.path, r.Intn(to.n+1)), true
	}
}

func rawOf(e Edit) []string {
	var out []string
	if e.Raw != nil {
		out = append(out, *e.Raw)
	}
	for _, s := range e.Edits {
		out = append(out, rawOf(s)...)
	}
	return out
}
