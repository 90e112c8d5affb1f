"""Turning saved pages, Markdown and text files, and pasted HTML into research notes."""

from __future__ import annotations

import contextlib
import os
import tempfile
from datetime import date, datetime
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_journal.core.capture import (
    MAX_FILE_BYTES,
    CapturedNote,
    capture_file,
    html_to_markdown,
    suggest_topic,
)
from interview_journal.core.errors import ValidationError
from interview_journal.core.validation import LONG_TEXT_MAX, SHORT_TEXT_MAX

CORPUS = Path(__file__).parent.parent / "data" / "capture"
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


@pytest.fixture(scope="module")
def acme() -> CapturedNote:
    return capture_file(CORPUS / "acme-values.html")


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# ------------------------------------------------------------------ the saved page
def test_a_saved_page_gives_its_title_address_and_publication_day(acme: CapturedNote):
    assert acme.title == "How we work: our values"
    assert acme.source == "https://www.acme-robotics.example/blog/how-we-work"
    assert acme.source_date == date(2024, 3, 18)
    assert acme.suggested_topic == "values"


def test_a_saved_page_keeps_the_article_as_markdown(acme: CapturedNote):
    assert "Today we are **240 people in six countries**" in acme.body
    assert "## 3. Sustainable pace" in acme.body
    assert "- Every team keeps a public decision log." in acme.body
    assert "2. A conference or course every year, paid by Acme." in acme.body
    assert "| Parental leave | 20 weeks, fully paid, for every parent |" in acme.body
    assert "*The whole team at our 2023 offsite in Lisbon.*" in acme.body
    assert "*What a sustainable pace looks like in practice*\n\n| Policy |" in acme.body
    assert "\n\n\n" not in acme.body
    assert not acme.body.startswith("# How we work")  # the title is not repeated


@pytest.mark.parametrize(
    "junk",
    [
        "SCRIPT WROTE THIS",  # document.write
        "dataLayer",  # inline script
        "STYLE CONTENT",  # <style>
        "enable JavaScript",  # <noscript>
        "We use cookies",  # cookie banner
        "Products",  # site navigation
        "Related posts",  # <aside>
        "newsletter",  # sidebar form
        "All rights reserved",
        "Privacy",  # footer
        "Menu",  # a button with onclick
        "javascript:",
        "data:",
        "vbscript:",
        "_files/",  # images saved next to the page
        "pixel.tracker",
        "![",
    ],
)
def test_a_saved_page_leaves_out_furniture_scripts_and_images(acme: CapturedNote, junk: str):
    assert junk not in acme.body


def test_links_are_absolute_markdown_links_and_unsafe_ones_keep_their_words(acme: CapturedNote):
    body = acme.body
    assert "[field days guide](https://www.acme-robotics.example/careers/field-days)" in body
    assert "[open roles](https://www.acme-robotics.example/careers/open-roles)" in body
    assert (
        "[overview of warehouse automation](https://en.wikipedia.org/wiki/Warehouse_automation)"
        in body
    )
    assert "[people@acme-robotics.example](mailto:people@acme-robotics.example)" in body
    assert "manager. Show more" in body
    assert "with data, not with hallway politics. Data link and a VBScript link" in body


def test_a_page_in_windows_1252_declared_as_latin_1_reads_as_browsers_read_it():
    note = capture_file(CORPUS / "latin1-page.html")
    assert note.title == "Café culture at Brückner & Söhne"
    assert "“We meet every Friday in the café downstairs,”" in note.body
    assert "Naïve questions are welcome — nobody expects a perfect résumé." in note.body
    assert "2\xa0000 € per person" in note.body
    assert note.source == (CORPUS / "latin1-page.html").resolve().as_uri()
    assert note.source_date is None  # the day it was saved is not the page's date


def test_a_page_without_a_title_is_named_after_its_first_heading():
    note = capture_file(CORPUS / "no-title.html")
    assert note.title == "Interview with the CTO of Northwind"
    assert note.body.startswith("In this interview the CTO explains")
    assert "pairing session on the candidate's own solution." in note.body


