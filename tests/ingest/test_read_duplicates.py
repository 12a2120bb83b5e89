from pantau.engine.article import Article
from pantau.ingest.read_duplicates import ReadDuplicateMarker

LONG = ("Bawaslu Kota Cirebon menerima laporan dugaan keterlibatan lurah dan staf kelurahan dalam "
        "pertemuan relawan pasangan calon wali kota di sebuah rumah makan pada Minggu malam.")


def _marked(*articles):
    marker = ReadDuplicateMarker()
    return [marker.mark(a) for a in articles]


def test_same_words_with_other_case_spacing_and_punctuation_is_an_exact_duplicate():
    first, second = _marked(Article(id="a", text=LONG), Article(id="b", text=LONG.upper().replace(" ", "  ") + "!"))
    assert first.exact_duplicate_of is None
    assert second.exact_duplicate_of == "a" and second.warnings == ["exact duplicate of a: same text"]


def test_one_changed_word_is_not_exact_that_is_for_grouping():
    _, second = _marked(Article(id="a", text=LONG), Article(id="b", text=LONG.replace("Minggu", "Sabtu")))
    assert second.exact_duplicate_of is None


def test_short_teasers_are_not_compared_by_text():
    _, second = _marked(Article(id="a", text="Baca selengkapnya di situs kami."), Article(id="b", text="Baca selengkapnya di situs kami."))
    assert second.exact_duplicate_of is None


def test_url_variants_and_canonical_urls():
    page = Article(id="a", text=LONG, url="https://www.kabarcirebon.id/2024/10/20/lurah-dilaporkan/")
    amp = Article(id="b", text="Versi ringkas.", url="https://kabarcirebon.id/2024/10/20/lurah-dilaporkan/amp/?utm_source=wa")
    mirror = Article(id="c", text="Salinan lain.", url="https://agregator.example/x/123",
                     canonical_url="https://kabarcirebon.id/2024/10/20/lurah-dilaporkan")
    other = Article(id="d", text="Berita lain.", url="https://kabarcirebon.id/2024/10/21/lurah-diperiksa/")
    results = _marked(page, amp, mirror, other)
    assert [a.exact_duplicate_of for a in results] == [None, "a", "a", None]


def test_the_first_of_a_duplicate_pair_is_never_marked_even_if_the_id_repeats():
    first, again = _marked(Article(id="a", text=LONG), Article(id="a", text=LONG))
    assert first.exact_duplicate_of is None and again.exact_duplicate_of is None
