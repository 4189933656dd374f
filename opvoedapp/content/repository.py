"""Query functions over the read-only guideline database, returning records.

Content is small (hundreds of rows) and never changes while the program runs, so each query
reads its table once and keeps the result.
"""

from __future__ import annotations

import json
import sqlite3
from functools import cached_property
from typing import Any

from opvoedapp.content import records as r


def _tuple(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text else ()


class ContentRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def is_intact(self) -> bool:
        """SQLite's own quick consistency check of the whole file."""
        return bool(self._conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")

    def close(self) -> None:
        self._conn.close()

    def _rows(self, sql: str, *params: object) -> list[dict[str, Any]]:
        cursor = self._conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    @cached_property
    def meta(self) -> r.ContentMeta:
        values = {row["key"]: row["value"] for row in self._rows("SELECT key, value FROM meta")}
        return r.ContentMeta(
            schema_version=int(values["schema_version"]),
            content_edition=values.get("content_edition", ""),
            checksum=values.get("checksum", ""),
            copyright=values.get("copyright", ""),
        )

    @cached_property
    def text_blocks(self) -> dict[str, r.TextBlock]:
        rows = self._rows("SELECT key, text, own_words, sources FROM text_block ORDER BY key")
        return {
            row["key"]: r.TextBlock(row["key"], row["text"], bool(row["own_words"]),
                                    _tuple(row["sources"]))
            for row in rows
        }

    def text(self, key: str) -> str:
        """A text block's Dutch text; "" when there is none."""
        return self._texts.get(key, "")

    @cached_property
    def _texts(self) -> dict[str, str]:
        # The texts alone: the tab shown first needs a few of them, not every block's
        # sources parsed into records (bench/bench_startup.py).
        return dict(self._conn.execute("SELECT key, text FROM text_block"))

    @cached_property
    def languages(self) -> tuple[r.Language, ...]:
        """The handout languages, ordered by their Dutch name."""
        rows = self._rows("SELECT code, name_native, name_nl, direction, review FROM language "
                          "ORDER BY position")
        return tuple(r.Language(**row) for row in rows)

    def language(self, code: str) -> r.Language | None:
        return next((lang for lang in self.languages if lang.code == code), None)

    @cached_property
    def translations(self) -> dict[str, dict[str, str]]:
        """language code -> text block key -> our translation (only those written so far)."""
        result: dict[str, dict[str, str]] = {}
        for row in self._rows("SELECT key, language, text FROM translation ORDER BY id"):
            result.setdefault(row["language"], {})[row["key"]] = row["text"]
        return result

    def translation(self, key: str, language: str) -> str:
        """The translation of the Dutch text block ``key``; lines joined with a newline as in
        the Dutch block; "" when there is none (yet)."""
        return self.translations.get(language, {}).get(key, "")

    @cached_property
    def age_phases(self) -> tuple[r.AgePhase, ...]:
        rows = self._rows("SELECT * FROM age_phase ORDER BY position")
        return tuple(
            r.AgePhase(
                key=row["key"], age_from=row["age_from"], age_to=row["age_to"],
                label=row["label"], settings=_tuple(row["settings"]),
                developmental_tasks=_tuple(row["developmental_tasks"]),
                parenting_tasks=_tuple(row["parenting_tasks"]),
                normal_problems=_tuple(row["normal_problems"]),
                serious_problems=_tuple(row["serious_problems"]), source=row["source"],
            )
            for row in rows
        )

    @cached_property
    def age_groups(self) -> tuple[r.AgeGroup, ...]:
        rows = self._rows("SELECT key, label, age_from, age_to FROM age_group ORDER BY position")
        return tuple(r.AgeGroup(**row) for row in rows)

    @cached_property
    def questions(self) -> tuple[r.Question, ...]:
        """The five questions and their sub-topics, in table order (sub-topics last)."""
        rows = self._rows(
            "SELECT q.key, q.label, coalesce(p.key, '') AS parent_key, q.source "
            "FROM question q LEFT JOIN question p ON p.id = q.parent_id ORDER BY q.position"
        )
        return tuple(r.Question(**row) for row in rows)

    @cached_property
    def matrix_cells(self) -> tuple[r.MatrixCell, ...]:
        entries: dict[int, list[r.MatrixEntry]] = {}
        for row in self._rows(
            "SELECT e.cell_id, i.key, e.printed_name, e.qualifier, e.footnote "
            "FROM matrix_entry e JOIN intervention i ON i.id = e.intervention_id "
            "ORDER BY e.cell_id, e.position"
        ):
            entries.setdefault(row["cell_id"], []).append(
                r.MatrixEntry(row["key"], row["printed_name"], row["qualifier"], row["footnote"])
            )
        cells = self._rows(
            "SELECT c.id, q.key AS question_key, coalesce(g.key, '') AS age_group_key, c.kind, "
            "c.position_note, c.source FROM matrix_cell c JOIN question q ON q.id = c.question_id "
            "LEFT JOIN age_group g ON g.id = c.age_group_id ORDER BY c.position"
        )
        return tuple(
            r.MatrixCell(
                question_key=c["question_key"], age_group_key=c["age_group_key"], kind=c["kind"],
                position_note=c["position_note"], source=c["source"],
                entries=tuple(entries.get(c["id"], ())),
            )
            for c in cells
        )

    @cached_property
    def footnotes(self) -> tuple[r.Footnote, ...]:
        rows = self._rows("SELECT number, text, evidence FROM footnote ORDER BY number")
        return tuple(r.Footnote(**row) for row in rows)

    @cached_property
    def interventions(self) -> tuple[r.Intervention, ...]:
        result = []
        for row in self._rows("SELECT * FROM intervention ORDER BY position"):
            recognition = tuple(
                r.LaterRecognition(int(x.get("year", 0)), x.get("rating", ""), x.get("source", ""))
                for x in json.loads(row["later_recognition"])
            )
            del row["id"], row["position"]
            row.update(
                aliases=_tuple(row["aliases"]), in_table2=bool(row["in_table2"]),
                later_recognition=recognition, gaps=_tuple(row["gaps"]),
                sources=_tuple(row["sources"]),
            )
            result.append(r.Intervention(**row))
        return tuple(result)

    def intervention(self, key: str) -> r.Intervention | None:
        return next((i for i in self.interventions if i.key == key), None)

    @cached_property
    def instruments(self) -> tuple[r.Instrument, ...]:
        result = []
        for row in self._rows("SELECT * FROM instrument ORDER BY position"):
            del row["id"], row["position"]
            row.update(aliases=_tuple(row["aliases"]), gaps=_tuple(row["gaps"]),
                       sources=_tuple(row["sources"]))
            result.append(r.Instrument(**row))
        return tuple(result)

    @cached_property
    def instrument_rules(self) -> tuple[r.InstrumentRule, ...]:
        rows = self._rows("SELECT text_own, source FROM instrument_rule ORDER BY position")
        return tuple(r.InstrumentRule(**row) for row in rows)

    @cached_property
    def competencies(self) -> tuple[r.Competency, ...]:
        items: dict[int, list[r.CompetencyItem]] = {}
        for row in self._rows(
            "SELECT i.key, c.number AS competency_number, i.position, i.stem, i.text "
            "FROM competency_item i JOIN competency c ON c.id = i.competency_id "
            "ORDER BY c.number, i.position"
        ):
            items.setdefault(row["competency_number"], []).append(r.CompetencyItem(**row))
        return tuple(
            r.Competency(row["number"], row["title"], row["source"],
                         tuple(items.get(row["number"], ())))
            for row in self._rows("SELECT number, title, source FROM competency ORDER BY number")
        )

    @cached_property
    def scale_labels(self) -> tuple[r.ScaleLabel, ...]:
        rows = self._rows("SELECT value, label FROM scale_label ORDER BY value")
        return tuple(r.ScaleLabel(**row) for row in rows)

    @cached_property
    def recommendations(self) -> tuple[r.Recommendation, ...]:
        rows = self._rows(
            "SELECT position, chapter, chapter_title, text, source FROM recommendation "
            "ORDER BY position"
        )
        return tuple(r.Recommendation(**row) for row in rows)

    @cached_property
    def corrections(self) -> tuple[r.Correction, ...]:
        rows = self._rows("SELECT file, location, seed, corrected FROM correction ORDER BY id")
        return tuple(r.Correction(**row) for row in rows)

    def scheme_rows(self, table: str) -> list[dict[str, object]]:
        """Raw rows of a decision-scheme table, for the scheme loader."""
        if table not in {"scheme_step", "scheme_choice", "scheme_outcome", "start_situation",
                         "anamnesis_item"}:
            raise ValueError(table)
        order = "step_id, position" if table == "scheme_choice" else "id"
        return self._rows(f"SELECT * FROM {table} ORDER BY {order}")
