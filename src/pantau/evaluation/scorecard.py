"""All scores of one output against one labels file, with the articles that failed each."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pantau.evaluation.actor_roles import accused_roles, match_unnamed
from pantau.evaluation.actor_names import label_names, match_names, output_names, shown_names
from pantau.evaluation.article_metrics import ARTICLE_METRICS, ArticleMetric, violation_of
from pantau.evaluation.binary_scores import harmonic_mean, ratio
from pantau.evaluation.binary_scores import BinaryScore
from pantau.evaluation.clustering_scores import bcubed_score, group_key, members, pair_score
from pantau.evaluation.jsonl_files import OutputFile

# An article the pipeline did not answer for (missing, or an "error" line) is scored as wrong in
# every score, never as a lucky null: skipping articles must not raise a score.
NO_ANSWER_MISSING = "<missing>"
NO_ANSWER_ERROR = "<error>"


@dataclass(frozen=True)
class Failure:
    id: str
    expected: Any
    got: Any
    note: str = ""  # the labeller's notes, which often say why


@dataclass
class Scorecard:
    scores: dict[str, dict[str, float | int | None]]
    failures: dict[str, list[Failure]]
    labelled: int
    missing_ids: list[str]
    errored: dict[str, str]  # id -> error, labelled ids only
    extra_ids: list[str]  # in the output, not in the labels
    unreadable_output_lines: list[str] = field(default_factory=list)
    duplicate_output_ids: list[str] = field(default_factory=list)

    def as_json(self, with_failures: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "scores": self.scores,
            "coverage": {
                "labelled": self.labelled,
                "scored": self.labelled - len(self.missing_ids) - len(self.errored),
                "missing": self.missing_ids,
                "errored": self.errored,
                "extra": self.extra_ids,
                "unreadable_output_lines": self.unreadable_output_lines,
                "duplicate_output_ids": self.duplicate_output_ids,
            },
        }
        if with_failures:
            data["failures"] = {
                metric: [{"id": f.id, "expected": f.expected, "got": f.got, "note": f.note} for f in rows]
                for metric, rows in self.failures.items()
            }
        return data


def _binary(name: str, labels: dict[str, dict], answers: dict[str, dict | str],
            label_key: str, read_output, failures: dict[str, list[Failure]]) -> BinaryScore:
    pairs = []
    for ident, label in labels.items():
        expected = label[label_key]
        answer = answers[ident]
        got = bool(read_output(answer)) if isinstance(answer, dict) else (not expected)
        pairs.append((expected, got))
        if got != expected:
            shown = got if isinstance(answer, dict) else answer
            failures[name].append(Failure(ident, expected, shown, label.get("notes") or ""))
    return BinaryScore.count(pairs)


def _grouping(name: str, labels: dict[str, dict], answers: dict[str, dict | str], label_key: str,
              output_key: str, failures: dict[str, list[Failure]]) -> dict[str, float | int]:
    expected = {ident: group_key(label.get(label_key)) for ident, label in labels.items()}
    got = {ident: (group_key(answer.get(output_key)) if isinstance(answer, dict) else None)
           for ident, answer in answers.items()}
    gold_members, got_members = members(expected), members(got)
    for ident in labels:
        if gold_members[ident] != got_members[ident]:
            failures[name].append(Failure(
                ident,
                sorted(gold_members[ident] - {ident}),
                sorted(got_members[ident] - {ident}) if isinstance(answers[ident], dict) else answers[ident],
                labels[ident].get("notes") or "",
            ))
    pairs, bcubed = pair_score(expected, got), bcubed_score(expected, got)
    return {
        "pair_precision": pairs.precision, "pair_recall": pairs.recall, "pair_f1": pairs.f1,
        "bcubed_precision": bcubed.precision, "bcubed_recall": bcubed.recall, "bcubed_f1": bcubed.f1,
        "n": len(labels),
    }


METRIC_NAMES = ("case", "about_asn_neutrality", *(m.name for m in ARTICLE_METRICS), "actors", "unnamed_actors", "story", "news_event")


def _accuracy(metric: ArticleMetric, labels: dict[str, dict], answers: dict[str, dict | str],
              failures: dict[str, list[Failure]]) -> dict[str, float | int | None]:
    right = total = 0
    for ident, label in labels.items():
        if not metric.applies(label):
            continue
        total += 1
        expected, answer = metric.expected(label), answers[ident]
        if isinstance(answer, dict) and metric.matches(expected, got := metric.got(answer)):
            right += 1
        else:
            shown = got if isinstance(answer, dict) else answer
            failures[metric.name].append(Failure(ident, expected, shown, label.get("notes") or ""))
    # None, not a perfect score, when no label gives this value at all
    return {"accuracy": right / total if total else None, "n": total}


def _actors(labels: dict[str, dict], answers: dict[str, dict | str],
            failures: dict[str, list[Failure]]) -> dict[str, float | int | None]:
    """Named accused actors against the labels' named actors (see ``actor_names`` for the rules)."""
    expected = got = full = partial = 0
    credit = anywhere = 0.0
    for ident, label in labels.items():
        answer = answers[ident]
        match = match_names(label, answer if isinstance(answer, dict) else None)
        expected, got = expected + match.expected, got + match.got
        full, partial = full + match.full, partial + match.partial
        credit, anywhere = credit + match.credit, anywhere + match.found_anywhere
        if not match.perfect:
            shown = shown_names(output_names(answer)) if isinstance(answer, dict) else answer
            failures["actors"].append(Failure(ident, shown_names(label_names(label)), shown,
                                              label.get("notes") or ""))
    # With no named actor on either side there is nothing to get wrong: None, not a perfect score.
    precision = ratio(credit, got, 0.0) if got or expected else None
    recall = ratio(credit, expected, None) if expected else None
    return {
        "precision": precision, "recall": recall,
        "f1": harmonic_mean(precision, recall) if precision is not None and recall is not None else None,
        "found_anywhere_recall": ratio(anywhere, expected, None) if expected else None,
        "labelled_names": expected, "output_names": got, "full_matches": full, "partial_matches": partial,
    }


