"""filter_ms (finder proxy, one keystroke) and search_ms (global search), real and 100x data."""

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


def run() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from opvoedapp.content.database import open_guideline_database
    from opvoedapp.content.repository import ContentRepository
    from opvoedapp.search.finder import FinderCriteria, finder_entries
    from opvoedapp.search.index import build_index, search
    from opvoedapp.views.interventions.models import (
        InterventionFilterModel,
        InterventionTableModel,
    )
    from opvoedapp.views.offer_state import OfferState

    app = QApplication.instance() or QApplication([])  # noqa: F841 (models need it)
    content = ContentRepository(open_guideline_database(ROOT / "data" / "guideline.sqlite"))
    real_items, real_entries = content.interventions, finder_entries(content)
    # An organisation that adds a large local offer: every intervention 100 times over.
    big_items = tuple(dataclasses.replace(i, key=f"{i.key}-{n}") for n in range(100)
                      for i in real_items)
    big_entries = {f"{k}-{n}": dataclasses.replace(e, key=f"{k}-{n}") for n in range(100)
                   for k, e in real_entries.items()}
    results = {}
    for label, items, entries in (("real", real_items, real_entries),
                                  ("x100", big_items, big_entries)):
        proxy = InterventionFilterModel(entries)
        proxy.setSourceModel(InterventionTableModel(items, OfferState()))
        base = FinderCriteria(question="ontwikkeling", kind="lichte hulp")
        results[label] = (len(items), _per_keystroke(
            lambda text, p=proxy: p.set_criteria(dataclasses.replace(base, text=text))))
    emit("filter_ms", results["real"][1], "ms", {
        "interventions": results["real"][0], "x100_ms": round(results["x100"][1], 3),
        "x100_interventions": results["x100"][0],
        "growth_per_size": round(results["x100"][1] / results["real"][1] / 100, 3),
        "target": 2.0})
    index = build_index(content)
    big_index = index * 100
    real_ms = _per_keystroke(lambda text: search(index, text))
    big_ms = _per_keystroke(lambda text: search(big_index, text))
    emit("search_ms", real_ms, "ms", {"entries": len(index), "x100_ms": round(big_ms, 3),
                                      "growth_per_size": round(big_ms / real_ms / 100, 3),
                                      "target": 5.0})
