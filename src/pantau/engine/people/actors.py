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
from pantau.engine.people.accusation import accusing_sentences
from pantau.engine.people.phrase_index import lower_same_length
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
    Pembangunan Kesbangpol Tim Pemenangan Advokasi Kabinet Pusat Utara Selatan Barat Timur Tengah Tenggara Raya ASN PNS PPPK
    Pj Pj. Penjabat Jenderal Kanwil Ketua Anggota Kepala Staf Ahli Polri TNI Kapolres RT RW Sekda Camat Lurah
    Parmas Datin Hubmas Humas Protokol Otonomi Umum Keuangan Perlengkapan Ortala Organisasi Kesra Tapem Perekonomian
    Kepegawaian Aset Pendapatan Pengelolaan Perhubungan Pertanian Perikanan Kelautan Kehutanan Perdagangan Perindustrian
    Koperasi UKM Pariwisata Pemuda Olahraga Perpustakaan Kearsipan Lingkungan Hidup Perumahan Permukiman Pertanahan
    Penduduk Kependudukan Pencatatan Sipil Tenaga Kerja Transmigrasi Ketahanan Pangan Komunikasi Statistik Persandian
    Pemberdayaan Perempuan Perlindungan Anak Keluarga Berencana SDM Puskesmas RSUD Setwan Setkab Sekretariat Pimpinan
    Biro Direktur Direktorat Teknis Satuan Kerja Perangkat Cabang Komunikasi Publik Unit UPT UPTD Subbagian Subbag
    Sekolah SD SDN SMP SMPN SMA SMAN SMK SMKN MI MIN MTs MTsN MA MAN Negeri Swasta Madrasah Puskesmas Rumah Sakit
    Kajian Litbang Pengendalian Pengawasan""".split()
)
_NAME_ABBREVIATIONS = {"Muh.", "Moh.", "Moch.", "Mochd.", "Mohd.", "Muhd.", "Abd.", "Ach.", "Ahm.", "St.", "Sy.", "Nyi."}
_NAME_TOKEN = re.compile(r"^(?:[A-Z][a-zA-Z'’-]+|[A-Z]\.?|[A-Z]{2,4}|(?:Muh|Moh|Moch|Mochd|Mohd|Muhd|Abd|Ach|Ahm|St|Sy|Nyi)\.)$")
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
    Akibatnya Kini Lalu Sehingga Bahkan Tak Tidak Apalagi Selanjutnya Berdasarkan Atas Oleh Usai Jelang
    Perbawaslu PKPU Perbup Perwali Pergub Perda Permendagri Permenpan Perpres Perppu Undang UU PP SE""".split()
)
_INITIALS = re.compile(
    r"\b(?:berinisial|inisial|bernama)\s+([A-Z]{1,4}(?:\.[A-Z])*\.?(?![A-Za-z])|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
)
_OKNUM = re.compile(r"\boknum\s+((?:[A-Za-z]+\s?){1,3})", re.IGNORECASE)
# Run on lower-cased text (cheaper than IGNORECASE); the role is then read from the original.
_COUNTED_ROLE = re.compile(
    r"\b(?:seorang|sejumlah|beberapa|para|\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan)"
    r"\s+(camat|lurah|guru(?: asn| pns| pppk)?|asn|pns|pppk|aparatur sipil negara(?: \(asn\))?|pegawai negeri sipil|pegawai|kepala desa|kades|kepala dinas|kepala sekolah|pejabat)\b"
)
# A full stop ends a sentence unless it ends an abbreviation ("Dr.", "H.", "M.Pd.", "Moh.").
_SENTENCE_END = re.compile(r"[.!?]+[\"”']?(?=\s+[A-Z\"“])|\n+")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z][a-z]{0,3}|[A-Za-z]+(?:\.[A-Za-z]+)+|Drs|Dra|Prof|Hj|dr|drg)$")
_WORD = re.compile(r"\(?[\w'’.-]+\)?,?")


