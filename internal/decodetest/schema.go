package decodetest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// The keys a schema file names, and those a document holds, as paths:
// "partnership.partners[].power" for a property of an object in a list,
// "stakeholders.financeurs" for a name of an enumeration that names the
// keys of a map. A test of a generator or of a template compares the two:
// a key of the schema no document holds was forgotten.

// schemas reads schema files, and follows their references.
type schemas struct {
	dir   string
	files map[string]map[string]any
}

// load returns the schema file named file.
func (s *schemas) load(file string) (map[string]any, error) {
	if f, ok := s.files[file]; ok {
		return f, nil
	}
	data, err := os.ReadFile(filepath.Join(s.dir, file))
	if err != nil {
		return nil, err
	}
	var f map[string]any
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	s.files[file] = f
	return f, nil
}

// resolve follows the references of node, in file, to a schema that is not
// one, and returns it with the file it stands in.
func (s *schemas) resolve(file string, node map[string]any) (string, map[string]any, error) {
	for {
		ref, ok := node["$ref"].(string)
		if !ok {
			return file, node, nil
		}
		target, ptr, _ := strings.Cut(ref, "#")
		if target != "" {
			file = target
		}
		f, err := s.load(file)
		if err != nil {
			return "", nil, err
		}
		node = f
		for _, step := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
			if step == "" {
				continue
			}
			next, ok := node[step].(map[string]any)
			if !ok {
				return "", nil, fmt.Errorf("%s: no %s", file, ref)
			}
			node = next
		}
	}
}

// branches returns the schemas node is made of: itself, and those of its
// anyOf and oneOf, resolved.
func (s *schemas) branches(file string, node map[string]any) ([]string, []map[string]any, error) {
	file, node, err := s.resolve(file, node)
	if err != nil {
		return nil, nil, err
	}
	files, nodes := []string{file}, []map[string]any{node}
	for _, kw := range []string{"anyOf", "oneOf"} {
		list, _ := node[kw].([]any)
		for _, b := range list {
			bm, ok := b.(map[string]any)
			if !ok {
				continue
			}
			fs, ns, err := s.branches(file, bm)
			if err != nil {
				return nil, nil, err
			}
			files, nodes = append(files, fs...), append(nodes, ns...)
		}
	}
	return files, nodes, nil
}

// names returns the keys an enumeration's schema lists.
func (s *schemas) names(file string, node map[string]any) ([]string, error) {
	_, nodes, err := s.branches(file, node)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, n := range nodes {
		list, _ := n["enum"].([]any)
		for _, v := range list {
			if k, ok := v.(string); ok && k != "" {
				out = append(out, k)
			}
		}
	}
	return out, nil
}

// SchemaPaths returns the paths of every key the schema of dir at loc names
// (a file, "innovation.schema.json", or a definition of one,
// "innovation.schema.json#/$defs/needs_matrix"), and those of the files it
// refers to, sorted.
func SchemaPaths(dir, loc string) ([]string, error) {
	s := &schemas{dir: dir, files: map[string]map[string]any{}}
	file, root, err := s.resolve("", map[string]any{"$ref": loc})
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var walk func(file string, node map[string]any, path string, depth int) error
	walk = func(file string, node map[string]any, path string, depth int) error {
		if depth > 20 {
			return fmt.Errorf("%s: nesting deeper than 20 at %s", file, path)
		}
		files, nodes, err := s.branches(file, node)
		if err != nil {
			return err
		}
		for i, n := range nodes {
			f := files[i]
			if props, ok := n["properties"].(map[string]any); ok {
				for k, p := range props {
					seen[join(path, k)] = true
					if err := walk(f, p.(map[string]any), join(path, k), depth+1); err != nil {
						return err
					}
				}
			}
			if items, ok := n["items"].(map[string]any); ok {
				if err := walk(f, items, path+"[]", depth+1); err != nil {
					return err
				}
			}
			if pn, ok := n["propertyNames"].(map[string]any); ok {
				keys, err := s.names(f, pn)
				if err != nil {
					return err
				}
				for _, k := range keys {
					seen[join(path, k)] = true
					if ap, ok := n["additionalProperties"].(map[string]any); ok {
						if err := walk(f, ap, join(path, k), depth+1); err != nil {
							return err
						}
					}
				}
			}
		}
		return nil
	}
	if err := walk(file, root, "", 0); err != nil {
		return nil, err
	}
	return slices.Sorted(maps.Keys(seen)), nil
}

// Paths returns the paths of the keys the JSON document data holds, read
// along the schema of dir at loc (so that a list's items and a map's keys
// are told from an object's properties), sorted.
func Paths(dir, loc string, data []byte) ([]string, error) {
	s := &schemas{dir: dir, files: map[string]map[string]any{}}
	file, root, err := s.resolve("", map[string]any{"$ref": loc})
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var walk func(file string, node map[string]any, v any, path string) error
	walk = func(file string, node map[string]any, v any, path string) error {
		files, nodes, err := s.branches(file, node)
		if err != nil {
			return err
		}
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				if e == nil {
					continue // the same as an absent key
				}
				for i, n := range nodes {
					props, _ := n["properties"].(map[string]any)
					sub, ok := props[k].(map[string]any)
					if !ok {
						sub, ok = n["additionalProperties"].(map[string]any)
					}
					if ok {
						seen[join(path, k)] = true
						if err := walk(files[i], sub, e, join(path, k)); err != nil {
							return err
						}
					}
				}
			}
		case []any:
			for _, e := range x {
				for i, n := range nodes {
					if items, ok := n["items"].(map[string]any); ok {
						if err := walk(files[i], items, e, path+"[]"); err != nil {
							return err
						}
					}
				}
			}
		}
		return nil
	}
	if err := walk(file, root, doc, ""); err != nil {
		return nil, err
	}
	return slices.Sorted(maps.Keys(seen)), nil
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// Missing returns the paths of want not in got.
func Missing(want, got []string) []string {
	var out []string
	for _, p := range want {
		if _, found := slices.BinarySearch(got, p); !found {
			out = append(out, p)
		}
	}
	return out
}
