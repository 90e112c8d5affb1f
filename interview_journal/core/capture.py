"""Turning a saved web page, a Markdown or text file, or pasted HTML into a research note.

Everything happens on this machine. Nothing here opens a connection: lxml's HTML parser
never loads a DTD or an external entity (``no_network`` is its default and HTML parsing
resolves no external entities), images are dropped rather than fetched, and links are only
rewritten as text. The libraries are imported inside the functions so that starting the app
does not pay for them.

Choices, and why:

* ``source`` is the page's own address (``<link rel=canonical>``, then ``og:url``, then the
  "saved from" address browsers write into a saved page, then an MHTML snapshot's location),
  because that is what the user cites and can open again; a file without one gets its
  ``file://`` URI, which names the copy on disk unambiguously.
* ``source_date`` is the page's publication date (``article:published_time`` and friends,
  then the article's ``<time datetime>``): the day the user saved a page says nothing about
  the source. A Markdown or text file *is* the source, so its modification day is used.
* Images are dropped (a linked image keeps its alt text as the link text): a note is text, and
  the image addresses in a saved page point into the browser's local ``_files`` folder, so a
  Markdown image would show nothing useful and only invite the preview to fetch it.
* A body over the note limit is refused with its length rather than cut: the user never
  loses text silently, and the original file is still there to split.
"""

from __future__ import annotations

import codecs
import email
import email.errors
import email.policy
import functools
import json
import re
import stat
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urljoin, urlsplit

from interview_journal.core.errors import ValidationError
from interview_journal.core.i18n import QT_TRANSLATE_NOOP, number, translate
from interview_journal.core.validation import LONG_TEXT_MAX, SHORT_TEXT_MAX

if TYPE_CHECKING:
    from bs4 import BeautifulSoup
    from bs4.element import Tag
    from lxml.html import HtmlElement
    from markdownify import MarkdownConverter

# A saved page with inline images can reach several megabytes; beyond this the file is
# refused before it is read, with its size in the message.
MAX_FILE_BYTES = 15_000_000

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".xht", ".shtml"})
MHTML_SUFFIXES = frozenset({".mhtml", ".mht"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})
LINK_SCHEMES = frozenset({"http", "https", "mailto"})

# Detected encodings below this confidence are refused rather than turned into mojibake.
_MIN_DETECTOR_CONFIDENCE = 0.3
# How much of a file is sniffed for magic numbers, NUL bytes and a declared charset.
_SNIFF_BYTES = 8192
# A semantic <main>/<article> is trusted over readability when it holds enough of the text.
_MIN_CONTAINER_SHARE = 0.3
_ENOUGH_TEXT = 500

_CONTEXT = "Capture"
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", QT_TRANSLATE_NOOP("Capture", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("Capture", "a JPEG image")),
    (b"GIF87a", QT_TRANSLATE_NOOP("Capture", "a GIF image")),
    (b"GIF89a", QT_TRANSLATE_NOOP("Capture", "a GIF image")),
    (b"%PDF-", QT_TRANSLATE_NOOP("Capture", "a PDF document")),
    (
        b"PK\x03\x04",
        QT_TRANSLATE_NOOP(
            "Capture", "a ZIP archive (Word and OpenDocument files are ZIP archives too)"
        ),
    ),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("Capture", "a gzip archive")),
    (b"7z\xbc\xaf\x27\x1c", QT_TRANSLATE_NOOP("Capture", "a 7-Zip archive")),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        QT_TRANSLATE_NOOP("Capture", "an old Microsoft Office document"),
    ),
    (b"SQLite format 3\x00", QT_TRANSLATE_NOOP("Capture", "an SQLite database")),
    (b"\x7fELF", QT_TRANSLATE_NOOP("Capture", "a program")),
    (b"{\\rtf", QT_TRANSLATE_NOOP("Capture", "an RTF document")),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# <meta charset=...>, <meta http-equiv content="...; charset=...">, <?xml encoding=...?>
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
_HTML_START = re.compile(
    r"\A(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(r"<(?:html|head|body|title|p|div|h[1-6]|a|br|table|ul)\b", re.I)
_MHTML_HEADER = re.compile(rb"\A[A-Za-z][A-Za-z0-9-]*:")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)
_NON_ASCII_LINE = re.compile(rb"[^\n]*[\x80-\xff][^\n]*")
# C0 controls other than tab, line feed, form feed and carriage return, plus DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
_BLANK_RUN = re.compile(r"\n{3,}")
_INNER_SPACES = re.compile(r"(?<=\S) {2,}")
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
_FRONT_MATTER_TITLE = re.compile(r"\A---\s*\n(?:.*\n)*?title:\s*(.+?)\s*\n(?:.*\n)*?---", re.I)

