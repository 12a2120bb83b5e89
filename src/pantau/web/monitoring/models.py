"""Stored findings. Region codes are Kemendagri codes ("71", "71.74"); "" means national / none."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pantau.engine.analysis import CASE_STAGES, EVENT_KINDS, VIOLATION_TYPES
from pantau.web.monitoring.visibility import ArticleQuerySet, StoryQuerySet

REGION_LEVELS = [("province", _("provinsi")), ("regency", _("kabupaten/kota"))]
VIOLATION_TYPE_CHOICES = [(v, v) for v in VIOLATION_TYPES]
STAGE_CHOICES = [(s, s) for s in CASE_STAGES]
EVENT_KIND_CHOICES = [(k, k) for k in EVENT_KINDS]


class Region(models.Model):
    """Reference table of the 38 provinces and 514 kabupaten/kota (filled after ``migrate``)."""

    code = models.CharField(_("kode"), max_length=16, primary_key=True)
    name = models.CharField(_("nama"), max_length=200)
    level = models.CharField(_("tingkat"), max_length=16, choices=REGION_LEVELS)
    province_code = models.CharField(_("kode provinsi"), max_length=2, db_index=True)
    province_name = models.CharField(_("provinsi"), max_length=200)

    class Meta:
        ordering = ["code"]
        verbose_name = _("wilayah")
        verbose_name_plural = _("wilayah")

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class Source(models.Model):
    """An outlet (as the engine names it, e.g. "suarautara.com") and, optionally, the feed it is read from."""

    name = models.CharField(_("nama"), max_length=255, unique=True)
    feed_url = models.URLField(_("URL umpan"), max_length=2000, blank=True)
    n_articles = models.PositiveIntegerField(_("jumlah artikel"), default=0)
    first_seen_at = models.DateTimeField(_("pertama terlihat"), default=timezone.now)
    last_article_day = models.DateField(_("artikel terakhir"), null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("sumber")
        verbose_name_plural = _("sumber")

    def __str__(self) -> str:
        return self.name


class Story(models.Model):
    """The same incident or meeting across outlets and weeks; its fields summarise its articles."""

    key = models.CharField(_("kunci"), max_length=128, unique=True)  # the engine's story id "s-…"
    title = models.TextField(_("judul"), blank=True)
    region_code = models.CharField(_("kode wilayah"), max_length=16, blank=True, db_index=True)
    region_name = models.CharField(_("wilayah"), max_length=200, blank=True)
    region_level = models.CharField(_("tingkat"), max_length=16, blank=True)
    province_code = models.CharField(_("kode provinsi"), max_length=2, blank=True, db_index=True)
    event_kind = models.CharField(_("jenis peristiwa"), max_length=32, choices=EVENT_KIND_CHOICES, null=True, blank=True)
    is_case = models.BooleanField(_("dugaan pelanggaran"), default=False)
    about_asn_neutrality = models.BooleanField(_("tentang netralitas ASN"), default=False)
    violation_type = models.CharField(
        _("jenis pelanggaran"), max_length=40, choices=VIOLATION_TYPE_CHOICES, null=True, blank=True
    )
    stage = models.CharField(_("tahap"), max_length=24, choices=STAGE_CHOICES, null=True, blank=True)
    first_date = models.DateField(_("tanggal pertama"), null=True, blank=True)
    last_date = models.DateField(_("tanggal terakhir"), null=True, blank=True)
    n_articles = models.PositiveIntegerField(_("artikel"), default=0)
    n_outlets = models.PositiveIntegerField(_("media"), default=0)
    n_independent_outlets = models.PositiveIntegerField(_("media independen"), default=0)
    actors = models.JSONField(_("pelaku"), default=list, blank=True)  # accused ASN actors, merged
    # Lowercased titles, region, actors and outlets of all its articles: what the search box matches.
    search_text = models.TextField(_("teks pencarian"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = StoryQuerySet.as_manager()

    class Meta:
        verbose_name = _("berita")
        verbose_name_plural = _("berita")
        # Also story_attention_order (the beranda's order, per database: SQLite has no NULLS LAST in
        # index definitions) and on PostgreSQL a trigram index on search_text: see migration 0002.
        indexes = [
            models.Index(fields=["last_date"], name="story_last_date"),
            # Every column the statistics count by (and the region filters read), so each of their
            # GROUP BYs is an index-only scan of this narrow index instead of a scan of the wide
            # story rows (titles, actors, search text): about a tenth of the pages read.
            models.Index(
                fields=["is_case", "event_kind", "violation_type", "stage", "province_code", "first_date", "region_code"],
                name="story_statistics",
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.key


class Article(models.Model):
    """One article and every field of its analysis (CONTRACT.md); lists and objects kept as JSON,
    the fields people filter on kept as columns."""

    key = models.CharField(_("kunci"), max_length=128, unique=True)  # the contract "id"
    url = models.TextField(_("URL"), blank=True)
    title = models.TextField(_("judul"), blank=True)
    source = models.ForeignKey(
        Source, verbose_name=_("sumber"), on_delete=models.PROTECT, null=True, blank=True, related_name="articles"
    )
    pub_date = models.CharField(_("tanggal terbit"), max_length=10, blank=True)  # as given: "2024-09-17", "2024-09"
    pub_day = models.DateField(_("hari terbit"), null=True, blank=True, db_index=True)  # full dates only
    language = models.CharField(_("bahasa"), max_length=8, default="id")
    about_asn_neutrality = models.BooleanField(_("tentang netralitas ASN"), default=False)
    event_kind = models.CharField(_("jenis peristiwa"), max_length=32, choices=EVENT_KIND_CHOICES, null=True, blank=True)
    is_case = models.BooleanField(_("dugaan pelanggaran"), default=False)
    violation_type = models.CharField(
        _("jenis pelanggaran"), max_length=40, choices=VIOLATION_TYPE_CHOICES, null=True, blank=True
    )
    stage = models.CharField(_("tahap"), max_length=24, choices=STAGE_CHOICES, null=True, blank=True)
    confidence = models.FloatField(_("keyakinan"), default=0.0)
    evidence = models.JSONField(_("bukti"), default=list, blank=True)
    actors = models.JSONField(_("pelaku"), default=list, blank=True)
    region_code = models.CharField(_("kode wilayah"), max_length=16, blank=True, db_index=True)
    region_name = models.CharField(_("wilayah"), max_length=200, blank=True)
    region_level = models.CharField(_("tingkat"), max_length=16, blank=True)
    region_province = models.CharField(_("provinsi"), max_length=200, blank=True)
    province_code = models.CharField(_("kode provinsi"), max_length=2, blank=True, db_index=True)
    regions_mentioned = models.JSONField(_("wilayah disebut"), default=list, blank=True)
    event_date = models.CharField(_("tanggal kejadian"), max_length=10, blank=True)
    story = models.ForeignKey(
        Story, verbose_name=_("berita"), on_delete=models.SET_NULL, null=True, blank=True, related_name="articles"
    )
    news_event = models.CharField(_("peristiwa berita"), max_length=128, blank=True)
    duplicate_of = models.CharField(_("salinan dari"), max_length=128, blank=True, db_index=True)
    warnings = models.JSONField(_("peringatan"), default=list, blank=True)
    grouping = models.JSONField(_("alasan pengelompokan"), default=dict, blank=True)
    extra = models.JSONField(_("kolom lain"), default=dict, blank=True)  # contract fields added later
    text = models.TextField(_("teks"), blank=True)
    loaded_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("artikel")
        verbose_name_plural = _("artikel")
        indexes = [models.Index(fields=["story", "pub_day"], name="article_story_pub_day")]

    def __str__(self) -> str:
        return self.title or self.key

    @property
    def region(self) -> dict | None:
        if not self.region_code:
            return None
        return {
            "level": self.region_level,
            "code": self.region_code,
            "name": self.region_name,
            "province": self.region_province,
        }


class FindingsVersion(models.Model):
    """One row, bumped by every load in the same transaction: caches of what the findings look like
    key on it, so a load invalidates them everywhere at once."""

    value = models.BigIntegerField(default=0)