@dataclass
class _Found:
    name: str | None
    role: str | None
    sentence: int  # index of the sentence it was found in
    accused_by_wording: bool = False  # "oknum camat": the word itself says someone is accused
    plural: bool = False  # "dua camat", "sejumlah guru": several people, never one named person
    handler: bool = False  # the person handles the case in this sentence ("Pj Bupati menjatuhkan sanksi")


def find_actors(text: str, place_spans: list[tuple[int, int]] = ()) -> list[Actor]:
    """Actors in ``text``; ``place_spans`` are where region names stand (part of an office, never
    of a person's name)."""
    sentences = _sentences(text)
    starts = [start for start, _ in sentences]

    def sentence_of(position: int) -> int:
        return bisect_right(starts, position) - 1

    low = lower_same_length(text)
    accusing = accusing_sentences(text, low, starts)
    found: list[tuple[int, _Found]] = []  # (position, actor) so the output follows the text
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    for span in find_role_heads(text):
        by_sentence.setdefault(sentence_of(span[0]), []).append(span)
    # Places bucketed by sentence once: filtering every place for every sentence was quadratic
    # (a 1 MB text took 10 s).
    places_in: dict[int, list[tuple[int, int]]] = {}
    for s, e in place_spans:
        places_in.setdefault(sentence_of(s), []).append((s, e))
    for index, heads in by_sentence.items():
        offset, end = sentences[index]
        sentence = text[offset:end]
        places = [(s - offset, e - offset) for s, e in places_in.get(index, ()) if offset <= s < end]
        local = [(s - offset, e - offset) for s, e in heads]
        for position, name, role, handler in _named_in(sentence, local, places):
            if name:
                found.append((offset + position, _Found(name, role, index, handler=handler)))
            elif index in accusing and not handler and _unnamed_suspect(role, low, offset + position, (offset, end)):
                found.append((offset + position, _Found(None, role, index)))
    for match in _INITIALS.finditer(text):
        index = sentence_of(match.start())
        offset = sentences[index][0]
        role = _role_before(text[offset : match.start()])
        if role in _NOT_PEOPLE:  # "akun bernama Fufufafa", "grup bernama ..."
            continue
        found.append((match.start(), _Found(match.group(1).rstrip("."), role, index)))
    for match in _OKNUM.finditer(text):
        heads = find_role_heads(match.group(1))
        if heads and heads[0][0] == 0:  # "oknum camat", not "oknum tersebut"
            role = "oknum " + _role_words(match.group(1))
            found.append((match.start(), _Found(None, role, sentence_of(match.start()), accused_by_wording=True)))
    for match in _COUNTED_ROLE.finditer(low):
        index = sentence_of(match.start())
        if index in accusing and not _DIRECTED_BEFORE.search(low, max(0, match.start() - 30), match.start()):
            plural = not low.startswith("seorang", match.start())
            found.append((match.start(), _Found(None, text[match.start(1) : match.end(1)], index, plural=plural)))
    found.sort(key=lambda pair: pair[0])
    actors = _fold_unnamed_into_named(_merge([item for _, item in found]), found)
    for actor, mentioned in actors:
        mentioned.update(sentence_of(position) for position in _short_mentions(text, actor, actors))
    _add_position_mentions(actors, _position_sentences(text, low, by_sentence))
    for actor, mentioned in actors:
        # Sentences where the actor handles the case are stored negated: they never accuse it.
        handled = {-1 - index for index in mentioned if index < 0}
        actor.accused = actor.accused or (
            bool((mentioned - handled) & accusing)
            and not is_supervisor(actor.role)
            and not is_candidate(actor.role)
            and not _BARE_MEMBERSHIP.match(actor.role or "")
        )
    return _without_generic_duplicates(actors)[:MAX_ACTORS]


# Words for "a civil servant" in general; a suspect called so and by a post is one person.
_GENERIC_ASN = re.compile(r"^(?:oknum\s+)?(?:asn|pns|pppk|aparatur sipil negara|pegawai negeri sipil|pegawai|staf)\b", re.IGNORECASE)


