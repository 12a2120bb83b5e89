"""URLs against a real HTTP server started here on 127.0.0.1 (never any other address)."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pantau.engine.article import Article, ReadError
from pantau.ingest.read_failure import ReadFailure
from pantau.ingest.read_options import ReadOptions
from pantau.ingest.sources import read_inputs
from pantau.ingest.url_fetcher import fetch

FIXTURES = Path(__file__).parent / "fixtures"
FAST = ReadOptions(timeout=0.3, retries=1, backoff=0.05, max_bytes=1_000_000)


_SOFT_404 = (
    b"<!doctype html><html><head><title>404 Not Found</title></head><body><h1>404 - Halaman tidak ditemukan</h1>"
    b"<p>Maaf, halaman yang Anda cari tidak tersedia atau sudah dipindahkan.</p><a href='/'>Kembali ke beranda</a>"
    b"</body></html>"
)


class _Site(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}
    lock = threading.Lock()
    in_flight = 0
    most_in_flight = 0

    def do_GET(self):  # noqa: N802 (http.server's name)
        _Site.hits[self.path] = _Site.hits.get(self.path, 0) + 1
        page = (FIXTURES / "html" / "kades_bukan_asn.html").read_bytes()
        feed = (FIXTURES / "feeds" / "rss_wib.xml").read_bytes()
        routes = {
            "/halaman": (200, "text/html; charset=utf-8", page),
            "/feed": (200, "application/rss+xml", feed),
            "/feed-menyamar": (200, "text/html", feed),  # a server that labels its feed as HTML
            "/feed-rusak": (200, "application/rss+xml", b"Maaf, layanan sedang dalam perbaikan."),
            "/gambar": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
            "/teks": (200, "text/plain; charset=utf-8", (FIXTURES / "txt" / "camat_hadiri_deklarasi.txt").read_bytes()),
            "/besar": (200, "text/html", b"<html><body><p>" + b"Bawaslu " * 200_000 + b"</p></body></html>"),
            "/feed-lama": (200, "application/x-rss+xml", feed),  # the pre-standard name, as http.server sends it
            "/galat-200": (200, "text/html", _SOFT_404),
            "/kosong": (200, "text/html", b""),
        }
        if self.path.startswith("/putar"):  # two pages that redirect to each other forever
            self.send_response(302)
            self.send_header("Location", "/putar-b" if self.path == "/putar-a" else "/putar-a")
            self.end_headers()
            return None
        if self.path in ("/gzip", "/gzip-rusak", "/brotli"):  # compressed although the client never asked
            body = gzip.compress(page) if self.path == "/gzip" else b"\x1f\x8b\x08\x00rusak" * 10
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", "br" if self.path == "/brotli" else "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return None
        if self.path == "/terputus":  # promises more than it sends, then hangs up
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "50000")
            self.end_headers()
            self.wfile.write(b"<html><body><p>Bawaslu Kabupaten")
            self.wfile.flush()
            self.close_connection = True
            return None
        if self.path == "/menetes":  # headers at once, then a few bytes now and then, never finishing in time
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"<p>Bawaslu</p>")
                    self.wfile.flush()
                    time.sleep(0.1)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return None
        if self.path == "/feed-ringkas":
            return self._send(200, "application/rss+xml", self._summary_feed())
        if self.path == "/feed-tautan":
            return self._send(200, "application/rss+xml", self._links_only_feed())
        if self.path.startswith("/agak-lambat"):
            with _Site.lock:
                _Site.in_flight += 1
                _Site.most_in_flight = max(_Site.most_in_flight, _Site.in_flight)
            time.sleep(0.2)
            with _Site.lock:
                _Site.in_flight -= 1
            return self._send(200, "text/html", page)
        if self.path == "/lambat":
            time.sleep(1.0)
            return self._send(200, "text/html", page)
        if self.path == "/kadang-gagal" and _Site.hits[self.path] == 1:
            return self._send(503, "text/plain", b"sibuk")
        if self.path == "/kadang-gagal":
            return self._send(200, "text/html", page)
        if self.path == "/pindah":
            self.send_response(301)
            self.send_header("Location", "/halaman")
            self.end_headers()
            return None
        if self.path in routes:
            return self._send(*routes[self.path])
        return self._send(404, "text/plain", b"tidak ditemukan")

    def _summary_feed(self):
        base = "http://127.0.0.1:%d" % self.server.server_address[1]
        item = "<item><title>{t}</title><link>{base}{path}</link><pubDate>Rabu, 2 Okt 2024 15:00 WIB</pubDate>{body}</item>"
        teaser = "<description>Bawaslu Lamongan menegur seorang kepala desa yang ikut kampanye.</description>"
        full = "<content:encoded><![CDATA[<p>Isi lengkap sudah ada di feed, tidak perlu diambil lagi dari halaman.</p>]]></content:encoded>"
        items = (item.format(t="Teguran untuk Kades", base=base, path="/halaman", body=teaser)
                 + item.format(t="Halaman Hilang", base=base, path="/hilang", body=teaser.replace("menegur", "memanggil"))
                 + item.format(t="Isi Lengkap", base=base, path="/tidak-diambil", body=full))
        return ("<?xml version='1.0'?><rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'>"
                f"<channel><title>Uji</title><link>{base}/</link>{items}</channel></rss>").encode()

    def _links_only_feed(self):
        """Titles and links only, as some outlets publish: no description at all."""
        base = "http://127.0.0.1:%d" % self.server.server_address[1]
        items = (f"<item><title>Teguran untuk Kades</title><link>{base}/halaman</link>"
                 "<pubDate>Rabu, 2 Okt 2024 15:00 WIB</pubDate></item>"
                 f"<item><title>Halaman Hilang</title><link>{base}/hilang</link></item>"
                 "<item><title>Tanpa Tautan</title></item>")
        return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Uji</title>{items}</channel></rss>".encode()

    def _send(self, status, content_type, body):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    _Site.hits = {}
    _Site.in_flight = _Site.most_in_flight = 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    server.daemon_threads = True
    server.block_on_close = False  # do not wait for the deliberately slow handler
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def dead_url():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/berita"  # nothing listens there any more


def test_article_page_url(site):
    [article] = read_inputs([f"{site}/halaman"], FAST)
    assert isinstance(article, Article)
    assert article.title == "Kepala Desa Ikut Kampanye, Bawaslu Lamongan Beri Teguran"
    assert article.url == f"{site}/halaman"
    assert article.canonical_url.startswith("https://www.suarapantura.id/2024/10/02/")
    assert article.pub_date == "2024-10-02"
    assert "BACA JUGA" not in article.text


def test_plain_text_url_is_read_like_a_text_file(site):
    [article] = read_inputs([f"{site}/teks"], FAST)
    assert article.title == "Camat Sukamaju Diduga Hadiri Deklarasi Bakal Calon Bupati"
    assert article.outlet == "wartapriangan.com"  # the dateline's outlet, not 127.0.0.1


def test_redirect_gives_the_final_url(site):
    [article] = read_inputs([f"{site}/pindah"], FAST)
    assert article.url == f"{site}/halaman"


@pytest.mark.parametrize("path", ["/feed", "/feed-menyamar"])
def test_feed_url_by_content_type_or_by_sniffing(site, path):
    items = list(read_inputs([site + path], FAST))
    assert [isinstance(i, Article) for i in items] == [True, True, True, False]
    assert items[0].pub_date == "2024-09-17"


def test_feed_url_that_is_not_xml(site):
    [error] = read_inputs([f"{site}/feed-rusak"], FAST)
    assert isinstance(error, ReadError)
    assert error.source == f"{site}/feed-rusak"
    assert "not an RSS or Atom feed" in error.error


def test_missing_page_is_not_retried(site):
    [error] = read_inputs([f"{site}/hilang"], FAST)
    assert error.error == "HTTP 404 Not Found"
    assert _Site.hits["/hilang"] == 1


def test_server_error_is_retried_with_backoff(site):
    [article] = read_inputs([f"{site}/kadang-gagal"], FAST)
    assert isinstance(article, Article)
    assert _Site.hits["/kadang-gagal"] == 2


def test_slow_url_times_out_after_the_retries(site):
    started = time.perf_counter()
    [error] = read_inputs([f"{site}/lambat"], FAST)
    assert error.error == "timed out after 0.3 s (2 tries)"
    assert _Site.hits["/lambat"] == 2
    assert time.perf_counter() - started < 1.5


def test_dead_url(dead_url):
    [error] = read_inputs([dead_url], FAST)
    assert isinstance(error, ReadError) and error.source == dead_url
    assert error.error.startswith("could not connect") and error.error.endswith("(2 tries)")


def test_size_cap_and_content_type(site):
    with pytest.raises(ReadFailure, match="too large"):
        fetch(f"{site}/besar", FAST)
    with pytest.raises(ReadFailure, match="content type image/png"):
        fetch(f"{site}/gambar", FAST)


def test_bad_urls_do_not_stop_the_good_ones(site, dead_url):
    items = list(read_inputs([dead_url, f"{site}/hilang", f"{site}/halaman"], FAST))
    assert [type(i) for i in items] == [ReadError, ReadError, Article]


def test_follow_links_replaces_summaries_with_pages_and_keeps_order(site):
    options = ReadOptions(timeout=0.3, retries=0, backoff=0.05, follow_feed_links=True)
    page, missing, full = read_inputs([f"{site}/feed-ringkas"], options)
    assert page.title == "Teguran untuk Kades" and page.pub_date == "2024-10-02"
    assert page.text.startswith("Badan Pengawas Pemilu (Bawaslu) Kabupaten Lamongan")  # the page, not the teaser
    assert page.warnings == []
    assert missing.text.startswith("Bawaslu Lamongan memanggil")  # the teaser stays
    assert "full page not fetched (HTTP 404 Not Found)" in missing.warnings[-1]
    assert full.text.startswith("Isi lengkap") and "/tidak-diambil" not in _Site.hits


def test_without_follow_links_no_page_is_fetched(site):
    items = list(read_inputs([f"{site}/feed-ringkas"], FAST))
    assert len(items) == 3 and "/halaman" not in _Site.hits


def test_several_urls_are_fetched_at_once_and_come_out_in_input_order(site):
    urls = [f"{site}/agak-lambat?nomor={n}" for n in range(4)] + [str(FIXTURES / "txt" / "antara_statistik.txt")]
    items = list(read_inputs(urls, ReadOptions(timeout=2, retries=0)))
    assert [i.source for i in items] == urls
    assert _Site.most_in_flight > 1  # the server saw requests overlap


def test_feed_under_the_old_x_rss_content_type(site):
    items = list(read_inputs([f"{site}/feed-lama"], FAST))
    assert [isinstance(i, Article) for i in items] == [True, True, True, False]


def test_redirect_loop_is_one_clear_line(site):
    [error] = read_inputs([f"{site}/putar-a"], FAST)
    assert error.error == "too many redirects or a redirect loop (HTTP 302)"


def test_error_page_sent_with_status_200_is_no_article(site):
    [error] = read_inputs([f"{site}/galat-200"], FAST)
    assert isinstance(error, ReadError)
    assert error.error.startswith("an error page, not an article") and "404" in error.error


def test_empty_response(site):
    [error] = read_inputs([f"{site}/kosong"], FAST)
    assert error.error == "empty response (the server sent no content)"


def test_server_trickling_bytes_is_given_up_within_a_few_timeouts(site):
    started = time.perf_counter()
    [error] = read_inputs([f"{site}/menetes"], ReadOptions(timeout=0.3, retries=0))
    assert error.error.startswith("the server sends too slowly")
    assert time.perf_counter() - started < 3.0  # the server would trickle for 4 s


def test_body_cut_short_is_retried_then_one_clear_line(site):
    [error] = read_inputs([f"{site}/terputus"], FAST)
    assert error.error == "response cut short: 32 of 50000 bytes (2 tries)"
    assert _Site.hits["/terputus"] == 2


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://", "invalid URL: no host name"),
        ("http://[::1", "invalid URL: Invalid IPv6 URL"),
        ("http://contoh berita.id/a", "invalid URL: URL can't contain control characters"),
        ("file:///etc/hostname", "unsupported URL scheme 'file'"),
        ("ftp://contoh.id/berita.txt", "unsupported URL scheme 'ftp'"),
    ],
)
def test_malformed_and_unsupported_urls_are_named_as_such(url, reason):
    [error] = read_inputs([url], FAST)
    assert isinstance(error, ReadError) and error.source == url
    assert error.error.startswith(reason)


def test_feed_entries_with_only_a_link_are_errors_unless_links_are_followed(site):
    plain = list(read_inputs([f"{site}/feed-tautan"], FAST))
    assert all(isinstance(i, ReadError) for i in plain)
    assert plain[0].error.endswith("--follow-links would read its page") and "/halaman" not in _Site.hits
    assert plain[2].error == "feed entry has no text (no content or summary)"  # nothing to follow

    options = ReadOptions(timeout=0.3, retries=0, backoff=0.05, follow_feed_links=True)
    page, missing, no_link = read_inputs([f"{site}/feed-tautan"], options)
    assert isinstance(page, Article) and page.id == plain[0].id  # the same id either way, for --resume
    assert page.title == "Teguran untuk Kades" and page.pub_date == "2024-10-02"
    assert page.text.startswith("Badan Pengawas Pemilu (Bawaslu) Kabupaten Lamongan")
    assert isinstance(missing, ReadError) and missing.error.endswith("its page could not be read: HTTP 404 Not Found")
    assert no_link.error == plain[2].error


def test_gzip_body_sent_unasked_is_decompressed(site):
    [article] = read_inputs([f"{site}/gzip"], FAST)
    assert isinstance(article, Article) and article.title == "Kepala Desa Ikut Kampanye, Bawaslu Lamongan Beri Teguran"


def test_broken_or_unknown_compression_is_named(site):
    broken, brotli = read_inputs([f"{site}/gzip-rusak", f"{site}/brotli"], FAST)
    assert broken.error.startswith("broken gzip compression")
    assert brotli.error == "the server compressed the response with 'br', which cannot be read"
