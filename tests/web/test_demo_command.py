"""``pantau demo``: sample corpus analysed, demo accounts scoped, and the app served over HTTP."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

from pantau.cli.demo_command import DEMO_ACCOUNTS
from pantau.cli.main import main
from pantau.web.accounts.models import User
from pantau.web.monitoring.models import Article, Story


@pytest.mark.django_db(transaction=True)
def test_demo_without_serving_loads_the_corpus_and_creates_scoped_accounts(capsys):
    assert main(["demo", "--no-serve"]) == 0
    out = capsys.readouterr().out
    logins = json.loads((Path(settings.DATA_DIR) / "demo-accounts.json").read_text())
    for username in DEMO_ACCOUNTS:
        assert f"{username}" in out and logins[username] in out
        assert User.objects.get(username=username).check_password(logins[username])
    assert Article.objects.count() > 50
    konsel = User.objects.get(username="demo-konsel")
    visible = Story.objects.restrict(konsel)
    assert visible.exists() and set(visible.values_list("region_code", flat=True)) == {"74.05"}
    # A second run changes nothing and keeps the passwords.
    articles = Article.objects.count()
    assert main(["demo", "--no-serve"]) == 0
    assert Article.objects.count() == articles
    assert json.loads((Path(settings.DATA_DIR) / "demo-accounts.json").read_text()) == logins


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_demo_serves_the_app_until_stopped(tmp_path):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PANTAU_", "DJANGO_"))}
    env["PANTAU_DATA_DIR"] = str(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "pantau", "demo", "--port", str(port)],
        env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/akun/masuk/", timeout=2) as response:
                    assert response.status == 200
                    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
                    break
            except OSError:
                assert process.poll() is None, process.stdout.read().decode()
                assert time.monotonic() < deadline, "the demo did not start serving in 90 s"
                time.sleep(0.5)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/static/ninja/swagger-ui.css", timeout=5) as response:
            assert response.status == 200  # static files served without collectstatic
    finally:
        process.terminate()
        process.wait(timeout=20)
    time.sleep(0.5)
    with pytest.raises(OSError):  # the worker processes went with it
        urllib.request.urlopen(f"http://127.0.0.1:{port}/akun/masuk/", timeout=2)
