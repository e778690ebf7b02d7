"""Who runs a data-changing command: ``--user NAME`` and the password from ``CALDESK_PASSWORD``
or a prompt (issue 5, "Headless"). The password is never echoed, logged or printed.
"""

from __future__ import annotations

import getpass
import os
import sys

from lab.permissions import LabUser
from lab.users import LogInFailed, log_in

PASSWORD_ENV = "CALDESK_PASSWORD"
# The new user's password when an admin adds one in a script; otherwise it is asked for.
NEW_PASSWORD_ENV = "CALDESK_NEW_PASSWORD"


def read_password(prompt: str, env: str = PASSWORD_ENV) -> str:
    """The password from the environment variable ``env``, or typed at a prompt that does not
    echo it."""
    from_env = os.environ.get(env)
    if from_env is not None:
        return from_env
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        return ""


def authenticate_for_command(database, user_name: str | None) -> LabUser:  # noqa: ANN001
    """The logged-in user for a command that changes data; exits with status 2 and a sentence
    on stderr when no user is given or the log-in fails."""
    if not user_name:
        print(
            "This command changes data: say who you are with --user NAME "
            f"(the password is read from {PASSWORD_ENV} or asked for).",
            file=sys.stderr,
        )
        raise SystemExit(2)
    password = read_password(f"Password for {user_name}: ")
    try:
        return log_in(database, user_name, password)
    except LogInFailed as exc:
        print(f"Log-in refused: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
