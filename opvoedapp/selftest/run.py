"""Run every check in order and print one Dutch line per check."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from opvoedapp.selftest import checks, feature_checks
from opvoedapp.selftest.network_guard import NetworkGuard
from opvoedapp.selftest.result import CheckResult


def guarded(label: str, check: Callable[[], CheckResult]) -> CheckResult:
    """Run one check; a check that breaks (a part missing from a damaged installation) is a
    failed line with its own name, and the remaining checks still run."""
    try:
        return check()
    except Exception as exc:
        return CheckResult(False, f"{label}: de controle zelf mislukte ({type(exc).__name__}); "
                                  f"installeer het programma opnieuw.")


def run_self_test(database: Path, write: Callable[[str], None] = print) -> int:
    guard = NetworkGuard()
    guard.start()
    # No screen is needed to check the program; a workstation without a display (or a CI
    # runner) must still be able to run this.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from opvoedapp import APP_NAME, ORGANISATION_NAME
    from opvoedapp.i18n import install_dutch_translations
    from opvoedapp.paths import user_data_dir

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationName(APP_NAME)
    translations = install_dutch_translations(app)

    results: list[CheckResult] = [
        guarded("Richtlijndatabase", lambda: checks.check_guideline_database(database)),
        guarded("Gebruikersmap", lambda: checks.check_user_data_folder(user_data_dir())),
        guarded("Organisatieprofiel", lambda: checks.check_organisation_profile(database)),
    ]
    pdf = b""

    def make_pdf() -> CheckResult:
        nonlocal pdf
        result, pdf = checks.check_pdf_with_fonts()
        return result

    results += [
        guarded("Folder (PDF)", make_pdf),
        guarded("PDF-weergave", lambda: checks.check_pdf_renders(pdf)),
        guarded("Vertaling", lambda: checks.check_dutch_translations(translations)),
        guarded("Afdrukken", checks.check_print_system),
        guarded("Afdrukwachtrij", checks.check_print_spool),
        guarded("Zelfreflectie-opslag", feature_checks.check_reflection_store),
        guarded("Grafiek", feature_checks.check_radar_chart),
    ]
    guard.stop()
    results.append(checks.check_no_network(guard.attempts))
    for result in results:
        prefix = "LET OP" if result.ok and result.warning else "OK    " if result.ok else "FOUT  "
        write(prefix + (" " if prefix == "LET OP" else "") + result.line)
    failed = sum(not r.ok for r in results)
    write("Zelftest geslaagd." if not failed else f"Zelftest mislukt: {failed} controle(s) fout.")
    return 0 if not failed else 1
