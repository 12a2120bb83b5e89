"""The scorecard as a plain-text table for a terminal, and the failure listing."""

from __future__ import annotations

import json

from pantau.evaluation.article_metrics import ARTICLE_METRICS
from pantau.evaluation.run_comparison import RunComparison
from pantau.evaluation.scorecard import Scorecard

_DESCRIPTIONS = {m.name: m.description for m in ARTICLE_METRICS}


def _pct(value: float | None) -> str:
    return "  n/a" if value is None else f"{100 * value:5.1f}"


def render_table(card: Scorecard) -> str:
    s = card.scores
    rows: list[tuple[str, str, str]] = [
        ("case", f"P {_pct(s['case']['precision'])}  R {_pct(s['case']['recall'])}  F1 {_pct(s['case']['f1'])}",
         f"{s['case']['labelled_cases']} cases in {s['case']['n']}"),
        ("about_asn_neutrality", f"macro-F1 {_pct(s['about_asn_neutrality']['macro_f1'])}",
         f"F1 about {_pct(s['about_asn_neutrality']['f1_about'])} / not {_pct(s['about_asn_neutrality']['f1_not_about'])}"),
    ]
    for metric in ARTICLE_METRICS:
        row = s[metric.name]
        rows.append((metric.name, f"accuracy {_pct(row['accuracy'])}", f"n={row['n']}: {_DESCRIPTIONS[metric.name]}"))
    actors = s["actors"]
    rows.append(("actors", f"P {_pct(actors['precision'])}  R {_pct(actors['recall'])}  F1 {_pct(actors['f1'])}",
                 f"named accused vs labelled names: {actors['labelled_names']} labelled, {actors['output_names']} output, "
                 f"{actors['full_matches']} full + {actors['partial_matches']} partial (half) matches; "
                 f"found as any actor R {_pct(actors['found_anywhere_recall'])}"))
    unnamed = s["unnamed_actors"]
    rows.append(("unnamed_actors", f"recall {_pct(unnamed['recall'])}",
                 f"n={unnamed['n']}: unnamed labelled actors whose position an accused actor holds"))
    for name in ("story", "news_event"):
        row = s[name]
        rows.append((name, f"pair P {_pct(row['pair_precision'])}  R {_pct(row['pair_recall'])}  F1 {_pct(row['pair_f1'])}",
                     f"B-cubed F1 {_pct(row['bcubed_f1'])} (P {_pct(row['bcubed_precision'])} R {_pct(row['bcubed_recall'])})"))
    width = max(len(r[0]) for r in rows)
    score_width = max(len(r[1]) for r in rows)
    lines = [f"{name:<{width}}  {value:<{score_width}}  {detail}" for name, value, detail in rows]
    scored = card.labelled - len(card.missing_ids) - len(card.errored)
    lines.append("")
    lines.append(f"articles: {card.labelled} labelled, {scored} scored, {len(card.missing_ids)} missing from output, "
                 f"{len(card.errored)} errored, {len(card.extra_ids)} extra (not labelled, ignored)")
    if card.missing_ids:
        lines.append("missing: " + " ".join(card.missing_ids))
    for ident, error in card.errored.items():
        lines.append(f"errored: {ident}: {error}")
    if card.unreadable_output_lines:
        lines.append(f"unreadable output lines: {len(card.unreadable_output_lines)}")
    if card.duplicate_output_ids:
        lines.append("ids given twice in output (first kept): " + " ".join(card.duplicate_output_ids))
    lines.append("(percentages; missing and errored articles count as wrong everywhere)")
    return "\n".join(lines)


def _shown(value) -> str:
    if value is None:
        return "null"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def render_failures(card: Scorecard, with_notes: bool = False, metrics: list[str] | None = None) -> str:
    """One line per failure, ``metric  id  expected: …  got: …``, so that grep picks a metric."""
    lines: list[str] = []
    for metric, failures in card.failures.items():
        if metrics and metric not in metrics:
            continue
        for failure in failures:
            lines.append(f"{metric}\t{failure.id}\texpected: {_shown(failure.expected)}\tgot: {_shown(failure.got)}")
            if with_notes and failure.note:
                lines.append(f"\t\tnote: {failure.note}")
    return "\n".join(lines) if lines else "no failures"


def render_comparison(comparison: RunComparison) -> str:
    """Baseline, this run and the change for each headline figure, then the articles that moved."""
    width = max(len(f.label) for f in comparison.figures)
    lines = [f"{'figure':<{width}}  baseline  this run  change"]
    for figure in comparison.figures:
        change = "" if figure.change is None else f"{100 * figure.change:+6.1f}"
        lines.append(f"{figure.label:<{width}}     {_pct(figure.baseline)}     {_pct(figure.current)}  {change}")
    for heading, moved in (("fixed (wrong before, right now)", comparison.fixed),
                           ("broken (right before, wrong now)", comparison.broken)):
        lines.append("")
        lines.append(heading + ":" + ("" if moved else " none"))
        for metric, ids in moved.items():
            lines.append(f"  {metric}: {' '.join(ids)}")
    return "\n".join(lines)