def _without_generic_duplicates(actors: list[tuple[Actor, set[int]]]) -> list[Actor]:
    """"Camat Landono, Arsyad, ... sebagai ASN ia dilarang ...": when one accused holds an ASN post,
    an accused "ASN" or "PPPK" with no name named in a sentence with that person is that person. One
    named elsewhere may be someone else (an article with two incidents)."""
    specific = [(a, m) for a, m in actors if a.accused and a.is_asn and not _is_generic(a)]
    if len(specific) != 1:
        return [a for a, _ in actors]
    holder_sentences = specific[0][1]
    return [a for a, m in actors if not (a.accused and _is_generic(a) and m & holder_sentences)]


def _is_generic(actor: Actor) -> bool:
    return actor.name is None and bool(actor.role) and bool(_GENERIC_ASN.match(actor.role))


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
    sentence: str, heads: list[tuple[int, int]], places: list[tuple[int, int]]
) -> list[tuple[int, str | None, str, bool]]:
    """"<position> <office>, <name>", "<position> <office> <name>" and "<name>, <position> <office>":
    (where, name or None, role, whether the person acts as the case's handler there)."""
    results = []
    places = _places_for_people(sentence, places)
    covered = 0  # heads inside the office of the head before are part of it ("guru PPPK")
    for head_start, head_end in heads:
        if head_start < covered:
            continue
        words = [(m.start(), m.group(0)) for m in _WORD.finditer(sentence, head_end, head_end + 160)]
        role_end, index = _office_end(words, head_end, places)
        name_words: list[str] = []
        mention_end = role_end
        for position, (start, word) in enumerate(words[index:], start=index):
            bare = word.strip("(),")
            # "Lestari." ends the sentence and the name; "Moch." abbreviates a name and goes on.
            sentence_end = len(bare) > 4 and bare.endswith(".") and "." not in bare[:-1] and bare not in _NAME_ABBREVIATIONS
            bare = bare.rstrip(".") if sentence_end else bare
            if _TITLE_TOKEN.match(bare):
                continue
            if not _name_word(bare, start, places) and not _name_prefix(bare, word, words, position, places):
                if not (name_words and _surname_like_place(bare, word, words, position)):
                    break
            name_words.append(bare)
            mention_end = start + len(word)
            if word.endswith(",") or sentence_end or len(name_words) == 4:
                break
        if not name_words:
            apposition = _APPOSITION_BEFORE.search(sentence, max(0, head_start - 40), head_start)
            if apposition:
                closed = sentence[role_end : role_end + 1] in (",", ")") or role_end >= len(sentence.rstrip(" .\n"))
                name_words = _name_before(sentence, apposition.start(), places, closed)
        covered = role_end
        role_start = _with_modifier(sentence, head_start)
        role = sentence[role_start:role_end].strip(" ,.;")
        name = strip_titles(" ".join(name_words)) if name_words and _looks_like_person(name_words) else None
        results.append((role_start, name or None, role, bool(_HANDLER_AFTER.match(sentence, mention_end))))
    return results


# A person followed by an active verb of the process handles the case, whoever they are: "Pj Bupati
# menjatuhkan hukuman disiplin kepada camat", "Sekda menyatakan akan memanggil lurah itu".
_HANDLER_AFTER = re.compile(
    r"[\s,]*(?:(?:menyatakan|mengatakan|mengaku|berjanji)\s+)?(?:akan\s+|telah\s+|sudah\s+|segera\s+|langsung\s+)?"
    r"(?:memeriksa|memanggil|merekomendasikan|menjatuhkan|menjatuhi|memberikan sanksi|memberi sanksi|meneken"
    r"|menandatangani|menindaklanjuti|menonaktifkan|mencopot|membebastugaskan|menelusuri|mengusut"
    r"|menerima laporan|menerima rekomendasi|melaporkan)\b"
)


# Office words that, written in lower case, are ordinary words ("dalam amanatnya", "umum").
_FUNCTION_WORDS = {"dalam", "tengah", "raya"}
_AGENCY_ACRONYM = re.compile(r"^[A-Z]{5,}$")
# Capitalised pe-/ke- ... -an nouns name offices ("Perizinan", "Pengendalian", "Kebudayaan").
_OFFICE_NOUN = re.compile(r"^(?:Pe[mnr]?g?|Ke)[a-z]{3,}an$")
# Words that begin another position: "ASN dan Kepala Desa" are two, not one office.
_NEW_POSITION = {"kepala", "ketua", "anggota", "wakil", "sekretaris", "staf", "camat", "lurah", "sekda", "kades",
                 "guru", "pegawai", "asn", "pns", "pppk", "bupati", "gubernur", "perangkat", "perbekel"}