def test_right_to_left_text_and_emoji_survive():
    note = capture_file(CORPUS / "rtl-emoji.html")
    assert note.title == "شركة النور — ثقافة العمل 🌟"
    assert "نحن نؤمن بالعمل المرن والتعلم المستمر. 🎉" in note.body
    assert "אנחנו מחפשים מהנדסים שאוהבים ללמוד. 👩‍💻" in note.body
    assert "“أهلاً وسهلاً” and then “שלום” 👋🏽." in note.body


def test_a_page_saved_as_mhtml_gives_its_html_part():
    note = capture_file(CORPUS / "careers.mhtml")
    assert note.title == "Life at Northwind"
    assert note.source == "https://www.northwind.example/careers/life-at-northwind"
    assert "a €1,500 learning budget" in note.body
    assert "[overview of our benefits](https://www.northwind.example/careers/benefits)" in (
        note.body
    )
    assert "Home" not in note.body and "body { margin" not in note.body


def test_a_page_without_semantic_markup_is_read_by_readability(tmp_path: Path):
    page = write(
        tmp_path,
        "team.htm",
        """<html><head><title>Team page - Globex</title></head><body>
        <div id="header"><div class="menu"><a href="/">Home</a> <a href="/jobs">Jobs</a></div></div>
        <div id="sidebar"><ul><li><a href="/a">Archive 2023</a></li></ul></div>
        <div id="content"><div class="entry">
        <p>Globex's platform team has twelve engineers, split into two groups that own the
        billing and the search services, and a shared on-call rotation.</p>
        <p>New joiners pair with a buddy for their first month, and the team holds a
        retrospective every two weeks, which anyone may facilitate.</p>
        </div></div>
        <div id="footer">Copyright Globex Corporation. <a href="/imprint">Imprint</a></div>
        </body></html>""",
    )
    note = capture_file(page)
    assert note.title == "Team page - Globex"
    assert "twelve engineers, split into two groups" in note.body
    assert "Archive" not in note.body and "Copyright" not in note.body
    assert "Jobs" not in note.body


def test_an_html_page_is_recognised_by_its_content_whatever_its_name(tmp_path: Path):
    page = write(tmp_path, "download", (CORPUS / "no-title.html").read_bytes())
    assert capture_file(page).title == "Interview with the CTO of Northwind"


def test_xhtml_with_an_xml_declaration_and_a_doctype_is_read_offline(tmp_path: Path):
    page = write(
        tmp_path,
        "page.xhtml",
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Strict page</title></head>'
        "<body><p>Text&nbsp;with an entity &amp; more.</p></body></html>",
    )
    with mock.patch("socket.socket", side_effect=AssertionError("network used")):
        note = capture_file(page)
    assert note.title == "Strict page"
    assert note.body == "Text\xa0with an entity & more."


def test_published_day_comes_from_json_ld_or_the_article_time(tmp_path: Path):
    json_ld = write(
        tmp_path,
        "a.html",
        '<html><head><script type="application/ld+json">'
        '{"@graph": [{"@type": "NewsArticle", "datePublished": "2023-07-01T08:00:00Z"}]}'
        "</script></head><body><p>Some text about the company.</p></body></html>",
    )
    timed = write(
        tmp_path,
        "b.html",
        '<html><body><article><p>Posted <time datetime="2022-02-03">3 Feb</time></p>'
        "<p>Some text about the company.</p></article></body></html>",
    )
    assert capture_file(json_ld).source_date == date(2023, 7, 1)
    assert capture_file(timed).source_date == date(2022, 2, 3)


def test_malformed_addresses_in_a_page_are_dropped_not_fatal(tmp_path: Path):
    page = write(
        tmp_path,
        "odd.html",
        "<html><head><base href='http://[x'><link rel=canonical href='http://[bad'>"
        "<meta property='og:url' content='https://odd.example/page'></head><body>"
        "<p>Read <a href='http://[broken/'>this</a> and <a href='/jobs'>that</a>.</p></body>",
    )
    note = capture_file(page)
    assert note.source == "https://odd.example/page"
    assert note.body == "Read this and [that](https://odd.example/jobs)."


def test_a_truncated_page_keeps_the_text_it_has(tmp_path: Path):
    page = write(
        tmp_path,
        "cut.html",
        "<html><head><title>Cut short</title></head><body><p>The first paragraph arrived. "
        "<p>The second one stops in the midd",
    )
    note = capture_file(page)
    assert note.title == "Cut short"
    assert note.body == "The first paragraph arrived.\n\nThe second one stops in the midd"


