"""The TypeScript target: the IR -> a TypeScript package (types, resources, runtime, tests).

`target` is the back end the pipeline calls; `names`, `text` and `types` spell IR names,
spec text and `TypeRef`s in TypeScript; `model_views`, `views` and `view_tests` build the
view-models the templates in `templates/typescript/` print.
"""
