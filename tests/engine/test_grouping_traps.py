"""Story grouping on texts we wrote: the traps CONTRACT.md names, and what must still join.

Each test runs twice where it matters: with only text (the other stages still empty) and with the
fields the who/where/when and understanding stages fill, because grouping must work from both.
"""

from __future__ import annotations

import pytest

from pantau.engine.analysis import Actor, Analysis, Region, Violation
from pantau.engine.grouping import StoryIndex

GARUT = Region("regency", "32.05", "Kabupaten Garut", "Jawa Barat")
KEDIRI = Region("regency", "35.71", "Kota Kediri", "Jawa Timur")
BONE = Region("regency", "73.08", "Kabupaten Bone", "Sulawesi Selatan")
BITUNG = Region("regency", "71.72", "Kota Bitung", "Sulawesi Utara")
MAJENE = Region("regency", "76.05", "Kabupaten Majene", "Sulawesi Barat")
SULTENG = Region("province", "72", "Sulawesi Tengah", "Sulawesi Tengah")


def article(
    id: str,
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    filled: bool = True,
    region: Region | None = None,
    kind: str | None = None,
    event_date: str | None = None,
    pub_date: str | None = None,
    actors: tuple[str, ...] = (),
) -> Analysis:
    """An Analysis as the pipeline hands it to grouping; ``filled=False`` leaves the stages empty."""
    return Analysis(
        id=id,
        url=url,
        title=title,
        outlet=outlet,
        pub_date=pub_date if filled else None,
        language="id",
        about_asn_neutrality=filled,
        event_kind=kind if filled else None,
        violation=Violation(is_case=kind == "violation_case") if filled else Violation(),
        actors=[Actor(name, None, None) for name in actors] if filled else [],
        region=region if filled else None,
        regions_mentioned=[region] if filled and region else [],
        event_date=event_date if filled else None,
        story=None,
        news_event=None,
        duplicate_of=None,
        warnings=[],
        text=text,
    )


PLEDGE_GARUT = (
    "GARUT – Sebanyak 1.250 aparatur sipil negara di lingkungan Pemerintah Kabupaten Garut mengikuti "
    "ikrar netralitas ASN di Lapangan Setda Garut, Rabu (20/11/2024). Ikrar dipimpin Sekda Garut "
    "Nurdin Yana Hermawan dan disaksikan Ketua Bawaslu Garut Ahmad Nurul Syahid. Para pegawai berjanji "
    "tidak memihak pasangan calon mana pun dalam Pilkada serentak. Nurdin meminta seluruh ASN tidak "
    "mengunggah dukungan di media sosial dan tidak hadir dalam kampanye."
)
PLEDGE_KEDIRI = (
    "KEDIRI – Ribuan ASN Pemerintah Kota Kediri mengucapkan ikrar netralitas ASN di Balai Kota Kediri, "
    "Rabu (20/11/2024). Ikrar dibacakan Pj Wali Kota Kediri Zanariah dan diikuti Ketua Bawaslu Kota "
    "Kediri Yudi Agung Nugroho. Para pegawai berjanji tidak memihak pasangan calon mana pun dalam "
    "Pilkada serentak. Zanariah meminta seluruh ASN tidak mengunggah dukungan di media sosial dan tidak "
    "hadir dalam kampanye."
)


@pytest.mark.parametrize("filled", [False, True])
def test_same_topic_same_day_in_two_regions_is_two_stories(filled: bool) -> None:
    index = StoryIndex()
    garut = index.add(article("p1", PLEDGE_GARUT, filled=filled, region=GARUT, kind="declaration_or_pledge",
                              event_date="2024-11-20", pub_date="2024-11-20"))
    kediri = index.add(article("p2", PLEDGE_KEDIRI, filled=filled, region=KEDIRI, kind="declaration_or_pledge",
                               event_date="2024-11-20", pub_date="2024-11-20"))
    assert garut.story != kediri.story
    assert kediri.duplicate_of is None


RAKOR_PALU_AUGUST = (
    "PALU – Bawaslu Provinsi Sulawesi Tengah menggelar rapat koordinasi pengawasan netralitas ASN di "
    "Hotel Santika Palu, Kamis (22/8/2024). Rakor dibuka Ketua Bawaslu Sulteng Nasrun yang meminta "
    "pengawas kabupaten memetakan kerawanan sejak dini. Narasumber Asisten Deputi KemenPAN-RB Iwan "
    "Kusnadi memaparkan 64 laporan yang masuk pada pemilu lalu. Rakor diikuti 13 Bawaslu kabupaten/kota."
)
RAKOR_PALU_OCTOBER = (
    "PALU – Bawaslu Provinsi Sulawesi Tengah kembali menggelar rapat koordinasi pengawasan netralitas "
    "ASN, kali ini di Hotel Swiss-Belhotel Silae, Selasa (8/10/2024). Ketua Bawaslu Sulteng Nasrun "
    "membuka rakor dan meminta pengawas kabupaten menindaklanjuti temuan masa kampanye. Narasumber "
    "Asisten Deputi KemenPAN-RB Iwan Kusnadi membahas 21 dugaan pelanggaran yang sedang ditangani. "
    "Rakor diikuti 13 Bawaslu kabupaten/kota."
)


