"""Every input kind and every bad input through ``read_inputs``, the one entry point."""

import io
import json
import sys

from pantau.engine.article import Article, ReadError
from pantau.ingest.read_options import ReadOptions
from pantau.ingest.sources import read_inputs


def _read(*inputs, **options):
    return list(read_inputs([str(i) for i in inputs], ReadOptions(**options) if options else None))


def test_text_file_headline_dateline_and_no_boilerplate(fixtures):
    [article] = _read(fixtures / "txt" / "camat_hadiri_deklarasi.txt")
    assert article.id == "camat_hadiri_deklarasi"
    assert article.title == "Camat Sukamaju Diduga Hadiri Deklarasi Bakal Calon Bupati"
    assert (article.outlet, article.dateline_place) == ("wartapriangan.com", "Bandung")
    assert article.text.startswith("Badan Pengawas Pemilu (Bawaslu) Kabupaten Bandung menelusuri")
    for furniture in ("BACA JUGA", "Baca Juga", "Harga Cabai", "Editor", "Bagikan", "Komentar",
                      "Tinggalkan Balasan", "Alamat email", "(dn/red)"):
        assert furniture not in article.text
    assert "Camat sebagai aparatur sipil negara dilarang" in article.text


def test_text_file_without_headline_keeps_title_empty(fixtures):
    [article] = _read(fixtures / "txt" / "antara_statistik.txt")
    assert article.title is None
    assert (article.outlet, article.dateline_place) == ("antara", "Kupang")
    assert "Pewarta" not in article.text and "Copyright" not in article.text


def test_mojibake_and_legacy_encodings_are_repaired(fixtures):
    clean, garbled, latin1 = _read(
        fixtures / "txt" / "dateline_bar.txt", fixtures / "txt" / "mojibake.txt", fixtures / "txt" / "latin1.txt"
    )
    assert "â€" not in garbled.text and garbled.text == clean.text
    assert "kafé" in latin1.text and "«Para kepala dinas" in latin1.text
    assert any("not UTF-8" in w for w in latin1.warnings)


def test_saved_html_page_text_and_metadata(fixtures):
    [article] = _read(fixtures / "html" / "kades_bukan_asn.html")
    assert article.title == "Kepala Desa Ikut Kampanye, Bawaslu Lamongan Beri Teguran"
    assert article.url == "https://www.suarapantura.id/2024/10/02/kepala-desa-ikut-kampanye-bawaslu-lamongan-beri-teguran/"
    assert article.outlet == "suarapantura.id"
    assert article.pub_date == "2024-10-02"
    assert article.dateline_place == "Lamongan"
    assert article.text.startswith("Badan Pengawas Pemilu (Bawaslu) Kabupaten Lamongan")
    for furniture in ("Beranda", "WhatsApp", "BACA JUGA", "Pasar Murah", "Foto:", "Editor", "Tinggalkan", "Copyright"):
        assert furniture not in article.text


def test_truncated_html_with_text_is_read_with_a_warning(fixtures):
    [article] = _read(fixtures / "html" / "terpotong_di_badan.html")
    assert isinstance(article, Article)
    assert any("truncated" in w for w in article.warnings)


def test_rss_feed_entries_with_indonesian_dates(fixtures):
    items = _read(fixtures / "feeds" / "rss_wib.xml")
    assert [isinstance(i, Article) for i in items] == [True, True, True, False]
    first, second, third, empty = items
    assert first.title == "Bawaslu Donggala Periksa Guru PPPK yang Unggah Dukungan Paslon"
    assert (first.pub_date, first.outlet, first.dateline_place) == ("2024-09-17", "kabarsulteng.id", "Donggala")
    assert "Baca juga" not in first.text and "Festival" not in first.text
    assert second.pub_date == "2024-09-18"  # 23:30 WITA is still the 18th
    assert third.pub_date == "2024-09-21"  # 18:00 GMT is 01:00 WIB the next day
    assert empty.source.endswith("#entry4") and "no text" in empty.error


