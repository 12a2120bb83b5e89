"""One row per audited act. Rows are only ever added (``record_audit_event``), never changed."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AuditEvent(models.Model):
    at = models.DateTimeField(_("waktu"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("pelaku"), on_delete=models.SET_NULL, null=True, blank=True
    )
    actor_username = models.CharField(_("nama pengguna"), max_length=150, blank=True)  # kept if the user is deleted
    action = models.CharField(_("tindakan"), max_length=64, db_index=True)  # "login", "login_failed", "export", …
    object_type = models.CharField(_("jenis objek"), max_length=64, blank=True)
    object_id = models.CharField(_("id objek"), max_length=128, blank=True)
    ip = models.CharField(_("alamat IP"), max_length=45, blank=True)
    detail = models.JSONField(_("rincian"), default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("peristiwa audit")
        verbose_name_plural = _("peristiwa audit")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_username or '-'} {self.action} {self.object_type} {self.object_id}"
