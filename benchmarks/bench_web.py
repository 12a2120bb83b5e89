"""The web app at scale: loading, a streaming export, and page/API latency under concurrent clients.

Generates N synthetic analysed articles (written here, no news text), stores them through the same
``do_store_analyses`` the loader uses, then measures
1. load throughput (articles/s);
2. the peak Python memory of streaming the article CSV export at 10% of N (baseline) and at N,
   in this process — a stream that does not grow with N shows no memory blow-up;
3. p50/p95 latency of the beranda (``/``) and the API (``/api/stories``, ``/api/statistics``) with
   C concurrent clients against ``pantau serve`` (pre-forked threaded server + whitenoise), once with
   the findings cache off and once on (each client cycles through a few filters, so the cached run
   shows the steady state of a morning's repeated views, the uncached one the cost of a new query).

Run (PostgreSQL; the database ``pantau_bench`` is created if missing and reused between runs):

    python benchmarks/bench_web.py --articles 100000 --clients 20
    python benchmarks/bench_web.py --database-url sqlite:////tmp/bench.sqlite3 --articles 20000
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

DEFAULT_DB = "postgresql://postgres@127.0.0.1:5432/pantau_bench"

VIOLATIONS = ["attending_campaign", "social_media_support", "public_support_statement", "mobilising_subordinates",
              "photo_with_candidate_gesture", "using_office_facilities"]
STAGES = [None, "reported", "under_examination", "recommended", "sanctioned", "dismissed"]
ROLES = ["camat", "lurah", "kepala dinas pendidikan", "guru PPPK", "sekretaris daerah", "kepala puskesmas"]
SENTENCES = [
    "Bawaslu {region} menerima laporan dugaan pelanggaran netralitas oleh seorang {role}.",
    "{role} itu diduga {deed} pada {day} {month} 2024.",
    "Ketua Bawaslu setempat menyatakan pihaknya masih mengumpulkan keterangan saksi.",
    "Tim pemenangan pasangan calon lain meminta agar kasus ini ditindaklanjuti secara terbuka.",
    "Pemerintah daerah mengimbau seluruh aparatur sipil negara menjaga netralitas selama tahapan pilkada.",
    "Rekomendasi hasil pemeriksaan akan diteruskan kepada Badan Kepegawaian Negara.",
]
DEEDS = ["menghadiri kampanye", "mengunggah dukungan di media sosial", "berfoto dengan simbol jari pasangan calon",
         "mengarahkan bawahan mendukung calon", "memakai mobil dinas untuk kegiatan kampanye"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=20, help="requests per client per endpoint")
    parser.add_argument("--database-url", default=os.environ.get("PANTAU_DATABASE_URL") or DEFAULT_DB)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--skip-export", action="store_true", help="skip the export memory measurement")
    args = parser.parse_args()

    data_dir = tempfile.mkdtemp(prefix="pantau-bench-")
    os.environ["PANTAU_DATABASE_URL"] = args.database_url
    os.environ["PANTAU_DATA_DIR"] = data_dir
    os.environ.pop("PANTAU_BROKER_URL", None)
    _create_postgres_database(args.database_url)

    from pantau.web.django_setup import setup_django

    setup_django()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    print(f"database: {args.database_url}")
    _load(args.articles)
    users = _users()
    if not args.skip_export:
        _export_memory(users["ri"], args.articles)
    for cache_seconds in ("0", "300"):
        print(f"-- findings cache {'off' if cache_seconds == '0' else 'on'} (PANTAU_FINDINGS_CACHE_SECONDS={cache_seconds})")
        _latency(users, args, cache_seconds)


def _create_postgres_database(url: str) -> None:
    if not url.startswith("postgres"):
        return
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(base + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def synthetic_contracts(n: int, seed: int = 7):
    """n analysed articles in stories of 1-6 articles, spread over every region and 2024."""
    from pantau.web.monitoring.models import Region

    rng = random.Random(seed)
    regions = list(Region.objects.values("code", "name", "level", "province_name"))
    outlets = [f"media{i:03d}.example" for i in range(300)]
    i = 0
    story_no = 0
    while i < n:
        story_no += 1
        roll = rng.random()
        region = None if roll < 0.08 else rng.choice(regions)
        is_case = rng.random() < 0.5
        vtype, stage = rng.choice(VIOLATIONS), rng.choice(STAGES)
        start = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(330))
        role = rng.choice(ROLES)
        for k in range(min(rng.randint(1, 6), n - i)):
            day = start + dt.timedelta(days=k * rng.randint(0, 3))
            region_obj = (
                {"level": region["level"], "code": region["code"], "name": region["name"],
                 "province": region["province_name"]}
                if region else None
            )
            text = " ".join(
                s.format(region=region["name"] if region else "RI", role=role, deed=rng.choice(DEEDS),
                         day=day.day, month=MONTHS[day.month - 1])
                for s in rng.sample(SENTENCES, 5)
            )
            yield {
                "id": f"b{i:07d}",
                "url": f"https://{outlets[i % 300]}/berita/{i}",
                "title": f"{role.title()} di {region['name'] if region else 'Jakarta'} diduga {rng.choice(DEEDS)} ({i})",
                "outlet": rng.choice(outlets),
                "pub_date": day.isoformat(),
                "language": "id",
                "about_asn_neutrality": True,
                "event_kind": "violation_case" if is_case else "outreach",
                "violation": {"is_case": is_case, "type": vtype if is_case else None,
                              "stage": stage if is_case else None, "confidence": 0.8,
                              "evidence": [text.split(". ")[0] + "."]},
                "actors": [{"name": None, "role": role, "is_asn": True, "accused": is_case}],
                "region": region_obj,
                "regions_mentioned": [region_obj] if region_obj else [],
                "event_date": start.isoformat(),
                "story": f"s-b{story_no:07d}",
                "news_event": f"e-b{i:07d}",
                "duplicate_of": None,
                "warnings": [],
                "text": text,
            }
            i += 1


def _load(n: int) -> None:
    from pantau.web.monitoring.actions import do_store_analyses
    from pantau.web.monitoring.models import Article

    have = Article.objects.filter(key__startswith="b").count()
    if have >= n:
        print(f"load: {have} synthetic articles already stored (reused)")
        return
    started = time.perf_counter()
    batch, stored = [], 0
    for obj in synthetic_contracts(n):
        batch.append(obj)
        if len(batch) == 1000:
            stored += do_store_analyses(batch).stored
            batch = []
    if batch:
        stored += do_store_analyses(batch).stored
    seconds = time.perf_counter() - started
    print(f"load: {stored} articles in {seconds:.1f} s = {stored / seconds:.0f} articles/s")
    from django.db import connection

    if connection.vendor == "postgresql":
        # VACUUM as autovacuum would soon after a load: until the visibility map is set, the
        # statistics' index-only scans (story_statistics) read the table anyway.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def _users() -> dict:
    from pantau.web.accounts.actions import do_create_user, do_grant_region_role
    from pantau.web.accounts.models import User

    users = {}
    for name, code in (("bench-ri", ""), ("bench-jabar", "32")):
        user = User.objects.filter(username=name).first() or do_create_user(name, None)
        do_grant_region_role(user, code)
        users["ri" if code == "" else "province"] = user
    return users


def _export_memory(user, n: int) -> None:
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    for label, query in (("baseline", f"?date_to=2024-02-03"), ("all", "")):
        tracemalloc.start()
        started = time.perf_counter()
        response = client.get("/api/export/articles.csv" + query)
        size = rows = 0
        for chunk in response.streaming_content:
            size += len(chunk)
            rows += chunk.count(b"\n")
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"export articles.csv ({label}): {rows - 1} rows, {size / 1e6:.1f} MB in {seconds:.1f} s, "
              f"peak Python memory {peak / 1e6:.1f} MB")


def _session_cookie(user) -> str:
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "pantau.web.accounts.login_throttle.ThrottledModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return f"sessionid={session.session_key}"


def _latency(users: dict, args, cache_seconds: str) -> None:
    env = {**os.environ, "PANTAU_FINDINGS_CACHE_SECONDS": cache_seconds}
    server = subprocess.Popen(
        [sys.executable, "-m", "pantau", "serve", "--port", str(args.port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(args.port)
        cookies = {kind: _session_cookie(u) for kind, u in users.items()}
        endpoints = {
            "beranda /": ["/", "/?cases_only=1", "/?region=32", "/?page=3", "/?q=camat"],
            "API /api/stories": ["/api/stories", "/api/stories?cases_only=1", "/api/stories?region=32",
                                 "/api/stories?page=3", "/api/stories?q=camat"],
            "API /api/statistics": ["/api/statistics"],
        }
        # One client first: the service time of a request, what concurrency multiplies.
        for clients in (1, args.clients):
            for label, paths in endpoints.items():
                for kind in ("ri", "province"):
                    try:
                        times = _hammer(args.port, cookies[kind], paths, clients, args.requests)
                    except RuntimeError as exc:
                        print(f"{label:<22} as {kind:<8}: {exc}")
                        continue
                    q = statistics.quantiles(times, n=100)
                    # Other work on the machine inflates latency: the 1-minute load average says how much.
                    print(f"{label:<22} as {kind:<8}: {len(times):>4} requests, {clients:>2} clients: "
                          f"p50 {q[49] * 1000:.0f} ms, p95 {q[94] * 1000:.0f} ms  (load avg {os.getloadavg()[0]:.1f})")
    finally:
        server.terminate()
        server.wait(timeout=20)


def _wait_for(port: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/akun/masuk/")
            conn.getresponse().read()
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("pantau serve did not start")


def _hammer(port: int, cookie: str, paths: list[str], clients: int, per_client: int) -> list[float]:
    times: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()

    def client(seed: int) -> None:
        rng = random.Random(seed)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine = []
        for _ in range(per_client):
            path = rng.choice(paths)
            started = time.perf_counter()
            conn.request("GET", path, headers={"Cookie": cookie, "Host": "127.0.0.1"})
            response = conn.getresponse()
            response.read()
            mine.append(time.perf_counter() - started)
            if response.status != 200:
                with lock:
                    failures.append(f"{path}: HTTP {response.status}")
            if response.getheader("Connection", "").lower() == "close":
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        with lock:
            times.extend(mine)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if failures:
        raise RuntimeError(f"{len(failures)} failed requests, e.g. {failures[0]}")
    return times


if __name__ == "__main__":
    main()
