import pytest

from pantau.ingest.article_cleaning import build_article
from pantau.ingest.read_failure import ReadFailure

LEAD = "BOGOR, KABARBOGOR.ID – Bawaslu Kabupaten Bogor memanggil seorang kepala sekolah yang diduga mengarahkan guru memilih pasangan calon tertentu."
MORE = "Pemanggilan dilakukan setelah rekaman suara rapat guru beredar di grup percakapan."


def _article(text, **kwargs):
    return build_article(id="t1", text=text, source="uji", **kwargs)


def test_headline_then_dateline():
    article = _article(f"Kepala Sekolah Dipanggil Bawaslu Bogor\n{LEAD}\n{MORE}", headline_in_text=True)
    assert article.title == "Kepala Sekolah Dipanggil Bawaslu Bogor"
    assert (article.outlet, article.dateline_place) == ("kabarbogor.id", "Bogor")
    assert article.text.startswith("Bawaslu Kabupaten Bogor memanggil")


@pytest.mark.parametrize(
    "first_line",
    [
        "Bawaslu Kabupaten Bogor memanggil seorang kepala sekolah pada Senin.",  # ends like a sentence
        "Politik",  # a section name
        "Bawaslu Kabupaten Bogor memanggil seorang kepala sekolah yang",  # a sentence broken over lines
    ],
)
def test_first_lines_that_are_not_headlines_stay_in_the_text(first_line):
    follow = "diduga mengarahkan guru." if first_line.endswith("yang") else MORE
    article = _article(f"{first_line}\n{follow}\n{MORE}", headline_in_text=True)
    assert article.title is None
    assert article.text.startswith(first_line)


def test_page_header_repeats_and_date_line_are_taken_out():
    text = (
        "Kepala Sekolah Dipanggil Bawaslu Bogor\n\nKepala Sekolah Dipanggil...\n"
        "Selasa, 8 Oktober 2024 14:05 WIB\n\n" + LEAD + "\n" + MORE
    )
    article = _article(text, title="Kepala Sekolah Dipanggil Bawaslu Bogor")
    assert article.pub_date == "2024-10-08"
    assert article.text.startswith("Bawaslu Kabupaten Bogor memanggil")


@pytest.mark.parametrize(
    ("given", "expected"),
    [("2024-10-08", "2024-10-08"), ("2024-10", "2024-10"), ("Selasa, 8 Okt 2024", "2024-10-08"), ("08/10/2024", "2024-10-08")],
)
def test_input_pub_date_is_normalised_to_iso(given, expected):
    assert _article(MORE, pub_date=given).pub_date == expected


def test_unreadable_input_pub_date_is_dropped_with_a_warning():
    article = _article(MORE, pub_date="kemarin sore", url="https://kabarbogor.id/2024/10/08/x")
    assert article.pub_date == "2024-10-08"  # the URL's date instead
    assert any("kemarin sore" in w for w in article.warnings)


def test_outlet_prefers_input_then_dateline_domain_then_host_then_site_name():
    url = "https://www.bogorupdate.com/berita/1"
    assert _article(LEAD, url=url, outlet="Radar Bogor").outlet == "radar bogor"
    assert _article(LEAD, url=url).outlet == "kabarbogor.id"
    assert _article(MORE, url=url, site_name="Bogor Update").outlet == "bogorupdate.com"
    assert _article(MORE, site_name="Bogor Update").outlet == "bogor update"
    assert _article("BOGOR, RADARNEWS - " + MORE * 2, url=url).outlet == "bogorupdate.com"


def test_text_that_is_all_boilerplate_is_a_read_failure():
    with pytest.raises(ReadFailure, match="no article text"):
        _article("BACA JUGA: Sesuatu\nBagikan\nKomentar\nTinggalkan Balasan\nAlamat email Anda tidak akan dipublikasikan.")


def test_short_header_lines_above_the_dateline_go_and_long_ones_stay():
    long_line = "Warga Bogor ramai membicarakan rekaman rapat guru itu sejak akhir pekan, dan sebagian meminta Bawaslu segera bertindak tanpa menunggu laporan resmi masuk."
    text = f"Politik\nOleh Dewi Anggraini,\nRudi Hartono\n{long_line}\n{LEAD}\n{MORE}"
    article = _article(text)
    assert article.text.split("\n")[:2] == [long_line, LEAD.split("– ", 1)[1]]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Minggu, 13 Oktober 2024 16:53 WIB", "2024-10-13"),
        ("Kabarbogor.id - 8/10/2024, 14:05 WIB", "2024-10-08"),
        ("Diterbitkan: Selasa, 8 Oktober 2024 | 14:05 WIB", "2024-10-08"),
        ("access_time Selasa, 8 Oktober 2024", "2024-10-08"),
        ("Pemungutan suara 27 November 2024.", None),  # a sentence with a date, not a date line
    ],
)
def test_publication_date_line_in_the_header(line, expected):
    article = _article(f"{LEAD}\n{line}\n{MORE}")
    assert article.pub_date == expected
    assert (line in article.text) == (expected is None)


def test_a_republication_note_is_removed_and_its_origin_kept_as_a_warning():
    text = f"{LEAD}\n{MORE}\nArtikel ini telah tayang di KabarBogor.id dengan judul “Kepala Sekolah Dipanggil”"
    article = _article(text)
    assert "Artikel ini" not in article.text
    assert "republished from kabarbogor.id" in article.warnings
