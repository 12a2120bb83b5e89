"""One article as a sparse feature dict: the same function feeds training and classification."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from pantau.engine.understanding import cues
from pantau.engine.understanding.cue_scanner import CueScanner
from pantau.engine.understanding.text_units import sentence_spans, stem, words

# Families counted over the whole text, the lead and the title.
FAMILIES: dict[str, re.Pattern[str]] = {
    "asn": cues.ASN_ACTOR,
    "non_asn": cues.NON_ASN_ACTOR,
    "elected": cues.ELECTED_HEAD,
    "not_asn": cues.NOT_ASN_STATEMENT,
    "neutral": cues.NEUTRALITY,
    "alleged": cues.ALLEGATION,
    "individual": cues.INDIVIDUAL,
    "campaign": cues.CAMPAIGN_BEHAVIOUR,
    "appeal": cues.APPEAL,
    "outreach": cues.OUTREACH,
    "pledge": cues.PLEDGE,
    "meeting": cues.MEETING,
    "stats": cues.STATISTICS,
    "vague": cues.VAGUE_MASS,
    "explainer": cues.EXPLAINER,
    "opinion": cues.OPINION,
    "other_election": cues.OTHER_ELECTION,
    **{f"stage_{name}": pattern for name, pattern in cues.STAGE_CUES.items()},
}
LEAD_SENTENCES = 3


@dataclass
class Sentence:
    start: int
    end: int
    text: str  # lower-cased
    hits: dict[str, int]  # family -> number of matches


# Every pattern the stages read, scanned once per article (see cue_scanner for why it is fast).
SCANNED: dict[str, re.Pattern[str]] = {
    **FAMILIES,
    **{"type_" + name: pattern for name, pattern in cues.TYPE_CUES.items()},
    **{"weak_type_" + name: pattern for name, pattern in cues.WEAK_TYPE_CUES.items()},
    **{"broad_type_" + name: pattern for name, pattern in cues.BROAD_TYPE_CUES.items()},
    "statute": cues.STATUTE,
    "spread": cues.DISSEMINATION,
    "job_titles": cues.STAGE_WORDS_IN_TITLES,
}
SCANNER = CueScanner(SCANNED)


@dataclass
class ArticleView:
    """What the classifier and the rules both look at, computed once per article."""

    title: str
    text: str
    sentences: list[Sentence]
    title_hits: dict[str, int]
    lowered: str = ""  # text.lower(), same length, so match offsets are text offsets
    matches: dict[str, list[re.Match[str]]] = field(default_factory=dict)  # SCANNED name -> matches
    _starts: list[int] = field(default_factory=list)
    _by_sentence: dict[str, dict[int, list[re.Match[str]]]] = field(default_factory=dict)

    def matches_by_sentence(self, name: str) -> dict[int, list[re.Match[str]]]:
        """The matches of SCANNED[name] by the index of the sentence they start in; matches in
        boilerplate lines (which are not sentences) are dropped."""
        cached = self._by_sentence.get(name)
        if cached is not None:
            return cached
        if not self._starts:
            self._starts = [sentence.start for sentence in self.sentences]
        found: dict[int, list[re.Match[str]]] = {}
        for match in self.matches.get(name, ()):
            index = bisect_right(self._starts, match.start()) - 1
            if index >= 0 and match.start() < self.sentences[index].end:
                found.setdefault(index, []).append(match)
        self._by_sentence[name] = found
        return found


def read_article(title: str | None, text: str) -> ArticleView:
    title = title or ""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters (Turkish dotted I) lower to two characters
        lowered = "".join(char.lower()[0] for char in text)
    sentences = [Sentence(start, end, lowered[start:end], {}) for start, end in sentence_spans(text)]
    title_hits = {name: len(found) for name, found in SCANNER.scan(title.lower()).items()
                  if found and name in FAMILIES}
    view = ArticleView(title=title, text=text, sentences=sentences, title_hits=title_hits,
                       lowered=lowered, matches=SCANNER.scan(lowered))
    for name in FAMILIES:
        for index, matches in view.matches_by_sentence(name).items():
            sentences[index].hits[name] = len(matches)
    return view


def features(view: ArticleView) -> dict[str, float]:
    """Sparse features: stemmed words, cue-family counts by place, and their co-occurrence.

    Extracted actors are not features (the training articles have none); the classifier applies
    them afterwards as fixed shifts, see model.actor_adjusted."""
    feats: dict[str, float] = {}
    # Words of the sentences only: "Baca juga" lines are other stories' headlines.
    for word in set(words(" ".join(sentence.text for sentence in view.sentences))):
        feats["w:" + stem(word)] = 1.0
    for word in set(words(view.title)):
        feats["t:" + stem(word)] = 1.0

    whole: dict[str, int] = {}
    lead: dict[str, int] = dict(view.title_hits)
    for index, sentence in enumerate(view.sentences):
        for name, count in sentence.hits.items():
            whole[name] = whole.get(name, 0) + count
            if index < LEAD_SENTENCES:
                lead[name] = lead.get(name, 0) + count
    for name, count in whole.items():
        feats["c:" + name] = math.log1p(count)
    for name, count in lead.items():
        feats["l:" + name] = math.log1p(count)
    for name, count in view.title_hits.items():
        feats["h:" + name] = 1.0

    incident = non_asn_incident = appeal_only = process = 0
    for sentence in view.sentences:
        hits = sentence.hits
        has_asn = "asn" in hits
        behaviour = "campaign" in hits or "alleged" in hits
        if has_asn and behaviour and ("alleged" in hits or "individual" in hits):
            incident += 1
        if ("non_asn" in hits or "elected" in hits) and behaviour and not has_asn:
            non_asn_incident += 1
        if "appeal" in hits and "alleged" not in hits and "individual" not in hits:
            appeal_only += 1
        if has_asn and any(name.startswith("stage_") for name in hits):
            process += 1
    n = max(len(view.sentences), 1)
    feats["x:incident"] = math.log1p(incident)
    feats["x:incident_share"] = incident / n
    feats["x:non_asn_incident"] = math.log1p(non_asn_incident)
    feats["x:appeal_only_share"] = appeal_only / n
    feats["x:asn_process"] = math.log1p(process)
    feats["x:asn_share"] = sum(1 for s in view.sentences if "asn" in s.hits) / n
    others = whole.get("non_asn", 0) + whole.get("elected", 0)
    feats["x:non_asn_dominates"] = float(others > 2 * whole.get("asn", 0))
    feats["x:no_asn"] = float(not whole.get("asn") and not view.title_hits.get("asn"))
    feats["x:no_neutral"] = float(not whole.get("neutral") and not view.title_hits.get("neutral"))

    return feats