# ------------------------------------------------------------------ Markdown and text
def test_a_markdown_file_is_kept_as_written():
    path = CORPUS / "prep-notes.md"
    note = capture_file(path)
    assert note.title == "Acme Robotics – interview prep"
    assert note.body == path.read_text(encoding="utf-8")
    assert note.source == path.resolve().as_uri()
    assert note.source_date == datetime.fromtimestamp(path.stat().st_mtime).date()


def test_a_markdown_title_can_come_from_front_matter(tmp_path: Path):
    path = write(tmp_path, "x.markdown", "---\ntitle: 'Offer notes'\ntags: [a]\n---\n\nText.\n")
    assert capture_file(path).title == "Offer notes"


def test_a_text_file_is_named_after_its_first_line():
    note = capture_file(CORPUS / "call-notes.txt")
    assert note.title == "Call with the recruiter, Tuesday"
    assert "Salary band: 70–85k, remote within the EU." in note.body
    assert note.suggested_topic == ""


def test_a_text_file_with_a_long_first_line_is_named_after_the_file(tmp_path: Path):
    path = write(tmp_path, "globex_research.txt", "word " * 100)
    assert capture_file(path).title == "globex research"


def test_an_undeclared_latin_1_text_file_is_recognised(tmp_path: Path):
    text = "Le café était plein; la réunion a commencé à 9h. Déjà vu, où êtes-vous?\n"
    path = write(tmp_path, "notes.txt", text.encode("latin-1"))
    assert capture_file(path).body == text


@pytest.mark.parametrize(
    ("encoding", "bom"), [("utf-16", b""), ("utf-8-sig", b""), ("utf-32", b"")]
)
def test_text_with_a_byte_order_mark_is_decoded(tmp_path: Path, encoding: str, bom: bytes):
    path = write(tmp_path, "notes.txt", bom + "Ünïcode notes ✓\n".encode(encoding))
    assert capture_file(path).body == "Ünïcode notes ✓\n"


def test_windows_line_endings_become_newlines(tmp_path: Path):
    path = write(tmp_path, "notes.txt", b"one\r\ntwo\r\n")
    assert capture_file(path).body == "one\ntwo\n"


def test_a_long_title_is_shortened_to_the_limit(tmp_path: Path):
    path = write(tmp_path, "t.html", f"<title>{'Long ' * 1000}</title><p>Body text.</p>")
    title = capture_file(path).title
    assert len(title) == SHORT_TEXT_MAX and title.endswith("…")


# ------------------------------------------------------------------ refusals
def refusal(path: Path) -> str:
    with pytest.raises(ValidationError) as error:
        capture_file(path)
    return str(error.value)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.html", b"", "“empty.html” is empty; there is nothing to import."),
        (
            "blank.txt",
            b" \n\t\r\n ",
            "“blank.txt” holds only blank space; there is nothing to import.",
        ),
        (
            "photo.html",
            PNG_HEADER + b"\x00" * 40,
            "“photo.html” is a PNG image, not a web page or a text file; nothing was imported.",
        ),
        (
            "report.txt",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
            "“report.txt” is a PDF document, not a web page or a text file; nothing was imported.",
        ),
        (
            "data.bin",
            b"abc\x00\x01\x02def" * 10,
            "“data.bin” does not look like text (it holds binary data); nothing was imported.",
        ),
        (
            "controls.txt",
            bytes(range(1, 9)) * 50,
            "“controls.txt” does not look like text (it holds binary data); nothing was imported.",
        ),
        (
            "mystery.txt",
            bytes(range(0x80, 0x100)) * 3,
            "“mystery.txt” is not UTF-8 text and its encoding could not be recognised; "
            "save it as UTF-8 and import it again.",
        ),
        (
            "scripts.html",
            b"<html><head><title>Only code</title><script>var a = 1;</script></head>"
            b"<body><script>document.write('hi')</script><style>p{}</style></body></html>",
            "“scripts.html” has no readable text; nothing was imported.",
        ),
        (
            "cut.html",
            b"<!DOCTYPE html><html><head><meta charset=utf-8><title>Cut off bef",
            "“cut.html” has no readable text; nothing was imported.",
        ),
    ],
)
def test_a_file_that_cannot_become_a_note_is_refused_with_a_reason(
    tmp_path: Path, name: str, data: bytes, message: str
):
    assert refusal(write(tmp_path, name, data)) == message


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path):
    path = tmp_path / "huge.html"
    with path.open("wb") as file:
        file.truncate(20_000_000)  # sparse: 20 MB without writing them
    with mock.patch.object(Path, "open", side_effect=AssertionError("file was read")):
        message = refusal(path)
    assert message == "“huge.html” is 20.0 MB; files up to 15 MB can be imported."
    assert MAX_FILE_BYTES == 15_000_000


