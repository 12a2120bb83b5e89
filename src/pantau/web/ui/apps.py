from django.apps import AppConfig


class UiConfig(AppConfig):
    name = "pantau.web.ui"
    label = "ui"
    verbose_name = "pantau pages"
