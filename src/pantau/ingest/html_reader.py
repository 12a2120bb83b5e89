"""A saved or fetched web page -> article text and metadata, through trafilatura."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html
import trafilatura
from lxml.etree import ParserError

from pantau.engine.article import Article, stable_id
from pantau.ingest.article_cleaning import build_article
from pantau.ingest.file_bytes import read_capped
from pantau.ingest.read_failure import ReadFailure
from pantau.ingest.read_options import ReadOptions
from pantau.ingest.text_repair import decode_bytes

_CLOSING_TAG = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
_OPENING_TAG = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
_LOOKS_LIKE_MARKUP = re.compile(r"<\s*(?:html|head|body|div|p|article|!doctype)\b", re.IGNORECASE)
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr")
# A server's error page (often sent with status 200, or saved by a crawler) names the error in its
# title or first line; an article rarely opens like that, and never in so few words.
_ERROR_PAGE_HEAD = re.compile(
    r"^\W*(?:error\s*|http\s*)?(?:400|401|403|404|410|500|502|503)\b"
    r"|\b(?:page|halaman|artikel|berita)\s+(?:not found|tidak ditemukan|tidak tersedia|sudah dihapus)"
    r"|^\W*(?:not found|access denied|forbidden|akses ditolak|halaman tidak ditemukan)\b",
    re.IGNORECASE,
)
_ERROR_PAGE_MAX_WORDS = 120


@dataclass
class PageContent:
    text: str
    title: str | None = None
    site_name: str | None = None
    pub_date: str | None = None
    canonical_url: str | None = None
    warnings: list[str] = field(default_factory=list)


def extract_page(html: str, url: str | None = None) -> PageContent:
    """Main text and metadata of a page; :class:`ReadFailure` when it holds no article text."""
    # Only a whole page can be cut short; a fragment (a JSONL 'html' field) never had a closing tag.
    truncated = bool(_OPENING_TAG.search(html[:4096])) and not _CLOSING_TAG.search(html[-4096:])
    if not _LOOKS_LIKE_MARKUP.search(html[:4096]):
        raise ReadFailure("not an HTML page (no HTML tags at the start)")
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False, include_images=False
        )
    except (ValueError, ParserError, TypeError) as exc:  # lxml refuses some broken documents outright
        raise ReadFailure(f"broken HTML: {exc}") from None
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        reason = "no article text found in the page"
        raise ReadFailure(reason + (" (the HTML is truncated: no closing </html>)" if truncated else ""))
    error_head = _error_page_head(doc.title, text)
    if error_head:
        raise ReadFailure(f"an error page, not an article ({error_head!r})")
    warnings = ["page HTML looks truncated (no closing </html>); text may be incomplete"] if truncated else []
    return PageContent(
        text=text,
        title=doc.title,
        site_name=doc.sitename,
        pub_date=doc.date,
        canonical_url=doc.url if doc.url and doc.url.startswith(("http://", "https://")) else None,
        warnings=warnings,
    )


def _error_page_head(title: str | None, text: str) -> str | None:
    """The title or first line that shows a short page is a server's error page, else None."""
    if len(text.split()) > _ERROR_PAGE_MAX_WORDS:
        return None
    first_line = text.lstrip().split("\n", 1)[0]
    for head in (title or "", first_line):
        if _ERROR_PAGE_HEAD.search(head.strip()):
            return head.strip()[:80]
    return None


def article_from_page(html: str, *, id: str | None, url: str | None, source: str, warnings: list[str] | None = None,
                      title: str | None = None, outlet: str | None = None, pub_date: str | None = None) -> Article:
    """An article from page HTML; values the caller already knows (JSONL fields) win over the page's."""
    page = extract_page(html, url)
    canonical = page.canonical_url if page.canonical_url != url else None
    return build_article(
        id=id or stable_id(url or page.canonical_url, page.text),
        text=page.text,
        source=source,
        title=title or page.title,
        url=url or page.canonical_url,
        canonical_url=canonical,
        outlet=outlet,
        site_name=page.site_name,
        pub_date=pub_date or page.pub_date,
        warnings=[*(warnings or []), *page.warnings],
    )


def read_html_file(path: Path, options: ReadOptions) -> Article:
    """A saved page; its id is the file name without extension."""
    return article_from_html_bytes(read_capped(path, options.max_bytes), id=path.stem, source=str(path))


def article_from_html_bytes(data: bytes, *, id: str, source: str) -> Article:
    html, warnings = decode_bytes(data)
    return article_from_page(html, id=id, url=None, source=source, warnings=warnings)


def fragment_text(html: str) -> str:
    """Plain text of a small HTML fragment (a feed entry), one line per block element."""
    if "<" not in html:
        return html
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", html)
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return re.sub(r"[ \t]+", " ", root.text_content()).strip()
