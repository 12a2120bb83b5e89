"""Which sentences say that someone did a neutrality-breaching act, or is being pursued for one.

Three kinds of cue, each one Aho–Corasick pass over the lower-cased text:

- *strong* cues name the allegation or the process against a person ("diduga", "dilaporkan",
  "memeriksa", "ketidaknetralan", "membantah"): whoever the sentence names besides the supervisors
  is the accused;
- *weak* cues name a behaviour ("mendukung", "terlibat", "mengunggah", "foto bersama") or the
  process in general ("dugaan pelanggaran", "terbukti", "disanksi") that an appeal also names when
  it warns against it;
- *appeal* cues ("mengimbau", "agar", "dilarang", "terancam"), conditionals ("jika", "bila") and
  the future ("akan") turn a sentence into a warning or a hypothesis, so that its weak cues accuse nobody: "Pj Bupati
  mengingatkan ASN agar tidak terlibat kampanye" accuses no one.

A sentence that opens on "Keduanya", "Mereka" or "Ia" speaks of the people of the sentence before
it, and is accusing when that one was: "Dua ASN dilaporkan ... Keduanya adalah Kepala Seksi X, A,
dan staf Y, B."

"mendukung" accuses only when what is supported is a candidate or a party ("mendukung salah satu
paslon", "mendukung Budi"): "mendukung jalannya distribusi logistik" is no act of partisanship.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pantau.engine.people.phrase_index import PhraseIndex

_STRONG = PhraseIndex(
    (
        "diduga", "dilaporkan", "dilapor", "terlapor", "dijatuhi sanksi",
        "diperiksa", "memeriksa", "pemeriksaan terhadap", "dipanggil", "memanggil", "pemanggilan",
        "dimintai keterangan", "dimintai klarifikasi", "memenuhi panggilan", "klarifikasi terhadap",
        "tidak netral", "tak netral", "ketidaknetralan", "viral", "oknum", "membantah", "bantahan",
        "dituding", "menuding", "dituduh", "menuduh", "tuduhan", "kedapatan", "ketahuan", "tertangkap kamera",
        "terekam", "merekomendasikan", "direkomendasikan",
    )
)  # fmt: skip
_WEAK = PhraseIndex(
    (
        "terlibat", "melanggar", "berkampanye", "mengampanyekan", "mengkampanyekan", "mengunggah", "memposting",
        "mengunggah", "foto bersama", "berfoto", "mengarahkan", "memobilisasi", "hadir dalam kampanye",
        "hadir di kampanye", "menghadiri kampanye", "deklarasi dukungan", "ikut kampanye", "ikut berkampanye",
        "menyatakan dukungan", "menyatakan dukungannya", "memberikan dukungan", "memberikan dukungannya", "beredar", "memperlihatkan", "pose jari", "simbol jari",
        "mendukung", "dugaan", "terbukti", "disanksi", "pelanggaran netralitas", "ajakan memilih", "mengajak memilih",
        "berorasi", "memberi sambutan", "memberikan sambutan", "berpose", "tim kampanye", "pengurus partai",
        "mencalonkan diri", "tercantum dalam daftar calon", "belum mengundurkan diri", "belum mengajukan pengunduran diri",
    )
)  # fmt: skip
_APPEAL = PhraseIndex(
    (
        "mengimbau", "imbauan", "diimbau", "mengingatkan", "diingatkan", "mengajak", "agar tidak", "agar tak",
        "supaya tidak", "jangan", "dilarang", "tidak boleh", "tak boleh", "harus netral", "wajib netral",
        "menjaga netralitas", "jaga netralitas", "tetap netral", "pakta integritas", "ikrar", "sosialisasi",
        "jika", "apabila", "bila", "kalau", "seandainya", "meminta asn", "meminta seluruh", "meminta para",
        "akan", "agar", "terancam", "mewanti-wanti", "siapa pun", "siapapun",
    )
)  # fmt: skip
# What "mendukung" must be followed by to be partisan support.
_SUPPORTED = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:calon|paslon|pasangan|nomor urut|no\.? urut|capres|cawapres|cagub|cabup|cawalkot"
    r"|kandidat|partai|salah satu|petahana|kubu)\b"
    r"|\s+(?!Pilkada|Pemilu|Pilpres|Pileg|Program|Gerakan|Kegiatan|Pemerintah|Bawaslu|KPU)[A-Z][a-z]+"
)


_ANAPHORIC_OPENING = re.compile(r"\s*(?:Keduanya|Ketiganya|Keempatnya|Mereka|Ia|Dia|Yang bersangkutan)\b")
_NEGATED = re.compile(r"\b(?:tidak|tak|bukan|belum|jangan|tanpa|tidak pernah|tak pernah) $")


def accusing_sentences(text: str, low: str, starts: list[int]) -> set[int]:
    """Indices of the sentences (given by their ``starts``) that accuse someone."""

    def sentence_of(position: int) -> int:
        return bisect_right(starts, position) - 1

    accusing = {sentence_of(start) for start, _ in _STRONG.find(low)}
    appeals = {sentence_of(start) for start, _ in _APPEAL.find(low)}
    for start, end in _WEAK.find(low):
        index = sentence_of(start)
        if index in accusing or index in appeals:
            continue
        if low[start:end] == "mendukung" and not _SUPPORTED.match(text, end):
            continue
        if _NEGATED.search(low, max(0, start - 12), start):  # "tidak terlibat", "bukan mendukung"
            continue
        accusing.add(index)
    for index in range(1, len(starts)):
        if index - 1 in accusing and _ANAPHORIC_OPENING.match(text, starts[index]):
            accusing.add(index)
    return accusing
