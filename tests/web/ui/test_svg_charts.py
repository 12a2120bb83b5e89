"""The server-side SVG charts."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from pantau.web.ui.svg_charts import Bar, columns_over_time, horizontal_bars

NS = "{http://www.w3.org/2000/svg}"


def bar_widths(svg: str) -> list[float]:
    return [float(r.get("width")) for r in ET.fromstring(svg).iter(f"{NS}rect")]


def test_horizontal_bars_scale_to_the_largest_value():
    svg = horizontal_bars([Bar("A & B", 100), Bar("C", 50), Bar("D", 0)], "uji")
    assert bar_widths(svg) == [360.0, 180.0, 0.0]
    assert "A &amp; B" in svg
    assert ">1.010<" in horizontal_bars([Bar("x", 1010)], "uji")  # Indonesian thousands separator


def test_bar_links_and_classes():
    svg = horizontal_bars([Bar("Sulut", 3, href="/peta/71/", css_class="case")], "uji")
    root = ET.fromstring(svg)
    assert root.find(f".//{NS}a").get("href") == "/peta/71/"
    assert root.find(f".//{NS}rect").get("class") == "bar case"


def test_columns_over_time_use_round_gridlines_and_thin_labels_when_crowded():
    few = columns_over_time([Bar("Sep 24", 3), Bar("Okt 24", 7)], "uji")
    axis = [t.text for t in ET.fromstring(few).iter(f"{NS}text") if t.get("class") == "chart-axis"]
    assert axis[:6] == ["0", "2", "4", "6", "8", "10"]
    for top, ticks in ((1, ["0", "1"]), (3, ["0", "1", "2", "3", "4", "5"]), (180, ["0", "50", "100", "150", "200"])):
        svg = columns_over_time([Bar("x", top)], "uji")
        axis = [t.text for t in ET.fromstring(svg).iter(f"{NS}text") if t.get("class") == "chart-axis"][:-1]
        assert axis == ticks, top
    many = columns_over_time([Bar(f"m{i}", i) for i in range(36)], "uji")
    month_labels = [t for t in ET.fromstring(many).iter(f"{NS}text") if (t.text or "").startswith("m")]
    assert 0 < len(month_labels) < 36
