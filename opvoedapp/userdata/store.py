"""The user database: every answer committed when given; storage faults sorted and in Dutch.

Like qutebrowser's sql module, errors are sorted into "the user's environment" (disk full,
read-only folder, a corrupt or newer file) — a Dutch UserDataError the view shows while the
answers on screen stay — and everything else, which is our bug and goes to the crash handler.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import create_engine, delete, event, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from opvoedapp.errors import OpvoedappError
from opvoedapp.safe_read import file_kind, os_reason
from opvoedapp.userdata.migrations import NewerSchemaError, migrate
from opvoedapp.userdata.models import RATERS, Round, Score
from opvoedapp.userdata.pending import PendingAnswers

_T = TypeVar("_T")

FILE_NAME = "zelfreflectie.sqlite"
_ENVIRONMENT_CODES = {sqlite3.SQLITE_FULL: "vol", sqlite3.SQLITE_READONLY: "alleen-lezen",
                      sqlite3.SQLITE_CANTOPEN: "niet te openen", sqlite3.SQLITE_IOERR: "schijffout",
                      sqlite3.SQLITE_CORRUPT: "beschadigd", sqlite3.SQLITE_NOTADB: "beschadigd",
                      sqlite3.SQLITE_BUSY: "bezet", sqlite3.SQLITE_LOCKED: "bezet"}


class UserDataError(OpvoedappError):
    """A storage problem in the user's environment, with a Dutch message."""


# Not a failure the user must act on: the answers wait in the queue, hence no 'Error'.
class NotSavedYet(UserDataError):  # noqa: N818
    """Answers are kept in the store's queue and saved when the disk allows; ``unsaved`` counts
    them. The message names the count as "niet bewaard (n)" for the view's banner."""

    def __init__(self, message: str, unsaved: int) -> None:
        super().__init__(message)
        self.unsaved = unsaved


def _environment_error(exc: BaseException, path: Path) -> UserDataError | None:
    original = getattr(exc, "orig", exc)
    code = getattr(original, "sqlite_errorcode", None)
    if code is not None:
        code &= 0xFF  # the primary result code
    kind = _ENVIRONMENT_CODES.get(code) if code is not None else None
    if kind == "vol":
        return UserDataError(f"De schijf is vol: scores kunnen nu niet worden bewaard ({path}). "
                             "Maak ruimte vrij; de scores op het scherm blijven staan.")
    if kind in ("alleen-lezen", "niet te openen"):
        return UserDataError(f"Opvoedapp mag niet schrijven in {path.parent}: scores worden "
                             "niet bewaard. De scores op het scherm blijven staan.")
    if kind == "bezet":
        return UserDataError("Een ander geopend Opvoedapp-venster bewaart net iets; probeer "
                             "het zo nog eens.")
    if kind is not None:
        return UserDataError(f"Het bestand {path} kan niet worden gebruikt ({kind}).")
    return None