def test_atom_feed_entries(fixtures):
    first, second = _read(fixtures / "feeds" / "atom_wit.atom")
    assert first.url == "https://suaratanahpapua.com/berita/kepala-distrik-dilaporkan"
    assert first.pub_date == "2024-11-05"
    assert first.dateline_place == "Wamena"
    assert second.pub_date == "2024-11-04"  # "Senin, 4 Nopember 2024 22.10 WIT"
    assert "summary" in second.warnings[0]


def test_jsonl_lines_good_bad_html_and_duplicates(fixtures):
    items = _read(fixtures / "jsonl" / "campuran.jsonl")
    assert len(items) == 7  # the blank last line is not an article
    j1, j2, not_json, no_text, j5, j6, no_id = items
    assert j1.id == "j1" and j1.dateline_place == "Tanjung Selor" and "Baca juga" not in j1.text
    assert j1.pub_date == "2024-10-21"  # from the URL
    assert isinstance(not_json, ReadError) and "line 3 is not JSON" in not_json.error
    assert not_json.source.endswith("campuran.jsonl:3")
    assert isinstance(no_text, ReadError) and no_text.id == "j4" and "no text" in no_text.error
    assert j5.title.startswith("Kepala Desa Ikut Kampanye") and j5.pub_date == "2024-10-02"
    assert j2.exact_duplicate_of == "j1" and "AMP" in j2.warnings[0]
    assert j6.exact_duplicate_of == "j2" and "same text" in j6.warnings[0]
    assert no_id.id.startswith("h") and no_id.outlet == "kabarsumbar" and no_id.pub_date == "2024-06-03"
    assert j1.exact_duplicate_of is None and j5.exact_duplicate_of is None


def test_ids_are_stable_across_runs(fixtures):
    first = [i.id for i in _read(fixtures / "jsonl" / "campuran.jsonl", fixtures / "feeds")]
    assert first == [i.id for i in _read(fixtures / "jsonl" / "campuran.jsonl", fixtures / "feeds")]


def test_directory_reads_supported_files_in_name_order_and_skips_label_files(fixtures):
    items = _read(fixtures / "jsonl")
    assert {i.source.split(":")[0].rsplit("/", 1)[-1] for i in items} == {"campuran.jsonl"}
    sources = [i.source.rsplit("/", 1)[-1] for i in _read(fixtures / "txt")]
    assert sources == sorted(sources)
    assert len(sources) == 5


def test_stdin_dash_is_jsonl(monkeypatch):
    lines = json.dumps({"id": "s1", "text": "Bawaslu Kota Bogor menggelar apel siaga pengawasan netralitas ASN di Balai Kota."})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((lines + "\n{rusak\n").encode())))
    article, broken = _read("-")
    assert article.id == "s1" and article.source == "-:1"
    assert isinstance(broken, ReadError) and broken.source == "-:2"


