"""Users and what they may see: a role per Kemendagri region code ("" = RI, all of Indonesia)."""

from __future__ import annotations

import hashlib
import secrets

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A Bawaslu officer or monitor. What they see comes from their ``region_roles`` only."""

    class Meta:
        verbose_name = _("pengguna")
        verbose_name_plural = _("pengguna")


class RegionRole(models.Model):
    """Grants a user sight of one region: "" → all of Indonesia (Bawaslu RI), "71" → the province and
    every kabupaten/kota in it, "71.74" → that kabupaten/kota only."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="region_roles")
    region_code = models.CharField(_("kode wilayah"), max_length=16, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("peran wilayah")
        verbose_name_plural = _("peran wilayah")
        constraints = [models.UniqueConstraint(fields=["user", "region_code"], name="unique_user_region_role")]

    def __str__(self) -> str:
        return f"{self.user} @ {self.region_code or 'RI'}"


def token_digest(raw_token: str) -> str:
    return hashlib.sha256(raw_token.encode("utf-8")).hexdigest()


class ApiToken(models.Model):
    """A bearer token for the read API. Only its SHA-256 digest is stored; the token is shown once."""

    PREFIX = "pnt_"

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("nama"), max_length=100, blank=True)
    digest = models.CharField(max_length=64, unique=True)
    hint = models.CharField(max_length=12, help_text="first characters, to tell tokens apart")
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("token API")
        verbose_name_plural = _("token API")

    @classmethod
    def new_raw_token(cls) -> str:
        return cls.PREFIX + secrets.token_urlsafe(32)

    def __str__(self) -> str:
        return f"{self.hint}… ({self.user})"


class LoginFailureCounter(models.Model):
    """Failed logins for one username from one address; ``locked_until`` blocks further tries."""

    username = models.CharField(max_length=150)
    ip = models.CharField(max_length=45)
    failures = models.PositiveIntegerField(default=0)
    last_failure_at = models.DateTimeField(default=timezone.now)
    locked_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["username", "ip"], name="unique_login_counter")]
