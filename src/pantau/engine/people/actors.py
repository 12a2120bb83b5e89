"""Actors of an article: people by position and name, found with rules (no NER model exists).

Indonesian news introduces people as "<position> <office/region>, <name>" ("Ketua Bawaslu RI,
Rahmat Bagja"; "Pj Bupati Bangkalan Arief M Edie"), hides suspects behind initials ("berinisial
AS") or "oknum" ("oknum camat"), and then shortens the name ("Bagja"): one actor.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from pantau.engine.analysis import Actor
from pantau.engine.people.phrase_index import PhraseIndex, lower_same_length
from pantau.engine.people.positions import find_role_heads, is_asn, is_candidate, is_supervisor
from pantau.engine.people.titles import strip_titles

MAX_ACTORS = 12
# Words that continue an office after its head ("Ketua Badan Pengawas Pemilu (Bawaslu) RI").
_OFFICE_WORDS = set(
    """RI Bawaslu KPU KPUD KIP Panwaslu Panwaslih Provinsi Prov Prov. Kabupaten Kab Kab. Kota Pemkab Pemkot Pemprov
    Dinas Badan Kantor Kementerian Agama Sosial Pendidikan Kesehatan Kebudayaan Daerah Pemilu Umum Pengawas
    Pemilihan Republik Indonesia Negara Aparatur Sipil Divisi Penanganan Pelanggaran Pencegahan Hukum Humas
    Bagian Bidang Seksi BKN KASN Kemendagri Kemenag Kanreg Regional Sekretariat DPRD Kecamatan Kelurahan Desa
    Administrasi Wakil Bupati Wali Walikota Gubernur Sekretaris Partisipasi Masyarakat Hubungan Penyelesaian
    Sengketa Data Informasi Koordinator Komisi Kepegawaian Nasional Dalam Negeri Politik Pemerintahan BPBD OPD
    Satpol PP Inspektorat Setda Bappeda Dukcapil Kominfo PUPR Sumber Daya Manusia Pengembangan Perencanaan
    Pembangunan Kesbangpol Kabinet Pusat Utara Selatan Barat Timur Tengah Tenggara Raya ASN PNS PPPK
    Pj Pj. Penjabat Jenderal Kanwil Ketua Anggota Kepala Staf Ahli Polri TNI Kapolres RT RW Sekda Camat Lurah""".split()
)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][a-zA-Z'’-]+|[A-Z]\.?|[A-Z]{2,4}|Muh\.|Moh\.|Abd\.|St\.)$")
_TITLE_TOKEN = re.compile(r"^(?:H|Hj|Dr|dr|Drs|Dra|Ir|Prof|KH|Tgk)\.?$")
# Capitalised words that begin sentences or name things, never a person right after an office.
_NOT_NAME = set(
    """Senin Selasa Rabu Kamis Jumat Jum'at Sabtu Minggu Ahad Januari Februari Maret April Mei Juni Juli Agustus
    September Oktober November Desember Ia Dia Mereka Kami Kita Saya Pihaknya Hal Dalam Menurut Sementara Namun
    Selain Yang Itu Ini Para Pada Saat Sebagai Untuk Dengan Bahwa Jika Karena Meski Tapi Sedangkan Setelah
    Sebelum Terkait Soal Kabarnya Sebelumnya Kemudian Adapun Pemilu Pilkada Pilpres Pileg Netralitas Baca
    Juga Rakornas Rakor Deklarasi Apel Foto Video Berita Kompas Tribun ANTARA Antara Presiden Nomor Urut Tim Sukses
    Dewan Masjid Palang Merah Relawan Tentara Pro Direktur Biro Humas Teknis Dukungan Publik Komunikasi Satuan
    Kerja Perangkat Cabang Mahasiswa Pemerintah Diminta Tetap Netral LSM Partai Fraksi Golkar Gerindra PDIP
    Nasdem Demokrat PKB PKS PAN PPP Perindo Hanura Koalisi Pasangan Paslon Capres Cawapres Cagub Cabup Calon
    Bakal Kampanye Program Gerakan Forum Organisasi Yayasan Lembaga Sekolah Madrasah Universitas Rumah Sakit
    Bapak Ibu Pak Bu Saudara Beliau Warga Masyarakat Rakyat Negeri Kabar Info Update Simak Lihat Red Redaksi
    Pengurus Panitia Polres Polda Polsek Perbekel Sangadi Geuchik Kepling Kades Guru Kelurahan Diketahui Sebab
    Akibatnya Kini Lalu Sehingga Bahkan Tak Tidak Apalagi Selanjutnya Berdasarkan Atas Oleh Usai Jelang""".split()
)
_INITIALS = re.compile(r"\b(?:berinisial|inisial|bernama)\s+([A-Z]{1,4}(?:\.[A-Z])*\.?|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})")
_OKNUM = re.compile(r"\boknum\s+((?:[A-Za-z]+\s?){1,3})", re.IGNORECASE)
# Run on lower-cased text (cheaper than IGNORECASE); the role is then read from the original.
_COUNTED_ROLE = re.compile(
    r"\b(?:seorang|sejumlah|beberapa|para|\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan)"
    r"\s+(camat|lurah|guru(?: asn| pns| pppk)?|asn|pns|pppk|pegawai|kepala desa|kades|kepala dinas|kepala sekolah|pejabat)\b"
)
# Words that say someone did the act. Not "pelanggaran" or "sanksi" alone: appeals and rules use
# them about nobody in particular.
_ACCUSING = PhraseIndex(
    (
        "diduga", "dilaporkan", "terlibat", "melanggar", "tidak netral", "tak netral", "berkampanye",
        "mengampanyekan", "mengkampanyekan", "mendukung", "mengunggah", "memposting", "foto bersama", "berfoto",
        "mengarahkan", "memobilisasi", "viral", "oknum", "terbukti", "disanksi", "diperiksa", "dipanggil",
        "hadir dalam kampanye", "menghadiri kampanye", "deklarasi dukungan", "ikut kampanye", "ikut berkampanye",
        "terekam", "kedapatan", "ketahuan", "tertangkap kamera", "dituding", "dituduh", "tuduhan", "membantah",
    )
)  # fmt: skip
# A full stop ends a sentence unless it ends an abbreviation ("Dr.", "H.", "M.Pd.", "Moh.").
_SENTENCE_END = re.compile(r"[.!?]+[\"”']?(?=\s+[A-Z\"“])|\n+")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z][a-z]{0,3}|[A-Za-z]+(?:\.[A-Za-z]+)+|Drs|Dra|Prof|Hj|dr|drg)$")
_WORD = re.compile(r"\(?[\w'’.-]+\)?,?")


@dataclass
class _Found:
    name: str | None
    role: str | None
    in_accusing_sentence: bool  # the sentence says someone did a neutrality-breaching act


def find_actors(text: str, place_spans: list[tuple[int, int]] = ()) -> list[Actor]:
    """Actors in ``text``; ``place_spans`` are where region names stand (part of an office, never
    of a person's name)."""
    sentences = _sentences(text)
    starts = [start for start, _ in sentences]

    def sentence_of(position: int) -> int:
        return bisect_right(starts, position) - 1

    low = lower_same_length(text)
    accusing = {sentence_of(start) for start, _ in _ACCUSING.find(low)}
    found: list[tuple[int, _Found]] = []  # (position, actor) so the output follows the text
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    for span in find_role_heads(text):
        by_sentence.setdefault(sentence_of(span[0]), []).append(span)
    for index, heads in by_sentence.items():
        offset, end = sentences[index]
        sentence = text[offset:end]
        places = [(s - offset, e - offset) for s, e in place_spans if offset <= s < end]
        local = [(s - offset, e - offset) for s, e in heads]
        for position, item in _named_in(sentence, local, places, index in accusing):
            found.append((offset + position, item))
    for match in _INITIALS.finditer(text):
        index = sentence_of(match.start())
        offset = sentences[index][0]
        role = _role_before(text[offset : match.start()])
        found.append((match.start(), _Found(match.group(1).rstrip("."), role, index in accusing)))
    for match in _OKNUM.finditer(text):
        heads = find_role_heads(match.group(1))
        if heads and heads[0][0] == 0:  # "oknum camat", not "oknum tersebut"
            found.append((match.start(), _Found(None, "oknum " + _role_words(match.group(1)), True)))
    for match in _COUNTED_ROLE.finditer(low):
        if sentence_of(match.start()) in accusing:
            found.append((match.start(), _Found(None, text[match.start(1) : match.end(1)], True)))
    found.sort(key=lambda pair: pair[0])
    return _merge([item for _, item in found])[:MAX_ACTORS]


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group(0).startswith(".") and _ABBREVIATION.search(text[max(0, match.start() - 12) : match.start()]):
            continue
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


_ROLE_TAIL = {"asn", "pns", "pppk", "desa", "sekolah", "dinas", "kelurahan", "kecamatan", "honorer", "daerah"}


def _role_words(phrase: str) -> str:
    """"lurah lain juga" -> "lurah"; "kepala desa yang" -> "kepala desa"; "guru PPPK di" -> "guru PPPK"."""
    words = phrase.split()
    kept = words[:1]
    for word in words[1:]:
        if word.lower() in _ROLE_TAIL or (word[:1].isupper() and word.isalpha()):
            kept.append(word)
        else:
            break
    return " ".join(kept)


def _named_in(
    sentence: str, heads: list[tuple[int, int]], places: list[tuple[int, int]], accusing: bool
) -> list[tuple[int, _Found]]:
    """"<position> <office>, <name>", "<position> <office> <name>" and "<name>, <position> <office>"."""
    results = []
    for head_start, head_end in heads:
        words = [(m.start(), m.group(0)) for m in _WORD.finditer(sentence, head_end, head_end + 160)]
        role_end, index = _office_end(words, head_end, places)
        name_words: list[str] = []
        for start, word in words[index:]:
            bare = word.strip("(),")
            if _TITLE_TOKEN.match(bare):
                continue
            if not _name_word(bare, start, places):
                break
            name_words.append(bare)
            if word.endswith(",") or len(name_words) == 4:
                break
        if not name_words and sentence[max(0, head_start - 2) : head_start] == ", ":
            name_words = _name_before(sentence, head_start - 2, places)
        role_start = _with_modifier(sentence, head_start)
        role = sentence[role_start:role_end].strip(" ,")
        if name_words and _looks_like_person(name_words):
            name = strip_titles(" ".join(name_words))
            if name:
                results.append((role_start, _Found(name, role, accusing)))
    return results


def _office_end(words: list[tuple[int, str]], head_end: int, places: list[tuple[int, int]]) -> tuple[int, int]:
    """Where the office after a position head ends: capitalised office words ("Bawaslu RI"),
    lower-case ones ("dinas sosial") and region names. Returns the end and the next word's index."""
    role_end = head_end
    index = 0
    while index < len(words) and index < 10:
        start, word = words[index]
        bare = word.strip("(),")
        in_place = any(s <= start < e for s, e in places)
        office = bare in _OFFICE_WORDS or (bare.islower() and bare.capitalize() in _OFFICE_WORDS)
        if bare == "dan" and index + 1 < len(words):
            # "Koordinator Divisi Penanganan Pelanggaran dan Penyelesaian Sengketa": one office.
            office = words[index + 1][1].strip("(),") in _OFFICE_WORDS
        if word.startswith("(") or office or bare.startswith("se-") or in_place:
            role_end = start + len(word.rstrip(","))
            index += 1
            if word.endswith(","):
                break
            continue
        break
    return role_end, index


def _name_word(bare: str, start: int, places: list[tuple[int, int]]) -> bool:
    return not (
        bare in _NOT_NAME
        or bare in _OFFICE_WORDS
        or not _NAME_TOKEN.match(bare)
        or any(s <= start < e for s, e in places)
    )


_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s\"“(]))((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)$")


