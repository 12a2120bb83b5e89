"""<select> widgets that write their options directly, without a template per option.

Django renders every option of a Select through the template engine and normalises the choices
again each time a form is built; the beranda's region filter has 553 options for a Bawaslu RI user,
which made those two steps most of the page's cost. These widgets write the same markup (optgroups
included) from prepared option strings.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape  # the stdlib one: Django's is wrapped for lazy strings, 5x slower here

from django import forms
from django.utils.html import format_html
from django.utils.safestring import mark_safe

# (value, label) for an option; (group label, [(value, label), ...]) for an optgroup.
Options = Sequence[tuple[str, object]]


def _selected_value(value) -> str:
    if isinstance(value, (list, tuple)):
        value = value[0] if value else ""
    return "" if value is None else str(value)


def render_select(attrs: str, options: Options, selected: str) -> str:
    parts = [f"<select{attrs}>"]
    for value, label in options:
        if isinstance(label, (list, tuple)):
            parts.append(f'<optgroup label="{escape(str(value))}">')
            parts.extend(_option(v, sub_label, selected) for v, sub_label in label)
            parts.append("</optgroup>")
        else:
            parts.append(_option(value, label, selected))
    parts.append("</select>")
    return "".join(parts)


def _option(value, label, selected: str) -> str:
    value = str(value)
    mark = " selected" if value == selected else ""
    return f'<option value="{escape(value)}"{mark}>{escape(str(label))}</option>'


class PlainSelect(forms.Select):
    """A drop-in Select for short choice lists, rendered without the template engine."""

    def render(self, name, value, attrs=None, renderer=None):
        final_attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        html = render_select(format_html("{}", forms.utils.flatatt(final_attrs)), self.choices, _selected_value(value))
        return mark_safe(html)


# id(options) -> (options, their <option> markup with nothing selected). Keeping the options object
# in the value keeps its id from being reused while the entry exists.
_RENDERED: dict[int, tuple[Options, str]] = {}


class OptionListSelect(forms.Widget):
    """A select whose options are handed over ready-made (``options``), so that a long list built once
    and cached is neither normalised nor re-validated per request; the field validates the value.

    The options' markup is rendered once per options object; a request only marks its selection.
    """

    options: Options = ()

    def render(self, name, value, attrs=None, renderer=None):
        final_attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        cached = _RENDERED.get(id(self.options))
        if cached is None or cached[0] is not self.options:
            cached = (self.options, render_select("", self.options, selected="\0"))
            if len(_RENDERED) < 1024:
                _RENDERED[id(self.options)] = cached
        body = cached[1].removeprefix("<select>")
        selected = _selected_value(value)
        marker = f'<option value="{escape(selected)}">'
        body = body.replace(marker, marker[:-1] + " selected>", 1)
        return mark_safe(format_html("<select{}>", forms.utils.flatatt(final_attrs)) + body)
