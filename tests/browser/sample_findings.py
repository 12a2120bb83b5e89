"""A small, realistic set of stored findings for the browser tests (texts written by us)."""

from __future__ import annotations

import datetime as dt

from pantau.web.monitoring.models import Article, Source, Story

CAMAT_TEXT = (
    "KOTAMOBAGU – Bawaslu Kota Kotamobagu menelusuri dugaan keterlibatan seorang camat dalam kampanye "
    "pasangan calon wali kota.\n"
    "Camat Kotamobagu Barat berinisial RM terlihat berdiri di panggung kampanye di Lapangan Boki Hotinimbang "
    "pada Sabtu (12/10/2024).\n"
    "Ketua Bawaslu Kota Kotamobagu mengatakan pihaknya telah memanggil yang bersangkutan untuk klarifikasi.\n"
    "Jika terbukti, rekomendasi akan diteruskan kepada BKN sesuai ketentuan yang berlaku."
)
CAMAT_EVIDENCE = [
    "Camat Kotamobagu Barat berinisial RM terlihat berdiri di panggung kampanye di Lapangan Boki Hotinimbang "
    "pada Sabtu (12/10/2024).",
    "Ketua Bawaslu Kota Kotamobagu mengatakan pihaknya telah memanggil yang bersangkutan untuk klarifikasi.",
]
CAMAT_FOLLOW_UP = (
    "Bawaslu Kota Kotamobagu merekomendasikan kepada BKN agar camat berinisial RM dijatuhi sanksi.\n"
    "Rekomendasi itu diputuskan setelah pemeriksaan saksi dan bukti foto kampanye."
)


def _source(name: str) -> Source:
    return Source.objects.get_or_create(name=name)[0]


def _story(key, title, region_code, region_name, *, is_case, kind, vtype=None, stage=None, day, outlets, actors=()):
    roles = " ".join(a["role"] for a in actors)
    return Story.objects.create(
        search_text=f"{title} {region_name} {roles}".lower(),
        key=key, title=title, region_code=region_code, region_name=region_name,
        region_level="" if not region_code else ("province" if "." not in region_code else "regency"),
        province_code=region_code[:2], is_case=is_case, about_asn_neutrality=True, event_kind=kind,
        violation_type=vtype, stage=stage, first_date=day, last_date=day, n_articles=outlets,
        n_outlets=outlets, n_independent_outlets=outlets, actors=list(actors),
    )


def _article(story, key, outlet, title, day, text, *, evidence=(), grouping=None, region=None, url=None, is_case=None):
    code, name = region or (story.region_code, story.region_name)
    return Article.objects.create(
        key=key, url=url or f"https://{outlet}/berita/{key}", title=title, source=_source(outlet),
        pub_date=day.isoformat(), pub_day=day, about_asn_neutrality=True, event_kind=story.event_kind,
        is_case=story.is_case if is_case is None else is_case, violation_type=story.violation_type,
        stage=story.stage, evidence=list(evidence), region_code=code, region_name=name, province_code=code[:2],
        story=story, text=text, grouping=grouping or {}, event_date="2024-10-12" if story.is_case else "",
    )


def load_sample_findings() -> dict[str, Story]:
    camat = _story(
        "s-camat-kotamobagu", "Camat di Kotamobagu diduga ikut kampanye pasangan calon", "71.74", "Kota Kotamobagu",
        is_case=True, kind="violation_case", vtype="attending_campaign", stage="recommended",
        day=dt.date(2024, 10, 14), outlets=3,
        actors=[{"name": "RM", "role": "Camat Kotamobagu Barat", "is_asn": True, "accused": True}],
    )
    _article(camat, "a-camat-1", "suarautara.example", "Camat diduga naik panggung kampanye", dt.date(2024, 10, 13),
             CAMAT_TEXT, evidence=CAMAT_EVIDENCE, grouping={"story": {"candidates": 0, "threshold": 0.42, "decision": "new", "story": "s-camat-kotamobagu"},
                       "news_event": {"decision": "new", "news_event": "e-a-camat-1"}})
    _article(camat, "a-camat-2", "totabuan.example", "Bawaslu panggil camat soal kampanye", dt.date(2024, 10, 13),
             CAMAT_TEXT.replace("KOTAMOBAGU –", "Kotamobagu –"), evidence=CAMAT_EVIDENCE[:1],
             grouping={"duplicate": {"of": "a-camat-1", "via": "minhash", "matched": "a-camat-1", "jaccard": 0.94},
                       "story": {"decision": "joined", "via": "duplicate", "story": "s-camat-kotamobagu"},
                       "news_event": {"decision": "joined", "via": "duplicate", "news_event": "e-a-camat-1"},
                       "source": "a-camat-1"})
    _article(camat, "a-camat-3", "manadopost.example", "Bawaslu rekomendasikan sanksi untuk camat", dt.date(2024, 10, 14),
             CAMAT_FOLLOW_UP, evidence=CAMAT_FOLLOW_UP.split("\n")[:1],
             grouping={"story": {"candidates": 2, "threshold": 0.42, "decision": "joined", "story": "s-camat-kotamobagu",
                                 "score": 0.68, "best": {"story": "s-camat-kotamobagu", "score": 0.68, "signals": {
                                     "text_cosine": 0.41, "shared_key_terms": ["rm", "kotamobagu barat"],
                                     "same_region": True}}},
                       "news_event": {"decision": "new", "news_event": "e-a-camat-3"}})

    Story.objects.filter(pk=camat.pk).update(n_independent_outlets=2)  # totabuan copies suarautara

    others = [
        ("s-guru-manado", "Dua guru ASN di Manado unggah dukungan calon di media sosial", "71.71", "Kota Manado",
         "social_media_support", "under_examination", 9, "dua guru ASN"),
        ("s-kadis-sulut", "Kepala dinas provinsi hadiri deklarasi calon gubernur", "71", "Sulawesi Utara",
         "attending_campaign", "reported", 3, "Kepala Dinas Pendidikan Provinsi"),
        ("s-lurah-makassar", "Lurah di Makassar diduga kerahkan staf ke acara calon", "73.71", "Kota Makassar",
         "mobilising_subordinates", "under_examination", 7, "lurah"),
        ("s-pj-bupati", "Pj bupati diduga gunakan mobil dinas untuk acara calon", "73.08", "Kabupaten Gowa",
         "using_office_facilities", None, 11, "Pj Bupati Gowa"),
    ]
    camat.refresh_from_db()
    stories = {"camat": camat}
    for key, title, code, name, vtype, stage, day, role in others:
        story = _story(key, title, code, name, is_case=True, kind="violation_case", vtype=vtype, stage=stage,
                       day=dt.date(2024, 10, day), outlets=1,
                       actors=[{"name": None, "role": role, "is_asn": True, "accused": True}])
        _article(story, "a-" + key, "beritadaerah.example", title, dt.date(2024, 10, day),
                 f"{title}. Bawaslu setempat menyatakan akan menelusuri laporan tersebut.")
        stories[key] = story
    rakor = _story("s-rakor-sulut", "Bawaslu Sulut gelar rakor netralitas ASN bersama pemda", "71", "Sulawesi Utara",
                   is_case=False, kind="coordination_meeting", day=dt.date(2024, 9, 20), outlets=2)
    _article(rakor, "a-rakor-1", "suarautara.example", rakor.title, dt.date(2024, 9, 20),
             "Bawaslu Sulawesi Utara menggelar rapat koordinasi netralitas ASN bersama pemerintah daerah.")
    stories["rakor"] = rakor
    return stories