_CAPITALISED_AFTER = re.compile(r" ([A-Z][a-z]+)")


def _places_for_people(sentence: str, places: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop a place name that follows another place and precedes a capitalised word: an office names
    one region, so in "Setda Jateng Bambang Wisnu Adji" "Bambang" begins the name, not a kecamatan."""
    kept = []
    for index, (start, end) in enumerate(places):
        after_place = index > 0 and sentence[places[index - 1][1] : start] == " "
        following = _CAPITALISED_AFTER.match(sentence, end)
        if after_place and following and following.group(1) not in _OFFICE_WORDS:
            continue
        kept.append((start, end))
    return kept


def _is_office_word(bare: str) -> bool:
    return (
        bare in _OFFICE_WORDS
        or (bare.islower() and bare.capitalize() in _OFFICE_WORDS and bare not in _FUNCTION_WORDS)
        or bare.isdigit()  # "SMA Negeri 2 Kolaka"
        or bool(_OFFICE_NOUN.match(bare))  # "Kepala Seksi Perizinan"
        or bool(_AGENCY_ACRONYM.match(bare))  # "DPMPTSP", "BKPSDM": agencies, not initials
    )


def _office_end(words: list[tuple[int, str]], head_end: int, places: list[tuple[int, int]]) -> tuple[int, int]:
    """Where the office after a position head ends: capitalised office words ("Bawaslu RI"),
    lower-case ones ("dinas sosial") and region names. Returns the end and the next word's index."""
    role_end = head_end
    index = 0
    while index < len(words) and index < 10:
        start, word = words[index]
        bare = word.strip("(),")
        in_place = any(s <= start < e for s, e in places)
        office = _is_office_word(bare)
        if bare == "dan" and index + 1 < len(words):
            # "Koordinator Divisi Penanganan Pelanggaran dan Penyelesaian Sengketa": one office.
            following = words[index + 1][1].strip("(),")
            office = _is_office_word(following) and following.lower() not in _NEW_POSITION
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


# "Edwin Roring, Sekda Tomohon", "Muh. Arsyad, sang camat", "Budi, selaku kepala dinas".
_APPOSITION_BEFORE = re.compile(r", (?:(?:sang|selaku|yang menjabat(?: sebagai)?|yang juga|yang merupakan) )?$")
def _surname_like_place(bare: str, word: str, words: list[tuple[int, str]], position: int) -> bool:
    """A place name right after a name word, closing it or followed by another ("Markus Kambu," —
    Kambu is also a kecamatan) is part of the name: an office would have named its region before."""
    if bare in _NOT_NAME or bare in _OFFICE_WORDS or not _NAME_TOKEN.match(bare):
        return False
    following = words[position + 1][1] if position + 1 < len(words) else ""
    if word.endswith((",", ".")) or not following or following[:1].islower():
        return True
    # Between two name words ("Andi Baso Mappasomba": Baso is also a kecamatan).
    next_bare = following.strip("(),.")
    return bool(_NAME_TOKEN.match(next_bare)) and next_bare not in _OFFICE_WORDS and next_bare not in _NOT_NAME


# Sasak noble titles that begin a name ("Lalu Ahmad Surya", "Baiq Nurul") but are also common words
# ("lalu" = then): a name word only when a name word follows.
_NAME_PREFIXES = {"Lalu", "Baiq"}


def _name_prefix(bare: str, word: str, words: list[tuple[int, str]], position: int,
                 places: list[tuple[int, int]]) -> bool:
    if bare not in _NAME_PREFIXES or word.endswith(",") or position + 1 >= len(words):
        return False
    start, following = words[position + 1]
    return _name_word(following.strip("(),"), start, places)


_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s\"“(]))((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)$")


