"""What a parsed plan says, as campaign data.

From the layout ``parse`` found, this reads the issuer, the documents the
plan rests on, its purposes, the units and their tasks with deadlines, the
event it organises, recipients and signer. It only copies or reshapes what the
plan prints: a value it cannot find stays out, or, when the model requires one,
gets a placeholder that the YAML comment and the report both flag.

The reading goes in the document's order: ``head`` (issuer, number, date,
title, bases, and the site named after it), ``sections`` (the plan's sections
as data, theme, purposes, budget), which hands over to ``activities``,
``units`` (tasks and deadlines) and ``events``, then ``footer``. ``names``
cases and classifies organ names, ``refs`` reads cited documents, ``reading``
holds what they share.
"""

from __future__ import annotations

from ..parse import ParsedPlan
from .footer import read_footer
from .head import read_header, read_issuer, read_preamble, read_site
from .reading import PLACEHOLDER_ISSUER, PLACEHOLDER_URL, Facts, Reading
from .sections import read_sections

__all__ = ["PLACEHOLDER_ISSUER", "PLACEHOLDER_URL", "Facts", "read_facts"]


def read_facts(plan: ParsedPlan) -> Facts:
    facts = Facts(unplaced=list(plan.unplaced))
    reading = Reading(plan, facts)
    reading.data["site"] = {}
    reading.data["plan"] = {"kind": plan.kind}
    read_preamble(reading)
    read_issuer(reading)
    read_header(reading)
    read_sections(reading)
    read_site(reading)
    read_footer(reading)
    return facts