def test_a_file_whose_text_is_over_the_note_limit_is_refused(tmp_path: Path):
    path = write(tmp_path, "long.txt", "a" * (LONG_TEXT_MAX + 1))
    assert refusal(path) == (
        "The text of “long.txt” is 1,000,001 characters long; a note holds at most "
        "1,000,000. Split it into several files and import them one by one."
    )


def test_a_folder_is_refused(tmp_path: Path):
    folder = tmp_path / "Saved pages"
    folder.mkdir()
    assert refusal(folder) == (
        "“Saved pages” is a folder; choose a saved web page, a Markdown or a text file."
    )


def test_a_missing_file_is_refused(tmp_path: Path):
    assert refusal(tmp_path / "gone.html") == (
        "“gone.html” was not found; it may have been moved or deleted."
    )


def test_a_pipe_is_refused_without_blocking(tmp_path: Path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    assert refusal(pipe) == "“pipe.txt” is not a regular file; nothing was imported."


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_refused(tmp_path: Path):
    path = write(tmp_path, "secret.txt", "text")
    path.chmod(0)
    assert refusal(path) == "“secret.txt” can't be read: permission denied."


def test_a_file_that_cannot_be_opened_is_refused(tmp_path: Path):
    path = write(tmp_path, "secret.txt", "text")
    with mock.patch.object(Path, "open", side_effect=PermissionError(13, "Permission denied")):
        assert refusal(path) == "“secret.txt” can't be read: permission denied."


def test_an_mhtml_file_without_a_page_is_refused(tmp_path: Path):
    path = write(
        tmp_path,
        "empty.mhtml",
        b'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n'
        b"--b\nContent-Type: text/css\n\nbody {}\n--b--\n",
    )
    assert refusal(path) == "“empty.mhtml” holds no web page; nothing was imported."


def test_a_web_page_named_mhtml_is_read_as_the_page_it_is(tmp_path: Path):
    page = write(tmp_path, "renamed.mhtml", (CORPUS / "no-title.html").read_bytes())
    assert capture_file(page).title == "Interview with the CTO of Northwind"


MHTML_HEAD = (
    "From: <Saved by Blink>\nSubject: {subject}\nMIME-Version: 1.0\n"
    'Content-Type: multipart/related; type="text/html"; boundary="{boundary}"\n\n'
)


@settings(max_examples=100, deadline=None)
@given(
    st.text(max_size=60),
    st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126), max_size=20),
    st.text(max_size=600),
)
def test_any_mangled_mhtml_gives_a_note_or_a_validation_error(
    subject: str, boundary: str, rest: str
):
    data = MHTML_HEAD.format(subject=subject, boundary=boundary) + rest
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.mhtml"
        path.write_bytes(data.encode("utf-8", "surrogatepass"))
        with contextlib.suppress(ValidationError):
            capture_file(path)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from([".html", ".txt", ".md", ".mhtml", ""]))
def test_any_bytes_give_a_note_or_a_validation_error(data: bytes, suffix: str):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"file{suffix}"
        path.write_bytes(data)
        try:
            note = capture_file(path)
        except ValidationError as error:
            message = str(error)
        else:
            assert note.body.strip() and len(note.title) <= SHORT_TEXT_MAX
            return
    assert message.startswith(("“file", "The text of “file"))


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("<html>", "<head>", "<title>", "<body>", "<p>", "</p>", "<a href='x'>"),
                *("</a>", "<script>", "</script>", "<table><tr><td>", "<ul><li>", "é", "text "),
                *("\x00", "<base href='http://[x'>", "<a href='http://[z/'>", "<base href='/r/'>"),
                *("<link rel=canonical href='http://[bad'>", "<img alt='a' src=x>", "<main>"),
            ]
        ),
        max_size=40,
    ).map("".join)
)
def test_any_tag_soup_in_a_file_gives_a_note_or_a_validation_error(html: str):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "soup.html"
        path.write_text(html, encoding="utf-8")
        with contextlib.suppress(ValidationError):
            capture_file(path)


