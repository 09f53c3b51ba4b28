"""Without SMTP: ready-to-send .eml files. `X-Unsent: 1` makes Outlook open them as drafts
(with a Send button); Thunderbird opens them as messages ("Als neu bearbeiten")."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from planner.errors import PlannerError
from planner.files import atomic_target, safe_file_stem
from planner.mail.transport import Delivery


class EmlTransport:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._taken: set[str] = set()

    def open(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PlannerError(f"Der Ordner {self.folder} kann nicht angelegt werden: "
                               f"{exc.strerror}.") from exc
        if not self.folder.is_dir():
            raise PlannerError(f"{self.folder} ist kein Ordner.")

    def close(self) -> None:
        pass

    def _target(self, message: EmailMessage) -> Path:
        to = message["To"]
        who = to.addresses[0].display_name if to is not None and to.addresses else "Empfänger"
        stem = safe_file_stem(f"{who}_{message['Subject'] or 'Nachricht'}", 90)
        name, n = f"{stem}.eml", 2
        while name.lower() in self._taken or (self.folder / name).exists():
            name, n = f"{stem}_{n}.eml", n + 1
        self._taken.add(name.lower())
        return self.folder / name

    def deliver(self, message: EmailMessage) -> Delivery:
        draft = message
        if "X-Unsent" not in draft:
            draft["X-Unsent"] = "1"
        target = self._target(draft)
        try:
            with atomic_target(target) as tmp:
                tmp.write_bytes(draft.as_bytes(policy=SMTP))
        except OSError as exc:
            return Delivery("failed", 1, f"{target.name} kann nicht geschrieben werden: "
                                         f"{exc.strerror}.")
        return Delivery("eml", 1, file_name=str(target))
