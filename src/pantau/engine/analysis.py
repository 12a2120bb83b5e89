"""The analysis every part shares (CONTRACT.md): what the engine says about one article."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

VIOLATION_TYPES = (
    "public_support_statement",
    "attending_campaign",
    "campaigning_for_candidate",
    "social_media_support",
    "photo_with_candidate_gesture",
    "mobilising_subordinates",
    "decisions_favouring_candidate",
    "using_office_facilities",
    "declaring_candidacy_while_active",
    "party_membership_or_management",
    "campaign_team_member",
    "unspecified",
)
CASE_STAGES = ("reported", "under_examination", "recommended", "sanctioned", "dismissed")
EVENT_KINDS = (
    "violation_case",
    "coordination_meeting",
    "declaration_or_pledge",
    "outreach",
    "statistics",
    "regulation_explainer",
    "opinion",
    "other",
)


@dataclass
class Region:
    level: str  # "province" or "regency" (a kota is a regency too)
    code: str  # Kemendagri code: "71" or "71.74"
    name: str  # official name: "Sulawesi Utara", "Kota Kotamobagu", "Kabupaten Majene"
    province: str  # the province's official name (itself for a province)


@dataclass
class Actor:
    name: str | None  # titles and degrees stripped; initials as given; None when unnamed
    role: str | None  # position as written: "camat", "Pj Bupati Majene", "Ketua Bawaslu RI"
    is_asn: bool | None
    accused: bool = False


@dataclass
class Violation:
    is_case: bool = False
    type: str | None = None
    stage: str | None = None
    confidence: float = 0.0
    evidence: list[str] = field(default_factory=list)


@dataclass
class WhoWhereWhen:
    """What the who/where/when stage found."""

    actors: list[Actor] = field(default_factory=list)
    region: Region | None = None
    regions_mentioned: list[Region] = field(default_factory=list)
    event_date: str | None = None
    pub_date: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class Understanding:
    """What the understanding stage found."""

    about_asn_neutrality: bool = False
    event_kind: str | None = None
    violation: Violation = field(default_factory=Violation)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Grouping:
    """Where the grouping stage put the article, and why."""

    story: str | None = None
    news_event: str | None = None
    duplicate_of: str | None = None
    explanation: dict[str, Any] = field(default_factory=dict)


@dataclass
class Analysis:
    id: str
    url: str | None
    title: str | None
    outlet: str | None
    pub_date: str | None
    language: str
    about_asn_neutrality: bool
    event_kind: str | None
    violation: Violation
    actors: list[Actor]
    region: Region | None
    regions_mentioned: list[Region]
    event_date: str | None
    story: str | None
    news_event: str | None
    duplicate_of: str | None
    warnings: list[str]
    # Not in the contract's minimum, added freely: the text later stages and the web app show.
    text: str = ""
    grouping: dict[str, Any] = field(default_factory=dict)

    def to_contract(self, include_text: bool = False) -> dict[str, Any]:
        """The JSON object CONTRACT.md fixes (plus ``text`` when asked)."""
        data = asdict(self)
        if not include_text:
            data.pop("text")
        return data
