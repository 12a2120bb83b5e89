"""What grouping reads from an article's text: word tokens, content-term counts and key terms.

Key terms are the words that tell one incident from another of the same kind: names (written with
a capital inside a sentence), venues, and numbers ("51 detik", "1.010", "17/09/2024"). Whether a key
term is distinctive is decided later by its document frequency, not here.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

# Numbers keep their inner separators ("1.010", "17/09/2024") because the whole figure is what
# distinguishes stories; words are runs of letters.
_TOKEN = re.compile(r"\w+(?:[-.,/]\w+)*")
_CAPITAL_WORD = r"[A-Z][^\W\d_]*(?:-[^\W\d_]+)*"
# Capitalised words written one space apart, inside a sentence (after a word, a comma or a closing
# bracket and one space): one name ("Rahmat Bagja", "Ecovention Ancol"). A sentence's first word is
# capitalised whatever it is, so a run that opens a sentence starts at its second word.
# (The lookbehind comes after the first capital, so the engine only tries it at capitals.)
_CAPITALISED_RUN = re.compile(rf"[A-Z](?<=[\w,)] [A-Z])[^\W\d_]*(?:-[^\W\d_]+)*(?: {_CAPITAL_WORD})*")
# "Baca juga: <another headline>" links pull unrelated headlines into the text.
_READ_ALSO = re.compile(r"\(?baca(?: juga)?\s*:[^\n)]*\)?", re.IGNORECASE)

# Function words and news filler: they say nothing about which incident an article reports.
STOPWORDS = frozenset(
    """
    yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga atau oleh karena sebagai
    bahwa adalah ada para telah sudah belum masih saat kami kita mereka ia dia saya anda kamu nya
    lebih agar bisa dapat harus serta tersebut hal secara namun tetapi tapi jika kalau maka lalu
    kemudian hingga sampai setelah sebelum antara bagi tentang terhadap seperti yaitu yakni pun
    se per atas bawah pihak sejumlah seluruh semua setiap banyak sangat hanya bukan jadi menjadi
    merupakan mengatakan kata ujar ucap jelas ungkap menurut dia beliau tak apa siapa mana kapan
    baik sementara selain sendiri bersama kepada sedang sedangkan begitu demikian maupun sehingga
    usai ketika saat pula lagi pernah mulai akan hari tahun bulan pukul wib wita wit com co id
    www https http baca juga berita terkait foto video sumber editor reporter penulis halaman
    senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus
    september oktober november desember
    """.split()
)

# Capitalised words every election story has (institutions, offices, legal words): titles, not
# names, so they are no evidence that two articles report the same incident.
GENERIC_NAMES = frozenset(
    """
    bawaslu kpu asn pns pppk tni polri ketua anggota badan pengawas pemilihan umum pemilu pilkada
    pilpres pileg serentak kabupaten kota provinsi kepala daerah divisi koordinator kordiv penanganan
    pelanggaran pencegahan pengawasan netralitas aparatur sipil negara republik indonesia ri
    pemerintah pemkab pemkot pemprov dinas kantor sekretaris sekda bupati wali walikota gubernur
    camat lurah desa kades pj penjabat plt calon presiden capres cawapres wakil partai tim kampanye
    dpr dprd dpd menteri mendagri kementerian kemendagri kemenpan kasn bkn panwaslih panwaslu
    panwascam gakkumdu sentra undang-undang uu pasal peraturan perbawaslu nomor pegawai pejabat
    humas hukum sengketa kepegawaian kesbangpol satpol pp rp ribu juta miliar triliun
    utara selatan timur barat tengah raya
    kecamatan kelurahan dusun kampung jalan jl hotel gedung aula balai wisma graha lapangan ruang
    pendopo rumah jabatan uptd upt opd skpd bpbd puskesmas rsud rapat koordinasi nasional rakor rakornas sosialisasi deklarasi apel
    kemudian namun selain sementara menurutnya dalam kami kita saat ini itu dia ia para
    drs dr ir sh mh msi si st se mm mpd spd ssos sip ak hj kh prof ll
    redaksi advertising iklan ilustrasi foto dok dokumentasi baca simak tonton klik lihat antara
    news jakarta
    """.split()
)
_NOT_NAMES = GENERIC_NAMES | STOPWORDS
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMBER = re.compile(r"\d[\d.,/]*")


# The news convention for the day of the event: "Selasa (17/09/2024)", "Jumat (17/11/23)".
_LEAD_DATE = re.compile(r"\(\s*(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\s*\)")
LEAD_CHARS = 800
LEAD_TOKENS = 120


def lead_date(text: str) -> str | None:
    """The first "(day/month/year)" date in the lead, as ISO, when the date stage gave none."""
    for match in _LEAD_DATE.finditer(text[:LEAD_CHARS]):
        day, month, year = (int(g) for g in match.groups())
        year += 2000 if year < 100 else 0
        if 1 <= month <= 12 and 1 <= day <= 31:
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                continue
    return None


@dataclass(frozen=True)
class TextSignals:
    tokens: tuple[str, ...]  # the headline's and lead's words and numbers, in order
    term_counts: dict[str, int]  # content words (no stopwords) with their counts
    key_terms: frozenset[str]  # capitalised names and multi-digit numbers, lowercased
    # Key terms written next to each other ("Convention Hall Puri Asri", "Rahmat Bagja"): one name,
    # so sharing it is one piece of evidence, not four.
    key_runs: tuple[frozenset[str], ...] = ()


def clean_body(text: str | None) -> str:
    """The text without "Baca juga: <other headline>" links."""
    body = text or ""
    if "baca" in body or "Baca" in body or "BACA" in body:
        return _READ_ALSO.sub(" ", body)
    return body


def tokens_of(title: str | None, body: str) -> tuple[str, ...]:
    """The words and numbers of the headline and the lead (the first LEAD_TOKENS), lowercased.

    News puts what happened, to whom and where on top; the tail is background that costs time
    and blurs a story's profile (names further down are still read as key terms).
    """
    head = body[: LEAD_TOKENS * 9]
    if title and not body.lstrip().startswith(title.strip()):
        head = f"{title}\n{head}"
    return tuple(_TOKEN.findall(head.lower())[:LEAD_TOKENS])


def read_signals(
    title: str | None,
    body: str,
    exclude: frozenset[str] | set[str] = frozenset(),
    tokens: tuple[str, ...] | None = None,
) -> TextSignals:
    """Tokens, content-term counts and key terms of a headline plus a cleaned body.

    ``exclude`` names words that must not be key terms (the outlet's own name in its dateline);
    ``tokens`` are ``tokens_of(title, body)`` when the caller already has them.
    """
    if tokens is None:
        tokens = tokens_of(title, body)
    counts = Counter(tokens)
    for word in counts.keys() & STOPWORDS:
        del counts[word]
    for word in [t for t in counts if len(t) < 2]:
        del counts[word]
    # Names and figures from the whole text: a page-2 excerpt may name the people only late.
    runs: dict[frozenset[str], None] = {}
    for written in _CAPITALISED_RUN.findall(body):
        run = frozenset(
            w for w in written.lower().split(" ") if w not in _NOT_NAMES and w not in exclude and len(w) > 1
        )
        if run:
            runs[run] = None
    key_terms = {t for r in runs for t in r}
    # Figures: "1.010", "523"; not years, day-of-month numbers nor dates ("17/09/2024"): the event
    # date is a signal of its own, and two pledges on one day share it without being one story.
    figures = set(_figures(body))
    key_terms.update(figures)
    runs.update((frozenset({f}), None) for f in figures)
    return TextSignals(
        tokens=tokens,
        term_counts=dict(counts),
        key_terms=frozenset(key_terms),
        key_runs=tuple(r for r in runs if r),
    )


def _figures(text: str) -> list[str]:
    """Stand-alone numbers of three or more digits ("523", "1.010"), not years, dates or amounts
    glued to a unit ("Rp1.000")."""
    found = []
    for match in _NUMBER.finditer(text):
        figure = match.group().rstrip(".,")
        start = match.start()
        if "/" in figure or (start and text[start - 1].isalnum()):
            continue
        end = match.end()
        if end < len(text) and text[end].isalpha():  # "187A", "10km"
            continue
        digits = figure.replace(".", "").replace(",", "")
        if len(digits) >= 3 and not _YEAR.fullmatch(figure):
            found.append(figure)
    return found


def sublinear_tf(counts: dict[str, int]) -> dict[str, float]:
    """1 + log(count): a word said ten times is not ten times the evidence."""
    log = math.log
    return {t: 1.0 if c == 1 else 1.0 + log(c) for t, c in counts.items()}
