"""The e-signature dialog (issue 5, "E-signatures"): the signer sees what they sign and what the
signature means, types their password again, and the signature is bound to the content's hash.

The password is checked through ``lab.users.log_in`` first, so wrong passwords here count towards
the lock-out like any other; the permission for the meaning is checked by ``lab.signatures.sign``.
"""

from __future__ import annotations

import logging

from lab.permissions import LabUser, PermissionDenied
from lab.signatures import Meaning, SignatureRecord, SignatureRefused, sign
from lab.users import WRONG_NAME_OR_PASSWORD, LogInFailed, log_in
from ui.i18n import say_why
from ui.login import message_label, password_field, show_message
from ui.qt import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


def meaning_sentence(meaning: Meaning) -> str:
    return {
        Meaning.REVIEWED: "I have reviewed these results and found them complete and correct.",
        Meaning.APPROVED: "I approve these results; they are within my signing scope.",
        Meaning.ISSUED: "I issue this certificate in the laboratory's name.",
    }[meaning]


class SignatureDialog(QDialog):
    """Password again + meaning; ``signature`` holds the result once accepted."""

    def __init__(
        self,
        database,  # noqa: ANN001
        user: LabUser,
        *,
        meaning: Meaning | str,
        entity: str,
        record_id: str,
        signed_hash: str,
        summary: str,
        quantity: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.user = user
        self.meaning = Meaning(meaning)
        self.target = (entity, str(record_id), signed_hash, quantity)
        self.signature: SignatureRecord | None = None
        self.setWindowTitle(self.tr("Sign: %1").replace("%1", self.meaning.value))
        what = QLabel(summary, self)
        what.setWordWrap(True)
        statement = QLabel(self.tr(meaning_sentence(self.meaning)), self)
        statement.setWordWrap(True)
        statement.setStyleSheet("font-weight: bold;")
        fingerprint = QLabel(
            self.tr("Content fingerprint: %1").replace("%1", signed_hash[:16]), self
        )
        fingerprint.setToolTip(signed_hash)
        self.password = password_field(self)
        self.message = message_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Signer"), QLabel(f"{user.full_name or user.name} ({user.name})", self))
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(self)
        self.sign_button = buttons.addButton(self.tr("Sign"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.try_sign)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (what, statement, fingerprint):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.password.returnPressed.connect(self.try_sign)
        self.setMinimumWidth(460)

    def try_sign(self) -> None:
        entity, record_id, signed_hash, quantity = self.target
        password = self.password.text()
        self.password.clear()
        try:
            log_in(self.database, self.user.name, password)
            reason = f"e-signature: {self.meaning.value}"
            with self.database.session(actor=self.user, reason=reason) as session:
                self.signature = sign(
                    session,
                    self.user,
                    password,
                    meaning=self.meaning,
                    entity=entity,
                    record_id=record_id,
                    signed_hash=signed_hash,
                    quantity=quantity,
                )
        except LogInFailed as exc:
            wrong = str(exc) == WRONG_NAME_OR_PASSWORD
            said = self.tr("The password is wrong; nothing was signed.") if wrong else None
            show_message(self.message, said or say_why(exc))
            return
        except (SignatureRefused, PermissionDenied) as exc:
            show_message(self.message, say_why(exc))
            return
        self.accept()


def ask_for_signature(database, user: LabUser, **what) -> SignatureRecord | None:  # noqa: ANN001, ANN003
    """Show :class:`SignatureDialog`; the signature, or ``None`` when the user cancelled."""
    dialog = SignatureDialog(database, user, **what)
    if dialog.exec() != QDialog.Accepted:
        return None
    return dialog.signature