# Elements whose content is never text meant for a reader.
_SCRIPTING_TAGS = ("script", "noscript", "template", "style")
_EMBEDDED_TAGS = ("iframe", "frame", "frameset", "object", "embed", "applet", "canvas", "map")
_MEDIA_TAGS = ("svg", "math", "audio", "video", "picture", "source", "track")
_HEAD_TAGS = ("head", "title", "meta", "link", "base")
_CONTROL_TAGS = ("input", "button", "select", "option", "textarea", "datalist", "dialog")
_DROPPED_TAGS = frozenset(
    (*_SCRIPTING_TAGS, *_EMBEDDED_TAGS, *_MEDIA_TAGS, *_HEAD_TAGS, *_CONTROL_TAGS)
)
# Page furniture around the content of a saved page.
_BOILERPLATE_TAGS = ("nav", "aside", "footer", "form")
_BOILERPLATE_ROLES = ("navigation", "complementary", "contentinfo", "banner", "search", "dialog")
_BOILERPLATE_NAMES = re.compile(r"cookie|consent|gdpr|newsletter")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "publish-date",
    "publish_date",
    "pubdate",
    "citation_publication_date",
    "parsely-pub-date",
)

# Words in a title that point at one of the research topics; the first topic that matches
# wins. Only a suggestion: the user picks the topic.
_TOPIC_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (topic, re.compile(rf"\b(?:{words})\b", re.IGNORECASE))
    for topic, words in (
        ("red_flags", r"layoffs?|lawsuits?|scandal|red flags?|controvers\w*"),
        ("compensation", r"salar(?:y|ies)|compensation|pay|bonus(?:es)?|equity|stock options?"),
        ("work_life", r"work[- ]life|remote|hybrid|flexible|four-day week|parental leave"),
        ("values", r"values|mission|culture|principles|manifesto"),
        ("growth", r"careers? growth|growth|learning|promotions?|career ladder|ladder|mentor\w*"),
        ("team", r"team|teams|leadership|founders?|cto|ceo|our people"),
        ("day_to_day", r"day[- ]to[- ]day|a day in the life|how we work|life at"),
    )
)


@dataclass(frozen=True)
class CapturedNote:
    """A note made from a file or a page, ready for ``ResearchService.add_note``."""

    title: str
    body: str
    source: str
    source_date: date | None
    suggested_topic: str = ""


