"""Marking planner's German labels for the desktop app's English translation.

planner speaks German only: exports, PDFs, mails and CLI messages stay German by design.
The desktop app shows the same labels translated. To keep each label written once, the
tables in planner wrap their texts in `QT_TRANSLATE_NOOP(context, text)`, which returns the
text unchanged. It is named like Qt's macro on purpose: Qt's `lupdate`
(tools/update_translations.py) collects the calls by that name from planner's modules too,
and `ui.models.labels` shows a label with `QCoreApplication.translate(context, text)`.
No Qt is imported here.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """`text` unchanged; `context` groups it for the translators (e.g. "formats")."""
    del context
    return text
