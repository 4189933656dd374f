"""``opvoedapp export-content``: all content as JSON in the documented shape."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def _export(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "opvoedapp", "export-content", *args],
                          capture_output=True, text=True, timeout=60, encoding="utf-8",
                          check=False)


def test_export_to_stdout_has_every_part(content) -> None:
    result = _export()
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"meta", "age_phases", "intervention_matrix", "interventions",
                         "instruments", "competencies", "decision_scheme", "recommendations"}
    assert data["meta"]["checksum"] == content.meta.checksum
    phase = data["age_phases"][0]
    assert isinstance(phase["age_from"], int) and isinstance(phase["age_to"], int)
    assert set(phase) >= {"label", "settings", "developmental_tasks", "parenting_tasks",
                          "normal_problems", "serious_problems"}
    assert len(data["competencies"]) == 8
    assert sum(len(c["items"]) for c in data["competencies"]) == 92


def test_matrix_entries_are_cells_with_interventions(content) -> None:
    data = json.loads(_export().stdout)
    cells = data["intervention_matrix"]
    assert len(cells) == sum(1 for c in content.matrix_cells if c.entries)
    for cell in cells:
        assert cell["interventions"] and cell["question"]["label"]
        assert cell["kind"] in ("preventie", "lichte hulp", None)
        if cell["age_group"] is None or cell["kind"] is None:
            assert cell["position_note"]  # an unknown column is explained, never guessed
        else:
            assert isinstance(cell["age_group"]["age_from"], int)


def test_export_to_file(tmp_path: Path) -> None:
    target = tmp_path / "inhoud.json"
    result = _export("-o", str(target))
    assert result.returncode == 0 and result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["meta"]["schema_version"] == 2


def test_export_to_unwritable_place_is_one_dutch_line(tmp_path: Path) -> None:
    result = _export("-o", str(tmp_path / "bestaat-niet" / "inhoud.json"))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "De map" in result.stderr and "bestaat niet" in result.stderr


def test_export_holds_the_languages_and_their_translations(content) -> None:
    data = json.loads(_export().stdout)
    codes = [lang["code"] for lang in data["languages"]]
    assert codes == [lang.code for lang in content.languages]
    assert set(codes) == {"en", "tr", "ar", "pl", "uk"}
    arabic = next(lang for lang in data["languages"] if lang["code"] == "ar")
    assert arabic["direction"] == "rtl" and arabic["review"] in ("unreviewed", "reviewed")
    assert set(data["translations"]) == set(codes)
    for code in codes:
        written = data["translations"][code]
        assert written == content.translations.get(code, {})
        # Keyed like the Dutch texts, so a reviewer sets each beside its Dutch.
        assert set(written) <= set(data["texts"])
    assert data["translations"]["ar"]["handout.label.title"] == \
        content.translation("handout.label.title", "ar")
