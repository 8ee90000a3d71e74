package societal

// SchemaJSON returns the package's JSON Schema, for the tests.
func SchemaJSON() []byte { return schema.Marshal() }

// RubricSchemaJSON returns the JSON Schema of a rubric, for the tests.
func RubricSchemaJSON() []byte { return rubricSchema().Marshal() }
