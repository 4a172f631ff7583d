"""What happened during a run, as data: a setting changed at an epoch.

The loss curve marks events, and breaks where the loss changed; files keep
them. Code asks an event's fields; only people read ``str(event)``.
"""

from dataclasses import dataclass

from . import losses as _losses
from . import optimizers as _optimizers
from .translation import QT_TRANSLATE_NOOP, translate

# How a setting's values read for people; a setting not listed shows them as they are.
_SHOWN = {
    "loss": lambda name: _losses.get(name).shown_label(),
    "optimizer": lambda name: _optimizers.OPTIMIZERS[name].shown_title(),
}
# How the settings are named for people; files keep the keys.
_SETTING_NAMES = {"loss": QT_TRANSLATE_NOOP("events", "loss"), "optimizer": QT_TRANSLATE_NOOP("events", "optimizer")}
NOTE = "note"   # a free sentence (from an old file) rather than a setting's change


@dataclass(frozen=True)
class Event:
    """At the end of ``epoch`` the setting ``setting`` changed from ``old`` to ``new``."""

    epoch: int
    setting: str
    old: object = None
    new: object = None

    def __str__(self):
        if self.setting == NOTE:
            return str(self.new)
        setting = translate("events", _SETTING_NAMES[self.setting]) if self.setting in _SETTING_NAMES else self.setting
        return translate("events", "{setting}: {old} → {new}").format(
            setting=setting, old=self.shown(self.old), new=self.shown(self.new))

    def shown(self, value):
        """``value`` of this event's setting as people read it: "cross-entropy", "SGD + momentum"."""
        try:
            return _SHOWN[self.setting](value)
        except (KeyError, ValueError):
            return str(value)

    def to_dict(self):
        return {"epoch": int(self.epoch), "setting": self.setting, "old": self.old, "new": self.new}

    @classmethod
    def from_saved(cls, item):
        """An event as an experiment file keeps it.

        Files keep ``{"epoch", "setting", "old", "new"}``; older files kept
        ``[epoch, "loss: <old name> → <new name>"]``, which is read back into the
        same fields (or kept as a note when it is not such a change).
        """
        if isinstance(item, dict):
            return cls(int(item["epoch"]), str(item["setting"]), item.get("old"), item.get("new"))
        epoch, text = item
        setting, colon, change = str(text).partition(": ")
        old, arrow, new = change.partition(" → ")
        if colon and arrow and setting and " " not in setting:
            return cls(int(epoch), setting, old.strip(), new.strip())
        return cls(int(epoch), NOTE, None, str(text))
