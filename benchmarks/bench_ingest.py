"""Reading throughput: articles/s for JSONL text, pages/s for saved HTML, entries/s for RSS.

Inputs are synthetic (generated here, written by us): Indonesian-looking articles with a dateline,
"Baca juga" lines, a byline and a comment form, so boilerplate removal and dateline parsing do
their usual work. Run: ``python benchmarks/bench_ingest.py [--articles N] [--pages N]``.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from pantau.engine.article import Article
from pantau.ingest.sources import read_inputs

PLACES = ["JAKARTA", "MAKASSAR", "KUPANG", "PALU", "MEDAN", "BANDUNG", "AMBON", "JAYAPURA", "PADANG", "SAMARINDA"]
OUTLETS = ["KABARKITA.COM", "WARTADAERAH.ID", "SUARATIMUR.CO.ID", "BERITAPAGI.NET", "RAKYATNEWS.ID"]
SENTENCES = [
    "Badan Pengawas Pemilu kabupaten menelusuri dugaan keterlibatan seorang camat dalam kampanye pasangan calon.",
    "Ketua Bawaslu mengatakan pihaknya telah memanggil yang bersangkutan untuk dimintai klarifikasi.",
    "Aparatur sipil negara dilarang memberikan dukungan kepada peserta pemilihan, termasuk melalui media sosial.",
    "Hasil kajian akan diteruskan kepada Badan Kepegawaian Negara bila unsur pelanggaran terpenuhi.",
    "\u201cKami meminta seluruh kepala dinas mengawasi bawahannya,\u201d ujar Penjabat Bupati dalam apel pagi.",
    "Warga dapat melapor paling lambat tujuh hari sejak kejadian diketahui, kata anggota Bawaslu.",
    "Sosialisasi netralitas digelar di aula kantor bupati dan diikuti ratusan pegawai.",
    "Bawaslu provinsi mencatat puluhan dugaan pelanggaran netralitas sejak tahapan kampanye dimulai.",
]


def synthetic_text(rng: random.Random, n: int) -> str:
    lines = [f"{rng.choice(PLACES)}, {rng.choice(OUTLETS)} \u2013 {rng.choice(SENTENCES)} Artikel nomor {n}."]
    for i in range(rng.randint(8, 14)):
        lines.append(rng.choice(SENTENCES))
        if i == 3:
            lines.append("BACA JUGA: Harga Beras di Pasar Induk Turun Menjelang Akhir Bulan")
    lines += ["Editor: Redaksi Daerah", "Bagikan", "Tinggalkan Balasan", "Alamat email Anda tidak akan dipublikasikan."]
    return "\n".join(lines)


def synthetic_page(rng: random.Random, n: int) -> str:
    paragraphs = "".join(f"<p>{line}</p>\n" for line in synthetic_text(rng, n).split("\n"))
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>"
        f"<title>Bawaslu Telusuri Dugaan Pelanggaran Netralitas ASN {n} - Kabar Kita</title>"
        "<meta property='og:site_name' content='Kabar Kita'>"
        f"<link rel='canonical' href='https://kabarkita.com/2024/09/17/berita-{n}/'>"
        "<meta property='article:published_time' content='2024-09-17T10:15:00+07:00'></head><body>"
        "<header><nav><a href='/'>Beranda</a> <a href='/politik'>Politik</a></nav></header>"
        f"<article><h1>Bawaslu Telusuri Dugaan Pelanggaran Netralitas ASN {n}</h1>{paragraphs}</article>"
        "<aside><h3>Terpopuler</h3><ul>" + "".join(f"<li><a href='/b/{i}'>Berita lain {i}</a></li>" for i in range(10))
        + "</ul></aside><footer>Copyright 2024 Kabar Kita</footer></body></html>"
    )


def synthetic_feed(rng: random.Random, entries: int) -> str:
    items = "".join(
        f"<item><title>Berita {n}</title><link>https://kabarkita.com/2024/09/17/berita-{n}/</link>"
        f"<pubDate>Selasa, 17 Sep 2024 10:{n % 60:02d} WIB</pubDate>"
        f"<description><![CDATA[{synthetic_text(rng, n)}]]></description></item>"
        for n in range(entries)
    )
    return f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Kabar Kita</title><link>https://kabarkita.com/</link>{items}</channel></rss>"


def timed(inputs: list[str]) -> tuple[int, float, float]:
    """(articles, wall seconds, CPU seconds): CPU time is steadier on a shared machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    count = sum(isinstance(item, Article) for item in read_inputs(inputs))
    return count, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=5000, help="JSONL articles (default 5000)")
    parser.add_argument("--pages", type=int, default=300, help="HTML pages (default 300)")
    parser.add_argument("--entries", type=int, default=2000, help="RSS entries (default 2000)")
    args = parser.parse_args()
    rng = random.Random(17)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        jsonl = root / "articles.jsonl"
        with jsonl.open("w", encoding="utf-8") as fh:
            for n in range(args.articles):
                record = {"id": f"b{n:05d}", "url": f"https://kabarkita.com/2024/09/17/berita-{n}/", "text": synthetic_text(rng, n)}
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        pages = root / "pages"
        pages.mkdir()
        for n in range(args.pages):
            (pages / f"page{n:05d}.html").write_text(synthetic_page(rng, n), encoding="utf-8")
        feed = root / "feed.xml"
        feed.write_text(synthetic_feed(rng, args.entries), encoding="utf-8")

        timed([str(pages / "page00000.html")])  # warm-up: imports and trafilatura's first-call setup
        rows = [
            ("JSONL text", "articles/s", *timed([str(jsonl)])),
            ("saved HTML", "pages/s", *timed([str(pages)])),
            ("RSS feed", "entries/s", *timed([str(feed)])),
        ]
    print(f"{'input':<12} {'items':>7} {'wall s':>7} {'CPU s':>7} {'per wall s':>10} {'per CPU s':>10}")
    for name, unit, count, wall, cpu in rows:
        print(f"{name:<12} {count:>7} {wall:>7.2f} {cpu:>7.2f} {count / wall:>10.0f} {count / cpu:>10.0f} {unit}")


if __name__ == "__main__":
    main()
