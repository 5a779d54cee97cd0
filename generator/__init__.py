"""sdkgen: generates typed SDK packages, in several languages, from an OpenAPI spec.

The folders are the architecture, imports flowing one way (a test keeps it so):

- `core/`: what every stage uses and nothing of ours: diagnostics, the content cache,
  progress lines, settings reading, atomic writing, fingerprints.
- `spec/`: the inputs. Load a YAML or JSON document (positions kept for every node),
  bundle the files its `$ref`s name, validate it, normalize its schemas; read the SDK config.
- `ir/`: the language-neutral intermediate representation, and the builder that makes it
  from the normalized spec and the config: resources, methods, arguments, pages, streams,
  models and the client's settings.
- `targets/`: the back-end protocol (`backend`), shared rendering and template contracts;
  one folder per language (`python/`, `typescript/`), each with its own names, types,
  views, templates' contract and back end, reading only the IR.
- `surface/`: the API surface of a spec and what changed between two (`sdkgen diff`).
- `registry` names the targets; `pipeline` runs spec -> IR -> each target in memory;
  `cli` is the command line, the one place that writes.
"""

__version__ = "0.1.0"
