from pantau.engine.article import Article, ReadError
from pantau.engine.pipeline import analyze_stream


def _articles(n):
    for i in range(n):
        if i == 5:
            yield ReadError(id="bad", source="in.jsonl:6", error="not JSON")
        yield Article(id=f"a{i}", text=f"Camat Sukamaju nomor {i} menghadiri kampanye pasangan calon di Kendari.")


def test_workers_give_the_same_output_in_the_same_order_as_one_process():
    one = [item for item in analyze_stream(_articles(70), workers=1)]
    two = [item for item in analyze_stream(_articles(70), workers=2)]
    assert [x.id for x in one] == [x.id for x in two]
    assert [x.id for x in one][:7] == ["a0", "a1", "a2", "a3", "a4", "bad", "a5"]
    assert isinstance(one[5], ReadError)
    assert [getattr(x, "story", None) for x in one] == [getattr(x, "story", None) for x in two]


def test_a_copy_ingest_recognised_keeps_its_duplicate_of_in_the_output():
    text = "Seorang lurah di Kecamatan Poasia terekam ikut berkampanye untuk pasangan calon wali kota."
    original = Article(id="o1", text=text, url="https://kabar.example/berita/1")
    # A URL variant (AMP) carrying a shorter teaser: not a text copy, only ingest can tell.
    copy = Article(id="c1", text="Lurah ikut kampanye.", url="https://kabar.example/amp/berita/1",
                   exact_duplicate_of="o1")
    results = list(analyze_stream([original, copy]))
    assert results[0].duplicate_of is None
    assert results[1].duplicate_of == "o1"
