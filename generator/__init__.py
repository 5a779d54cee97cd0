"""sdkgen: generates a typed Python SDK package from an OpenAPI spec.

The pipeline, one module per stage: load -> validate -> build_ir -> models -> views ->
render -> format -> write, driven by `pipeline` and `cli`.
"""

__version__ = "0.1.0"
