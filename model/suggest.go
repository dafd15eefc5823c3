package model

import "strings"

// suggestMaxRunes bounds the words compared by edit distance, which costs
// the product of their lengths; longer words are only matched by prefix.
const suggestMaxRunes = 64

// Suggest picks the candidate a mistyped word most likely meant, for a "did
// you mean" hint, or "" when none is close. Close means, best first: the
// same word but for case and "-", "_" or spaces (Drop-Off, drop_off); an
// edit distance (Damerau-Levenshtein, so a swap of two letters costs one)
// of at most 1 for words up to 4 letters and 2 for longer ones
// (touchpionts, touchpoints); or a shared prefix covering at least 4
// letters and two thirds of the shorter word (opportunity, opportunities).
// Ties go to the earlier candidate.
func Suggest(word string, candidates []string) string {
	w := []rune(suggestNorm(word))
	if len(w) == 0 {
		return ""
	}
	limit := 2
	if len(w) <= 4 {
		limit = 1
	}
	best, bestClass, bestDist := "", 3, 0
	for _, c := range candidates {
		cr := []rune(suggestNorm(c))
		class, dist := 3, 0
		if string(cr) == string(w) {
			class = 0
		} else if len(w) <= suggestMaxRunes && len(cr) <= suggestMaxRunes && lenGap(w, cr) <= limit {
			if dist = editDistance(w, cr); dist <= limit {
				class = 1
			}
		}
		if class == 3 && sharedPrefix(w, cr) {
			class, dist = 2, lenGap(w, cr)
		}
		if class < bestClass || class == bestClass && class < 3 && dist < bestDist {
			best, bestClass, bestDist = c, class, dist
		}
	}
	return best
}

func suggestNorm(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == ' ' {
			return '_'
		}
		return r
	}, strings.ToLower(s))
}

func sharedPrefix(a, b []rune) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	shorter := min(len(a), len(b))
	return n >= 4 && 3*n >= 2*shorter
}

// editDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and swaps of adjacent runes each cost one.
func editDistance(a, b []rune) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

func lenGap(a, b []rune) int {
	if len(a) > len(b) {
		return len(a) - len(b)
	}
	return len(b) - len(a)
}
