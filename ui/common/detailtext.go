package common

// labelWidth lines up the values of the detail pane's fields.
const LabelWidth = 10
