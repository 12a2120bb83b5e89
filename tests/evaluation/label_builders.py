"""Small hand-made labels and outputs for the evaluation tests (no news text involved)."""

from __future__ import annotations


def label(ident, *, case=False, about=True, vtype=None, stage=None, province=None, regency=None,
          event_date=None, cluster=None, news_event=None, actors=()):
    """``actors``: (name or None, role) pairs."""
    return {
        "id": ident, "is_violation_case": case, "about_asn_neutrality": about, "violation_type": vtype,
        "case_stage": stage, "actors": [{"name": name, "role": role} for name, role in actors], "province": province, "regency_city": regency,
        "event_date": event_date, "pub_date": None, "cluster": cluster or ident,
        "news_event": news_event or cluster or ident, "notes": f"note for {ident}", "doubtful": False,
    }


def output(ident, *, case=False, about=True, vtype=None, stage=None, region=None, event_date=None,
           story=None, news_event=None, actors=()):
    """``actors``: (name or None, role, accused) triples."""
    return {
        "id": ident, "about_asn_neutrality": about,
        "actors": [{"name": name, "role": role, "is_asn": None, "accused": accused} for name, role, accused in actors],
        "violation": {"is_case": case, "type": vtype, "stage": stage, "confidence": 0.5, "evidence": []},
        "region": region, "event_date": event_date, "story": story, "news_event": news_event,
    }


def regency(name, province):
    return {"level": "regency", "code": "00.00", "name": name, "province": province}


def province(name):
    return {"level": "province", "code": "00", "name": name, "province": name}