_SPEAKER_BEFORE = re.compile(r"\b(?:[Mm]enurut|[Kk]ata|[Uu]jar|[Uu]ngkap|[Jj]elas|[Tt]ambah|[Ll]anjut|[Ii]mbuh|[Tt]utur|[Ss]ebut)\s+$")


def _name_before(sentence: str, end: int, places: list[tuple[int, int]], closes_apposition: bool = True) -> list[str]:
    """The capitalised words just before ", <position>" ("Edwin Roring, Sekda Tomohon")."""
    match = _NAME_BEFORE.search(sentence, max(0, end - 60), end)
    if not match:
        return []
    words: list[str] = []
    position = run_start = match.start(1)
    for word in match.group(1).split():
        bare = word.strip("(),")
        if _TITLE_TOKEN.match(bare):
            words = []
        elif _name_word(bare, position, places) or (bare in _NAME_PREFIXES and not words):
            if not words:
                run_start = position
            words.append(bare)
        else:
            words = []  # keep only the run of name words that ends at the comma
        position += len(word) + 1
    if words and _SPEAKER_BEFORE.search(sentence, max(0, run_start - 20), run_start) and not closes_apposition:
        # "Menurut Wirka, ASN menjadi ...": the comma ends an attribution; "Menurut Yohanes, Sekda
        # Bitung, ..." is an apposition, closed by its own comma.
        return []
    return words


# Words before a position that change who holds it: a candidate for bupati is not a bupati.
_MODIFIER_BEFORE = re.compile(r"(?:\b(?:bakal calon|calon|mantan|eks|cabup|cawabup|cagub|cawagub))\s+$", re.IGNORECASE)
# Derived Indonesian nouns ("Pengawasan", "Kepolisian", "Perencanaan") and "-nya" forms are words,
# not names.
_DERIVED_WORD = re.compile(r"^(?:Pe[mnr]?g?|Ke|Ber|Di|Me[mn]?g?|Se)[a-z]{3,}(?:an|nya)$|^[A-Za-z]+nya$")


_PAIR_NAME = re.compile(r"^[A-Z][a-z]+-[A-Z][a-z]+$")


def _with_modifier(sentence: str, head_start: int) -> int:
    match = _MODIFIER_BEFORE.search(sentence, max(0, head_start - 20), head_start)
    return match.start() if match else head_start


def _looks_like_person(words: list[str]) -> bool:
    """At least one capitalised word of three letters or more, none a derived common noun, and not
    a candidate pair ("Agus-Nazar", "Prabowo-Gibran")."""
    if any(_DERIVED_WORD.match(word) or _PAIR_NAME.match(word) for word in words):
        return False
    return any(len(word) >= 3 and word[0].isupper() and not word.isupper() for word in words)


def _role_before(before: str) -> str | None:
    """The position named last before an initial ("seorang camat berinisial AS" -> "camat")."""
    before = before[-60:]  # a position far back in the sentence belongs to someone else
    words = before.split()
    last = words[-1] if words else ""
    if last.lower() in _NOT_PEOPLE:
        return last.lower()
    heads = find_role_heads(before)
    # A comma, a quotation mark or a verb between the position and the name: the position is
    # someone else's. Positions run a few words at most ("kepala bidang dinas perhubungan").
    between = before[heads[-1][1] :] if heads else ""
    if heads and not re.search(r"[,\"“”;:.]", between) and len(between.split()) <= 4 and not _VERB.search(between):
        return _trim_role(before[heads[-1][0] :])
    # No position: the noun just before says who it is ("mahasiswa bernama ...", "warga berinisial ...").
    # Lower case, or capitalised only as the sentence's first word ("Pejabat berinisial RH"), not a
    # party or a place ("Partai Gerindra berinisial TF").
    written_as_noun = last.islower() or (len(words) == 1 and last[1:].islower())
    if last.isalpha() and written_as_noun and len(last) > 3 and last.lower() not in _NOT_A_ROLE:
        return last
    return None


