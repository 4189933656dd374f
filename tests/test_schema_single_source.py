"""Each schema is described once: what is written by hand elsewhere must match it.

Content: the SQLAlchemy models are the schema; the reader's records (content/records.py,
filled by plain SELECTs in content/repository.py) must carry every column the models define,
apart from the storage-only ones (ids, positions, foreign keys), and nothing the models do not
define, apart from the named fields the reader derives by joining.

User data: the models are the schema; a new file gets its tables from them, an older file is
brought up by migration steps written as they shipped. A file of every earlier version
(tests/fixtures/userdata-v*.sqlite, committed) must end in the models' tables column for
column: type, NOT NULL, default, primary key, foreign keys, unique constraints.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from opvoedapp.content import records
from opvoedapp.content.models import Base

# record -> (table, derived fields: what the reader makes from a join or a nested SELECT)
RECORD_TABLES = {
    records.TextBlock: ("text_block", set()),
    records.AgePhase: ("age_phase", set()),
    records.AgeGroup: ("age_group", set()),
    records.Question: ("question", {"parent_key"}),
    records.MatrixEntry: ("matrix_entry", {"intervention_key"}),
    records.MatrixCell: ("matrix_cell", {"question_key", "age_group_key", "entries"}),
    records.Footnote: ("footnote", set()),
    records.Intervention: ("intervention", set()),
    records.Instrument: ("instrument", set()),
    records.InstrumentRule: ("instrument_rule", set()),
    records.CompetencyItem: ("competency_item", {"competency_number"}),
    records.Competency: ("competency", {"items"}),
    records.ScaleLabel: ("scale_label", set()),
    records.Recommendation: ("recommendation", set()),
    records.Correction: ("correction", set()),
    records.Language: ("language", set()),
}
# Read as raw rows by the scheme loader, or kept as key/value pairs (meta, translation): no record.
TABLES_WITHOUT_RECORD = {"meta", "translation", "scheme_step", "scheme_choice", "scheme_outcome",
                         "start_situation", "anamnesis_item"}


def _storage_only(column: str) -> bool:
    return column in {"id", "position"} or column.endswith("_id")


@pytest.mark.parametrize("record", list(RECORD_TABLES), ids=lambda r: r.__name__)
def test_each_record_carries_its_table_column_for_column(record: type) -> None:
    table, derived = RECORD_TABLES[record]
    columns = {c.name for c in Base.metadata.tables[table].columns}
    fields = set(record._fields)
    assert fields - derived <= columns, (
        f"{record.__name__} has fields table {table} lacks: {sorted(fields - derived - columns)}")
    assert all(_storage_only(c) for c in columns - fields), (
        f"{record.__name__} lacks columns of table {table}: "
        f"{sorted(c for c in columns - fields if not _storage_only(c))}")
    assert not derived & columns, "a derived field must not shadow a column"


def test_every_content_table_has_a_reader() -> None:
    import opvoedapp.content.models_scheme  # noqa: F401  (registers the scheme tables)

    with_record = {table for table, _derived in RECORD_TABLES.values()}
    assert set(Base.metadata.tables) == with_record | TABLES_WITHOUT_RECORD


def _table_shapes(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        shapes: dict[str, object] = {}
        for table in tables:
            columns = [(name, kind.upper(), bool(notnull), default, pk) for
                       _cid, name, kind, notnull, default, pk in
                       conn.execute(f"PRAGMA table_info({table})")]
            keys = sorted((ref, src, dst, on_delete) for
                          _id, _seq, ref, src, dst, _upd, on_delete, _match in
                          conn.execute(f"PRAGMA foreign_key_list({table})"))
            unique = sorted(tuple(c[2] for c in conn.execute(f"PRAGMA index_info({idx[1]})"))
                            for idx in conn.execute(f"PRAGMA index_list({table})") if idx[2])
            shapes[table] = {"columns": sorted(columns), "foreign keys": keys, "unique": unique}
        return shapes
    finally:
        conn.close()


def _modelled_shapes(tmp_path: Path) -> dict[str, object]:
    from sqlalchemy import create_engine

    from opvoedapp.userdata.models import UserBase

    modelled = tmp_path / "modelled.sqlite"
    engine = create_engine(f"sqlite:///{modelled}")
    UserBase.metadata.create_all(engine)
    engine.dispose()
    return _table_shapes(modelled)


def test_a_new_user_data_file_has_the_tables_the_models_describe(tmp_path: Path) -> None:
    from opvoedapp.userdata.migrations import migrate

    migrated = tmp_path / "new.sqlite"
    migrate(migrated)
    assert _table_shapes(migrated) == _modelled_shapes(tmp_path)


FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("userdata-v*.sqlite")),
                         ids=lambda path: path.stem)
def test_every_earlier_user_data_file_migrates_to_the_models_tables(tmp_path: Path,
                                                                    fixture: Path) -> None:
    import shutil

    from opvoedapp.userdata.migrations import migrate

    migrated = tmp_path / "old.sqlite"
    shutil.copy(fixture, migrated)
    migrate(migrated)
    assert _table_shapes(migrated) == _modelled_shapes(tmp_path)