# ------------------------------------------------------------------ public API
def capture_file(path: Path) -> CapturedNote:
    """Read a saved web page (HTML or MHTML), a Markdown or a text file into a note.

    The content decides how it is read, not only the extension. Raises ``ValidationError``
    with a sentence for the user when the file cannot become a note; nothing is created.
    """
    name = path.name or str(path)
    data = _read_limited(path, name)
    if not data:
        raise ValidationError(
            translate("Capture", "“{name}” is empty; there is nothing to import.").format(name=name)
        )

    suffix = path.suffix.lower()
    if _looks_like_mhtml(data, suffix):
        return _capture_mhtml(data, path, name)

    kind = _binary_kind(data)
    if kind:
        raise ValidationError(
            translate(
                "Capture",
                "“{name}” is {kind}, not a web page or a text file; nothing was imported.",
            ).format(name=name, kind=kind)
        )
    has_bom = any(data.startswith(bom) for bom, _ in _BOMS)
    if not has_bom and b"\x00" in data[:_SNIFF_BYTES]:
        raise ValidationError(_binary_message(name))
    text = _decode(data, name, html=suffix in HTML_SUFFIXES or _declares_charset(data))
    text = _clean_text(text)
    if not text.strip():
        raise ValidationError(
            translate(
                "Capture", "“{name}” holds only blank space; there is nothing to import."
            ).format(name=name)
        )
    if _looks_binary(text):
        raise ValidationError(_binary_message(name))

    if _HTML_START.match(text) or (suffix in HTML_SUFFIXES and _HTML_TAG.search(text)):
        return _capture_html(text, name, file_uri=_file_uri(path))
    body = _limited_body(text, name)
    if suffix in MARKDOWN_SUFFIXES:
        title = _markdown_title(text) or _title_from_name(path)
    else:
        title = _first_line(text, limit=100) or _title_from_name(path)
    title = _clean_title(title)
    return CapturedNote(
        title=title,
        body=body,
        source=_file_uri(path),
        source_date=_modified_day(path),
        suggested_topic=suggest_topic(title),
    )


def html_to_markdown(html: str, base_url: str = "") -> str:
    """Readable Markdown from HTML: text, headings, lists, tables, emphasis and links.

    Script, style and other non-text content never reaches the output. Links keep their
    text; only absolute http, https and mailto addresses stay links (relative ones are made
    absolute against ``base_url`` or the page's ``<base href>``). Images are dropped.
    """
    from markdownify import STRIP

    soup = _soup(html)
    base = _soup_base_url(soup, base_url)
    _clean_soup(soup, base)
    converter = _converter_class()(
        heading_style="atx",
        bullets="-",
        newline_style="backslash",
        escape_asterisks=False,  # NoteMarkdownConverter.escape does both
        escape_underscores=False,
        table_infer_header=True,
        strip_document=STRIP,
        wrap=True,
        wrap_width=None,
    )
    try:
        markdown = converter.convert_soup(soup)
    except RecursionError:
        # Pathologically nested markup: keep the words, lose the formatting.
        markdown = "\n\n".join(line for line in soup.get_text("\n").splitlines() if line.strip())
    return _tidy_markdown(markdown)


def suggest_topic(title: str) -> str:
    """A research topic key the title points at, or "" when none stands out."""
    for topic, words in _TOPIC_WORDS:
        if words.search(title):
            return topic
    return ""