# Verbs by their prefixes, minus the nouns of offices that share them ("dinas", "direktur", "menteri").
_VERB = re.compile(r"\b(?:me(?!nteri)[a-z]{4,}|di(?!nas|rektur|rektorat|strik|visi)[a-z]{4,}|ber[a-z]{4,}|ter[a-z]{4,})\b")
_NOT_PEOPLE = {"akun", "grup", "group", "kanal", "channel", "halaman", "laman", "situs", "aplikasi", "lembaga",
               "organisasi", "yayasan", "partai", "komunitas", "sekolah", "desa", "kampung", "dusun", "jalan"}
_NOT_A_ROLE = {"kata", "ujar", "oleh", "yang", "dan", "seorang", "pria", "wanita", "perempuan", "laki", "sosok", "atas",
               "dengan", "bahwa", "adalah", "yakni", "yaitu", "ialah", "berusia", "tahun", "kepada", "untuk", "dari"}


def _trim_role(role: str) -> str:
    words = role.split()
    stop = {"yang", "itu", "tersebut", "berinisial", "inisial", "bernama", "diduga", "di", "dan", "ini"}
    kept = []
    for word in words:
        if word.lower() in stop:
            break
        kept.append(word)
    return " ".join(kept).strip(" ,")


def _merge(found: list[_Found]) -> list[tuple[Actor, set[int]]]:
    """One actor per person, with the sentences that mention it: "Bagja" joins "Rahmat Bagja";
    unnamed actors one per position."""
    actors: list[tuple[Actor, set[int]]] = []
    keys: list[str] = []
    for item in found:
        key = _key(item)
        if key is None:
            continue
        match_index = next((i for i, k in enumerate(keys) if _same_person(k, key)), None)
        if match_index is None:
            keys.append(key)
            actor = Actor(name=item.name, role=item.role, is_asn=is_asn(item.role), accused=False)
            actors.append((actor, set()))
        else:
            actor = actors[match_index][0]
            if item.name and (actor.name is None or len(item.name) > len(actor.name)):
                actor.name = item.name
                keys[match_index] = key
            # An unnamed suspect keeps the fullest description ("seorang guru" ... "guru SD negeri itu").
            fuller = actor.name is None and item.role and len(item.role) > len(actor.role or "")
            if item.role and (actor.role is None or fuller):
                actor.role = item.role
                actor.is_asn = is_asn(item.role)
        actor, mentioned = actors[match_index if match_index is not None else -1]
        mentioned.add(-1 - item.sentence if item.handler else item.sentence)
        if item.accused_by_wording and not is_supervisor(item.role) and not is_candidate(item.role):
            actor.accused = True
    return actors


# "Anggota", "Ketua", "Kepala" with no body named: a member of whatever body the sentence named
# before (in practice the supervisors' own staff), never enough to accuse.
_BARE_MEMBERSHIP = re.compile(r"^(?:anggota|ketua|wakil ketua|komisioner|kepala|wakil|sekretaris)$", re.IGNORECASE)
# Words before a position that make it several people or people in general ("para camat").
_PLURAL_BEFORE = re.compile(r"(?:\b(?:para|sejumlah|seluruh|semua|setiap|tiap|beberapa|banyak|\d+|dua|tiga|empat|lima)\s+|se-)$")


def _position_sentences(text: str, low: str, by_sentence: dict[int, list[tuple[int, int]]]) -> dict[str, set[int]]:
    """Position key -> sentences naming that position for one person ("Camat Landono diperiksa")."""
    where: dict[str, set[int]] = {}
    for index, heads in by_sentence.items():
        for start, end in heads:
            if _PLURAL_BEFORE.search(low, max(0, start - 12), start):
                continue
            key = _key(_Found(None, text[start:end], index))
            if key:
                where.setdefault(key, set()).add(index)
    return where


def _add_position_mentions(actors: list[tuple[Actor, set[int]]], where: dict[str, set[int]]) -> None:
    """A named actor who alone in the article holds a position is meant wherever the text names the
    position without a name: "Neneng, guru tersebut, membantah" after "guru itu dilaporkan"."""
    holders: dict[str, list[set[int]]] = {}
    for actor, mentioned in actors:
        if actor.name and actor.role:
            key = _key(_Found(None, actor.role, 0))
            if key:
                holders.setdefault(key, []).append(mentioned)
    for key, mention_sets in holders.items():
        if len(mention_sets) == 1 and key in where:
            mention_sets[0].update(where[key])


