"""Turns the grouping engine's explanation JSON into sentences a supervisor can check.

The engine (``pantau.engine.grouping.story_index``) records, per article, whether it is a copy of an
earlier article, which story it joined or started and on what score, which news event within the
story, and whether it shares a source (a wire agency) with others. Keys we do not know yet are shown
as they are, so a new signal is never silently hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

SIGNAL_LABELS = {
    "text_cosine": gettext_lazy("Word similarity with the story"),
    "shared_key_terms": gettext_lazy("Names and key words shared"),
    "shared_actors": gettext_lazy("People shared"),
    "key_term_evidence": gettext_lazy("Weight of the shared names"),
    "same_event_kind": gettext_lazy("Same kind of event"),
    "same_event_date": gettext_lazy("Same event date"),
    "different_event_date": gettext_lazy("Different event date"),
    "same_region": gettext_lazy("Same region"),
    "different_region": gettext_lazy("Different region"),
    "too_few_shared_names": gettext_lazy("Too few shared names"),
    "veto": gettext_lazy("Ruled out because"),
}
KNOWN_KEYS = {"duplicate", "story", "news_event", "source", "seen_before"}


@dataclass
class Reason:
    text: str
    article_key: str | None = None  # an article of the story the sentence refers to, to link to it
    signals: list[tuple[str, str]] = field(default_factory=list)


def _number(value: Any) -> str:
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, (list, tuple)):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_value(v)}" for k, v in value.items())
    return _number(value)


def _signals(signals: Any) -> list[tuple[str, str]]:
    if not isinstance(signals, dict):  # a loaded file's grouping is not ours to trust
        return []
    return [(str(SIGNAL_LABELS.get(name, name)), _value(value)) for name, value in signals.items()]


def _duplicate(part: Any) -> Reason | None:
    if not isinstance(part, dict):
        return None
    original = part.get("of")
    if part.get("via") == "same article address":
        return Reason(_("Same web address as an earlier article."), original)
    similarity = part.get("jaccard")
    if similarity is not None:
        return Reason(
            _("Near-verbatim copy of an earlier article (estimated overlap %(similarity)s).")
            % {"similarity": _number(similarity)},
            original,
        )
    return Reason(_("Copy of an earlier article."), original)


def _story(part: Any) -> Reason | None:
    if not isinstance(part, dict):
        return None
    decision = part.get("decision")
    if part.get("via") == "duplicate":
        return Reason(_("Joined the story of the article it copies."))
    best = part.get("best") if isinstance(part.get("best"), dict) else {}
    signals = _signals(best.get("signals") or {})
    if decision == "joined":
        return Reason(
            _("Joined this story: fit %(score)s, at or above the threshold %(threshold)s, best of %(n)s candidate stories.")
            % {"score": _number(part.get("score", best.get("score"))), "threshold": _number(part.get("threshold")),
               "n": part.get("candidates", 1)},
            signals=signals,
        )
    if decision == "new":
        if best:
            return Reason(
                _("Started this story: the closest earlier story fit only %(score)s (threshold %(threshold)s).")
                % {"score": _number(best.get("score")), "threshold": _number(part.get("threshold"))},
                signals=signals,
            )
        return Reason(_("Started this story: no earlier story shared its names and key words."))
    return None


def _news_event(part: Any) -> Reason | None:
    if not isinstance(part, dict):
        return None
    if part.get("decision") == "joined":
        if part.get("via") == "duplicate":
            return Reason(_("Same development as the article it copies."))
        return Reason(
            _("Same development as earlier coverage in this story (similarity %(similarity)s).")
            % {"similarity": _number(part.get("similarity"))}
        )
    if part.get("decision") == "new":
        return Reason(_("A new development in the story."))
    return None


def _source(value: Any) -> Reason:
    text = str(value)
    if text.startswith("wire:"):
        return Reason(_("Carries a wire agency's report (%(agency)s); not counted as an independent outlet.")
                      % {"agency": text.removeprefix("wire:")})
    return Reason(_("Shares its source text with an earlier article; not counted as independent."), text)


def explain_grouping(explanation: dict) -> list[Reason]:
    """Sentences in the order the engine decided: copy, story, news event, source, then anything else."""
    if not isinstance(explanation, dict) or not explanation:
        return []
    reasons: list[Reason] = []
    if explanation.get("seen_before"):
        reasons.append(Reason(_("Already read before; kept where it was.")))
    builders: list[tuple[str, Callable[[Any], Reason | None]]] = [
        ("duplicate", _duplicate),
        ("story", _story),
        ("news_event", _news_event),
        ("source", _source),
    ]
    for key, build in builders:
        part = explanation.get(key)
        if part:
            reason = build(part)
            if reason:
                reasons.append(reason)
    others = {k: v for k, v in explanation.items() if k not in KNOWN_KEYS}
    if others:
        reasons.append(Reason(_("Other signals:"), signals=_signals(others)))
    return reasons
