"""Where releases go: the ``publish:`` settings of ``campaign.yml``, resolved and checked.

Only ``campaign.yml`` is read (not the pages), so a release can be rolled back
even while the content has problems. Files named in the settings are looked
up relative to the campaign folder; the known-hosts file must be inside it,
and the private key is the one file outside it the tool lets ssh read (ssh
reads no configuration file and no other known-hosts file, see
:mod:`.remote`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..content.errors import ContentError, Problem
from ..content.load import load_campaign_source
from ..content.model import PublishSettings

__all__ = ["Target", "load_target"]

EXAMPLE = (
    "publish:\n  host: web.vanquan.gov.vn\n  user: chiendich\n  path: /srv/chien-dich\n"
    "  identity: ~/.ssh/chien-dich\n  known_hosts: known_hosts"
)


@dataclass(frozen=True)
class Target:
    """One SSH account and folder on a web server."""

    host: str
    user: str
    path: str  # holds releases/ and the `current` link
    port: int = 22
    identity: Path | None = None  # None only in tests: ssh's own keys
    known_hosts: Path | None = None
    keep: int = 5

    @property
    def label(self) -> str:
        return f"{self.user}@{self.host}:{self.path}"


def _file(
    root: Path, value: str, field: str, line: int, inside: bool
) -> tuple[Path | None, Problem | None]:
    path = Path(value).expanduser()
    path = path if path.is_absolute() else root / path
    if inside and not path.resolve().is_relative_to(root.resolve()):
        return None, Problem(
            "campaign.yml",
            line,
            field,
            f"cần một tệp trong thư mục chiến dịch, nhận được '{value}'",
        )
    if not path.is_file():
        return None, Problem(
            "campaign.yml", line, field, f"không thấy tệp '{value}' (tìm tại {path})"
        )
    return path, None


def target_from(settings: PublishSettings, root: Path, lines: dict[str, int]) -> Target:
    """The target of ``settings``; files checked (``lines``: line of each field)."""
    problems: list[Problem] = []
    identity, problem = _file(
        root, settings.identity, "publish.identity", lines.get("identity", 0), inside=False
    )
    problems += [problem] if problem else []
    known_hosts, problem = _file(
        root, settings.known_hosts, "publish.known_hosts", lines.get("known_hosts", 0), True
    )
    if problem is not None:
        advice = (
            f"; ghi khóa của máy chủ vào tệp này: ssh-keyscan -p {settings.port} "
            f"{settings.host} > {settings.known_hosts}"
        )
        problems.append(
            Problem(problem.file, problem.line, problem.field, problem.message + advice)
        )
    if problems:
        raise ContentError(problems)
    return Target(
        host=settings.host.strip("[]"),
        user=settings.user,
        path=settings.path,
        port=settings.port,
        identity=identity,
        known_hosts=known_hosts,
        keep=settings.keep,
    )


def load_target(root: Path) -> Target:
    """The target named in ``root/campaign.yml``; a :class:`ContentError` when it names none."""
    campaign, source = load_campaign_source(root / "campaign.yml", display="campaign.yml")
    if campaign.publish is None:
        raise ContentError(
            [
                Problem(
                    "campaign.yml",
                    0,
                    "publish",
                    "chưa có mục publish: (máy chủ web nhận trang). Thêm, ví dụ:\n" + EXAMPLE,
                )
            ]
        )
    fields = ("identity", "known_hosts")
    lines = {f: source.line(("publish", f)) for f in fields}
    return target_from(campaign.publish, root, lines)
