"""Workstation codes: the short code inside every human number a workstation makes.

New workstations get four characters of Crockford's base32 (0-9 and A-Z without I, L, O and U,
which are read or typed wrongly off a label): 32⁴ = 1,048,576 codes, where the three hex digits
given before (4,096 codes) made two of 50 workstations share a code about one time in four.
A code chosen by the administrator may be 2 to 6 characters of the same alphabet. Workstations
made before keep their three hex digits: every number they made carries them, and hex digits are
Crockford characters too.
"""

from __future__ import annotations

import secrets

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
NEW_CODE_LENGTH = 4
SHORTEST, LONGEST = 2, 6


class WorkstationCodeError(ValueError):
    """A workstation code that cannot be used; the message says why in plain words."""


def new_workstation_code() -> str:
    """A random code for a new workstation (the centre refuses it, should it be taken).

    >>> code = new_workstation_code()
    >>> len(code) == NEW_CODE_LENGTH and set(code) <= set(CROCKFORD)
    True
    """
    return "".join(secrets.choice(CROCKFORD) for _ in range(NEW_CODE_LENGTH))


def checked_code(typed: str) -> str:
    """The code an administrator typed, in capitals, or a sentence saying what is wrong with it.

    >>> checked_code(" hcm1 ")
    'HCM1'
    >>> checked_code("HN-1")
    Traceback (most recent call last):
    ...
    lab.storage.workstation_codes.WorkstationCodeError: 'HN-1' cannot be a workstation code: \
'-' is not allowed; use digits and the letters A-Z except I, L, O and U.
    """
    code = typed.strip().upper()
    if not SHORTEST <= len(code) <= LONGEST:
        raise WorkstationCodeError(
            f"'{typed}' cannot be a workstation code: it must be {SHORTEST} to {LONGEST} "
            "characters long."
        )
    wrong = [c for c in code if c not in CROCKFORD]
    if wrong:
        raise WorkstationCodeError(
            f"'{typed}' cannot be a workstation code: '{wrong[0]}' is not allowed; use digits "
            "and the letters A-Z except I, L, O and U."
        )
    return code
