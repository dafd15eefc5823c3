package model

// RestoreText replaces the document's text with recovered text, keeping
// the file it was loaded from as the saved state, so the restored edits
// show as unsaved.
func (d *Doc) RestoreText(text []byte) error {
	nd, err := Parse(d.path, text, d.today)
	if nd == nil {
		return err
	}
	d.text, d.m, d.diags, d.shared = nd.text, nd.m, nd.diags, nd.shared
	return nil
}