def _unnamed_actors(labels: dict[str, dict], answers: dict[str, dict | str],
                    failures: dict[str, list[Failure]]) -> dict[str, float | int | None]:
    """Unnamed label actors whose position an accused output actor holds (see ``actor_roles``)."""
    scored = found = 0
    for ident, label in labels.items():
        answer = answers[ident]
        match = match_unnamed(label, answer if isinstance(answer, dict) else None)
        scored, found = scored + match.scored, found + match.found
        if match.missed_roles:
            shown = accused_roles(answer) if isinstance(answer, dict) else answer
            failures["unnamed_actors"].append(Failure(ident, list(match.missed_roles), shown, label.get("notes") or ""))
    return {"recall": ratio(found, scored, None) if scored else None, "found": found, "n": scored}


def _answers(labels: dict[str, dict], output: OutputFile) -> dict[str, dict | str]:
    """Each labelled id -> its output line, or the marker saying why there is none."""
    answers: dict[str, dict | str] = {}
    for ident in labels:
        if ident in output.records:
            answers[ident] = output.records[ident]
        elif ident in output.errors:
            answers[ident] = NO_ANSWER_ERROR
        else:
            answers[ident] = NO_ANSWER_MISSING
    return answers


def score(labels: dict[str, dict], output: OutputFile) -> Scorecard:
    answers = _answers(labels, output)
    failures: dict[str, list[Failure]] = {name: [] for name in METRIC_NAMES}
    scores: dict[str, dict[str, float | int | None]] = {}

    case = _binary("case", labels, answers, "is_violation_case",
                   lambda out: violation_of(out).get("is_case"), failures)
    scores["case"] = {"precision": case.precision, "recall": case.recall, "f1": case.f1,
                      "n": len(labels), "labelled_cases": case.true_positives + case.false_negatives}
    about = _binary("about_asn_neutrality", labels, answers, "about_asn_neutrality",
                    lambda out: out.get("about_asn_neutrality"), failures)
    scores["about_asn_neutrality"] = {"macro_f1": about.macro_f1(), "f1_about": about.f1,
                                      "f1_not_about": about.flipped().f1, "n": len(labels)}

    for metric in ARTICLE_METRICS:
        scores[metric.name] = _accuracy(metric, labels, answers, failures)

    scores["actors"] = _actors(labels, answers, failures)
    scores["unnamed_actors"] = _unnamed_actors(labels, answers, failures)
    scores["story"] = _grouping("story", labels, answers, "cluster", "story", failures)
    scores["news_event"] = _grouping("news_event", labels, answers, "news_event", "news_event", failures)

    return Scorecard(
        scores=scores,
        failures=failures,
        labelled=len(labels),
        missing_ids=[i for i, a in answers.items() if a == NO_ANSWER_MISSING],
        errored={i: output.errors[i] for i, a in answers.items() if a == NO_ANSWER_ERROR},
        extra_ids=[i for i in [*output.records, *output.errors] if i not in labels],
        unreadable_output_lines=output.unreadable_lines,
        duplicate_output_ids=output.duplicate_ids,
    )
