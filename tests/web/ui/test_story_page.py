"""Story page: timeline, who/what/where/when, evidence highlighted, why grouped, links to sources."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse

from pantau.web.monitoring.models import Article, Source


def test_story_page_shows_extraction_evidence_and_grouping(client, ui_stories, regency_user):
    client.force_login(regency_user)
    response = client.get(reverse("ui:story", args=["s-kotamobagu"]))
    html = response.content.decode()
    assert response.status_code == 200
    # Evidence sentences are marked, the second one despite the different whitespace.
    assert (
        '<mark class="evidence">Seorang camat diduga hadir dalam kampanye salah satu pasangan calon pada Sabtu pekan lalu.</mark>'
        in html
    )
    assert '<mark class="evidence">pihaknya   sedang mengumpulkan keterangan saksi.</mark>' in html
    assert "Evidence not found" not in html and "tidak ditemukan" not in html
    # Who / where / when
    assert "camat" in html and "Kota Kotamobagu" in html and "5 Okt 2024" in html
    # Why grouped: the explanation's keys and rounded values
    assert "same_incident" in html and "0.87" in html and "camat, Kotamobagu" in html
    # Link to the source, opened safely
    assert 'href="https://media.example/kotamobagu-camat" rel="noopener noreferrer nofollow"' in html


def test_timeline_orders_articles_by_publication_day(client, ui_stories, ri_user):
    story = ui_stories["regency"]
    outlet = Source.objects.create(name="outlet-lain.example")
    Article.objects.create(
        key="a-earlier", title="Liputan lebih awal", source=outlet, pub_date="2024-09-30",
        pub_day=dt.date(2024, 9, 30), story=story, region_code="71.74", text="Teks awal buatan kami.",
    )
    Article.objects.create(
        key="a-undated", title="Liputan tanpa tanggal", source=outlet, story=story, text="Teks tanpa tanggal.",
    )
    client.force_login(ri_user)
    timeline = client.get(reverse("ui:story", args=[story.key])).context["timeline"]
    assert [entry.article.key for entry in timeline] == ["a-earlier", "a-s-kotamobagu", "a-undated"]


def test_evidence_missing_from_the_text_is_still_listed(client, ui_stories, ri_user):
    Article.objects.filter(key="a-s-manado").update(evidence=["Kalimat yang tidak ada di teks."])
    client.force_login(ri_user)
    html = client.get(reverse("ui:story", args=["s-manado"])).content.decode()
    assert '<li><mark class="evidence">Kalimat yang tidak ada di teks.</mark></li>' in html
    assert "1 kalimat bukti tidak ditemukan persis dalam teks tersimpan." in html


def test_article_text_is_escaped(client, ui_stories, ri_user):
    Article.objects.filter(key="a-s-manado").update(text="Ada <script>alert(1)</script> di sini.")
    client.force_login(ri_user)
    html = client.get(reverse("ui:story", args=["s-manado"])).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_articles_of_one_news_event_are_shown_as_one_development(client, ui_stories, ri_user):
    story = ui_stories["regency"]
    outlet = Source.objects.create(name="outlet-kedua.example")
    Article.objects.filter(key="a-s-kotamobagu").update(news_event="e-1")
    Article.objects.create(
        key="a-same-day", title="Liputan hari yang sama", source=outlet, pub_date="2024-10-05",
        pub_day=dt.date(2024, 10, 5), story=story, news_event="e-1", text="Teks liputan kedua buatan kami.",
    )
    Article.objects.create(
        key="a-follow-up", title="Perkembangan berikutnya", source=outlet, pub_date="2024-10-09",
        pub_day=dt.date(2024, 10, 9), story=story, news_event="e-2", text="Teks perkembangan buatan kami.",
    )
    client.force_login(ri_user)
    response = client.get(reverse("ui:story", args=[story.key]))
    developments = response.context["developments"]
    assert [[e.article.key for e in d.entries] for d in developments] == [
        ["a-s-kotamobagu", "a-same-day"],
        ["a-follow-up"],
    ]
    html = response.content.decode()
    assert "Satu perkembangan, diberitakan dalam 2 artikel" in html
    assert html.count("<details open>") == 1  # only the first original article's text is unfolded