# Positions whose holder, unnamed, is the suspect when the sentence accuses ("camat itu diduga ...",
# "seorang guru ASN dilaporkan"): ASN posts and village heads, not supervisors or elected heads.
_SUSPECT_HEAD = re.compile(
    r"(?:camat|sekcam|lurah|kepala desa|kades|perangkat desa|sangadi|perbekel|geuchik|kepala lingkungan|kepling"
    r"|sekda|sekretaris daerah|guru|kepala sekolah|dosen|bidan|perawat|dokter|penyuluh|pegawai|staf|honorer|asn|pns"
    r"|pppk|aparatur sipil negara|pegawai negeri|tenaga kontrak|kepala dinas|kadis\w*|kepala bidang|kabid|kepala seksi|kasi|kepala bagian|kabag|kasubag"
    r"|kaban|kakan|pj\.?|penjabat|kepala (?!daerah|negara|pemerintahan)\w+)\b",
    re.IGNORECASE,
)
# Before a position: it is the object of someone else's act ("mengarahkan para camat"), a topic
# ("netralitas ASN") or people in general ("seluruh ASN") — not one suspect.
_NOT_SUSPECT_BEFORE = re.compile(
    r"(?:\b(?:mengarahkan|memobilisasi|menginstruksikan|memerintahkan|mengajak|meminta|mengumpulkan"
    r"|(?<!kasus )(?<!perkara )(?<!pertama )(?<!kedua )(?<!ketiga )melibatkan"
    r"|kepada|bagi|untuk)\s+(?:\w+\s+){0,3}\(?"
    r"|\b(?:kasus|pelanggaran|jumlah|data)\s+\(?"
    r"|\b(?:para|seluruh|semua|setiap|tiap|sejumlah|beberapa|banyak|\d+|dua|tiga|empat|lima)\s+|se-)$"
)
# "mengarahkan para camat": the camat are directed, the one who directs is the suspect.
_DIRECTED_BEFORE = re.compile(
    r"\b(?:mengarahkan|memobilisasi|menginstruksikan|memerintahkan|mengajak|meminta|mengumpulkan)\s+(?:\w+\s+){0,2}$"
)
_OKNUM_BEFORE = re.compile(r"\boknum\s+(?:aparatur sipil negara\s+)?\(?$")
# "netralitas ASN" names a topic, unless what follows singles people out ("netralitas ASN yang hadir
# di rumah calon", "netralitas ASN tersebut").
_TOPIC_BEFORE = re.compile(r"\bnetralitas\s+(?:aparatur sipil negara\s+)?\(?$")
_SINGLED_OUT_AFTER = re.compile(
    r"\)?\s*(?:\(\w+\)\s*)?(?:yang\s+(?!tidak\b|tak\b|melanggar|terbukti|terlibat|berpihak|wajib|harus|perlu)\w+|tersebut|itu|berinisial)\b"
)
# After a position: the rule's kind of person ("ASN yang melanggar akan disanksi"), not one suspect
# ("ASN yang melanggar itu").
_GENERIC_AFTER = re.compile(
    r"\)?\s*(?:\(\w+\)\s*)?yang\s+(?:tidak netral|tak netral|melanggar|terbukti|terlibat|berpihak)\b(?![^.,]{0,40}\b(?:itu|tersebut)\b)"
)
# A sentence that counts cases ("sebanyak 398 kasus", "744 kasus dugaan pelanggaran") is a tally.
_TALLY = re.compile(r"\b(?:sebanyak\s+)?\d[\d.]*\s+(?:kasus|pelanggaran|laporan|temuan|orang|asn|pns)\b")


