"""One article as a sparse feature dict: the same function feeds training and classification."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from pantau.engine.analysis import Actor
from pantau.engine.understanding import cues
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


@dataclass
class ArticleView:
    """What the classifier and the rules both look at, computed once per article."""

    title: str
    text: str
    sentences: list[Sentence]
    title_hits: dict[str, int]


def read_article(title: str | None, text: str) -> ArticleView:
    title = title or ""
    sentences = []
    for start, end in sentence_spans(text):
        lowered = text[start:end].lower()
        sentences.append(Sentence(start, end, lowered, _hits(lowered)))
    return ArticleView(title=title, text=text, sentences=sentences, title_hits=_hits(title.lower()))


def _hits(lowered: str) -> dict[str, int]:
    found = {}
    for name, pattern in FAMILIES.items():
        count = len(pattern.findall(lowered))
        if count:
            found[name] = count
    return found


def features(view: ArticleView, actors: list[Actor] | None = None) -> dict[str, float]:
    """Sparse features: stemmed words, cue-family counts by place, their co-occurrence, actors."""
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
    feats["x:non_asn_dominates"] = float(whole.get("non_asn", 0) + whole.get("elected", 0) > 2 * whole.get("asn", 0))
    feats["x:no_asn"] = float(not whole.get("asn") and not view.title_hits.get("asn"))
    feats["x:no_neutral"] = float(not whole.get("neutral") and not view.title_hits.get("neutral"))

    if actors:
        accused = [a for a in actors if a.accused]
        feats["a:accused_asn"] = float(any(a.is_asn for a in accused))
        feats["a:accused_non_asn_only"] = float(bool(accused) and all(a.is_asn is False for a in accused))
        feats["a:any_asn"] = float(any(a.is_asn for a in actors))
    return feats
