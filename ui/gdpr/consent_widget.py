"""Consent fields for the person editor: photos and directory listing (ja/nein/unbekannt)
with the date; "unbekannt" counts as no."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from ui.date_edit import DateEdit

_KEYS = {None: "unknown", True: "yes", False: "no"}
_VALUES = {key: value for value, key in _KEYS.items()}


class ConsentEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photos_combo = self._combo("consentPhotos")
        self.directory_combo = self._combo("consentDirectory")
        self.date_edit = DateEdit(optional=True)
        self.date_edit.setObjectName("consentDate")
        self.date_edit.line.setPlaceholderText(self.tr("(ohne Datum)"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Fotos:")), 0, 0)
        layout.addWidget(self.photos_combo, 0, 1)
        layout.addWidget(QLabel(self.tr("Teilnehmerliste:")), 0, 2)
        layout.addWidget(self.directory_combo, 0, 3)
        layout.addWidget(QLabel(self.tr("Datum:")), 1, 0)
        layout.addWidget(self.date_edit, 1, 1, 1, 2)  # room for "(ohne Datum)" and weekday
        hint = QLabel(self.tr("„unbekannt“ gilt als nein"))
        hint.setStyleSheet("color: #666;")
        layout.addWidget(hint, 2, 0, 1, 5)
        layout.setColumnStretch(4, 1)
        self.setToolTip(self.tr("Einwilligung in Fotos und in die Weitergabe in einer "
                                "Teilnehmerliste an andere Teilnehmende. „unbekannt“ gilt "
                                "als nein."))

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setMinimumContentsLength(9)
        combo.addItem(self.tr("unbekannt"), "unknown")
        combo.addItem(self.tr("ja"), "yes")
        combo.addItem(self.tr("nein"), "no")
        return combo

    def set_values(self, photos: bool | None, directory: bool | None,
                   consent_date: date | None) -> None:
        self.photos_combo.setCurrentIndex(self.photos_combo.findData(_KEYS[photos]))
        self.directory_combo.setCurrentIndex(self.directory_combo.findData(_KEYS[directory]))
        self.date_edit.setValue(consent_date)

    def values(self) -> dict[str, object]:
        day = self.date_edit.value()
        return {
            "photos": _VALUES[self.photos_combo.currentData()],
            "directory": _VALUES[self.directory_combo.currentData()],
            "consent_date": day,
        }
