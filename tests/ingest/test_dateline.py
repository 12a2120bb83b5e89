import pytest

from pantau.ingest.dateline import outlet_name, parse_dateline

LEAD = "Badan Pengawas Pemilu kabupaten menelusuri dugaan keterlibatan seorang camat dalam kampanye pasangan calon."


@pytest.mark.parametrize(
    ("head", "outlet", "place"),
    [
        ("JAKARTA, KORANPALPRES.COM – ", "koranpalpres.com", "Jakarta"),
        ("MAKASSAR,TERASnews.id – ", "terasnews.id", "Makassar"),
        ("Suarautara.com , Kotamobagu – ", "suarautara.com", "Kotamobagu"),
        ("LIPUTAN15.COM,TOMOHON-", "liputan15.com", "Tomohon"),
        ("MAKASSAR|ProNews.id – ", "pronews.id", "Makassar"),
        ("JAKARTA - ", None, "Jakarta"),
        ("Jakarta (ANTARA) - ", "antara", "Jakarta"),
        ("viralnasional.com -JAKARTA -- ", "viralnasional.com", "Jakarta"),
        ("Beritasatu.com – Jakarta, – ", "beritasatu.com", "Jakarta"),
        ("KABARMEDAN.CO – Medan | ", "kabarmedan.co", "Medan"),
        ("TRIBUNSULTENG. COM, PALU -- ", "tribunsulteng.com", "Palu"),
        ("BENGKULU, RAKYATNEWS - ", "rakyatnews", "Bengkulu"),
        ("Manado, IDN Times – ", "idn times", "Manado"),
        ("MUNA BARAT, WARTASULTRA.com – ", "wartasultra.com", "Muna Barat"),
        ("Aceh Utara — ", None, "Aceh Utara"),
        ("jatimkini.com - ", "jatimkini.com", None),
        ("[WARTA-RAKYAT.ID] ", "warta-rakyat.id", None),
        ("JAKARTA. ", None, "Jakarta"),
        ("Jakarta: ", None, "Jakarta"),
        ("Jakarta, CNN Indonesia -- ", "cnn indonesia", "Jakarta"),
        ("Liputan6.com, Jakarta - ", "liputan6.com", "Jakarta"),
        ("JawaPos.com–", "jawapos.com", None),
        ("SERANG, BANTENKINI.CO.ID – ", "bantenkini.co.id", "Serang"),
        ("Ambon, 17/9 (ANTARA) - ", "antara", "Ambon"),
        ("Kendari, Sultrakini.com: ", "sultrakini.com", "Kendari"),
        ("Tangerang, Bantenhits - ", "bantenhits", "Tangerang"),
        ("Radarmu, Mamuju – ", "radarmu", "Mamuju"),  # the outlet first: the gazetteer knows Mamuju
        ("Jakarta, Gatra.com \u2012 ", "gatra.com", "Jakarta"),
    ],
)
def test_dateline_gives_outlet_and_place_and_leaves_the_lead(head, outlet, place):
    line = head + LEAD
    dateline = parse_dateline(line)
    assert dateline is not None
    assert (outlet_name(dateline.outlet) if dateline.outlet else None) == outlet
    assert dateline.place == place
    assert line[dateline.head_length:] == LEAD


@pytest.mark.parametrize(
    "line",
    [
        # a person and a title, not a place and an outlet
        "Ketua Bawaslu, Rahmat Hidayat – yang juga mantan jurnalis – menegaskan bahwa pengawasan akan diperketat pekan ini.",
        # a headline: what follows the separator is too short to be a lead
        "Bawaslu: Kampanye Pilkada di Sumbar Kondusif",
        # a date line, not a dateline
        "Kompas.com - 13/11/2023, 16:34 WIB",
        # an ordinary lead sentence
        "Mahasiswa di Pandeglang, Banten, melaporkan seorang ASN ke Bawaslu karena diduga mengantar bakal calon mendaftar.",
        # two sentences: "Ia pulang." is no dateline
        "Ia pulang. Besok pagi Bawaslu kabupaten akan memanggil camat itu untuk dimintai keterangan di kantor.",
        # a quote attribution
        "Bawaslu, KPU: Kami sepakat bahwa aparatur sipil negara harus netral dalam seluruh tahapan pemilihan.",
        # a caption with a long first part
        "Ketua Bawaslu Kabupaten Sukabumi Menjelaskan, Teguh |" + " keterangan" * 10,
    ],
)
def test_lines_that_are_not_datelines(line):
    assert parse_dateline(line) is None
