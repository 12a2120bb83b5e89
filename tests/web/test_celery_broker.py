"""With PANTAU_BROKER_URL set, `pantau load` queues batches and a Celery worker stores them.

Needs Redis on 127.0.0.1:6379 (skips otherwise); uses its own SQLite file, not the test database.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.web.contract_examples import contract

BROKER = "redis://127.0.0.1:6379/11"


def redis_is_up() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.mark.skipif(not redis_is_up(), reason="no Redis on 127.0.0.1:6379")
def test_a_worker_stores_what_the_loader_queues(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PANTAU_", "DJANGO_"))}
    env.update(PANTAU_DATA_DIR=str(tmp_path / "var"), PANTAU_BROKER_URL=BROKER, DJANGO_SETTINGS_MODULE="pantau.web.settings")
    subprocess.run([sys.executable, "-m", "django", "migrate", "-v", "0"], env=env, check=True, cwd=tmp_path)
    source = tmp_path / "hasil.jsonl"
    source.write_text(
        "".join(json.dumps(contract(f"w{i}", story="s-w", outlet=f"media{i}.example")) + "\n" for i in range(7)),
        encoding="utf-8",
    )
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "pantau.web.celery_app", "worker", "--pool", "solo", "--purge",
         "--without-heartbeat", "--without-gossip", "--without-mingle", "--loglevel", "WARNING"],
        env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        loaded = subprocess.run(
            [sys.executable, "-m", "pantau", "load", "--analysed", "--batch-size", "3", str(source)],
            env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120,
        )
        assert loaded.returncode == 0, loaded.stderr
        assert "3 batches queued for workers" in loaded.stderr
        deadline = time.monotonic() + 60
        while True:
            with sqlite3.connect(tmp_path / "var" / "pantau.sqlite3") as conn:
                stored = conn.execute("SELECT n_articles, n_outlets FROM monitoring_story WHERE key = 's-w'").fetchall()
            if stored == [(7, 7)]:
                break
            assert worker.poll() is None, worker.stderr.read().decode()
            assert time.monotonic() < deadline, f"the worker stored {stored} in 60 s"
            time.sleep(0.5)
    finally:
        worker.terminate()
        worker.wait(timeout=30)
