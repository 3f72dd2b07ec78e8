"""The document's end: the closing formula, recipients and signer."""

from __future__ import annotations

from .reading import Reading


def read_footer(r: Reading) -> None:
    plan, out = r.plan, r.data["plan"]
    if plan.closing is not None and plan.closing.text:
        out["closing"] = plan.closing.text
    if plan.recipients:
        out["recipients"] = [
            {"name": who.name, **({"note": who.note} if who.note else {})}
            for who in plan.recipients
        ]
        r.facts.found.append(f"Nơi nhận: {len(plan.recipients)}")
    else:
        r.facts.check.append("không thấy “Nơi nhận”")
    if plan.signer is not None:
        signer = plan.signer
        out["signer"] = {
            **({"authority": signer.authority} if signer.authority else {}),
            "position": signer.position,
            "name": signer.name,
        }
        r.facts.found.append(f"Người ký: {signer.position} {signer.name}")
    else:
        r.facts.check.append("không thấy khối chữ ký (chức vụ, họ tên)")