class UserStore:
    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE_NAME
        self.moved_aside: Path | None = None
        self.pending = PendingAnswers()
        self._failed = False  # the last save failed: retry on fresh connections
        _make_folder(folder)
        _check_file(self.path)
        self._prepare()
        self._engine = create_engine(f"sqlite:///{self.path}",
                                     connect_args={"timeout": 5.0})
        # Every answer is its own committed transaction; WAL would leave it in a side file,
        # DELETE journal plus synchronous FULL puts it in the main file before we return.
        event.listen(self._engine, "connect", _pragmas)

    def _prepare(self) -> None:
        try:
            migrate(self.path)
        except NewerSchemaError as exc:
            raise UserDataError(f"{self.path} is gemaakt door een nieuwere Opvoedapp (versie "
                                f"{exc.version}); werk het programma bij.") from exc
        except sqlite3.DatabaseError as exc:  # also DamagedSchemaError: a table not ours
            problem = _environment_error(exc, self.path)
            if problem is not None and "beschadigd" not in problem.message:
                raise problem from exc
            self.moved_aside = self._move_aside()
            migrate(self.path)

    def _move_aside(self) -> Path:
        # Kept, never deleted: the user (or support) may still recover answers from it.
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.beschadigd-{stamp}{self.path.suffix}")
        shutil.move(self.path, target)
        return target

    def _run(self, work: Callable[[Session], _T]) -> _T:
        try:
            with Session(self._engine) as session, session.begin():
                return work(session)
        except (DBAPIError, sqlite3.DatabaseError, OSError) as exc:
            problem = _environment_error(exc, self.path)
            if problem is None:
                raise
            raise problem from exc

    def new_round(self, label: str, rater: str = "zelf", day: date | None = None) -> int:
        if rater not in RATERS:
            raise ValueError(rater)
        return self._run(lambda s: _add(s, Round(label=label, rater=rater,
                                                 day=(day or date.today()).isoformat())))

    def set_score(self, round_id: int, item_key: str, value: int | None) -> None:
        """Save an answer (None: cleared). It joins the queue of unsaved answers first and
        the whole queue is retried, in order: an answer given on a full disk is saved with the
        first one that fits. Raises NotSavedYet while any answer is still waiting."""
        if value is not None and value not in (1, 2, 3, 4):
            raise ValueError(value)
        self.pending.add(round_id, item_key, value)
        self.save_pending()

    def save_pending(self) -> int:
        """Try to save every waiting answer; return 0, or raise NotSavedYet (for a timer)."""
        if self._failed:
            # A connection that met SQLITE_FULL may keep its pager in an error state: start
            # the retry on fresh connections, as a restart of the program would.
            self._engine.dispose()
            self._failed = False
        for round_id, item_key, value in self.pending.in_order():
            try:
                self._run(partial(_write_score, round_id=round_id, item_key=item_key,
                                  value=value))
            except UserDataError as exc:
                self._failed = True
                raise NotSavedYet(f"{exc.message} Niet bewaard ({len(self.pending)}): "
                                  "Opvoedapp probeert het opnieuw bij het volgende antwoord "
                                  "en elke halve minuut.", len(self.pending)) from exc
            self.pending.saved(round_id, item_key, value)
        return 0

    def unsaved_count(self) -> int:
        return len(self.pending)

    def scores(self, round_id: int) -> dict[str, int]:
        return self._run(lambda s: {row.item_key: row.value for row in s.scalars(
            select(Score).where(Score.round_id == round_id))})

    def rounds(self) -> list[tuple[int, str, str, str]]:
        return self._run(lambda s: [(r.id, r.label, r.day, r.rater) for r in s.scalars(
            select(Round).order_by(Round.day, Round.id))])

    # -- round management for the Zelfreflectie session (engineer "reflection") ------------
    def set_scores(self, round_id: int, scores: dict[str, int]) -> None:
        """Many answers in one transaction (an imported result)."""
        if any(value not in (1, 2, 3, 4) for value in scores.values()):
            raise ValueError(scores)

        def work(session: Session) -> None:
            session.execute(delete(Score).where(Score.round_id == round_id,
                                                Score.item_key.in_(list(scores))))
            session.add_all(Score(round_id=round_id, item_key=k, value=v)
                            for k, v in scores.items())
        self._run(work)

    def rename_round(self, round_id: int, label: str) -> None:
        def work(session: Session) -> None:
            row = session.get(Round, round_id)
            if row is not None:
                row.label = label
        self._run(work)

    def delete_round(self, round_id: int) -> None:
        def work(session: Session) -> None:
            session.execute(delete(Score).where(Score.round_id == round_id))
            session.execute(delete(Round).where(Round.id == round_id))
        self._run(work)

    def close(self) -> None:
        self._engine.dispose()


def _write_score(session: Session, round_id: int, item_key: str, value: int | None) -> None:
    if session.get(Round, round_id) is None:  # the round was deleted while this waited
        return
    session.execute(delete(Score).where(Score.round_id == round_id, Score.item_key == item_key))
    if value is not None:
        session.add(Score(round_id=round_id, item_key=item_key, value=value))


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # in Dutch: "[Errno 13] Permission denied" reached the banner
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise UserDataError(f"Opvoedapp mag de map {folder} niet aanmaken: scores worden "
                                "niet bewaard. De scores op het scherm blijven staan.") from exc
        if exc.errno == errno.ENOSPC:
            raise UserDataError(f"De schijf is vol: de map {folder} kan niet worden "
                                "aangemaakt; scores worden niet bewaard.") from exc
        raise UserDataError(f"De map {folder} {os_reason(exc)}: scores worden niet "
                            "bewaard. De scores op het scherm blijven staan.") from exc


def _check_file(path: Path) -> None:
    """A folder, FIFO or symlink loop where the file belongs: say what it is (before, the
    banner blamed write permission) and never open it (a FIFO would block)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if path.is_symlink():
            raise UserDataError(f"{path} verwijst naar een bestand dat niet bestaat; scores "
                                "worden niet bewaard. Verwijder de verwijzing.") from None
        return
    except OSError as exc:
        raise UserDataError(f"{path} {os_reason(exc)}; scores worden niet bewaard. Verwijder "
                            "of hernoem het.") from exc
    kind = file_kind(info.st_mode)
    if kind is not None:
        raise UserDataError(f"Op de plek van het bestand met scores ({path}) staat {kind}; "
                            "scores worden niet bewaard. Verwijder of hernoem het.")


def _add(session: Session, row: Round) -> int:
    session.add(row)
    session.flush()
    return row.id


def _pragmas(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=DELETE")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
