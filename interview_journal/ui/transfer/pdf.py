"""PDF of one interview, drawn by Qt's own PDF writer from the interview's Markdown export.

The Markdown of :mod:`interview_journal.core.export_markdown` is laid out by
``QTextDocument.setMarkdown`` (GitHub dialect, raw HTML off) and printed into a
``QPdfWriter``, so the PDF says exactly what the Markdown export says. Qt lays out text
with the application's fonts: a ``QGuiApplication`` (or ``QApplication``) must exist
before :func:`export_round_pdf` is called; the command line creates an offscreen one.

The file is written beside the target under a temporary name and moved into place only
once Qt has finished it, so a failed export leaves the previous file (or nothing).
"""

from __future__ import annotations

import os
import re
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from interview_journal import APP_NAME
from interview_journal.core.export import replace_atomically
from interview_journal.core.export_markdown import round_document_title, round_markdown
from interview_journal.storage.journal import Journal

__all__ = ["PAGE_MARGIN_MM", "PDF_RESOLUTION", "export_round_pdf", "round_document"]

# QTextDocument.print_ adds its own 2 cm margin inside the page's printable area (and a
# page number in it), so the page itself keeps only a thin edge.
PAGE_MARGIN_MM = 5.0
# Points are what fonts are sized in; 300 dpi keeps the file small and text exact.
PDF_RESOLUTION = 300
_MARKDOWN_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)
_PDF_END = b"%%EOF"
# Qt's Markdown reader (6.11) turns a hard line break inside a list item into a new item;
# U+2028, Qt's own line break within a paragraph, keeps the item whole.
_HARD_BREAK = re.compile(r"  \n *")


def round_document(markdown: str, title: str = "") -> QTextDocument:
    """A text document laid out from an interview's Markdown (also usable as a preview)."""
    document = QTextDocument()
    document.setMarkdown(_HARD_BREAK.sub("\u2028", markdown), _MARKDOWN_FEATURES)
    if title:
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def _write_pdf(document: QTextDocument, title: str, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    # print_ lays out a copy of the document on the writer's pages and ends the painter,
    # which writes the file; Qt reports no errors, so the file is checked afterwards.
    document.print_(writer)
    del writer  # closes the file before it is checked


def _check_written(path: Path) -> None:
    """Raise OSError unless ``path`` holds a complete PDF (Qt fails silently)."""
    with path.open("r+b") as handle:
        head = handle.read(5)
        size = handle.seek(0, os.SEEK_END)
        handle.seek(max(0, size - 32))
        tail = handle.read()
        os.fsync(handle.fileno())
    if head != b"%PDF-" or _PDF_END not in tail:
        raise OSError(
            0,
            QCoreApplication.translate(
                "RoundPdf", "the PDF could not be completed (is the disk full?)"
            ),
        )


def export_round_pdf(
    journal: Journal, round_id: str, target: Path, *, tz: tzinfo | None = None
) -> Path:
    """Write one interview as an A4 PDF to ``target``; returns ``target``.

    Needs a QGuiApplication. Times are shown in ``tz`` (the machine's zone when None).
    Raises :class:`RecordNotFoundError` for an unknown round and
    :class:`JournalWriteError` when the file cannot be written; no temporary file is
    left behind and an existing ``target`` is unchanged.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("export_round_pdf needs a QGuiApplication to lay out text")
    target = Path(target)
    title = round_document_title(journal, round_id)
    document = round_document(round_markdown(journal, round_id, tz=tz), title)

    def produce(temp: Path) -> None:
        _write_pdf(document, title, temp)
        _check_written(temp)

    replace_atomically(target, produce, what="PDF")
    return target
