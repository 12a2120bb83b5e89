"""Indonesian by default, English on request; every string of the pages translated into Indonesian."""

from __future__ import annotations

import re
from pathlib import Path

from django.urls import reverse

import pantau.web

LOCALE = Path(pantau.web.__file__).parent / "locale"


def test_pages_are_indonesian_by_default_and_english_on_request(client, ui_stories, ri_user):
    client.force_login(ri_user)
    html = client.get(reverse("ui:beranda")).content.decode()
    assert '<html lang="id">' in html
    assert "Berita yang perlu ditindaklanjuti" in html and "Menghadiri kampanye" in html
    response = client.post(reverse("set_language"), {"language": "en", "next": reverse("ui:beranda")})
    assert response.status_code == 302
    html = client.get(reverse("ui:beranda")).content.decode()
    assert '<html lang="en">' in html
    assert "Stories needing attention" in html and "Attending a campaign event" in html


def test_every_message_of_the_pages_has_an_indonesian_translation():
    po = (LOCALE / "id" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    untranslated = []
    for entry in po.split("\n\n")[1:]:
        if "ui/" not in entry:
            continue
        if re.search(r'^msgstr(\[0\])? ""\n(?!")', entry + "\n", flags=re.MULTILINE):
            untranslated.append(entry)
    assert untranslated == []



def test_browser_language_does_not_override_indonesian(client, ri_user, settings):
    settings.MIDDLEWARE = [
        "pantau.web.ui.language_choice.ChosenLanguageMiddleware" if m.endswith("LocaleMiddleware") else m
        for m in settings.MIDDLEWARE
    ]
    client.force_login(ri_user)
    html = client.get(reverse("ui:beranda"), headers={"Accept-Language": "en-US,en;q=0.9"}).content.decode()
    assert '<html lang="id">' in html
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    html = client.get(reverse("ui:beranda"), headers={"Accept-Language": "id"}).content.decode()
    assert '<html lang="en">' in html
    client.cookies["django_language"] = "xx"  # not offered: back to Indonesian
    assert '<html lang="id">' in client.get(reverse("ui:beranda")).content.decode()
