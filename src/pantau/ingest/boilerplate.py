"""Remove what a news page wraps around the article: related links, share bars, credits, forms.

The rules are about page furniture that Indonesian news sites share (WordPress comment forms,
"Baca juga" related-link lines, byline blocks, photo captions), not about any one outlet. Each
rule removes whole lines, so a sentence of the article is never cut in half.
"""

from __future__ import annotations

import re

# "BACA JUGA: …", "Baca Juga :   …", "(Baca juga: …)", "Lihat juga: …", "Simak juga …"
_RELATED_LINK = re.compile(
    r"^\s*[\(\[]?\s*(?:baca|lihat|simak|cek)\s+(?:juga|pula|selengkapnya|berita\s+lainnya)\b\s*[:：\-–]?\s*(?P<rest>.*)$"
    r"|^\s*[\(\[]?\s*baca\s*[:：]\s*(?P<rest2>.*)$",
    re.IGNORECASE,
)
# Lines from here on are comment forms, related-article lists or the site footer.
_PAGE_END = re.compile(
    r"^\s*(?:tinggalkan\s+(?:balasan|komentar)|beri\s+komentar|(?:berita|artikel|baca)\s+terkait|"
    r"berita\s+lainnya|artikel\s+lainnya|kantor\s+redaksi|copyright|hak\s+cipta\s+dilindungi|"
    r"artikel\s+ini\s+telah\s+(?:tayang|terbit|dimuat)|tags?\s*:|topik\s*:|kata\s+kunci\s*:)|^\s*©",
    re.IGNORECASE,
)
# Whole lines that are buttons, counters, ad slots or navigation, never prose.
_FURNITURE = re.compile(
    r"^\s*(?:komentar|\d+\s+komentar|bagikan|share|tweet|kirim|salin\s+link|copy\s+link|"
    r"facebook|twitter|whatsapp|telegram|line|linkedin|email|print|cetak|"
    r"advertisement|iklan(?:\s+atas|\s+bawah)?|sponsored|"
    r"scroll\s+(?:untuk|to)\s+(?:melanjutkan|continue)[^\n]*|geser\s+ke\s+atas[^\n]*|"
    r"iklan\s*-\s*geser[^\n]*|baca\s+berita\s+tanpa\s+iklan[^\n]*|"
    r"font\s*:?\s*ukuran\s*:?[^\n]*|ukuran\s+font[^\n]*|avatar\s+photo|logo\s+\S+(?:\s*logo\s+\S+)*|"
    r"\d+\s+(?:dilihat|views?|kali\s+dibaca)|dibaca\s+\d+\s+kali|"
    r"(?:dapatkan|ikuti)\s+(?:update|berita|informasi)[^\n]*(?:google\s+news|whatsapp|telegram)[^\n]*|"
    r"[^\n]{0,80}\bgoogle\s+(?:news|berita)\b[^\n]{0,40}|simak\s+video\b[^\n]*|\[gambas:[^\]]*\]|"
    r"author|advertising|[·•]?\s*\d+\s+menit\s+(?:baca|membaca)|"
    r"klik\s+(?:di\s*sini|link)\b[^\n]*|dengarkan(?:\s+berita)?|putar\s+audio|\(\*\)|\*{3,}|"
    r"halaman\s*:?\s*(?:\d+\s*)+(?:selanjutnya|berikutnya)?|(?:halaman\s+)?(?:selanjutnya|berikutnya|sebelumnya)\s*[»>]*|"
    r"next\s*[»>]*)\s*[.:]?\s*$",
    re.IGNORECASE,
)
_CREDIT_LABEL = (
    r"(?:penulis|editor|pewarta|reporter|wartawan|redaktur|penyunting|fotografer|kontributor|sumber|foto|video|oleh)"
)
# A sidebar or footer heading alone on its line: the article is over once the body has begun.
_SECTION_HEADING = re.compile(
    r"^(?:category|kategori|terpopuler|terkini|berita\s+(?:terkini|terbaru|populer|terpopuler|pilihan)|"
    r"pilihan\s+editor|rekomendasi(?:\s+untuk\s+anda)?|discussion\s+about\s+this\s+post)\s*:?$",
    re.IGNORECASE,
)
# An agency photo credit alone on its line: "KOMPAS/VIDELIS JEMALI", "ANTARA FOTO/Nama".
_AGENCY_CREDIT = re.compile(r"^[A-Z][A-Z .]{1,30}/\s?[A-Z][\w .]{2,40}$")
# Related-article lists: bullet lines written as headlines (Title Case, no closing period).
_BULLET = re.compile(r"^\s*[-•*]\s+(?P<item>\S.*)$")
_MIN_HEADLINE_RUN = 3
# "Editor: Edy M Yakub", "Penulis: X | Editor: Y", "Laporan Wartawan Tribun…, Nama"
_BYLINE = re.compile(
    rf"^\s*(?:(?:{_CREDIT_LABEL})\s*[:：]\s*[^\n]{{0,80}}|laporan\s+wartawan\s+[^\n]{{0,80}}|"
    r"photo_camera\s*fotografer\s*:?[^\n]{0,60}|tim\s+redaksi)$",
    re.IGNORECASE,
)
# A label alone on its line ("Editor") whose value is the next short line ("Imam Hamdi").
_BYLINE_LABEL_ALONE = re.compile(rf"^\s*{_CREDIT_LABEL}\s*[:：]?\s*$", re.IGNORECASE)
# Photo captions end with the photo's credit: "(Foto: Istimewa)", "(dok tim exp)", "/Ist", "Foto: MI/X".
_CAPTION_CREDIT = re.compile(
    r"(?:[\(\[]\s*(?:sumber\s+)?(?:foto|photo|dok|doc|dokumentasi|ist|istimewa|ilustrasi)\b[^)\]]{0,60}[\)\]]"
    r"|\bfoto\s*:\s*[^\n]{1,60}"
    r"|/\s*(?:ist|istimewa|dok\.?[^/\n]{0,40})"
    r"|\s/[^/\n]{2,40}/[\w.-]+\.[a-z]{2,6}"
    r"|\(\s*[\w-]+\.(?:com|co\.id|id|net|co|org|news)\s*\)"  # "(Kabarmaluku.com)"
    r")\s*\.?\s*$",
    re.IGNORECASE,
)
# An author or desk tag closing the article: "(sa/red)", "(ant/rs)".
_DESK_TAG = re.compile(r"\s*\(\s*[a-z]{1,6}(?:\s*/\s*[a-z]{1,6})+\s*\)\s*$", re.IGNORECASE)
# A line that is only a short parenthesis: the reporter's name or initials closing the article.
_NAME_IN_PARENS = re.compile(r"^[\(\[]\s*[\w .,'/*-]{2,40}\s*[\)\]]$")
# A lower-case desk tag glued to the last sentence: "… video kedua. ***(rpblk)".
_GLUED_DESK_TAG = re.compile(r"\s*\*{0,3}\s*\([a-z]{2,8}\)\s*$")
_MANY_BLANKS = re.compile(r"\n{3,}")
# Captions are a sentence or two; a longer line with a credit at its end is an article paragraph.
_MAX_CAPTION = 220