# ------------------------------------------------------------------ pasted HTML
def test_pasted_html_keeps_text_and_links_and_never_script():
    html = (
        "<meta charset='utf-8'><h2>Benefits</h2><p onclick='steal()'>See <a "
        "href='https://example.org/benefits'>the <b>list</b></a> and <a href='javascript:x()'>"
        "this</a>.</p><script>alert('pwned')</script><style>p{color:red}</style>"
        "<ul><li>One</li><li><em>Two</em></li></ul>"
    )
    assert html_to_markdown(html) == (
        "## Benefits\n\nSee [the **list**](https://example.org/benefits) and this.\n\n"
        "- One\n- *Two*"
    )


def test_relative_links_are_made_absolute_or_dropped():
    html = "<a href='/jobs'>Jobs</a> <a href='#top'>Top</a> <a href='page.html'>Page</a>"
    assert html_to_markdown(html, "https://acme.example/blog/post") == (
        "[Jobs](https://acme.example/jobs) Top [Page](https://acme.example/blog/page.html)"
    )
    assert html_to_markdown(html) == "Jobs Top Page"
    based = "<base href='https://b.example/x/'><a href='y'>Y</a>"
    assert html_to_markdown(based) == "[Y](https://b.example/x/y)"


def test_images_are_dropped_but_a_linked_image_keeps_its_words():
    html = (
        "<p>Before <img src='https://cdn.example/a.png' alt='A chart'> after</p>"
        "<a href='https://acme.example/'><img src='logo.png' alt='Acme home'></a>"
    )
    assert html_to_markdown(html) == "Before after\n\n[Acme home](https://acme.example/)"


def test_text_that_looks_like_markup_stays_text():
    html = "<p>&lt;img src=x onerror=alert(1)&gt; a &lt; b, snake_case, _stress_, *star*</p>"
    assert html_to_markdown(html) == (
        r"\<img src=x onerror=alert(1)> a < b, snake_case, \_stress\_, \*star\*"
    )


def test_addresses_with_spaces_and_brackets_stay_one_link():
    html = "<a href='https://acme.example/a page (1).html'>A</a>"
    assert html_to_markdown(html) == "[A](https://acme.example/a%20page%20%281%29.html)"


def test_a_table_keeps_its_header_line_and_its_caption():
    html = "<table><caption>Offices</caption><tr><th>City</th></tr><tr><td>Oslo</td></tr></table>"
    assert html_to_markdown(html) == "*Offices*\n\n| City |\n| --- |\n| Oslo |"


def test_hidden_content_is_left_out():
    html = (
        "<p>Seen</p><p hidden>Hidden</p><p style='display: none'>Gone</p>"
        "<p aria-hidden='true'>Icon</p>"
    )
    assert html_to_markdown(html) == "Seen"


def test_deep_nesting_keeps_the_words():
    html = "<ul><li>" * 400 + "deep" + "</li></ul>" * 400
    assert html_to_markdown(html).strip() == "deep"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000), st.sampled_from(["", "https://acme.example/a/b", "garbage"]))
def test_any_text_converts_without_raising(text: str, base: str):
    assert isinstance(html_to_markdown(text, base), str)


# ------------------------------------------------------------------ topics
@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Our mission and values", "values"),
        ("Salary bands explained", "compensation"),
        ("Why we are remote-first", "work_life"),
        ("Meet the leadership team", "team"),
        ("A day in the life of a support engineer", "day_to_day"),
        ("Layoffs hit the robotics sector", "red_flags"),
        ("Quarterly results", ""),
    ],
)
def test_a_topic_is_suggested_from_the_title(title: str, topic: str):
    assert suggest_topic(title) == topic
