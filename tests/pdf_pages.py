"""A PDF read back the way the program shows it (QtPdf), from its bytes: one helper for every
test that counts pages or reads their text."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument


@contextmanager
def open_pdf(data: bytes) -> Iterator[QPdfDocument]:
    """The loaded document; its buffer lives as long as the ``with`` block."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        yield document
    finally:
        document.close()
        buffer.close()


def page_texts(data: bytes) -> list[str]:
    with open_pdf(data) as document:
        return [document.getAllText(n).text() for n in range(document.pageCount())]


def page_count(data: bytes) -> int:
    with open_pdf(data) as document:
        return document.pageCount()
