"""The PDF of one interview: Qt's own writer, A4, titled, atomic."""

from __future__ import annotations

import os
import re
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from interview_journal import APP_NAME
from interview_journal.core.export_markdown import escape_markdown, round_markdown
from interview_journal.storage.errors import JournalWriteError, RecordNotFoundError
from interview_journal.storage.journal import Journal
from interview_journal.ui.transfer import pdf
from interview_journal.ui.transfer.pdf import export_round_pdf, round_document
from tests.core.test_export_markdown import EMOJI, RTL, make_round

A4_MEDIA_BOX = re.compile(rb"/MediaBox\s*\[0 0 595(?:\.0+)? 842(?:\.0+)?\]")


PDF_ESCAPES = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}


def _info(data: bytes, key: str) -> str:
    """A document-information string: a PDF literal string (ISO 32000-1 §7.3.4.2)
    that Qt writes as UTF-16BE with a byte order mark."""
    index = data.index(f"/{key} (".encode()) + len(key) + 3
    raw = bytearray()
    depth = 0
    while True:
        byte = data[index]
        if byte == 0x5C:  # a backslash escapes the next byte or starts an octal code
            following = data[index + 1]
            if 0x30 <= following <= 0x37:
                digits = re.match(rb"[0-7]{1,3}", data[index + 1 : index + 4])
                assert digits is not None
                raw.append(int(digits.group(), 8))
                index += 1 + len(digits.group())
            else:
                raw.append(PDF_ESCAPES.get(following, following))
                index += 2
            continue
        if byte == 0x28:
            depth += 1
        elif byte == 0x29:
            if depth == 0:
                return bytes(raw).decode("utf-16")
            depth -= 1
        raw.append(byte)
        index += 1


def _pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", data))


def test_round_pdf_is_a_complete_titled_a4_pdf(qapp: QApplication, journal: Journal, tmp_path):
    target = tmp_path / "interview.pdf"
    assert export_round_pdf(journal, make_round(journal), target, tz=UTC) == target

    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert len(data) > 5_000
    assert _info(data, "Title") == "Acme Café — Second interview"
    assert _info(data, "Creator") == APP_NAME
    assert A4_MEDIA_BOX.search(data)
    assert os.listdir(tmp_path) == ["interview.pdf"]


def test_a_long_interview_runs_over_several_pages(qapp: QApplication, journal: Journal, tmp_path):
    short_target, long_target = tmp_path / "short.pdf", tmp_path / "long.pdf"
    export_round_pdf(journal, make_round(journal), short_target, tz=UTC)
    long_round = make_round(journal, lines=500, company_name="Harborlight Health")
    export_round_pdf(journal, long_round, long_target, tz=UTC)

    assert _pages(short_target.read_bytes()) == 1
    assert _pages(long_target.read_bytes()) >= 8


def test_right_to_left_text_and_emoji_are_written(qapp: QApplication, journal: Journal, tmp_path):
    round_id = make_round(journal, company_name=f"{RTL} {EMOJI}")
    target = export_round_pdf(journal, round_id, tmp_path / "rtl.pdf", tz=UTC)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert _info(data, "Title") == f"{RTL} {EMOJI} — Second interview"


def test_line_breaks_stay_inside_their_list_item(qapp: QApplication, journal: Journal):
    # Qt's Markdown reader would make the answer a bullet of its own.
    document = round_document(round_markdown(journal, make_round(journal), tz=UTC))
    block = document.begin()
    texts = []
    while block.isValid():
        texts.append(block.text())
        block = block.next()
    assert "What does a normal week look like?\u2028Their answer: Mostly planning on Mondays." in (
        texts
    )
    assert "# not a heading" in document.toPlainText()
    assert "<script>alert(1)</script>" in document.toPlainText()


def test_unknown_round_writes_nothing(qapp: QApplication, journal: Journal, tmp_path):
    with pytest.raises(RecordNotFoundError):
        export_round_pdf(journal, "no-such-round", tmp_path / "x.pdf")
    assert os.listdir(tmp_path) == []


def test_missing_folder_is_a_clear_write_error(qapp: QApplication, journal: Journal, tmp_path):
    target = tmp_path / "missing" / "interview.pdf"
    with pytest.raises(JournalWriteError, match=r"interview\.pdf: the folder .* does not exist"):
        export_round_pdf(journal, make_round(journal), target)
    assert os.listdir(tmp_path) == []


def test_folder_in_the_way_leaves_no_temporary_file(qapp: QApplication, journal: Journal, tmp_path):
    in_the_way = tmp_path / "interview.pdf"
    (in_the_way / "inside").mkdir(parents=True)
    with pytest.raises(JournalWriteError, match="folder of that name is in the way"):
        export_round_pdf(journal, make_round(journal), in_the_way)
    assert os.listdir(tmp_path) == ["interview.pdf"]
    assert os.listdir(in_the_way) == ["inside"]


def test_incomplete_pdf_keeps_the_previous_file(
    qapp: QApplication, journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    target = tmp_path / "interview.pdf"
    target.write_bytes(b"previous export")

    def truncated(document: object, title: str, path: Path) -> None:
        path.write_bytes(b"%PDF-1.4\n1 0 obj")  # what a full disk leaves

    monkeypatch.setattr(pdf, "_write_pdf", truncated)
    with pytest.raises(JournalWriteError, match="could not be completed"):
        export_round_pdf(journal, make_round(journal), target)
    assert target.read_bytes() == b"previous export"
    assert os.listdir(tmp_path) == ["interview.pdf"]


@pytest.mark.parametrize(
    "typed",
    [
        "# not a heading",
        "| pipe | table |",
        "<script>alert(1)</script>",
        "*stars* and _under_ and snake_case",
        "- not a list",
        "+ not a list",
        "1. not ordered",
        "> not a quote",
        "---",
        "===",
        "```",
        "~~not struck~~",
        "[not a link](https://example.com) ![no image](x.png)",
        "&amp; &#169; R&D",
        "back\\slash and `code`",
        "Issue #42, C# and F#",
        'O\'Reilly "quoted"; DROP TABLE note_line; --',
        f"{EMOJI} {RTL}",
    ],
)
def test_escaped_text_reads_back_as_typed_through_qt(qapp: QApplication, typed: str):
    # Qt's Markdown reader is md4c, a CommonMark parser: what it shows is what was typed.
    assert round_document(escape_markdown(typed)).toPlainText() == typed