def test_bad_files_each_give_a_reason_and_the_rest_goes_on(tmp_path, fixtures):
    (tmp_path / "a_kosong.txt").write_bytes(b"")
    (tmp_path / "b_gambar.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (tmp_path / "c_acak.txt").write_bytes(bytes(range(0x80, 0x100)) * 40)
    (tmp_path / "d_besar.txt").write_bytes(b"Bawaslu " * 200_000)
    (tmp_path / "e_kosong.jsonl").write_text("\n\n")
    (tmp_path / "f_bukan_feed.xml").write_text((fixtures / "feeds" / "teks_biasa.rss").read_text())
    (tmp_path / "g_terpotong.html").write_text((fixtures / "html" / "terpotong_di_kepala.html").read_text())
    (tmp_path / "catatan.pdf").write_bytes(b"%PDF-1.4 laporan")
    (tmp_path / "i_bukan_html.html").write_text("Hanya teks biasa tanpa tag apa pun, disimpan dengan nama .html.")
    (tmp_path / "j_baris_besar.jsonl").write_text(
        json.dumps({"id": "besar", "text": "Bawaslu " * 200_000}) + "\n" + json.dumps({"id": "kecil", "text": "Bawaslu Kota Bogor menggelar apel siaga."}) + "\n"
    )
    (tmp_path / "h_baik.txt").write_text((fixtures / "txt" / "antara_statistik.txt").read_text())
    items = _read(tmp_path, tmp_path / "tidak_ada.txt", tmp_path / "catatan.pdf", max_bytes=1_000_000)
    assert "catatan.pdf" not in [i.source.rsplit("/", 1)[-1] for i in items[:-2]]  # directories skip it
    reasons = {i.source.rsplit("/", 1)[-1]: i.error for i in items if isinstance(i, ReadError)}
    assert reasons["a_kosong.txt"] == "empty file"
    assert reasons["b_gambar.txt"].startswith("binary file")
    assert reasons["c_acak.txt"].startswith(("undecodable", "binary file"))
    assert reasons["d_besar.txt"].startswith("file too large")
    assert reasons["e_kosong.jsonl"] == "empty file"
    assert reasons["f_bukan_feed.xml"].startswith("not an RSS or Atom feed")
    assert "no article text" in reasons["g_terpotong.html"] and "truncated" in reasons["g_terpotong.html"]
    assert reasons["tidak_ada.txt"] == "no such file or directory"
    assert reasons["catatan.pdf"].startswith("unsupported input type '.pdf'")
    assert reasons["i_bukan_html.html"].startswith("not an HTML page")
    assert reasons["j_baris_besar.jsonl:1"].startswith("line 1 too large")
    assert [i.id for i in items if isinstance(i, Article)] == ["h_baik", "kecil"]
    # a one-article file fails under the id it would have had (so --resume sees it as done)
    assert {i.id for i in items if i.source.endswith(("a_kosong.txt", "g_terpotong.html"))} == {"a_kosong", "g_terpotong"}
    assert all(i.id for i in items)


def test_feed_files_that_are_not_feeds(fixtures):
    items = _read(fixtures / "feeds")
    errors = {i.source.rsplit("/", 1)[-1]: i.error for i in items if isinstance(i, ReadError)}
    assert "bukan_feed.xml" not in errors  # an HTML page saved as .xml is read as the page it is
    assert errors["teks_biasa.rss"].startswith("not an RSS or Atom feed (")  # plain text: the parser's reason
    assert sum(isinstance(i, Article) for i in items) == 2 + 1 + 3


def test_ids_are_unique_in_a_run_and_a_repeated_input_is_a_duplicate(tmp_path, fixtures):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
    (tmp_path / "a" / "berita.txt").write_text((fixtures / "txt" / "antara_statistik.txt").read_text())
    (tmp_path / "b" / "berita.txt").write_text((fixtures / "txt" / "camat_hadiri_deklarasi.txt").read_text())
    first, second, again = _read(tmp_path, tmp_path / "a" / "berita.txt")
    assert [first.id, second.id, again.id] == ["berita", "berita~2", "berita~3"]
    assert "already used" in second.warnings[0]
    assert second.exact_duplicate_of is None and again.exact_duplicate_of == "berita"


def test_in_memory_documents_by_extension_or_by_sniffing(fixtures):
    from pantau.ingest.sources import read_document

    page = (fixtures / "html" / "kades_bukan_asn.html").read_bytes()
    feed = (fixtures / "feeds" / "rss_wib.xml").read_bytes()
    text = (fixtures / "txt" / "camat_hadiri_deklarasi.txt").read_bytes()
    [by_name] = read_document("unggahan.html", page)
    [sniffed_page] = read_document("unggahan", page)
    assert by_name.id == sniffed_page.id == "unggahan" and by_name.title == sniffed_page.title
    assert len(list(read_document("kiriman.bin", feed))) == 4
    [article] = read_document("laporan warga", text)
    assert article.outlet == "wartapriangan.com" and article.id == "laporan warga"
    [too_big] = read_document("besar.txt", text, ReadOptions(max_bytes=100))
    assert too_big.error.startswith("file too large")
    [empty] = read_document("kosong.txt", b"")
    assert empty.error == "empty file"
    lines = list(read_document("kiriman.jsonl", (fixtures / "jsonl" / "campuran.jsonl").read_bytes()))
    assert len(lines) == 7 and lines[1].exact_duplicate_of == "j1"


def test_stdin_replaced_by_a_text_stream(monkeypatch):
    record = {"id": "s2", "text": "Bawaslu Kota Depok mengingatkan lurah agar tidak hadir dalam kampanye pasangan calon."}
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(record) + "\n"))
    [article] = _read("-")
    assert article.id == "s2"


