from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "pantau.web.monitoring"
    label = "monitoring"
    verbose_name = _("Pemantauan")

    def ready(self) -> None:
        from pantau.web.monitoring.region_table import fill_region_table_after_migrate

        post_migrate.connect(fill_region_table_after_migrate, sender=self)
