"""Browser tests: Playwright driving Debian's chromium against pytest-django's live server.

Skipped when /usr/bin/chromium is absent (Playwright's own browsers cannot be downloaded here).
Screenshots go to test-artifacts/screenshots/ (gitignored) for people to look at.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Playwright's sync API runs an event loop in this thread; Django refuses ORM calls from a thread
# with a running loop unless told that this is intended (the fixtures write through the ORM).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pantau.web.settings")
os.environ.setdefault("PANTAU_DATA_DIR", tempfile.mkdtemp(prefix="pantau-browser-"))

import django  # noqa: E402
from django.conf import settings  # noqa: E402

settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The fixtures write rows directly, without the version bump a load makes: no findings cache here.
settings.PANTAU_FINDINGS_CACHE_SECONDS = 0
django.setup()

import pytest  # noqa: E402

from tests.web.web_fixtures import PASSWORD, make_user  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 860}, locale="id-ID")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def screenshot(page):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(name: str, full_page: bool = True) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    return take


@pytest.fixture
def sample_findings(transactional_db):
    from tests.browser.sample_findings import load_sample_findings

    return load_sample_findings()


@pytest.fixture
def signed_in(page, live_server, sample_findings):
    """Signs in through the login form as a Sulawesi Utara province supervisor."""

    def sign_in(username: str = "sulut", codes: tuple[str, ...] = ("71",)):
        make_user(username, list(codes))
        page.goto(live_server.url + "/")
        page.fill("#id_username", username)
        page.fill("#id_password", PASSWORD)
        page.click(".login-box button[type=submit]")
        page.wait_for_url(live_server.url + "/")
        return page

    return sign_in
