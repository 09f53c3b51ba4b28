"""The log file: where it lives, what goes in, and what never does.

The desktop app and the CLI write to a rotating log in the user's log folder
(`platformdirs.user_log_dir`, or $TRANSFERPLANER_LOG_DIR): every operation with its outcome,
storage events, refusals by type, and every unexpected error with its traceback. Support
asks for this folder when an office reports "it closed by itself".

No personal data goes in. Log calls name records by id ("person 17"), never by name, e-mail
or address. As a safety net the formatter blanks e-mail addresses and SQL parameters in
every line, and writes exceptions as type and traceback only: an exception's message may
quote what was entered (a name, an address), so it is replaced by its length. The full
message is shown only on the screen of the person who saw the error (the crash dialog).

Modules log through `logging.getLogger(__name__)`; `setup_logging()` is called once by each
program's entry point.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from planner import APP_NAME

LOG_DIR_ENV_VAR = "TRANSFERPLANER_LOG_DIR"
LOG_FILE_NAME = "transferplaner.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LINE_FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_SQL_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s|$)", re.DOTALL)
_handler: logging.Handler | None = None

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_folder() -> Path:
    env = os.environ.get(LOG_DIR_ENV_VAR)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_folder() / LOG_FILE_NAME


def scrub(text: str) -> str:
    """`text` without e-mail addresses and SQL parameter lists."""
    return _EMAIL.sub("<E-Mail>", _SQL_PARAMETERS.sub("[parameters: <ausgeblendet>]", text))


def describe_exception(exc: BaseException) -> str:
    """The exception's type with the length of its message, never the message itself."""
    message = str(exc)
    name = f"{type(exc).__module__}.{type(exc).__qualname__}"
    return f"{name} (Meldung ausgeblendet, {len(message)} Zeichen)" if message else name


_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


def format_traceback(exc_info: ExcInfo) -> str:
    """A traceback with the frames (file, line, code) and the exception types of the chain;
    messages are left out (they may quote personal data)."""
    _type, exc, tb = exc_info
    blocks: list[tuple[BaseException, TracebackType | None, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    current_tb = tb
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        following: BaseException | None = None
        link = ""
        if current.__cause__ is not None:
            following, link = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            following, link = current.__context__, _CONTEXT
        blocks.append((current, current_tb, link))
        current = following
        current_tb = following.__traceback__ if following is not None else None
    parts: list[str] = []
    for error, error_tb, link in reversed(blocks):
        if parts and link:
            parts.append(link)
        parts.append("Traceback (most recent call last):\n"
                     + "".join(traceback.format_list(traceback.extract_tb(error_tb)))
                     + describe_exception(error) + "\n")
    return "".join(parts).rstrip()


class PrivacyFormatter(logging.Formatter):
    """Lines with e-mails and SQL parameters blanked; exceptions without their messages."""

    def formatException(self, ei: ExcInfo) -> str:  # type: ignore[override]  # noqa: N802
        return format_traceback(ei)

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to the rotating file in `log_folder()` (once per process); returns the file.

    Falls back to standard error when the folder cannot be written."""
    global _handler
    path = log_file()
    root = logging.getLogger()
    if _handler is not None and getattr(_handler, "baseFilename", None) == str(path):
        return path
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    handler: logging.Handler
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True)
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(PrivacyFormatter(LINE_FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    # SQLAlchemy logs every statement with its parameters (personal data) at INFO; Alembic
    # each step of every schema check. Warnings and errors of both still come through.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    _handler = handler
    return path


def flush_log() -> None:
    if _handler is not None:
        _handler.flush()


def install_excepthooks(on_error: Callable[[ExcInfo], None] | None = None) -> None:
    """Log every uncaught exception (main thread and other threads) with its traceback;
    then call `on_error` (the desktop app shows its crash dialog there)."""
    log = logging.getLogger("planner.uncaught")

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("Unerwarteter Fehler", exc_info=(exc_type, exc, tb))
        flush_log()
        if on_error is not None:
            on_error((exc_type, exc, tb))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        log.critical("Unerwarteter Fehler im Thread %s",
                     args.thread.name if args.thread else "?",
                     exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        flush_log()
        if on_error is not None:
            on_error((args.exc_type, args.exc_value, args.exc_traceback))

    sys.excepthook = hook
    threading.excepthook = thread_hook
