"""The migrations in the repository match the models."""

from __future__ import annotations

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_no_missing_migrations():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.django_db
def test_region_table_holds_every_province_and_regency():
    from pantau.web.monitoring.models import Region

    assert Region.objects.filter(level="province").count() == 38
    assert Region.objects.filter(level="regency").count() == 514
    assert Region.objects.get(code="71.74").province_name == "Sulawesi Utara"
