"""Qt's own dialogs in Dutch: load qtbase_nl from Qt's translations folder (or the bundle)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator


def install_dutch_translations(app: QCoreApplication) -> bool:
    """Install qtbase_nl; return whether it loaded (the self-test reports it)."""
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load("qtbase_nl", folder):
        return False
    app.installTranslator(translator)
    return True
