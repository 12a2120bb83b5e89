from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "pantau.web.accounts"
    label = "accounts"
    verbose_name = _("Akun")

    def ready(self) -> None:
        from pantau.web.accounts import login_audit  # noqa: F401  (connects the login signals)
