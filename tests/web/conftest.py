"""Django for the web tests: settings module, a throwaway data directory, a fast password hasher.

pytest-django reads DJANGO_SETTINGS_MODULE when its session fixtures run, after this file has set it,
so the lead's pyproject.toml needs no Django entry and the non-web tests never start Django.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pantau.web.settings")
os.environ.setdefault("PANTAU_DATA_DIR", tempfile.mkdtemp(prefix="pantau-test-"))
os.environ.pop("PANTAU_BROKER_URL", None)  # tasks run in-process in tests

import django  # noqa: E402
from django.conf import settings  # noqa: E402

# MD5 only here: PBKDF2's deliberate slowness would dominate the run time of the tests.
settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Fixtures write rows directly, without the version bump a load makes: no findings cache in tests
# (test_findings_cache.py turns it on where it is what is tested).
settings.PANTAU_FINDINGS_CACHE_SECONDS = 0
django.setup()

import pytest  # noqa: E402

from tests.web.web_fixtures import *  # noqa: E402,F401,F403
