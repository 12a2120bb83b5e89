"""Raw text plus whatever metadata a reader found -> one clean :class:`Article`.

Every reader (JSONL, .txt, HTML, feeds, URLs) ends here, so headline, dateline, boilerplate,
outlet and publication-date rules are the same whatever the input kind.
"""

from __future__ import annotations

import re

from pantau.engine.article import Article
from pantau.ingest.boilerplate import strip_boilerplate
from pantau.ingest.dateline import Dateline, is_domain, outlet_name, parse_dateline
from pantau.ingest.hard_wraps import join_hard_wraps, space_glued_sentences
from pantau.ingest.indonesian_dates import date_from_url, find_date, local_date, parse_date_string
from pantau.ingest.read_failure import ReadFailure
from pantau.ingest.text_repair import repair_text
from pantau.ingest.url_identity import outlet_from_url

# Metadata lines (headline, date line, dateline) sit in the first lines of the text.
_HEADER_LINES = 8
_MAX_HEADLINE = 200
_MAX_HEADER_LINE = 150
_SPACES = re.compile(r"\s+")
# "Artikel ini telah tayang di Kompas.com dengan judul …": a syndicated copy names its origin.
_REPUBLISHED = re.compile(
    r"artikel\s+ini\s+(?:telah|sudah)\s+(?:tayang|terbit|dimuat|diterbitkan)\s+(?:di|pada)\s+(?P<origin>[\w.-]+)",
    re.IGNORECASE,
)
_ISO_PARTIAL = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_MANY_BLANKS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
# What a date line may hold besides the date: a label, an icon name ("access_time"), a clock time,
# a capitalised outlet name, punctuation. Any other lower-case word makes it a sentence.
_DATE_LINE_LABELS = {"diterbitkan", "dipublikasikan", "diperbarui", "terbit", "update", "updated", "published",
                     "pada", "oleh", "pukul", "wib", "wita", "wit"}
_DATE_LINE_WORD = re.compile(r"^(?:\w+_\w+|\d{1,2}[:.]\d{2}(?::\d{2})?|[A-Z][\w.]*|[^\w\s]+)$")
_DATE_LINE_TOKEN = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?|\w+(?:\.\w+)*|[^\w\s]+")


# Longer than any news article (long reports run to some 50,000 characters). A file this long is a
# dump or a book, and parts of the analysis slow down more than linearly with length, so one such
# input would stall a whole run for hours.
MAX_ARTICLE_CHARS = 200_000


def _within_article_length(body: str, warnings: list[str]) -> str:
    if len(body) <= MAX_ARTICLE_CHARS:
        return body
    cut = body.rfind("\n", 0, MAX_ARTICLE_CHARS)
    cut = cut if cut > MAX_ARTICLE_CHARS // 2 else MAX_ARTICLE_CHARS  # a paragraph end, unless none is near
    warnings.append(f"text cut to its first {cut} characters (of {len(body)}): longer than any news article")
    return body[:cut].rstrip()


def build_article(
    *,
    id: str,
    text: str,
    source: str,
    title: str | None = None,
    url: str | None = None,
    canonical_url: str | None = None,
    outlet: str | None = None,
    site_name: str | None = None,
    pub_date: str | None = None,
    headline_in_text: bool = False,
    warnings: list[str] | None = None,
) -> Article:
    """A clean article; :class:`ReadFailure` when no article text is left.

    ``headline_in_text``: the first line may be the headline (plain-text files), so take it as the
    title when it looks like one. ``outlet`` and ``pub_date`` given by the input win over anything
    found in the text; the dateline's outlet wins over the URL's host, which wins over the site name.
    """
    warnings_out = list(warnings or [])
    repaired = repair_text(text)
    republished = _REPUBLISHED.search(repaired)
    if republished:  # the note itself is boilerplate and goes; grouping may want to know
        warnings_out.append(f"republished from {republished['origin'].rstrip('.').lower()}")
    lines = strip_boilerplate(repaired).split("\n")
    title = _clean_title(title)
    if headline_in_text and title is None:
        title, lines = _take_headline(lines)
    lines = _drop_title_repeats(lines, title)
    header_date, lines = _take_date_line(lines)
    dateline, lines = _take_dateline(lines)
    body = space_glued_sentences(join_hard_wraps(_MANY_BLANKS.sub("\n\n", "\n".join(lines)).strip()))
    if not body:
        raise ReadFailure("no article text (empty after removing headline and page boilerplate)")
    body = _within_article_length(body, warnings_out)
    written_outlet = dateline.outlet if dateline else None
    return Article(
        id=id,
        text=body,
        title=title,
        url=url,
        canonical_url=canonical_url if canonical_url and canonical_url != url else None,
        outlet=_choose_outlet(outlet, written_outlet, canonical_url or url, site_name),
        pub_date=_iso_date(pub_date, warnings_out) or header_date or date_from_url(canonical_url) or date_from_url(url),
        dateline_place=dateline.place if dateline else None,
        source=source,
        warnings=warnings_out,
    )


