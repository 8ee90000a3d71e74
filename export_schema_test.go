package societal

// SchemaJSON returns the package's JSON Schema, for the tests.
func SchemaJSON() []byte { return schema.Marshal() }
