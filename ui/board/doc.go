// Package board is the journey board: stages as columns of touchpoint cards,
// the emotion curve under them, and the marks search and changes put on cards.
package board
