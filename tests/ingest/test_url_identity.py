import pytest

from pantau.ingest.url_identity import identity_key, outlet_from_url, section_variants


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://www.kabarjogja.id/2024/09/17/judul/", "https://kabarjogja.id/2024/09/17/judul"),
        ("https://kabarjogja.id/2024/09/17/judul?utm_source=wa&utm_medium=share", "https://kabarjogja.id/2024/09/17/judul"),
        ("https://kabarjogja.id/2024/09/17/judul?fbclid=IwAR0x", "http://kabarjogja.id/2024/09/17/judul#komentar"),
        ("https://m.kabarjogja.id/2024/09/17/judul", "https://kabarjogja.id/2024/09/17/judul"),
        ("https://kabarjogja.id/2024/09/17/judul/amp", "https://kabarjogja.id/2024/09/17/judul"),
        ("https://amp.kabarjogja.id/2024/09/17/judul", "https://kabarjogja.id/2024/09/17/judul"),
        ("https://kabarjogja.id/berita/judul?page=all", "https://kabarjogja.id/berita/judul"),
    ],
)
def test_variants_of_one_article_share_a_key(a, b):
    assert identity_key(a)[0] == identity_key(b)[0]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://kabarjogja.id/berita?id=101", "https://kabarjogja.id/berita?id=102"),
        ("https://kabarjogja.id/berita/judul?page=2", "https://kabarjogja.id/berita/judul"),
        ("https://kabarjogja.id/2024/09/17/judul", "https://kabarsolo.id/2024/09/17/judul"),
    ],
)
def test_different_articles_keep_different_keys(a, b):
    assert identity_key(a)[0] != identity_key(b)[0]


def test_amp_that_swaps_a_section_segment_meets_its_page_through_section_variants():
    amp_key, is_amp = identity_key("https://nasional.kabarjogja.id/amp/1833079/serangan-fajar")
    assert is_amp
    assert amp_key in section_variants("https://nasional.kabarjogja.id/read/1833079/serangan-fajar")
    # ids and dates are never dropped as "sections"
    assert "kabarjogja.id/2024/judul" not in section_variants("https://kabarjogja.id/2024/09/judul")


def test_outlet_is_the_host_without_www_or_mobile_prefix():
    assert outlet_from_url("https://www.kompasjogja.com/read/1") == "kompasjogja.com"
    assert outlet_from_url("https://m.kabarjogja.id/x") == "kabarjogja.id"
    assert outlet_from_url("https://regional.kabarjogja.id/x") == "regional.kabarjogja.id"
    assert outlet_from_url("bukan url") is None
