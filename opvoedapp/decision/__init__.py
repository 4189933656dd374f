"""The decision process of chapter 7 as data plus a walker over it (pure Python, no Qt).

The scheme is the guideline's working method compiled from the summary and werkkaart 3
(``data/source/decision_scheme.toml``), not the werkkaart 2 card itself.

The modules, imported by name (this file imports none of them, so the Beslisschema's start
page loads only the model, the loader and the walk: bench/bench_startup.py): ``model.py``
(the scheme as data), ``load.py`` (from TOML or the database), ``check.py`` (structural
checks and every path), ``walk.py`` (back, restart, safety), ``summary.py`` (the consult
summary text).
"""
