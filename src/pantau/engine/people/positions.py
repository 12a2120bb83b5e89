"""Positions (jabatan) as the news writes them, and whether the holder is an ASN.

ASN are civil servants (PNS) and contract staff (PPPK); acting regional heads (Pj, Pjs, Plh) are
ASN too. Honorary staff (honorer, not yet PPPK), village heads and village staff, RT/RW heads, ad-hoc election staff, election
commissioners, elected regional heads, legislators, soldiers and police are not.
"""

from __future__ import annotations

import re
from functools import cache

from pantau.engine.people.phrase_index import PhraseIndex, lower_same_length

# The head of a position phrase (regex-style alternatives, spelled out for the automaton below);
# what follows it (the office, the region) is kept as written.
ROLE_HEADS = (
    r"pj\.?|pjs\.?|plh\.?|plt\.?|penjabat|pejabat bupati|pejabat wali ?kota|pelaksana harian|pelaksana tugas",
    r"ketua|wakil ketua|anggota|koordinator divisi|kordiv|komisioner|sekretaris|kepala|wakil|direktur|dirjen"
    r"|deputi|asisten|staf ahli|inspektur|kepala bidang|kabid|kepala seksi|kasi|kepala bagian|kabag|kasubag"
    r"|kadis|kadinsos|kadisdik|kaban|kakan|kasat|kapolres|kapolda|kapolsek|dandim|danrem",
    r"sekda|sekretaris daerah|camat|sekcam|lurah|kepala desa|kades|perangkat desa|sangadi|perbekel|geuchik"
    r"|kepala lingkungan|kepling|ketua rt|ketua rw|bupati|wakil bupati|wabup|wali ?kota|wakil wali ?kota"
    r"|gubernur|wakil gubernur|wagub|menteri|mendagri|presiden",
    r"guru|kepala sekolah|dosen|bidan|perawat|dokter|penyuluh|pegawai|staf|honorer|asn|pns|pppk|tenaga kontrak"
    r"|aparatur sipil negara|pegawai negeri sipil",
)


def _head_phrases() -> list[str]:
    """The head alternatives above spelled out ("wali ?kota" -> "wali kota", "walikota")."""
    phrases = []
    for group in ROLE_HEADS:
        for alternative in group.split("|"):
            forms = [alternative]
            if " ?" in alternative:
                forms = [alternative.replace(" ?", " "), alternative.replace(" ?", "")]
            for form in forms:
                if form.endswith("\\.?"):
                    form = form[: -len("\\.?")]
                    phrases.extend([form, form + "."])
                else:
                    phrases.append(form)
    return phrases


@cache
def _head_index() -> PhraseIndex:
    return PhraseIndex(_head_phrases())


def find_role_heads(text: str) -> list[tuple[int, int]]:
    """Spans of position heads ("Ketua", "Pj Bupati", "camat") on word boundaries, longest first."""
    return _head_index().find(lower_same_length(text))


# "Pj Bupati", "Penjabat (Pj) Wali Kota", and the common slip "Pejabat Bupati" for the acting regent.
_ACTING_HEAD = re.compile(
    r"\b(?:pj\.?|pjs\.?|plh\.?|penjabat|pejabat|pelaksana harian|penjabat sementara)\s*(?:\([^)]{1,12}\)\s*)?"
    r"(?:bupati|wali ?kota|gubernur)\b",
    re.IGNORECASE,
)
_NOT_ASN = re.compile(
    r"\b(?:kepala desa|kades|perangkat desa|sangadi|perbekel|geuchik|keuchik|ketua rt|ketua rw|rt/rw|\brt\b|\brw\b"
    r"|komisi pemilihan umum|pps|kpps|panitia pemungutan|panitia pemilihan kecamatan|pantarlih|ppk kpu|anggota ppk"
    r"|bawaslu|panwaslu|panwaslih|panwascam|panwas|kpu|kip|dkpp|dprd|dpr|dpd|tni|polri|polisi|polres|polda|polsek"
    r"|koordinator divisi|kordiv|komisioner"
    r"|kapolres|kapolda|kapolsek|dandim|danrem|kodim|korem|presiden|menteri|caleg|calon|paslon|kandidat"
    r"|timses|tim sukses|tim pemenangan|relawan|partai|lsm|mahasiswa|warga|pengamat|honorer|tenaga honorer"
    r"|kepala lingkungan|kepling|wartawan|jurnalis|swasta|bumn|bumd)\b",
    re.IGNORECASE,
)
_ELECTED_HEAD = re.compile(r"\b(?:bupati|wakil bupati|wabup|wali ?kota|wakil wali ?kota|gubernur|wakil gubernur|wagub|plt\.? bupati)\b", re.IGNORECASE)
_ASN = re.compile(
    r"\b(?:asn|pns|pppk|aparatur sipil negara|pegawai negeri|sekda|sekretaris daerah|sekretaris provinsi|sekprov|camat|sekcam|lurah|kepala dinas"
    r"|kadis\w*|kepala badan|kaban|kepala kantor|kakan|kepala bidang|kabid|kepala seksi|kasi|kepala bagian|kabag"
    r"|kasubag|kepala sekolah|kepala sd\w*|kepala smp\w*|kepala sma\w*|kepala smk\w*|kepala puskesmas|pejabat|pegawai"
    r"|guru|dosen|bidan|perawat|penyuluh|inspektur|dirjen|direktur jenderal|deputi"
    r"|kepala biro|staf ahli|asisten|dinas|bkn|kasn|kemendagri|pemkab|pemkot|pemprov|opd|kemenag|kementerian)\b",
    re.IGNORECASE,
)
# People who watch, report, comment or discipline rather than act (the staffing agencies, BKD/BKPSDM,
# that carry out sanctions; the candidates' teams and students who file reports): never the accused.
_SUPERVISOR = re.compile(
    r"\b(?:bawaslu|panwaslu|panwaslih|panwas|kpu|komisi pemilihan umum|dkpp|bkn|kasn|kemendagri|mendagri|menpan|pengamat|akademisi"
    r"|ketua lsm|koordinator divisi|kordiv|komisioner|inspektur|inspektorat|kapolres|kapolda|kementerian dalam negeri"
    r"|badan kepegawaian|bkd|bkpsdm|bkpsdmd|bkpp|gakkumdu|sentra penegakan hukum|menteri dalam negeri|mahasiswa|aktivis"
    r"|pelapor|kuasa hukum|tim hukum|tim advokasi|tim pemenangan|tim sukses|timses|pengawas|pengawasan"
    r"|pusat kajian|peneliti|lembaga survei|direktur eksekutif|kanreg|kantor regional)\b",
    re.IGNORECASE,
)


def is_asn(role: str | None) -> bool | None:
    """True for civil-servant positions, False for positions held by non-ASN, None when unclear."""
    if not role:
        return None
    if _ACTING_HEAD.search(role):
        return True
    if _NOT_ASN.search(role):
        return False
    if _ELECTED_HEAD.search(role):
        return False
    if _ASN.search(role):
        return True
    return None


_CANDIDATE = re.compile(r"\b(?:calon|bakal calon|capres|cawapres|cagub|cawagub|cabup|cawabup|paslon|kandidat|caleg|presiden)\b", re.IGNORECASE)


def is_candidate(role: str | None) -> bool:
    """A candidate (or the president): the one supported, not the one who breached neutrality."""
    return bool(role) and bool(_CANDIDATE.search(role))


def is_supervisor(role: str | None) -> bool:
    """An election supervisor, staffing authority or commentator: reports on the act, never does it."""
    return bool(role) and bool(_SUPERVISOR.search(role))
