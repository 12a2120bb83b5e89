"""Start Django from the CLI (``pantau load``, ``pantau demo``) without a manage.py."""

from __future__ import annotations

import os


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pantau.web.settings")
    import django

    django.setup()