def test_saved_error_page_is_no_article_but_a_short_real_article_is(tmp_path):
    (tmp_path / "hilang.html").write_text(
        "<html><head><title>Halaman tidak ditemukan - Warta Lokal</title></head><body>"
        "<h1>Oops! Halaman tidak ditemukan</h1><p>Halaman yang Anda cari sudah dihapus atau dipindahkan.</p>"
        "<p><a href='/'>Kembali ke beranda</a></p></body></html>"
    )
    (tmp_path / "singkat.html").write_text(
        "<html><head><title>Pj Bupati Dilaporkan ke Bawaslu karena Hadiri Deklarasi Calon</title></head><body>"
        "<article><h1>Pj Bupati Dilaporkan ke Bawaslu karena Hadiri Deklarasi Calon</h1>"
        "<p>Tim pemenangan salah satu pasangan calon melaporkan Penjabat Bupati ke Bawaslu setempat pada Senin "
        "karena hadir dalam deklarasi pasangan calon lain. Bawaslu menyatakan akan mengkaji laporan tersebut.</p>"
        "<p>Barang bukti berupa foto tidak ditemukan pada laporan awal, kata anggota Bawaslu.</p></article></body></html>"
    )
    error, article = _read(tmp_path / "hilang.html", tmp_path / "singkat.html")
    assert isinstance(error, ReadError) and error.id == "hilang"
    assert error.error.startswith("an error page, not an article")
    assert isinstance(article, Article) and article.title.startswith("Pj Bupati Dilaporkan")


def _two_records():
    return [
        {"id": "u1", "text": "Bawaslu Kota Kendari memanggil seorang lurah yang diduga ikut kampanye pasangan calon."},
        {"id": "u2", "text": "Seorang guru PPPK di Kabupaten Sleman dilaporkan karena mengunggah dukungan untuk calon bupati."},
    ]


def test_utf16_and_utf32_jsonl_files_are_read_whole(tmp_path):
    for encoding in ("utf-16", "utf-32"):
        path = tmp_path / f"{encoding}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\r\n" for r in _two_records()), encoding=encoding)
        items = _read(path)
        assert [i.id for i in items] == ["u1", "u2"] and all(isinstance(i, Article) for i in items), encoding
        assert items[1].text.startswith("Seorang guru PPPK")


def test_binary_jsonl_is_one_error_not_one_per_line(tmp_path):
    junk = bytes((n * 37 + 11) % 256 for n in range(6000))  # has NUL and newline bytes throughout
    (tmp_path / "acak.jsonl").write_bytes(junk)
    [error] = _read(tmp_path / "acak.jsonl")
    assert isinstance(error, ReadError) and error.source.endswith("acak.jsonl")
    assert error.error == "binary file, not text (contains NUL bytes)"


def test_utf16_jsonl_on_stdin(monkeypatch):
    data = "".join(json.dumps(r) + "\n" for r in _two_records()).encode("utf-16")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert [i.id for i in _read("-")] == ["u1", "u2"]


