"""Who speaks on every page: the header band and the footer, as data for the theme.

The header names the issuing body (and the body above it, as an official
letterhead does); the footer adds how to reach the publisher. Everything
comes from campaign.yml: the plan's issuer, and ``site.contact`` where the
campaign gives it. A field nobody gave is left out, never filled in.
Values are plain text here; the templates escape each one where it is printed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from ..content.model import Campaign

__all__ = ["Masthead", "masthead"]


@dataclass(frozen=True)
class Masthead:
    superior: str  # the body above the issuer ("Ủy ban nhân dân tỉnh Lạng Sơn"), or ""
    issuer: str  # the issuing body, in full
    unit: str  # the unit that runs the site and answers readers, if not the issuer
    address: str
    phone: str
    email: str
    person: str  # the person responsible for the content

    @property
    def phone_uri(self) -> str:
        """``tel:`` address: the digits and a leading "+" only."""
        digits = "".join(ch for ch in self.phone if ch.isdigit())
        return ("tel:+" if self.phone.startswith("+") else "tel:") + digits if digits else ""

    def as_dict(self) -> dict[str, str]:
        return {**asdict(self), "phone_uri": self.phone_uri}


def masthead(campaign: Campaign) -> Masthead:
    plan = campaign.plan
    contact = campaign.site.contact
    issuer = (contact.publisher if contact and contact.publisher else None) or plan.issuer
    unit = campaign.unit_name(contact.unit) if contact else ""
    return Masthead(
        superior=plan.superior or "",
        issuer=issuer,
        unit="" if unit == issuer else unit,
        address=(contact.address or "") if contact else "",
        phone=(contact.phone or "") if contact else "",
        email=(contact.email or "") if contact else "",
        person=(contact.person or "") if contact else "",
    )
