"""The Zelfreflectie session without Qt: rounds, the score cache, results, import, backups.

The view only shows what this holds and routes input here. Every answer goes to the user
store when given; when the store cannot be used the answers stay in memory (`_cache`) and
``notify`` gets the Dutch reason, so the view can show it while nothing on screen is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from opvoedapp.content.records import Competency
from opvoedapp.reflection.feedback_file import FeedbackResult, read_result, result_json
from opvoedapp.reflection.save_file import save_text

if TYPE_CHECKING:
    from opvoedapp.documents.reflection_report import ReportData
    from opvoedapp.userdata.store import UserStore
from opvoedapp.reflection.scoring import (
    CompetencyResult,
    competency_differences,
    item_differences,
    results,
)

_T = TypeVar("_T")
BACKUP_FOLDER = "verwijderde-rondes"


@dataclass(frozen=True)
class RoundInfo:
    id: int
    label: str
    day: str  # ISO date: the day she scored, or the colleague's day for an import
    rater: str

    @property
    def title(self) -> str:
        """One line for a combo: the label, then who and when, the date written once."""
        try:
            shown = date.fromisoformat(self.day).strftime("%d-%m-%Y")
        except ValueError:
            shown = self.day
        return f"{self.label} ({self.rater}, {shown})"


class ReflectionSession:
    def __init__(self, competencies: tuple[Competency, ...], threshold: float,
                 data_dir: Path, notify: Callable[[str], None] = lambda _text: None) -> None:
        self.competencies = competencies
        self.threshold = threshold
        self.data_dir = data_dir
        self.item_keys = [i.key for c in competencies for i in c.items]
        self._notify = notify
        self._store: UserStore | None = None
        self._cache: dict[int, dict[str, int]] = {}
        self._offline: dict[int, RoundInfo] = {}  # rounds kept on screen only
        self._open_store()

    # -- storage ------------------------------------------------------------------------
    def _open_store(self) -> None:
        from opvoedapp.userdata.store import UserDataError, UserStore  # SQLAlchemy: lazy

        try:
            self._store = UserStore(self.data_dir)
        except (UserDataError, OSError) as exc:
            message = exc.message if isinstance(exc, UserDataError) else str(exc)
            self._notify(f"Scores worden niet bewaard: {message}")
            return
        if self._store.moved_aside is not None:
            self._notify(f"Het oude bestand met scores was beschadigd. Het is bewaard als "
                         f"{self._store.moved_aside}; u begint met een nieuw bestand.")

    def _save(self, work: Callable[[UserStore], _T]) -> _T | None:
        from opvoedapp.userdata.store import UserDataError

        if self._store is None:
            return None
        try:
            return work(self._store)
        except UserDataError as exc:
            self._notify(exc.message)
            return None

    @property
    def saving(self) -> bool:
        return self._store is not None

    def unsaved_count(self) -> int:
        """Answers the store keeps waiting (a full disk); they are saved with the next answer
        or by save_pending(), which the view calls from a timer."""
        return self._store.unsaved_count() if self._store is not None else 0

    def save_pending(self) -> None:
        self._save(lambda s: s.save_pending())

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    # -- rounds -------------------------------------------------------------------------
    def rounds(self) -> list[RoundInfo]:
        stored = self._save(lambda s: s.rounds())
        if stored is None:
            return [self._offline[rid] for rid in sorted(self._offline, reverse=True)]
        return [RoundInfo(*row) for row in stored] + list(self._offline.values())

    def round(self, round_id: int) -> RoundInfo | None:
        return next((r for r in self.rounds() if r.id == round_id), None)

    def own_round(self) -> int:
        """Where the tab opens: her latest own round (never a colleague's); one is made."""
        rounds = self.rounds()
        own = [r for r in rounds if r.rater == "zelf"]
        if own:
            return own[-1].id
        return self.new_round("Eigen ronde")

    def new_round(self, label: str, rater: str = "zelf", day: date | None = None) -> int:
        day = day or date.today()
        round_id = self._save(lambda s: s.new_round(label, rater, day))
        if round_id is None:
            round_id = -(len(self._offline) + 1)
            self._offline[round_id] = RoundInfo(round_id, label, day.isoformat(), rater)
        self._cache[round_id] = {}
        return int(round_id)

    def rename_round(self, round_id: int, label: str) -> None:
        label = label.strip()[:200]
        if not label:
            return
        if round_id in self._offline:
            old = self._offline[round_id]
            self._offline[round_id] = RoundInfo(round_id, label, old.day, old.rater)
            return
        self._save(lambda s: s.rename_round(round_id, label))

    def delete_round(self, round_id: int) -> Path | None:
        """Delete a round after writing it as a result file in the backup folder.

        Returns the backup (importable again), or None when nothing was deleted because the
        backup could not be written; the reason then goes to ``notify``.
        """
        info = self.round(round_id)
        if info is None:
            return None
        folder = self.data_dir / BACKUP_FOLDER
        slug = re.sub(r"[^A-Za-z0-9]+", "-", info.label).strip("-")[:40] or "ronde"
        target = folder / f"{info.day}-{slug}-{abs(round_id)}.json"
        backup = FeedbackResult(info.label, info.rater, info.day, dict(self.scores(round_id)))
        try:
            folder.mkdir(parents=True, exist_ok=True)
            problem = save_text(target, result_json(backup, ""))
        except OSError as exc:
            problem = f"{folder} kan niet worden gemaakt ({exc.strerror})."
        if problem:
            self._notify("De ronde is niet verwijderd: de reservekopie lukte niet. " + problem)
            return None
        if round_id in self._offline:
            del self._offline[round_id]
        else:
            self._save(lambda s: s.delete_round(round_id))
        self._cache.pop(round_id, None)
        return target

    # -- scores -------------------------------------------------------------------------
    def scores(self, round_id: int) -> dict[str, int]:
        if round_id not in self._cache:
            self._cache[round_id] = self._save(lambda s: s.scores(round_id)) or {}
        return self._cache[round_id]

    def set_score(self, round_id: int, key: str, value: int | None) -> None:
        scores = self.scores(round_id)
        if value is None:
            scores.pop(key, None)
        else:
            scores[key] = value
        if round_id > 0:
            self._save(lambda s: s.set_score(round_id, key, value))

    def read_result_file(self, raw: bytes) -> FeedbackResult:
        """A colleague's result, checked; FeedbackFileError with a Dutch message else."""
        return read_result(raw, set(self.item_keys))

    @staticmethod
    def suggested_label(result: FeedbackResult) -> str:
        name = f" ({result.rater_name})" if result.rater_name else ""
        return ((result.label or "Feedback") + name)[:200]

    def add_result(self, result: FeedbackResult, label: str = "") -> int:
        """Add a colleague's result as a round: her rater, her day, the label chosen."""
        label = label.strip() or self.suggested_label(result)
        round_id = self.new_round(label[:200], result.rater, date.fromisoformat(result.day))
        self._cache[round_id] = dict(result.scores)
        if round_id > 0:
            self._save(lambda s: s.set_scores(round_id, dict(result.scores)))
        return round_id

    @staticmethod
    def given_feedback_label(form_label: str, requested_by: str) -> str:
        """The round that keeps the scores she gave a colleague: never taken for her own."""
        for_whom = f" aan {requested_by.strip()}" if requested_by.strip() else ""
        return f"Gegeven feedback{for_whom} ({form_label or 'werkkaart 3'})"[:200]

    def keep_given_feedback(self, result: FeedbackResult, label: str,
                            round_id: int | None = None) -> int:
        """A copy of the scores she gave a colleague, as a round under the rater she filled in
        as (never "zelf", so own_round() never opens it as her own scores). With the round of
        an earlier save of the same form, its scores are replaced instead of adding a round."""
        if round_id is None or self.round(round_id) is None:
            return self.add_result(result, label)
        for key in [k for k in self.scores(round_id) if k not in result.scores]:
            self.set_score(round_id, key, None)
        self._cache[round_id] = dict(result.scores)
        if round_id > 0:
            self._save(lambda s: s.set_scores(round_id, dict(result.scores)))
        return round_id

    # -- results ------------------------------------------------------------------------
    def results(self, round_id: int | None) -> list[CompetencyResult] | None:
        if round_id is None:
            return None
        return results(self.competencies, self.scores(round_id), self.threshold)

    def differences(self, round_id: int, other_id: int | None) -> list[str]:
        """The largest differences as lines: 3 competencies, then 10 items."""
        mine, other = self.results(round_id), self.results(other_id)
        if other is None or mine is None or other_id is None:
            return []  # other_id is None gives other None; said again for the type checker
        lines = [f"{d.label}: {d.mine:.2f} ↔ {d.theirs:.2f}"
                 for d in competency_differences(mine, other)[:3]]
        lines += [f"{d.key} {d.label}: {d.mine:.0f} ↔ {d.theirs:.0f}"
                  for d in item_differences(self.competencies, self.scores(round_id),
                                            self.scores(other_id))[:10]]
        return lines

    def report_data(self, round_id: int, other_id: int | None, name: str = "") -> ReportData:
        from opvoedapp.documents.reflection_report import ReportData, ReportRow

        mine = self.results(round_id) or []
        other = self.results(other_id)
        rows = tuple(ReportRow(r.title, r.average, r.answered, r.total, r.high,
                               other[n].average if other else None)
                     for n, r in enumerate(mine))
        info = self.round(round_id)
        other_info = self.round(other_id) if other_id is not None else None
        differences = tuple(f"{d.label}: {d.mine:.2f} ↔ {d.theirs:.2f}"
                            for d in competency_differences(mine, other)[:5]) if other else ()
        return ReportData(info.label if info else "", info.rater if info else "",
                          info.day if info else "", rows,
                          other_info.title if other_info and other else "", differences,
                          self.threshold, name.strip()[:200])
