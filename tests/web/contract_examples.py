"""Contract objects (CONTRACT.md output lines) written for these tests: invented incidents, our text."""

from __future__ import annotations

from typing import Any

KOTAMOBAGU = {"level": "regency", "code": "71.74", "name": "Kota Kotamobagu", "province": "Sulawesi Utara"}
MANADO = {"level": "regency", "code": "71.71", "name": "Kota Manado", "province": "Sulawesi Utara"}
MAKASSAR = {"level": "regency", "code": "73.71", "name": "Kota Makassar", "province": "Sulawesi Selatan"}


def contract(
    key: str,
    *,
    story: str,
    outlet: str = "kabarbolmong.example",
    region: dict | None = KOTAMOBAGU,
    is_case: bool = True,
    stage: str | None = "reported",
    violation_type: str | None = "attending_campaign",
    pub_date: str | None = "2024-10-07",
    duplicate_of: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    text = (
        f"Seorang camat di {region['name'] if region else 'Jakarta'} diduga menghadiri kampanye pasangan calon "
        "pada Sabtu pagi. Tim pemenangan lawan melaporkan kejadian itu ke Bawaslu setempat."
    )
    return {
        "id": key,
        "url": f"https://{outlet}/berita/{key}",
        "title": f"Camat diduga hadiri kampanye ({key})",
        "outlet": outlet,
        "pub_date": pub_date,
        "language": "id",
        "about_asn_neutrality": True,
        "event_kind": "violation_case" if is_case else "outreach",
        "violation": {
            "is_case": is_case,
            "type": violation_type if is_case else None,
            "stage": stage if is_case else None,
            "confidence": 0.9,
            "evidence": [text.split(". ")[0] + "."],
        },
        "actors": [{"name": None, "role": "camat", "is_asn": True, "accused": True}],
        "region": region,
        "regions_mentioned": [region] if region else [],
        "event_date": "2024-10-05",
        "story": story,
        "news_event": "e-" + key,
        "duplicate_of": duplicate_of,
        "warnings": [],
        "text": text,
        **extra,
    }
