"""The supervisors' pages. Paths are Indonesian, like the pages themselves."""

from django.urls import path

from pantau.web.ui.views.beranda import beranda
from pantau.web.ui.views.map import province_detail, province_map
from pantau.web.ui.views.sources import sources
from pantau.web.ui.views.statistics import statistics
from pantau.web.ui.views.story import story_detail

app_name = "ui"

urlpatterns = [
    path("", beranda, name="beranda"),
    # path:, not str: a story key is made from an input id, which may hold "/" (a URL path)
    path("berita/<path:key>/", story_detail, name="story"),
    path("peta/", province_map, name="map"),
    path("peta/<str:code>/", province_detail, name="map_province"),
    path("statistik/", statistics, name="statistics"),
    path("sumber/", sources, name="sources"),
]