def test_two_coordination_meetings_with_the_same_speakers_are_two_stories() -> None:
    # Same organiser, same speakers, same words: only the event kind and the two dates tell them
    # apart, so this needs the understanding and date stages (text alone cannot know).
    index = StoryIndex()
    august = index.add(article("r1", RAKOR_PALU_AUGUST, region=SULTENG, kind="coordination_meeting",
                               event_date="2024-08-22", actors=("Nasrun", "Iwan Kusnadi")))
    october = index.add(article("r2", RAKOR_PALU_OCTOBER, region=SULTENG, kind="coordination_meeting",
                                event_date="2024-10-08", actors=("Nasrun", "Iwan Kusnadi")))
    assert august.story != october.story
    assert october.explanation["story"]["best"]["signals"] == {"veto": "another meeting or pledge: dates 47 days apart"}


RAKORNAS_JULY_MAKASSAR = (
    "MAKASSAR – Ketua Bawaslu Sulawesi Tenggara Iwan Rompo bersama jajaran mengikuti Rapat Koordinasi "
    "Nasional pencegahan pelanggaran netralitas ASN yang digelar Bawaslu RI di Hotel Four Points Makassar, "
    "20–22 Juli. Ketua Bawaslu RI Rahmat Bagja meminta pengawas provinsi menyusun peta kerawanan."
)


@pytest.mark.parametrize("filled", [False, True])
def test_an_earlier_national_meeting_with_the_same_chair_is_another_story(filled: bool) -> None:
    index = StoryIndex()
    july = index.add(article("m1", RAKORNAS_JULY_MAKASSAR, filled=filled, kind="coordination_meeting",
                             event_date=None, actors=("Rahmat Bagja", "Iwan Rompo")))
    october = index.add(article("n1", NATIONAL_MEETING_TEXTS[0], filled=filled, region=BONE,
                                kind="coordination_meeting", event_date="2024-10-07", actors=("Rahmat Bagja",)))
    assert july.story != october.story


NATIONAL_MEETING = [
    ("n1", BONE, "WATAMPONE – Sekretaris Daerah Kabupaten Bone Andi Saharuddin menghadiri Rapat Koordinasi "
     "Nasional netralitas ASN yang digelar Bawaslu RI di Hotel Borobudur Jakarta, Senin (7/10/2024). "
     "Rakornas dibuka Ketua Bawaslu RI Rahmat Bagja yang mengingatkan kepala daerah agar menindak ASN "
     "yang berpihak. Saharuddin mengatakan Pemkab Bone akan memperketat pengawasan di 27 kecamatan."),
    ("n2", BITUNG, "BITUNG – Pj Wali Kota Bitung Hengky Honandar ikut dalam Rakornas netralitas ASN di Hotel "
     "Borobudur, Jakarta, Senin (7/10/2024). Dalam rapat yang dipimpin Ketua Bawaslu RI Rahmat Bagja itu, "
     "kepala daerah diminta memberi sanksi tegas kepada pegawai yang tidak netral. Hengky menyebut ASN "
     "Kota Bitung sudah menandatangani pakta integritas."),
    ("n3", MAJENE, "MAJENE – Pemerintah Kabupaten Majene mengutus Asisten I Setda ke Rapat Koordinasi Nasional "
     "netralitas ASN di Hotel Borobudur, Jakarta, Senin (7/10/2024). Ketua Bawaslu RI Rahmat Bagja dalam "
     "arahannya meminta kepala daerah aktif mencegah pelanggaran. Majene mencatat dua laporan dugaan "
     "pelanggaran netralitas sepanjang tahun ini."),
]

NATIONAL_MEETING_TEXTS = [text for _, _, text in NATIONAL_MEETING]


@pytest.mark.parametrize("filled", [False, True])
def test_local_angles_on_one_national_meeting_are_one_story(filled: bool) -> None:
    index = StoryIndex()
    results = [
        index.add(article(i, text, filled=filled, region=region, kind="coordination_meeting",
                          event_date="2024-10-07", outlet=f"outlet{i}.id", actors=("Rahmat Bagja",)))
        for i, region, text in NATIONAL_MEETING
    ]
    stories = {r.story for r in results}
    assert len(stories) == 1
    assert index.story_outlets(stories.pop()) == (3, 3)
    if filled:  # a meeting's coverage on its date is one news event, whatever each local angle
        assert {r.news_event for r in results} == {"e-n1"}


