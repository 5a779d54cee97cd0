"""The back ends: one folder per target language, and the machinery they share.

`backend` declares what a target is (`Target`) and what it starts from (`Front`: the IR);
`render` renders template layers; `contract` documents and checks what templates receive;
`expected_requests` and `naming` hold what both targets' views compute alike. A target
imports only `ir`, `core` and these modules, never another target; it is registered in
`generator/registry.py`.
"""