def _unnamed_suspect(role: str, low: str, position: int, sentence: tuple[int, int]) -> bool:
    if not _SUSPECT_HEAD.match(role) or is_supervisor(role) or is_candidate(role):
        return False
    if low.endswith("oknum ", max(0, position - 6), position) or _OKNUM_BEFORE.search(low, max(0, position - 30), position):
        return True  # "oknum ASN yang terlibat": the word singles someone out
    return (
        not _NOT_SUSPECT_BEFORE.search(low, max(0, position - 50), position)
        and not (
            _TOPIC_BEFORE.search(low, max(0, position - 40), position)
            and not _SINGLED_OUT_AFTER.match(low, position + len(role))
        )
        and not _GENERIC_AFTER.match(low, position + len(role))
        and not _TALLY.search(low, *sentence)
    )


def _fold_unnamed_into_named(
    actors: list[tuple[Actor, set[int]]], found: list[tuple[int, _Found]]
) -> list[tuple[Actor, set[int]]]:
    """"Seorang guru dilaporkan ... Neneng, guru tersebut, membantah": when exactly one named actor
    holds the position of a singular unnamed one, they are one person."""
    plural_keys = {_key(item) for _, item in found if item.plural}
    kept: list[tuple[Actor, set[int]]] = []
    for actor, mentioned in actors:
        if actor.name is None and actor.role:
            key = _key(_Found(None, actor.role, 0))
            holders = [(a, m) for a, m in actors if a.name and a.role and _key(_Found(None, a.role, 0)) == key]
            if key not in plural_keys and len(holders) == 1:
                holder, holder_mentions = holders[0]
                holder_mentions.update(mentioned)
                holder.accused = holder.accused or actor.accused
                continue
        kept.append((actor, mentioned))
    return kept


# Given names and name parts so common that alone they do not say which person is meant.
_COMMON_NAME_PARTS = set(
    """Muhammad Muh Moh Mohammad Ahmad Abdul Abd Andi Lalu Baiq Siti Nur Made Ketut Putu Nyoman Wayan Gede
    Komang Kadek Ni Anak Agung Gusti Raden Teuku Cut Haji Hajjah Daeng La Wa Ode Sri Dewi""".split()
)


def _short_mentions(text: str, actor: Actor, actors: list[tuple[Actor, set[int]]]) -> list[int]:
    """Where the text names ``actor`` again by one word of its name ("Menurut Hendra", "Arsyad
    tiba"): words of three letters or more, shared with no other actor, not a common name part."""
    if not actor.name:
        return []
    others = {word for other, _ in actors if other is not actor and other.name for word in other.name.split()}
    words = [
        word.rstrip(".,")
        for word in actor.name.split()
        if len(word) >= 3 and word[0].isupper() and not word.isupper() and word not in others
        and word.rstrip(".") not in _COMMON_NAME_PARTS and word not in _NOT_NAME
    ]
    positions = []
    for word in words:  # str.find: a regex alternation per actor costs several times more
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                positions.append(at)
            at = text.find(word, end)
    return positions


# Unnamed actors are told apart by position; these spellings are one position.
_SAME_POSITION = {"aparatur": "asn", "pns": "asn", "pppk": "asn", "pegawai": "asn", "sekretaris": "sekda", "kades": "kepala",
                  "penjabat": "pj", "pj.": "pj", "pejabat": "pj", "wagub": "wakil gubernur", "wabup": "wakil bupati",
                  "wawali": "wakil wali", "kadis": "kepala dinas", "kadisdik": "kepala dinas", "kadinsos": "kepala dinas",
                  "kabid": "kepala bidang", "kasi": "kepala seksi", "kabag": "kepala bagian", "kepling": "kepala lingkungan"}


def _key(item: _Found) -> str | None:
    if item.name:
        return "n:" + item.name.lower()
    if item.role:
        words = item.role.lower().removeprefix("oknum ").split()
        first = _SAME_POSITION.get(words[0], words[0])
        if " " in first:  # an abbreviation of a two-word position ("wagub")
            return "r:" + first
        # "kepala dinas" and "kepala desa" are different people; "camat Landono" and "camat" one.
        if first in ("kepala", "wakil") and len(words) > 1:
            return f"r:{first} {words[1]}"
        return "r:" + first
    return None


def _same_person(a: str, b: str) -> bool:
    if a == b:
        return True
    if a.startswith("n:") and b.startswith("n:"):
        wa, wb = set(a[2:].split()), set(b[2:].split())
        return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)
    return False