def test_empty_stdin_says_so(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    [error] = _read("-")
    assert error.source == "-" and error.error == "no input on standard input (expected JSONL)"


def test_directory_reports_a_broken_link_and_survives_a_link_loop(tmp_path, fixtures):
    (tmp_path / "a_baik.txt").write_text((fixtures / "txt" / "antara_statistik.txt").read_text())
    (tmp_path / "b_hilang.txt").symlink_to(tmp_path / "tidak-ada.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "putar").symlink_to(tmp_path)  # a loop back to the top
    items = _read(tmp_path)
    assert [i.source.rsplit("/", 1)[-1] for i in items] == ["a_baik.txt", "b_hilang.txt"]
    assert isinstance(items[1], ReadError) and items[1].id == "b_hilang"
    assert items[1].error.startswith("broken symbolic link")


def test_jsonl_fields_of_the_wrong_kind_are_dropped_with_a_warning(tmp_path):
    body = "Bawaslu Kabupaten Sleman memeriksa seorang camat yang diduga menghadiri kampanye pasangan calon bupati."
    records = [
        {"id": {"nomor": 1}, "text": body + " Satu."},
        {"id": "  j2  ", "text": body + " Dua.", "url": "javascript:alert(1)", "title": ["judul"], "pub_date": 20240917},
        {"id": "   ", "text": body + " Tiga.", "url": " https://contoh.id/berita/3 "},
        {"id": " j4 ", "text": 42},
    ]
    (tmp_path / "aneh.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    first, second, third, bad = _read(tmp_path / "aneh.jsonl")
    assert first.id.startswith("h") and "is not a string or number" in first.warnings[0]
    assert second.id == "j2" and second.url is None and second.title is None and second.pub_date is None
    assert [w.split(" ", 1)[0] for w in second.warnings] == ["url", "title", "pub_date"]
    assert third.id.startswith("h") and third.url == "https://contoh.id/berita/3" and third.warnings == []
    assert isinstance(bad, ReadError) and bad.id == "j4"


def test_html_fragment_in_jsonl_is_not_called_truncated(tmp_path):
    (tmp_path / "potongan.jsonl").write_text(json.dumps({"id": "f1", "html": "<p>Singkat.</p>"}) + "\n")
    [error] = _read(tmp_path / "potongan.jsonl")
    assert error.error == "no article text found in the page"


def test_directory_with_nothing_to_read_is_an_error_not_silence(tmp_path):
    (tmp_path / "kosong").mkdir()
    (tmp_path / "lain").mkdir()
    (tmp_path / "lain" / "laporan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "lain" / "labels.jsonl").write_text(json.dumps({"id": "a1", "is_case": True}) + "\n")
    items = _read(tmp_path / "kosong", tmp_path / "lain")
    assert [type(i) for i in items] == [ReadError, ReadError]
    assert all(i.error.startswith("no supported files in this directory") for i in items)


def test_text_far_longer_than_any_article_is_cut_at_a_paragraph_with_a_warning(tmp_path):
    paragraph = "Bawaslu Kabupaten Sleman mencatat laporan dugaan pelanggaran netralitas ASN di setiap kecamatan. " * 8
    (tmp_path / "arsip.txt").write_text("Arsip Laporan Pengawasan\n\n" + "\n\n".join([paragraph] * 500))
    [article] = _read(tmp_path / "arsip.txt")
    assert 150_000 < len(article.text) <= 200_000
    assert article.text.endswith("kecamatan.")  # whole paragraphs only
    assert article.warnings[-1].startswith("text cut to its first") and "longer than any news article" in article.warnings[-1]


def test_a_feed_saved_as_html_and_a_page_saved_as_xml_are_read_for_what_they_hold(tmp_path, fixtures):
    (tmp_path / "umpan.html").write_bytes((fixtures / "feeds" / "rss_wib.xml").read_bytes())
    (tmp_path / "halaman.xml").write_bytes((fixtures / "html" / "kades_bukan_asn.html").read_bytes())
    items = _read(tmp_path / "umpan.html", tmp_path / "halaman.xml")
    assert [isinstance(i, Article) for i in items] == [True, True, True, False, True]
    assert items[0].pub_date == "2024-09-17" and items[0].source.endswith("umpan.html#entry1")
    assert items[-1].id == "halaman" and items[-1].title == "Kepala Desa Ikut Kampanye, Bawaslu Lamongan Beri Teguran"
