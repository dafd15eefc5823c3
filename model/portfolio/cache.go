package portfolio

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/journey-maps/journey/model"
)

// cacheVersion changes whenever Map changes shape, so that an old cache
// is read as empty rather than as wrong figures.
const cacheVersion = 1

// maxCacheSize bounds what is read from a cache file.
const maxCacheSize = 256 << 20

// racy is how recent a modification time must be for a summary not to be
// cached: a file written again within the same clock tick keeps its
// size and time, so only files that have been still for a while count.
const racy = 2 * time.Second

// Cache keeps the summaries of one folder's maps between runs, keyed by
// path, size and modification time (and the day they were summed up
// on, since goal status and staleness depend on it). It is safe for
// concurrent use.
type Cache struct {
	file    string
	root    string // absolute
	mu      sync.Mutex
	old     map[string]cacheEntry
	now     map[string]cacheEntry
	changed bool
}

type cacheEntry struct {
	Size  int64  `json:"size"`
	Mtime int64  `json:"mtime"` // UnixNano
	Today string `json:"today"`
	Map   Map    `json:"map"`
}

type cacheFile struct {
	Version int                   `json:"version"`
	Root    string                `json:"root"`
	Entries map[string]cacheEntry `json:"entries"`
}

// CacheDir is where caches live: $JOURNEY_CACHE_DIR, or journey/ in the
// user's cache directory (os.UserCacheDir, which follows XDG_CACHE_HOME).
func CacheDir() (string, error) {
	if d := os.Getenv("JOURNEY_CACHE_DIR"); d != "" {
		return d, nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "journey"), nil
}

// OpenCache reads the cache of the folder root. It always returns a cache
// to use; the error is a warning for people: the cache could not be read
// (it then starts empty) or has no place to live (it is then not kept).
func OpenCache(root string) (*Cache, error) {
	c := &Cache{old: map[string]cacheEntry{}, now: map[string]cacheEntry{}}
	abs, err := filepath.Abs(root)
	if err != nil {
		return c, fmt.Errorf("cache not used: %v", err)
	}
	dir, err := CacheDir()
	if err != nil {
		return c, fmt.Errorf("cache not used: %v", err)
	}
	c.root = abs
	sum := sha256.Sum256([]byte(abs))
	c.file = filepath.Join(dir, "portfolio-"+hex.EncodeToString(sum[:8])+".json")
	f, err := model.OpenRegular(c.file)
	if errors.Is(err, os.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return c, fmt.Errorf("cache %s not read, every map is read: %s", c.file, ErrorText(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxCacheSize))
	var cf cacheFile
	if err == nil {
		err = json.Unmarshal(data, &cf)
	}
	switch {
	case err != nil:
		return c, fmt.Errorf("cache %s not read, every map is read: %v", c.file, err)
	case cf.Version != cacheVersion || cf.Root != abs:
		return c, nil // another build's cache: rebuilt quietly
	}
	for k, e := range cf.Entries {
		if e.Map.Path != "" {
			c.old[k] = e
		}
	}
	return c, nil
}

func cacheKey(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// Get is the summary cached for the file at path, when its size and
// modification time are those of info and it was summed up on today.
func (c *Cache) Get(path string, info os.FileInfo, today model.Date) (Map, bool) {
	k := cacheKey(path)
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.old[k]
	if !ok || e.Size != info.Size() || e.Mtime != info.ModTime().UnixNano() || e.Today != today.String() {
		return Map{}, false
	}
	c.now[k] = e
	e.Map.Path = path // the cache keys absolute paths; the caller named it so
	fixPaths(&e.Map, path)
	return e.Map, true
}

// fixPaths points a cached summary's rows at the path the caller uses.
func fixPaths(m *Map, path string) {
	for i := range m.GoalList {
		m.GoalList[i].Map = path
	}
	for i := range m.PainList {
		m.PainList[i].Map = path
	}
	for i := range m.OppList {
		m.OppList[i].Map = path
	}
	dir := filepath.Dir(path)
	if m.Ideal != "" {
		m.Ideal = filepath.Join(dir, m.Ideal)
	}
	if m.Current != "" {
		m.Current = filepath.Join(dir, m.Current)
	}
}

// Put keeps the summary of the file at path, unless the file changed too
// recently for its size and time to vouch for its content.
func (c *Cache) Put(path string, info os.FileInfo, today model.Date, m Map) {
	if time.Since(info.ModTime()) < racy {
		return
	}
	// Counterparts are kept relative to the map, so the entry reads the
	// same whichever way the folder is named next time.
	dir := filepath.Dir(path)
	for _, p := range []*string{&m.Ideal, &m.Current} {
		if *p != "" {
			if rel, err := filepath.Rel(dir, *p); err == nil {
				*p = rel
			}
		}
	}
	k := cacheKey(path)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now[k] = cacheEntry{Size: info.Size(), Mtime: info.ModTime().UnixNano(), Today: today.String(), Map: m}
	c.changed = true
}

// Save writes the cache for next time, keeping only the maps seen in
// this run. It writes nothing when nothing changed.
func (c *Cache) Save() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.file == "" || (!c.changed && len(c.now) == len(c.old)) {
		return nil
	}
	data, err := json.Marshal(cacheFile{Version: cacheVersion, Root: c.root, Entries: c.now})
	if err == nil {
		err = writeAtomic(c.file, data)
	}
	if err != nil {
		return fmt.Errorf("cache not saved: %v", err)
	}
	c.old, c.changed = c.now, false
	return nil
}

// writeAtomic replaces file with data through a temporary file, so that a
// crash or a second journey never leaves half a cache behind.
func writeAtomic(file string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(file), 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(file), ".portfolio-*.tmp")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), file)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}
