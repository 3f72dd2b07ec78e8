"""A real OpenSSH server on 127.0.0.1 for the release tests: throwaway host and user
keys, its own configuration, the current account, a free port (Debian's
``openssh-server``; see scripts/system-packages.txt)."""

from __future__ import annotations

import getpass
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

__all__ = ["SSHD", "SshServer", "serve_sshd"]

SSHD = "/usr/sbin/sshd"


@dataclass(frozen=True)
class SshServer:
    port: int
    user: str
    identity: Path  # the user's private key
    known_hosts: str  # the line a known_hosts file needs for this server


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _keygen(path: Path) -> None:
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "campaign-test", "-f", str(path)],
        check=True,
    )


@contextmanager
def serve_sshd(work: Path) -> Iterator[SshServer]:
    """Run ``sshd -D`` with keys and configuration in ``work``; stop it on exit."""
    if os.geteuid() == 0:
        # sshd run as root wants its privilege-separation folder (made by the service).
        Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    host_key, user_key = work / "host_ed25519", work / "user_ed25519"
    _keygen(host_key)
    _keygen(user_key)
    authorized = work / "authorized_keys"
    authorized.write_text(user_key.with_suffix(".pub").read_text(encoding="utf-8"))
    port = _free_port()
    user = getpass.getuser()
    config = work / "sshd_config"
    config.write_text(
        f"Port {port}\nListenAddress 127.0.0.1\nHostKey {host_key}\nPidFile {work}/sshd.pid\n"
        f"AuthorizedKeysFile {authorized}\nStrictModes no\nUsePAM no\n"
        "PasswordAuthentication no\nKbdInteractiveAuthentication no\n"
        f"PubkeyAuthentication yes\nPermitRootLogin prohibit-password\nAllowUsers {user}\n"
        "LogLevel ERROR\n",
        encoding="utf-8",
    )
    log = (work / "sshd.log").open("w")
    process = subprocess.Popen([SSHD, "-D", "-e", "-f", str(config)], stderr=log)
    try:
        for _ in range(100):
            if process.poll() is not None:
                raise RuntimeError(f"sshd stopped: {(work / 'sshd.log').read_text()}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        public = host_key.with_suffix(".pub").read_text(encoding="utf-8").split()
        yield SshServer(port, user, user_key, f"[127.0.0.1]:{port} {public[0]} {public[1]}\n")
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()
