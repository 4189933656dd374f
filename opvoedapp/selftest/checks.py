"""The individual self-test checks. Each returns a CheckResult and never raises."""

from __future__ import annotations

import os
import tempfile
from io import BytesIO
from pathlib import Path

from opvoedapp.selftest.result import CheckResult

PROBE_TEXT = "Zelftest Opvoedapp: ĳsje, reünie, café, € 5"


def check_guideline_database(path: Path) -> CheckResult:
    from opvoedapp.content.database import open_guideline_database
    from opvoedapp.content.digest import file_digest, recorded_digest
    from opvoedapp.content.errors import GuidelineDatabaseError
    from opvoedapp.content.repository import ContentRepository

    try:
        repo = ContentRepository(open_guideline_database(path))
    except GuidelineDatabaseError as exc:
        return CheckResult(False, f"Richtlijndatabase: {exc.message}")
    try:
        meta = repo.meta
        intact = repo.is_intact()
    finally:
        repo.close()
    expected = recorded_digest(path)
    if not expected:
        return CheckResult(False, f"Richtlijndatabase: het controlebestand naast {path} ontbreekt.")
    if file_digest(path) != expected or not intact:
        return CheckResult(False, "Richtlijndatabase: het controlegetal klopt niet; het bestand "
                                  "is beschadigd of gewijzigd. Installeer het programma opnieuw.")
    # The content checksum is the one Help → Over shows: the same on every workstation that
    # has the same guideline content.
    return CheckResult(True, f"Richtlijndatabase: geopend (alleen lezen), controlegetal klopt, "
                             f"{meta.content_edition}, inhoud {meta.checksum[:16]}.")


def check_user_data_folder(folder: Path) -> CheckResult:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".selftest-", dir=folder)
        os.close(handle)
        os.unlink(name)
    except OSError:
        # Read-only mode is a supported way to run (a locked-down workstation): reported, not
        # a failure. The guideline itself needs no writable folder.
        return CheckResult(True, f"Gebruikersmap: {folder} is niet beschrijfbaar; Opvoedapp "
                                 f"werkt in alleen-lezen modus (zelfreflectie wordt niet bewaard).")
    return CheckResult(True, f"Gebruikersmap: {folder} is beschrijfbaar.")


def build_probe_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from opvoedapp.documents.fonts import register_fonts

    family = register_fonts()
    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, title="Zelftest", lang="nl")
    doc.build([Paragraph(PROBE_TEXT, ParagraphStyle("probe", fontName=family, fontSize=14))])
    return out.getvalue()


def check_pdf_with_fonts() -> tuple[CheckResult, bytes]:
    try:
        pdf = build_probe_pdf()
    except Exception as exc:
        return CheckResult(False, f"Folder (PDF): maken mislukt ({type(exc).__name__})."), b""
    embedded = b"/FontFile2" in pdf and b"DejaVuSans" in pdf
    if not embedded:
        return CheckResult(False, "Folder (PDF): de meegeleverde lettertypen zijn niet "
                                  "ingesloten."), pdf
    return CheckResult(True, "Folder (PDF): gemaakt met de meegeleverde lettertypen "
                             "(ĳ, ë, é en € aanwezig)."), pdf


def check_pdf_renders(pdf: bytes) -> CheckResult:
    if not pdf:
        return CheckResult(False, "PDF-weergave: niet getest, want er is geen PDF.")
    from opvoedapp.windows_platform import qtpdf_prerequisite_missing

    # Without this, QtPdf would stop the whole process (the other checks would not report).
    missing = qtpdf_prerequisite_missing()
    if missing:
        return CheckResult(False, f"PDF-weergave: niet getest: {missing}. Folders opslaan werkt "
                                  f"wel; tonen en afdrukken niet.")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        return CheckResult(False, "PDF-weergave: QtPdf kan de folder niet openen.")
    image = document.render(0, QSize(300, 424))
    dark = sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
               if image.pixelColor(x, y).lightness() < 128)
    document.close()
    if image.isNull() or dark == 0:
        return CheckResult(False, "PDF-weergave: de eerste pagina blijft leeg.")
    return CheckResult(True, "PDF-weergave: de eerste pagina wordt getoond.")


