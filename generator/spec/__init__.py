"""The inputs: the OpenAPI document and the SDK config.

`load` reads YAML or JSON with the position of every node; `validate` (with
`validate_units` and `validation_job`) checks the document, structurally and with
openapi-spec-validator; `normalize` (with `canonical`, `hoist`, `sites`, `type_names`,
`rename`, `inheritance` and `schema_tree`) names every schema and makes every
discriminator explicit; `config` reads the SDK config. Imports only `core`.
"""
