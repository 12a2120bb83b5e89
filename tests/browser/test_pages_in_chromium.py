"""Login, beranda filters (htmx), a story page and the map, driven in chromium."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.web.web_fixtures import PASSWORD

pytestmark = pytest.mark.browser


def story_titles(page) -> list[str]:
    return [t.strip() for t in page.locator(".story-card h3").all_inner_texts()]


def test_login_lands_on_beranda_with_my_regions_only(page, live_server, sample_findings, screenshot):
    from tests.web.web_fixtures import make_user

    make_user("sulut", ["71"])
    page.goto(live_server.url + "/statistik/")
    assert "/akun/masuk/" in page.url
    page.fill("#id_username", "sulut")
    page.fill("#id_password", "salah-sandi-sekali")
    page.click(".login-box button[type=submit]")
    page.wait_for_selector(".errorlist")
    page.fill("#id_password", PASSWORD)
    screenshot("01-login")
    page.click(".login-box button[type=submit]")
    page.wait_for_url(re.compile(r".*/statistik/$"))
    page.click("nav.mainnav >> text=Beranda")
    titles = story_titles(page)
    assert titles[0] == "Camat di Kotamobagu diduga ikut kampanye pasangan calon"
    assert "Lurah di Makassar diduga kerahkan staf ke acara calon" not in titles  # another province
    assert titles[-1] == "Bawaslu Sulut gelar rakor netralitas ASN bersama pemda"  # not a case: last
    screenshot("02-beranda")


def test_filters_update_the_list_without_reloading(signed_in, live_server, screenshot):
    page = signed_in()
    page.evaluate("window.__not_reloaded = true")
    page.select_option("#id_region", "71.71")
    expect(page.locator(".story-card h3")).to_have_text(["Dua guru ASN di Manado unggah dukungan calon di media sosial"])
    assert "region=71.71" in page.url  # htmx pushed the filters into the address
    page.select_option("#id_region", "")
    page.check("#id_in_text")
    page.fill("#id_q", "panggung")  # a word only in an article's text
    expect(page.locator(".story-card h3")).to_have_text(["Camat di Kotamobagu diduga ikut kampanye pasangan calon"])
    page.fill("#id_q", "")
    page.uncheck("#id_in_text")
    page.check("#id_cases_only")
    expect(page.locator(".story-card")).to_have_count(3)
    assert page.evaluate("window.__not_reloaded") is True
    screenshot("03-beranda-filtered")
    page.select_option("#id_stage", "sanctioned")
    page.wait_for_selector(".empty")
    assert "Tidak ada berita yang cocok" in page.inner_text("#results")


def test_story_page_shows_timeline_and_highlighted_evidence(signed_in, screenshot):
    page = signed_in()
    page.click("text=Camat di Kotamobagu diduga ikut kampanye pasangan calon")
    page.wait_for_selector("h1")
    assert page.inner_text("h1") == "Camat di Kotamobagu diduga ikut kampanye pasangan calon"
    assert page.locator(".timeline > li").count() == 3
    marks = page.locator("mark.evidence").all_inner_texts()
    assert any("panggung kampanye" in m for m in marks)
    assert "Direkomendasikan untuk sanksi" in page.inner_text(".facts")
    page.click("text=Mengapa artikel ini masuk berita ini >> nth=1")
    assert page.locator("text=Salinan yang hampir sama persis dengan artikel sebelumnya").is_visible()
    screenshot("04-story")


def test_out_of_region_story_is_not_found(signed_in, live_server, sample_findings):
    page = signed_in()
    response = page.goto(live_server.url + "/berita/s-lurah-makassar/")
    assert response.status == 404


def test_map_tiles_drill_down_to_kabupaten_kota(signed_in, live_server, screenshot):
    page = signed_in()
    page.click("nav.mainnav >> text=Peta")
    assert page.locator("svg.tile-map a.tile").count() == 38
    assert page.text_content('a.tile[data-code="71"] .tile-count') == "3"
    assert page.text_content('a.tile[data-code="73"] .tile-count') == "–"  # not this user's province
    screenshot("05-map")
    page.click('a.tile[data-code="71"]')
    page.wait_for_selector("h1")
    assert page.inner_text("h1") == "Sulawesi Utara"
    assert page.locator("table.data tbody tr").count() == 16  # province government + 15 kabupaten/kota
    screenshot("06-map-province")
    page.click("table.data >> text=Kota Manado")
    page.wait_for_selector(".story-card")
    assert story_titles(page) == ["Dua guru ASN di Manado unggah dukungan calon di media sosial"]


def test_statistics_sources_and_english(signed_in, screenshot):
    page = signed_in("ri", ("",))
    page.click("nav.mainnav >> text=Statistik")
    assert page.locator("svg.chart").count() == 5
    screenshot("07-statistics")
    page.click("nav.mainnav >> text=Sumber")
    assert "suarautara.example" in page.inner_text("table.data")
    screenshot("08-sources")
    page.click(".langswitch button[value=en]")
    assert page.inner_text("nav.mainnav").split() == ["Home", "Map", "Statistics", "Sources"]
    page.click("nav.mainnav >> text=Home")
    page.wait_for_selector(".story-card")
    assert "Stories needing attention" in page.inner_text("h1")
    screenshot("10-beranda-english")


def test_beranda_on_a_phone(browser, live_server, sample_findings):
    from tests.web.web_fixtures import make_user

    from tests.browser.conftest import SCREENSHOTS

    make_user("kotamobagu", ["71.74"])
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="id-ID")
    page = context.new_page()
    page.goto(live_server.url + "/")
    page.fill("#id_username", "kotamobagu")
    page.fill("#id_password", PASSWORD)
    page.click(".login-box button[type=submit]")
    page.wait_for_selector(".story-card")
    assert story_titles(page) == ["Camat di Kotamobagu diduga ikut kampanye pasangan calon"]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "09-beranda-phone.png"), full_page=True)
    # Nothing wider than the screen: no sideways scrolling on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()