CASE_STAGES = [
    ("c1", "2024-10-02", "Video Camat Tellu Siattinge, Kabupaten Bone, Andi Muh Yusran, yang mengajak warga memilih "
     "pasangan calon bupati nomor urut 2 beredar di media sosial, Rabu (2/10/2024). Dalam rekaman berdurasi 48 "
     "detik itu Yusran berbicara di depan warga Desa Lappae."),
    ("c2", "2024-10-03", "Camat Tellu Siattinge Andi Muh Yusran membantah berkampanye. Ia mengaku hanya menghadiri "
     "syukuran panen di Desa Lappae dan tidak tahu ada tim pasangan calon yang merekam. Bawaslu Bone "
     "menyatakan akan memanggil Yusran."),
    ("c3", "2024-10-08", "Bawaslu Kabupaten Bone memeriksa Camat Tellu Siattinge Andi Muh Yusran terkait video "
     "dukungan kepada pasangan calon nomor urut 2. Ketua Bawaslu Bone Alwi Mappiasse mengatakan tiga saksi "
     "warga Desa Lappae juga sudah diklarifikasi."),
    ("c4", "2024-10-21", "Bawaslu Bone merekomendasikan kepada BKN agar Camat Tellu Siattinge Andi Muh Yusran "
     "dijatuhi sanksi karena terbukti melanggar netralitas ASN. Alwi Mappiasse menyebut rekaman di Desa "
     "Lappae menjadi bukti utama."),
]


@pytest.mark.parametrize("filled", [False, True])
def test_a_case_across_its_stages_is_one_story_with_one_event_per_development(filled: bool) -> None:
    index = StoryIndex()
    results = [
        index.add(article(i, text, filled=filled, region=BONE, kind="violation_case", event_date="2024-10-02",
                          pub_date=day, actors=("Andi Muh Yusran",)))
        for i, day, text in CASE_STAGES
    ]
    assert len({r.story for r in results}) == 1
    assert results[0].story == "s-c1"
    if filled:  # with publication days, each development is its own news event
        assert len({r.news_event for r in results}) == 4


def test_unrelated_case_in_the_same_region_is_another_story() -> None:
    index = StoryIndex()
    for i, day, text in CASE_STAGES[:2]:
        index.add(article(i, text, region=BONE, kind="violation_case", event_date="2024-10-02", pub_date=day))
    other = index.add(article(
        "x1",
        "Seorang guru PPPK di SMPN 3 Watampone, Kabupaten Bone, berinisial HR dilaporkan ke Bawaslu Bone karena "
        "mengunggah foto bersama calon bupati nomor urut 1 dengan pose dua jari di Facebook, Kamis (3/10/2024). "
        "Pelapor menyerahkan tangkapan layar unggahan tersebut.",
        region=BONE, kind="violation_case", event_date="2024-10-03", pub_date="2024-10-03",
    ))
    assert other.story == "s-x1"


def test_every_join_is_explained_with_its_score_and_signals() -> None:
    index = StoryIndex()
    index.add(article("c1", CASE_STAGES[0][2], region=BONE, kind="violation_case"))
    joined = index.add(article("c3", CASE_STAGES[2][2], region=BONE, kind="violation_case"))
    decision = joined.explanation["story"]
    assert decision["decision"] == "joined"
    assert decision["score"] >= decision["threshold"]
    signals = decision["best"]["signals"]
    assert "yusran" in signals["shared_key_terms"]
    assert signals["same_region"] is True
    assert signals["text_cosine"] > 0


UNDATED_WRITE_UP = (
    "MAMUJU – Pemerintah Provinsi Sulawesi Barat ikut Rapat Koordinasi Nasional netralitas ASN yang digelar "
    "Bawaslu RI di Hotel Borobudur, Jakarta. Ketua Bawaslu RI Rahmat Bagja meminta kepala daerah menindak ASN "
    "yang berpihak. Rapat lanjutan di daerah dijadwalkan pada 22 Oktober 2024."
)


def test_an_undated_write_up_of_a_one_day_meeting_joins_its_news_event_and_takes_its_date() -> None:
    index = StoryIndex()
    first = index.add(article("n1", NATIONAL_MEETING[0][2], region=BONE, kind="coordination_meeting",
                              event_date="2024-10-07", outlet="outlet1.id", actors=("Rahmat Bagja",)))
    later = index.add(article("w1", UNDATED_WRITE_UP, kind="coordination_meeting", outlet="outlet2.id",
                              actors=("Rahmat Bagja",)))
    assert later.story == first.story
    assert later.news_event == first.news_event
    assert later.explanation["news_event"]["event_date"] == "2024-10-07"


def test_the_pipeline_fills_a_missing_event_date_from_the_story_and_keeps_a_stated_one() -> None:
    from pantau.engine.pipeline import _group_in_order

    index = StoryIndex()
    dated = article("n1", NATIONAL_MEETING[0][2], region=BONE, kind="coordination_meeting",
                    event_date="2024-10-07", outlet="outlet1.id", actors=("Rahmat Bagja",))
    undated = article("w1", UNDATED_WRITE_UP, kind="coordination_meeting", outlet="outlet2.id",
                      actors=("Rahmat Bagja",))
    results = list(_group_in_order([dated, undated], index))
    assert [r.event_date for r in results] == ["2024-10-07", "2024-10-07"]