# ------------------------------------------------------------------ reading
def _read_limited(path: Path, name: str) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ValidationError(
            translate(
                "Capture", "“{name}” was not found; it may have been moved or deleted."
            ).format(name=name)
        ) from None
    except PermissionError:
        raise ValidationError(
            translate("Capture", "“{name}” can't be read: permission denied.").format(name=name)
        ) from None
    except (OSError, ValueError) as error:
        raise ValidationError(
            translate("Capture", "“{name}” can't be read: {reason}.").format(
                name=name, reason=_reason(error)
            )
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise ValidationError(
            translate(
                "Capture",
                "“{name}” is a folder; choose a saved web page, a Markdown or a text file.",
            ).format(name=name)
        )
    if not stat.S_ISREG(info.st_mode):
        # A pipe or a device could block forever or never end.
        raise ValidationError(
            translate("Capture", "“{name}” is not a regular file; nothing was imported.").format(
                name=name
            )
        )
    if info.st_size > MAX_FILE_BYTES:
        raise ValidationError(_too_large(name, info.st_size))
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise ValidationError(
            translate("Capture", "“{name}” can't be read: permission denied.").format(name=name)
        ) from None
    except OSError as error:
        raise ValidationError(
            translate("Capture", "“{name}” can't be read: {reason}.").format(
                name=name, reason=_reason(error)
            )
        ) from None
    if len(data) > MAX_FILE_BYTES:  # it grew after stat()
        raise ValidationError(_too_large(name, len(data)))
    return data


def _too_large(name: str, size: int) -> str:
    return translate(
        "Capture", "“{name}” is {size} MB; files up to {limit} MB can be imported."
    ).format(name=name, size=f"{size / 1e6:,.1f}", limit=f"{MAX_FILE_BYTES / 1e6:,.0f}")


def _reason(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return translate("Capture", "the path is not valid")


# ------------------------------------------------------------------ sniffing and decoding
def _binary_kind(data: bytes) -> str:
    """What a binary file is ("a PNG image"), or "" when the bytes may be text."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return ""  # UTF-16 and UTF-32 text is full of NUL bytes
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return translate(_CONTEXT, kind)
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return translate("Capture", "a WebP image")
    return ""


def _binary_message(name: str) -> str:
    return translate(
        "Capture", "“{name}” does not look like text (it holds binary data); nothing was imported."
    ).format(name=name)


def _looks_binary(text: str) -> bool:
    sample = text[:_SNIFF_BYTES]
    controls = sum(1 for char in sample if unicodedata.category(char) == "Cc")
    layout = sum(sample.count(char) for char in "\t\n\r\f")
    return (controls - layout) > len(sample) * 0.1


def _declares_charset(data: bytes) -> bool:
    return _DECLARED_CHARSET.search(data[:_SNIFF_BYTES]) is not None


def _decode(data: bytes, name: str, *, html: bool, declared: str = "") -> str:
    """Text from bytes: byte-order mark, declared charset, UTF-8, then a detector."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    candidates = [declared] if declared else []
    if html:
        match = _DECLARED_CHARSET.search(data[:_SNIFF_BYTES])
        if match:
            candidates.append((match.group(1) or match.group(2)).decode("ascii"))
    for label in candidates:
        encoding = _codec(label)
        if encoding:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                pass  # the declaration lies; fall through to UTF-8 and detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    detected = _detect_encoding(data)
    if detected:
        try:
            return data.decode(detected)
        except UnicodeDecodeError:
            pass
    raise ValidationError(
        translate(
            "Capture",
            "“{name}” is not UTF-8 text and its encoding could not be recognised; "
            "save it as UTF-8 and import it again.",
        ).format(name=name)
    )


def _codec(label: str) -> str:
    """Python's codec for a charset label, read as browsers do, or "" if unknown."""
    try:
        name = codecs.lookup(label.strip().strip("'\"")).name
    except (LookupError, ValueError):
        return ""
    # The WHATWG Encoding Standard reads latin-1 and ASCII labels as windows-1252, and
    # pages saved by older tools rely on it (curly quotes, €).
    if name in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    return name


def _detect_encoding(data: bytes) -> str:
    import chardet

    # Only lines with non-ASCII bytes say anything about the encoding; a sample keeps the
    # detector (pure Python) fast on a large file.
    sample = b"\n".join(_NON_ASCII_LINE.findall(data[:4_000_000]))[:200_000]
    guess = chardet.detect(sample)
    encoding = guess.get("encoding")
    confidence = guess.get("confidence") or 0.0
    if not encoding or confidence < _MIN_DETECTOR_CONFIDENCE:
        return ""
    return _codec(encoding)


def _clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _LONE_SURROGATE.sub("\ufffd", text.replace("\x00", ""))


# ------------------------------------------------------------------ MHTML
def _looks_like_mhtml(data: bytes, suffix: str) -> bool:
    """Mail-style headers of a MIME document: multipart, or any MIME named .mhtml."""
    head = data[:_SNIFF_BYTES]
    lowered = head.lower()
    return (
        _MHTML_HEADER.match(head) is not None
        and b"mime-version:" in lowered
        and (b"multipart/related" in lowered or suffix in MHTML_SUFFIXES)
    )


def _capture_mhtml(data: bytes, path: Path, name: str) -> CapturedNote:
    """A page saved as a single MHTML file ("Web page, single file"): its HTML part."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        html_part = next(
            (part for part in message.walk() if part.get_content_type() == "text/html"), None
        )
        if html_part is None:
            raise ValidationError(
                translate("Capture", "“{name}” holds no web page; nothing was imported.").format(
                    name=name
                )
            )
        payload = html_part.get_payload(decode=True)
        charset = html_part.get_content_charset() or ""
        location = str(
            message.get("Snapshot-Content-Location") or html_part.get("Content-Location") or ""
        )
        subject = str(message.get("Subject") or "")
    except (email.errors.MessageError, ValueError, LookupError, IndexError, TypeError):
        # The email package is lenient, but a mangled header can still trip its parser.
        raise ValidationError(
            translate(
                "Capture",
                "“{name}” is a damaged single-file web page (MHTML); nothing was imported.",
            ).format(name=name)
        ) from None
    if not isinstance(payload, bytes) or not payload.strip():
        raise ValidationError(
            translate("Capture", "“{name}” has no readable text; nothing was imported.").format(
                name=name
            )
        )
    text = _clean_text(_decode(payload, name, html=True, declared=charset))
    return _capture_html(
        text,
        name,
        file_uri=_file_uri(path),
        page_url=location if _is_web_url(location) else "",
        fallback_title=subject,
    )


# ------------------------------------------------------------------ HTML
@dataclass(frozen=True)
class _PageFacts:
    title: str
    page_url: str
    base_url: str
    published: date | None


def _capture_html(
    text: str, name: str, *, file_uri: str, page_url: str = "", fallback_title: str = ""
) -> CapturedNote:
    tree = _parse_html(text)
    if tree is None:
        raise ValidationError(
            translate("Capture", "“{name}” has no readable text; nothing was imported.").format(
                name=name
            )
        )
    facts = _page_facts(tree, text, page_url)
    content_html = _main_content(tree, facts.base_url)
    body = html_to_markdown(content_html, facts.base_url)
    title = _clean_title(
        facts.title or fallback_title or _first_line(body, limit=200) or Path(name).stem
    )
    body = _without_leading_title(body, title)
    if not body.strip():
        raise ValidationError(
            translate("Capture", "“{name}” has no readable text; nothing was imported.").format(
                name=name
            )
        )
    source = facts.page_url if len(facts.page_url) <= SHORT_TEXT_MAX else ""
    return CapturedNote(
        title=title,
        body=_limited_body(body, name),
        source=source or (file_uri if len(file_uri) <= SHORT_TEXT_MAX else name),
        source_date=facts.published,
        suggested_topic=suggest_topic(title),
    )


def _parse_html(text: str) -> HtmlElement | None:
    import lxml.etree
    import lxml.html

    # Explicit even where they are lxml's defaults: never touch the network, keep comments
    # (the "saved from" address lives in one).
    parser = lxml.html.HTMLParser(
        encoding="utf-8", no_network=True, remove_comments=False, huge_tree=True
    )
    try:
        root = lxml.html.document_fromstring(
            _CONTROL.sub("", text).encode("utf-8", "replace"), parser=parser
        )
    except (lxml.etree.ParserError, ValueError):
        return None
    return root


def _page_facts(tree: HtmlElement, text: str, page_url: str) -> _PageFacts:
    meta: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or ""
        content = element.get("content")
        if key and content and key.lower() not in meta:
            meta[key.lower()] = content.strip()

    saved_from = _SAVED_FROM.search(text[:_SNIFF_BYTES])
    base_href = next((e.get("href", "") for e in tree.iter("base") if e.get("href")), "")
    canonical = next(
        (
            e.get("href", "")
            for e in tree.iter("link")
            if "canonical" in (e.get("rel") or "").lower().split()
        ),
        "",
    )
    candidates = [
        _join(base_href, canonical) if canonical else "",
        meta.get("og:url", ""),
        saved_from.group(1) if saved_from else "",
        page_url,
    ]
    url = next((c for c in candidates if _is_web_url(c)), "")
    base = _join(url, base_href) if base_href else ""
    return _PageFacts(
        title=_page_title(tree, meta),
        page_url=url,
        base_url=base if _is_web_url(base) else url,
        published=_published_day(tree, meta),
    )


def _page_title(tree: HtmlElement, meta: dict[str, str]) -> str:
    for key in ("og:title", "twitter:title"):
        if meta.get(key, "").strip():
            return meta[key]
    headings = [" ".join(element.text_content().split()) for element in tree.iter("h1", "h2")]
    title_element = tree.find(".//title")
    title = " ".join((title_element.text_content() if title_element is not None else "").split())
    # "Our values | Acme Blog": when a heading of the page is part of the <title>, that part
    # is the page's own title and the rest is the site's name.
    within = [h for h in headings if len(h) >= 8 and h in title]
    if within:
        return max(within, key=len)
    return title or next((h for h in headings if h), "")


def _published_day(tree: HtmlElement, meta: dict[str, str]) -> date | None:
    for key in _PUBLISHED_META:
        day = _parse_day(meta.get(key, ""))
        if day:
            return day
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            day = _parse_day(_json_ld_published(script.text))
            if day:
                return day
    for container in ("article", "main"):
        for element in tree.iter(container):
            for time in element.iter("time"):
                day = _parse_day(time.get("datetime") or "")
                if day:
                    return day
    return None


def _json_ld_published(text: str) -> str:
    try:
        data: Any = json.loads(text)
    except ValueError:
        return ""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str):
                return value
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return ""


def _parse_day(value: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        day = datetime.fromisoformat(value).date()
    except ValueError:
        try:
            day = date.fromisoformat(value[:10])
        except ValueError:
            return None
    return day if day.year >= 1900 else None


def _main_content(tree: HtmlElement, base_url: str) -> str:
    """The article's HTML: a semantic <article>/<main> when the page has one, else readability."""
    import lxml.html

    # base_url already takes a valid <base href> into account. lxml's own resolve_base_href
    # would instead drop every link under a malformed one (browsers ignore such a base).
    for base in list(tree.iter("base")):
        base.drop_tree()
    if base_url:
        tree.make_links_absolute(base_url, resolve_base_href=False, handle_failures="discard")
    _drop_non_content(tree)
    body = tree.find("body")
    body_text = len(_words(body if body is not None else tree))
    if body_text == 0:
        return ""

    articles = list(tree.iter("article"))
    mains = [e for e in tree.iter() if e.tag == "main" or e.get("role") == "main"]
    for container in ([articles[0]] if len(articles) == 1 else []) + mains[:1]:
        _drop_boilerplate(container)
        length = len(_words(container))
        if length >= _ENOUGH_TEXT or length >= body_text * _MIN_CONTAINER_SHARE:
            return str(lxml.html.tostring(container, encoding="unicode"))

    summary = _readability_summary(lxml.html.tostring(tree, encoding="unicode"), base_url)
    if len(_words(_parse_fragment(summary))) >= min(body_text, 100):
        return summary
    whole = body if body is not None else tree
    _drop_boilerplate(whole, headers=True)
    return str(lxml.html.tostring(whole, encoding="unicode"))


def _readability_summary(html: str, base_url: str) -> str:
    from readability import Document
    from readability.readability import Unparseable

    try:
        return str(Document(html, url=base_url or None).summary(html_partial=True))
    except (Unparseable, ValueError, RecursionError):
        return ""


def _parse_fragment(html: str) -> HtmlElement | None:
    return _parse_html(html) if html.strip() else None


def _words(element: HtmlElement | None) -> str:
    return "" if element is None else " ".join(element.text_content().split())


def _drop_non_content(tree: HtmlElement) -> None:
    doomed = [e for e in tree.iter(*sorted(_DROPPED_TAGS)) if e.getparent() is not None]
    doomed += [
        e
        for e in tree.iter()
        if isinstance(e.tag, str)
        and e.getparent() is not None
        and _is_hidden(e.get("hidden") is not None, e.get("aria-hidden"), e.get("style"))
    ]
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _drop_boilerplate(container: HtmlElement, *, headers: bool = False) -> None:
    tags = (*_BOILERPLATE_TAGS, "header") if headers else _BOILERPLATE_TAGS
    doomed = [e for e in container.iter(*tags) if e is not container]
    for element in container.iter():
        if element is container or not isinstance(element.tag, str):
            continue
        names = f"{element.get('id') or ''} {element.get('class') or ''}".lower()
        if (element.get("role") or "").lower() in _BOILERPLATE_ROLES or (
            _BOILERPLATE_NAMES.search(names)
        ):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _without_leading_title(body: str, title: str) -> str:
    """Drop a first heading that only repeats the note's title."""
    first, _, rest = body.partition("\n")
    match = _MARKDOWN_HEADING.match(first)
    if match and " ".join(match.group(1).split()).casefold() == title.casefold():
        return rest.lstrip("\n")
    return body


# ------------------------------------------------------------------ HTML → Markdown
def _soup(html: str) -> BeautifulSoup:
    from bs4 import BeautifulSoup

    text = _LONE_SURROGATE.sub("\ufffd", _CONTROL.sub("", html))
    # Wrapped in <body> so BeautifulSoup never mistakes a short string for a file name or a
    # URL, nor an XML declaration for an XML document (it warns about both).
    text = re.sub(r"\A\s*<\?xml[^>]*>", "", text)
    return BeautifulSoup(f"<body>{text}</body>", "lxml")


def _soup_base_url(soup: BeautifulSoup, base_url: str) -> str:
    base = soup.find("base", href=True)
    href = str(base.get("href", "")) if base is not None else ""
    if href:
        joined = _join(base_url, href) if base_url else href
        if _is_web_url(joined):
            return joined
    return base_url


def _clean_soup(soup: BeautifulSoup, base_url: str) -> None:
    """Drop what is not text, keep link text, and make the links that stay absolute."""
    from bs4.element import NavigableString, PreformattedString, Tag

    # One walk that never descends into what it drops, so deep markup stays linear.
    images: list[tuple[Tag, bool]] = []
    links: list[Tag] = []
    stack: list[tuple[Tag, bool]] = [(soup, False)]
    while stack:
        node, in_link = stack.pop()
        for child in list(node.children):
            if isinstance(child, PreformattedString):
                child.extract()  # comments, CDATA, processing instructions, doctypes
            elif isinstance(child, Tag):
                if child.name in _DROPPED_TAGS or _is_hidden(
                    child.has_attr("hidden"), child.get("aria-hidden"), child.get("style")
                ):
                    child.decompose()
                elif child.name == "img":
                    images.append((child, in_link))
                elif child.name == "caption" and node.name == "table":
                    # markdownify takes a caption for the table's first row and then omits
                    # the header line; above the table it is a caption again.
                    node.insert_before(child.extract())
                    stack.append((child, in_link))
                else:
                    if child.name == "a":
                        links.append(child)
                    stack.append((child, in_link or child.name == "a"))
    for image, in_link in images:
        alt = " ".join(str(image.get("alt", "")).split())
        if alt and in_link:
            image.replace_with(NavigableString(alt))
        else:
            image.decompose()
    for link in links:
        href = _link_target(str(link.get("href", "")), base_url)
        if href:
            link.attrs = {"href": href}
        else:
            link.unwrap()


def _is_hidden(has_hidden: bool, aria_hidden: object, style: object) -> bool:
    return (
        has_hidden
        or str(aria_hidden or "").lower() == "true"
        or _HIDDEN_STYLE.search(str(style or "")) is not None
    )


def _link_target(href: str, base_url: str) -> str:
    """An absolute http/https/mailto address for a link, or "" to keep only its text."""
    # As the WHATWG URL parser does: trim the ends, ignore tabs and newlines inside.
    href = re.sub(r"[\t\n\r]", "", href.strip())
    if not href or href.startswith("#"):
        return ""
    try:
        absolute = urljoin(base_url, href) if base_url else href
        scheme = urlsplit(absolute).scheme.lower()
    except ValueError:
        return ""
    if scheme not in LINK_SCHEMES:
        return ""  # relative without a base, javascript:, data:, vbscript:, file:, ...
    if scheme != "mailto" and not urlsplit(absolute).netloc:
        return ""
    # Spaces, parentheses and angle brackets would end a Markdown link early.
    return quote(absolute, safe=":/?#[]@!$&'*+,;=%~")


def _tidy_markdown(markdown: str) -> str:
    lines = []
    in_fence = False
    for line in markdown.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            lines.append(line.rstrip())
        elif in_fence:
            lines.append(line.rstrip())
        else:
            # A dropped image or button leaves its neighbours' spaces side by side.
            lines.append(_INNER_SPACES.sub(" ", line).rstrip())
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip("\n")


@functools.cache
def _converter_class() -> type[MarkdownConverter]:
    """markdownify's converter with the escaping a research note needs (made on first use)."""
    from markdownify import MarkdownConverter

    class NoteMarkdownConverter(MarkdownConverter):
        def escape(self, text: str, parent_tags: set[str]) -> str:
            # Replaces markdownify's escaping (asked off in the options) with one that keeps
            # snake_case readable: underscores only make emphasis at word edges.
            text = text.replace("*", r"\*")
            text = re.sub(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])", r"\\_", text)
            # A "<" that could open an HTML tag would be read as HTML by the preview.
            return re.sub(r"<(?=[A-Za-z/!?])", r"\\<", text)

        def convert_caption(self, el: Tag, text: str, parent_tags: set[str]) -> str:
            return _caption(text)

        def convert_figcaption(self, el: Tag, text: str, parent_tags: set[str]) -> str:
            return _caption(text)

    return NoteMarkdownConverter


def _caption(text: str) -> str:
    """A table or figure caption in italics, so it does not read as a stray paragraph."""
    words = " ".join(text.split())
    return f"\n\n*{words}*\n\n" if words else ""


# ------------------------------------------------------------------ text files
def _limited_body(body: str, name: str) -> str:
    if len(body) > LONG_TEXT_MAX:
        raise ValidationError(
            translate(
                "Capture",
                "The text of “{name}” is {length} characters long; a note holds at most "
                "{limit}. Split it into several files and import them one by one.",
            ).format(name=name, length=number(len(body)), limit=number(LONG_TEXT_MAX))
        )
    return body


def _markdown_title(text: str) -> str:
    front = _FRONT_MATTER_TITLE.match(text)
    if front:
        return front.group(1).strip("'\"")
    heading = _MARKDOWN_HEADING.search(text)
    return heading.group(1) if heading else ""


def _first_line(text: str, limit: int = 0) -> str:
    """The first line with words; "" if ``limit`` is set and the line is longer."""
    for line in text.splitlines():
        words = " ".join(line.strip("#>*-_ \t").split())
        if words:
            return "" if limit and len(words) > limit else words
    return ""


def _title_from_name(path: Path) -> str:
    return " ".join(path.stem.replace("_", " ").split())


def _clean_title(title: str) -> str:
    title = " ".join(_CONTROL.sub("", _LONE_SURROGATE.sub("", title)).split())
    if len(title) > SHORT_TEXT_MAX:
        title = title[: SHORT_TEXT_MAX - 1].rstrip() + "…"
    return title


def _file_uri(path: Path) -> str:
    try:
        return path.resolve().as_uri()
    except (OSError, ValueError):
        return path.name


def _modified_day(path: Path) -> date | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime).date()
    except (OSError, ValueError, OverflowError):
        return None


def _join(base: str, href: str) -> str:
    """``href`` resolved against ``base``; "" for an address urllib cannot parse."""
    try:
        return urljoin(base, href)
    except ValueError:  # e.g. "http://[x" is an invalid IPv6 address
        return ""


def _is_web_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in {"http", "https"} and bool(parts.netloc)
