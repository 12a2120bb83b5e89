from django.apps import AppConfig


class GroupingStoreConfig(AppConfig):
    name = "pantau.web.grouping_store"
    label = "grouping_store"
    verbose_name = "Grouping index"