def _iso_date(given: str | None, warnings: list[str]) -> str | None:
    """An input's own pub_date as ISO ("2024-09-17", "2024-09", "2024"), whatever way it was written."""
    if not given or not given.strip():
        return None
    if _ISO_PARTIAL.match(given.strip()):
        return given.strip()
    value = parse_date_string(given)
    if value is None:
        warnings.append(f"pub_date {given!r} is not a date; ignored")
        return None
    return local_date(value).isoformat()


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    cleaned = _SPACES.sub(" ", repair_text(title)).strip()
    return cleaned or None


def _take_headline(lines: list[str]) -> tuple[str | None, list[str]]:
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None, lines
    candidate = lines[first].strip()
    following = next((line.strip() for line in lines[first + 1:] if line.strip()), "")
    looks_like_headline = (
        len(candidate) <= _MAX_HEADLINE
        and len(candidate.split()) >= 3  # "KPU", "Berita Terkini": a section name, not a headline
        and not candidate.endswith((".", ",", ";", ":"))
        and parse_dateline(candidate) is None
        and bool(following)
        and not following[0].islower()  # a sentence broken over two lines, not a headline
    )
    if not looks_like_headline:
        return None, lines
    return candidate, lines[first + 1:]


def _drop_title_repeats(lines: list[str], title: str | None) -> list[str]:
    """Pages repeat the headline above the body (and in breadcrumbs); the title field has it."""
    if not title:
        return lines
    wanted = _comparable(title)
    head = [line for line in lines[:_HEADER_LINES] if not _repeats_title(_comparable(line), wanted)]
    return head + lines[_HEADER_LINES:]


def _repeats_title(line: str, title: str) -> bool:
    if line == title:
        return True
    # A breadcrumb cuts the title short: "Bawaslu Sulteng Telusuri..."
    short = line.rstrip(".…").rstrip()
    return line.endswith(("...", "…")) and len(short) >= 10 and title.startswith(short)


def _take_date_line(lines: list[str]) -> tuple[str | None, list[str]]:
    """A header line that is only a date ("Minggu, 13 Oktober 2024 16:53 WIB"): the publication date."""
    for i, line in enumerate(lines[:_HEADER_LINES]):
        stripped = line.strip()
        if not stripped or len(stripped) > 80:
            continue
        found = find_date(stripped)
        if found is None:
            continue
        value, (start, end) = found
        around = stripped[:start] + " " + stripped[end:]
        words = _DATE_LINE_TOKEN.findall(around)
        if len(words) <= 6 and all(_is_date_line_word(w) for w in words):
            return local_date(value).isoformat(), lines[:i] + lines[i + 1:]
    return None, lines


def _is_date_line_word(word: str) -> bool:
    # "Pemungutan suara 27 November 2024." is a sentence: "suara" is an ordinary lower-case word.
    return word.lower() in _DATE_LINE_LABELS or bool(_DATE_LINE_WORD.match(word))


def _take_dateline(lines: list[str]) -> tuple[Dateline | None, list[str]]:
    """The dateline opens the body: short lines above it are page header (bylines, breadcrumbs,
    sub-headings, captions) and go; a long line above it is kept, in case it is prose."""
    for i, line in enumerate(lines[:_HEADER_LINES]):
        dateline = parse_dateline(line.strip())
        if dateline is not None:
            rest = line.strip()[dateline.head_length:]
            above = [kept for kept in lines[:i] if len(kept.strip()) > _MAX_HEADER_LINE]
            return dateline, above + [rest] + lines[i + 1:]
    return None, lines


def _choose_outlet(given: str | None, written: str | None, url: str | None, site_name: str | None) -> str | None:
    if given:
        return given.strip().lower()
    if written and is_domain(written):
        return outlet_name(written)
    host = outlet_from_url(url)
    if host:
        return host
    if site_name:
        return site_name.strip().lower()
    return outlet_name(written) if written else None


def _comparable(line: str) -> str:
    return _SPACES.sub(" ", line).strip().casefold()