def check_dutch_translations(loaded: bool) -> CheckResult:
    from PySide6.QtCore import QCoreApplication

    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    if loaded and cancel != "Cancel":
        return CheckResult(True, f"Vertaling: Qt-vensters in het Nederlands ('{cancel}').")
    return CheckResult(False, "Vertaling: de Nederlandse Qt-vertaling (qtbase_nl) ontbreekt.")


def check_print_system() -> CheckResult:
    from PySide6.QtPrintSupport import QPrinterInfo

    printers = QPrinterInfo.availablePrinters()
    if not printers:
        return CheckResult(True, "Afdrukken: geen printer gevonden; afdrukken staat uit, "
                                 "opslaan als PDF werkt.")
    default = QPrinterInfo.defaultPrinter().printerName() or printers[0].printerName()
    return CheckResult(True, f"Afdrukken: {len(printers)} printer(s) bereikbaar, "
                             f"standaard: {default}.")


CUPSD_CONF = Path("/etc/cups/cupsd.conf")
_OFF = {"no", "off", "false", "0"}


def check_print_spool(conf: Path = CUPSD_CONF, platform: str | None = None) -> CheckResult:
    """CUPS keeps a printed job's files (page images with the child's name) unless told not to.

    Only the application manager can change it (docs/distribution.md), so an unset or "on"
    PreserveJobFiles is a warning, not a failure: printing itself works.
    """
    import sys

    if (platform or sys.platform) != "linux" or not conf.exists():
        return CheckResult(True, "Afdrukwachtrij: geen CUPS-instellingen op deze computer "
                                 "(op Windows: zet 'Afgedrukte documenten bewaren' uit, zie "
                                 "de handleiding).")
    try:
        text = conf.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return CheckResult(True, f"Afdrukwachtrij: {conf} kan niet worden gelezen; controleer "
                                 f"zelf dat PreserveJobFiles op No staat.", warning=True)
    value = ""
    for line in text.splitlines():
        words = line.split("#", 1)[0].split()
        if len(words) >= 2 and words[0].lower() == "preservejobfiles":
            value = words[1]
    if value.lower() in _OFF:
        return CheckResult(True, "Afdrukwachtrij: CUPS bewaart afgedrukte folders niet "
                                 "(PreserveJobFiles No).")
    shown = value or "niet ingesteld, dus één dag"
    return CheckResult(True, f"Afdrukwachtrij: CUPS bewaart afgedrukte folders, met naam en "
                             f"geboortedatum, in de wachtrij (PreserveJobFiles {shown}). Zet "
                             f"'PreserveJobFiles No' in {conf}.", warning=True)


def check_no_network(attempts: list[str]) -> CheckResult:
    if attempts:
        return CheckResult(False, f"Netwerk: er is geprobeerd verbinding te maken "
                                  f"({', '.join(sorted(set(attempts)))}).")
    return CheckResult(True, "Netwerk: geen verbinding geprobeerd.")


def check_organisation_profile(database: Path) -> CheckResult:
    from opvoedapp.content.database import open_guideline_database
    from opvoedapp.content.errors import GuidelineDatabaseError
    from opvoedapp.content.repository import ContentRepository
    from opvoedapp.profile.for_content import find_and_load

    try:
        repo = ContentRepository(open_guideline_database(database))
    except GuidelineDatabaseError:
        return CheckResult(False, "Organisatieprofiel: niet te controleren zonder richtlijn.")
    try:
        profile, error = find_and_load(repo)
    finally:
        repo.close()
    if error:
        return CheckResult(False, error)
    if profile is None:
        return CheckResult(True, "Organisatieprofiel: geen (alle interventies worden getoond, "
                                 "geen enkele als lokaal aanbod).")
    return CheckResult(True, f"Organisatieprofiel: {profile.name}, {len(profile.offered)} "
                             f"interventie(s) in het aanbod ({profile.path}).")
