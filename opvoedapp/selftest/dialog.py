"""Show the self-test's lines in a dialog, for a program started without a console."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


def show_result_dialog(lines: list[str], passed: bool) -> None:
    title = "Zelftest Opvoedapp"
    box = QMessageBox(QMessageBox.Icon.Information if passed else QMessageBox.Icon.Critical,
                      title, "\n".join(lines))
    box.setObjectName("self-test-result")
    box.exec()
