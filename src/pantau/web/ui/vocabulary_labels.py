"""What a supervisor reads for each engine code (CONTRACT.md vocabularies), through gettext.

The msgids are English; the Indonesian the pages show by default lives in locale/id. Codes the
engine adds later fall back to the code itself rather than to nothing.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

VIOLATION_TYPE_LABELS = {
    "public_support_statement": _("Public statement of support"),
    "attending_campaign": _("Attending a campaign event"),
    "campaigning_for_candidate": _("Campaigning for a candidate"),
    "social_media_support": _("Support on social media"),
    "photo_with_candidate_gesture": _("Photo with a candidate's gesture"),
    "mobilising_subordinates": _("Mobilising subordinates"),
    "decisions_favouring_candidate": _("Decisions favouring a candidate"),
    "using_office_facilities": _("Using office facilities"),
    "declaring_candidacy_while_active": _("Declaring candidacy while in service"),
    "party_membership_or_management": _("Party membership or management"),
    "campaign_team_member": _("Member of a campaign team"),
    "unspecified": _("Unspecified"),
}

STAGE_LABELS = {
    "reported": _("Reported"),
    "under_examination": _("Under examination"),
    "recommended": _("Recommended for sanction"),
    "sanctioned": _("Sanctioned"),
    "dismissed": _("Dismissed"),
}

EVENT_KIND_LABELS = {
    "violation_case": _("Alleged violation"),
    "coordination_meeting": _("Coordination meeting"),
    "declaration_or_pledge": _("Declaration or pledge"),
    "outreach": _("Outreach"),
    "statistics": _("Statistics"),
    "regulation_explainer": _("Regulation explainer"),
    "opinion": _("Opinion"),
    "other": _("Other"),
}

def violation_type_label(code: str | None) -> str:
    return str(VIOLATION_TYPE_LABELS.get(code, code)) if code else ""


def stage_label(code: str | None) -> str:
    return str(STAGE_LABELS.get(code, code)) if code else ""


def event_kind_label(code: str | None) -> str:
    return str(EVENT_KIND_LABELS.get(code, code)) if code else ""
