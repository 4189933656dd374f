"""filter_ms (finder proxy, one keystroke) and search_ms (global search), real and 100x data.

Each figure comes with the bare library call measured in the same run: a plain
QSortFilterProxyModel with setFilterFixedString over the same rows for the finder, and a plain
``str in`` scan over the same texts for the global search (the texts hold every word form
the search looks in: words, Dutch stems, compound parts). index_build_ms is the one-off cost of
the first Ctrl+F (stemming and splitting compounds). x100 is a synthetic content 100
times larger (an organisation that adds a large local offer); growth_per_size is
(x100 time / real time) / 100, so 1.0 means linear.
"""

from __future__ import annotations

import dataclasses
import os
import statistics
import time

from harness import ROOT, emit

QUERY = "triple p niveau 3"


def _per_keystroke(apply) -> float:
    times = []
    for _ in range(5):
        for end in range(1, len(QUERY) + 1):
            start = time.perf_counter()
            apply(QUERY[:end])
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _finder(content) -> None:
    from PySide6.QtCore import QSortFilterProxyModel

    from opvoedapp.search.finder import FinderCriteria, finder_entries
    from opvoedapp.state.offer_state import OfferState
    from opvoedapp.views.interventions.models import (
        InterventionFilterModel,
        InterventionTableModel,
    )

    real_items, real_entries = content.interventions, finder_entries(content)
    big_items = tuple(dataclasses.replace(i, key=f"{i.key}-{n}") for n in range(100)
                      for i in real_items)
    big_entries = {f"{k}-{n}": dataclasses.replace(e, key=f"{k}-{n}") for n in range(100)
                   for k, e in real_entries.items()}
    base = FinderCriteria(question="ontwikkeling", kind="lichte hulp")
    ours, bare = {}, {}
    for label, items, entries in (("real", real_items, real_entries),
                                  ("x100", big_items, big_entries)):
        model = InterventionTableModel(items, OfferState())
        proxy = InterventionFilterModel(entries)
        proxy.setSourceModel(model)
        ours[label] = _per_keystroke(
            lambda text, p=proxy: p.set_criteria(dataclasses.replace(base, text=text)))
        plain = QSortFilterProxyModel()
        plain.setSourceModel(model)
        bare[label] = _per_keystroke(plain.setFilterFixedString)
    emit("filter_ms", ours["real"], "ms", {
        "interventions": len(real_items), "bare_proxy_ms": round(bare["real"], 3),
        "ratio_vs_bare": round(ours["real"] / bare["real"], 2),
        "x100_interventions": len(big_items), "x100_ms": round(ours["x100"], 3),
        "x100_bare_proxy_ms": round(bare["x100"], 3),
        "growth_per_size": round(ours["x100"] / ours["real"] / 100, 3), "target_ms": 2.0})


def _global_search(content) -> None:
    from opvoedapp.search.index import SearchIndex, build_index, search

    start = time.perf_counter()
    index = build_index(content)
    build_ms = (time.perf_counter() - start) * 1000
    big_index = SearchIndex(tuple(index) * 100)
    ours = {"real": _per_keystroke(lambda text: search(index, text)),
            "x100": _per_keystroke(lambda text: search(big_index, text))}
    bare = {}
    for label, entries in (("real", index), ("x100", big_index)):
        texts = [e.all_text for e in entries]
        bare[label] = _per_keystroke(
            lambda text, t=texts: [s for s in t if text.casefold() in s])
    emit("search_ms", ours["real"], "ms", {
        "entries": len(index), "bare_scan_ms": round(bare["real"], 3),
        "ratio_vs_bare": round(ours["real"] / bare["real"], 2),
        "x100_entries": len(big_index), "x100_ms": round(ours["x100"], 3),
        "x100_bare_scan_ms": round(bare["x100"], 3),
        "growth_per_size": round(ours["x100"] / ours["real"] / 100, 3), "target_ms": 5.0,
        "index_build_ms": round(build_ms, 1)})


def run() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from opvoedapp.content.database import open_guideline_database
    from opvoedapp.content.repository import ContentRepository

    app = QApplication.instance() or QApplication([])  # noqa: F841 (models need it)
    content = ContentRepository(open_guideline_database(ROOT / "data" / "guideline.sqlite"))
    _finder(content)
    _global_search(content)