def _name_before(sentence: str, end: int, places: list[tuple[int, int]]) -> list[str]:
    """The capitalised words just before ", <position>" ("Edwin Roring, Sekda Tomohon")."""
    match = _NAME_BEFORE.search(sentence, max(0, end - 60), end)
    if not match:
        return []
    words = []
    position = match.start(1)
    for word in match.group(1).split():
        bare = word.strip("(),")
        if _TITLE_TOKEN.match(bare):
            words = []
        elif _name_word(bare, position, places):
            words.append(bare)
        else:
            words = []  # keep only the run of name words that ends at the comma
        position += len(word) + 1
    return words


# Words before a position that change who holds it: a candidate for bupati is not a bupati.
_MODIFIER_BEFORE = re.compile(r"(?:\b(?:bakal calon|calon|mantan|eks|cabup|cawabup|cagub|cawagub))\s+$", re.IGNORECASE)
# Derived Indonesian nouns ("Pengawasan", "Kepolisian", "Perencanaan") and "-nya" forms are words,
# not names.
_DERIVED_WORD = re.compile(r"^(?:Pe[mnr]?g?|Ke|Ber|Di|Me[mn]?g?|Se)[a-z]{3,}(?:an|nya)$|^[A-Za-z]+nya$")


def _with_modifier(sentence: str, head_start: int) -> int:
    match = _MODIFIER_BEFORE.search(sentence, max(0, head_start - 20), head_start)
    return match.start() if match else head_start


