// Package panels holds the side panels: goals, funnel, priorities, personas,
// channels and the workshop room.
package panels
