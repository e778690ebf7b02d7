"""The workstation's GUI settings as a typed facade over QSettings (suncal ``gui_settings.py``).

One property per key, defaults in one place. What the domain needs (database path, upstream
URL) does not live here.
"""

from __future__ import annotations

from dataclasses import dataclass

from ui.qt import QByteArray, QSettings

DEFAULTS = {
    "language": "vi",
    "last_import_folder": "",
    "idle_lock_minutes": 15,
    "window_geometry": QByteArray(),
    # Background sync: every 10 minutes by default, 0 = only when the technician asks.
    "sync_interval_minutes": 10,
}
SYNC_INTERVAL_MAX_MINUTES = 24 * 60
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
SIMULATED = ""  # an instrument's port as remembered when it is simulated


@dataclass(frozen=True)
class InstrumentPort:
    """Where this workstation's instrument of one family is: a port (empty: simulated) and the
    baud rate set in its menu (None: the driver's default)."""

    url: str = SIMULATED
    baudrate: int | None = None


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings("CalDesk", "CalDesk")

    def _get(self, key: str, kind: type):
        value = self._q.value(key, DEFAULTS[key])
        try:
            return kind(value) if value is not None else DEFAULTS[key]
        except (TypeError, ValueError):
            return DEFAULTS[key]

    @property
    def language(self) -> str:
        value = self._get("language", str)
        return value if value in LANGUAGES else DEFAULTS["language"]

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._q.setValue("language", value)

    @property
    def last_import_folder(self) -> str:
        return self._get("last_import_folder", str)

    @last_import_folder.setter
    def last_import_folder(self, value: str) -> None:
        self._q.setValue("last_import_folder", value)

    @property
    def idle_lock_minutes(self) -> int:
        return self._get("idle_lock_minutes", int)

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        self._q.setValue("idle_lock_minutes", int(value))

    @property
    def window_geometry(self) -> QByteArray:
        value = self._q.value("window_geometry")
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._q.setValue("window_geometry", value)

    @property
    def sync_interval_minutes(self) -> int:
        value = self._get("sync_interval_minutes", int)
        if 0 <= value <= SYNC_INTERVAL_MAX_MINUTES:
            return value
        return DEFAULTS["sync_interval_minutes"]

    @sync_interval_minutes.setter
    def sync_interval_minutes(self, value: int) -> None:
        if not 0 <= int(value) <= SYNC_INTERVAL_MAX_MINUTES:
            raise ValueError(f"a sync interval of {value} minutes is out of range")
        self._q.setValue("sync_interval_minutes", int(value))

    # One pair of keys per instrument family (driver name): the bench is wired once per
    # workstation, whichever procedure uses the instrument.
    def instrument_port(self, driver: str) -> InstrumentPort:
        url = self._q.value(f"instrument_ports/{driver}/url", SIMULATED)
        baud = self._q.value(f"instrument_ports/{driver}/baudrate", 0)
        try:
            baudrate = int(baud) or None
        except (TypeError, ValueError):
            baudrate = None
        return InstrumentPort(str(url or SIMULATED), baudrate)

    def remember_instrument_port(self, driver: str, port: InstrumentPort) -> None:
        self._q.setValue(f"instrument_ports/{driver}/url", port.url)
        self._q.setValue(f"instrument_ports/{driver}/baudrate", port.baudrate or 0)