def _looks_like_person(words: list[str]) -> bool:
    """At least one capitalised word of three letters or more, none a derived common noun."""
    if any(_DERIVED_WORD.match(word) for word in words):
        return False
    return any(len(word) >= 3 and word[0].isupper() and not word.isupper() for word in words)


def _role_before(before: str) -> str | None:
    """The position named last before an initial ("seorang camat berinisial AS" -> "camat")."""
    heads = find_role_heads(before)
    if not heads:
        return None
    return _trim_role(before[heads[-1][0] :])


def _trim_role(role: str) -> str:
    words = role.split()
    stop = {"yang", "itu", "tersebut", "berinisial", "inisial", "bernama", "diduga", "di", "dan", "ini"}
    kept = []
    for word in words:
        if word.lower() in stop:
            break
        kept.append(word)
    return " ".join(kept).strip(" ,")


def _merge(found: list[_Found]) -> list[Actor]:
    """One actor per person: "Bagja" joins "Rahmat Bagja"; unnamed actors one per position."""
    actors: list[Actor] = []
    keys: list[str] = []
    for item in found:
        key = _key(item)
        if key is None:
            continue
        match_index = next((i for i, k in enumerate(keys) if _same_person(k, key)), None)
        accused = item.in_accusing_sentence and not is_supervisor(item.role) and not is_candidate(item.role)
        if match_index is None:
            keys.append(key)
            actors.append(Actor(name=item.name, role=item.role, is_asn=is_asn(item.role), accused=accused))
            continue
        actor = actors[match_index]
        if item.name and (actor.name is None or len(item.name) > len(actor.name)):
            actor.name = item.name
            keys[match_index] = key
        if actor.role is None and item.role:
            actor.role = item.role
            actor.is_asn = is_asn(item.role)
        actor.accused = actor.accused or accused
    return actors


# Unnamed actors are told apart by position; these spellings are one position.
_SAME_POSITION = {"aparatur": "asn", "pns": "asn", "pegawai": "asn", "sekretaris": "sekda", "kades": "kepala"}


def _key(item: _Found) -> str | None:
    if item.name:
        return "n:" + item.name.lower()
    if item.role:
        first = item.role.lower().removeprefix("oknum ").split()[0]
        return "r:" + _SAME_POSITION.get(first, first)
    return None


def _same_person(a: str, b: str) -> bool:
    if a == b:
        return True
    if a.startswith("n:") and b.startswith("n:"):
        wa, wb = set(a[2:].split()), set(b[2:].split())
        return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)
    return False
