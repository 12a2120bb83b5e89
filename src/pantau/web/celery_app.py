"""The Celery app. Without ``PANTAU_BROKER_URL`` its tasks run eagerly, in the calling process.

Start a worker against a real broker with::

    PANTAU_BROKER_URL=redis://127.0.0.1:6379/0 celery -A pantau.web.celery_app worker
"""

from __future__ import annotations

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pantau.web.settings")

app = Celery("pantau")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["pantau.web.monitoring"])
