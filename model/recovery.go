package model

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// Recovery is what the editor keeps on disk while a map has unsaved edits,
// so that they survive a crash, a kill or a flat battery. It holds the full
// edited text (what is restored) and the labels of the actions (what the
// person is shown before choosing).
type Recovery struct {
	Path    string    `json:"path"`    // the map file, absolute
	Base    string    `json:"base"`    // sha256 of the file the edits were made on
	Text    string    `json:"text"`    // the edited text
	Actions []string  `json:"actions"` // what was done, oldest first
	Written time.Time `json:"written"`
}

// RecoveryDir is where recovery files live: the user's cache directory.
// JOURNEY_RECOVERY_DIR overrides it (tests, or a machine with no cache).
func RecoveryDir() (string, error) {
	if d := os.Getenv("JOURNEY_RECOVERY_DIR"); d != "" {
		return d, nil
	}
	c, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache directory for recovery files: %v", err)
	}
	return filepath.Join(c, "journey", "recovery"), nil
}

// RecoveryFile is the recovery file for a map: named after the map's
// absolute path, so two maps called shop.yaml in different folders do not
// share one.
func RecoveryFile(mapPath string) (string, error) {
	dir, err := RecoveryDir()
	if err != nil {
		return "", err
	}
	abs, err := filepath.Abs(mapPath)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(abs))
	name := Slug(filepath.Base(abs))
	if name == "" {
		name = "map"
	}
	return filepath.Join(dir, name+"-"+hex.EncodeToString(sum[:6])+".json"), nil
}

// Recovery describes the document's unsaved state for its recovery file.
func (d *Doc) Recovery(actions []string) Recovery {
	abs, _ := filepath.Abs(d.path)
	return Recovery{Path: abs, Base: hex.EncodeToString(d.disk[:]), Text: string(d.text.Bytes()), Actions: actions, Written: time.Now()}
}

// WriteRecovery stores r atomically, readable only by the user (a map
// may hold things not everyone on the machine should read).
func WriteRecovery(r Recovery) error {
	f, err := RecoveryFile(r.Path)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(f), 0o700); err != nil {
		return err
	}
	data, err := json.Marshal(r)
	if err != nil {
		return err
	}
	if _, err := os.Stat(f); errors.Is(err, os.ErrNotExist) {
		if err := os.WriteFile(f, nil, 0o600); err != nil {
			return err
		}
	}
	return WriteFileAtomic(f, data)
}

// ReadRecovery returns the recovery kept for a map, or nil when there is
// none.
func ReadRecovery(mapPath string) (*Recovery, error) {
	f, err := RecoveryFile(mapPath)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(f)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var r Recovery
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("recovery file %s is damaged: %v", f, err)
	}
	return &r, nil
}

// RemoveRecovery deletes a map's recovery file, once the person has chosen
// what to do with it or has saved.
func RemoveRecovery(mapPath string) error {
	f, err := RecoveryFile(mapPath)
	if err != nil {
		return err
	}
	if err := os.Remove(f); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

// BaseMatches reports whether the map file is still the one the recovered
// edits were made on.
func (r *Recovery) BaseMatches(fileData []byte) bool {
	sum := sha256.Sum256(fileData)
	return hex.EncodeToString(sum[:]) == r.Base
}

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
