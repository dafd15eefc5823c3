package common

import (
	"github.com/charmbracelet/bubbles/help"
)

// newHelp is a bubbles/help model in the theme's styles.
func NewHelp(st *Styles) help.Model {
	h := help.New()
	h.ShortSeparator = " · "
	h.FullSeparator = "    "
	h.Ellipsis = Ellipsis
	h.Styles = help.Styles{
		ShortKey: st.HelpKey, ShortDesc: st.HelpDesc, ShortSeparator: st.HelpSep,
		FullKey: st.HelpKey, FullDesc: st.HelpDesc, FullSeparator: st.HelpSep,
		Ellipsis: st.HelpSep,
	}
	return h
}