def strip_boilerplate(text: str) -> str:
    """``text`` without page furniture; paragraphs and line breaks of the article are kept."""
    lines = text.split("\n")
    kept: list[str] = []
    skip_next_headline = False
    for line in lines:
        stripped = line.strip()
        if skip_next_headline and stripped:
            skip_next_headline = False
            if _looks_like_linked_headline(stripped):
                continue
        if not stripped:
            kept.append("")
            continue
        if _PAGE_END.match(stripped) and len(stripped) < 120:
            break
        if _SECTION_HEADING.match(stripped):
            if _body_started(kept):
                break
            continue  # a breadcrumb above the article
        related = _RELATED_LINK.match(stripped)
        if related:
            rest = (related.group("rest") or related.group("rest2") or "").strip(" :)]")
            skip_next_headline = not rest
            continue
        if _BYLINE_LABEL_ALONE.match(stripped):
            skip_next_headline = True
            continue
        if (_FURNITURE.match(stripped) or _BYLINE.match(stripped) or _NAME_IN_PARENS.match(stripped)
                or _AGENCY_CREDIT.match(stripped)):
            continue
        credit = _CAPTION_CREDIT.search(stripped[-90:])  # the credit closes the line: search the end only
        if credit or stripped[:10].lower().startswith("ilustrasi"):
            if len(stripped) <= _MAX_CAPTION:
                continue  # the whole line is a photo caption
            if credit:  # prose that ends with a photo credit: keep the prose
                line = stripped[: len(stripped) - 90 + credit.start() if len(stripped) > 90 else credit.start()]
        kept.append(line.rstrip())
    cleaned = "\n".join(_without_headline_lists(kept)).strip()
    # Only the tail can hold the tag; searching the whole text would cost a scan per space.
    tail_start = max(0, len(cleaned) - 40)
    tail = _GLUED_DESK_TAG.sub("", _DESK_TAG.sub("", cleaned[tail_start:]))
    cleaned = cleaned[:tail_start] + tail
    return _MANY_BLANKS.sub("\n\n", cleaned).strip()


def _body_started(kept: list[str]) -> bool:
    return sum(len(line) >= 80 for line in kept) >= 2


def _without_headline_lists(lines: list[str]) -> list[str]:
    """Drop runs of bullet lines that are all headlines; bullet lists of prose or names stay."""
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        bullet = _BULLET.match(line)
        if bullet and _is_headline_item(bullet["item"]):
            run.append(line)
            continue
        if len(run) < _MIN_HEADLINE_RUN:
            out.extend(run)
        run = []
        out.append(line)
    return out[:-1]


def _is_headline_item(item: str) -> bool:
    words = [w for w in item.split() if w[:1].isalpha()]
    capitalised = sum(w[0].isupper() for w in words)
    return (
        len(words) >= 4 and len(item) <= 160 and not item.rstrip().endswith((".", ";", ","))
        and capitalised >= 0.6 * len(words)
    )


def _looks_like_linked_headline(line: str) -> bool:
    """A related-article title or a name on the line after a bare label: short, no closing period."""
    return len(line) <= 160 and not line.endswith((".", "”", '"'))
