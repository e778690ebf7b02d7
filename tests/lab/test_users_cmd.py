"""``main.py users`` and the log-in of data-changing commands (issue 5, "Headless")."""

from __future__ import annotations

import json

import pytest

from lab.commands.auth import authenticate_for_command
from lab.storage import open_database
from main import main


@pytest.fixture
def db_path(tmp_path, monkeypatch):
    path = tmp_path / "lab.sqlite"
    monkeypatch.setenv("CALDESK_PASSWORD", "admin-pass-1")
    assert main(["--db", str(path), "users", "add", "hung.pv", "--role", "admin"]) == 0
    return path


def test_users_add_on_an_empty_database_creates_the_first_admin(tmp_path, monkeypatch, capsys):
    db_path = tmp_path / "new.sqlite"
    monkeypatch.setenv("CALDESK_PASSWORD", "admin-pass-1")
    assert main(["--db", str(db_path), "users", "add", "hung.pv", "--role", "admin"]) == 0
    assert "first admin" in capsys.readouterr().out
    assert main(["--db", str(db_path), "users", "list", "--json"]) == 0
    (admin,) = json.loads(capsys.readouterr().out)
    assert (admin["name"], admin["role"], admin["active"]) == ("hung.pv", "admin", True)


def test_the_first_user_must_be_an_admin(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CALDESK_PASSWORD", "tech-pass-1")
    path = tmp_path / "empty.sqlite"
    assert main(["--db", str(path), "users", "add", "an.nv", "--role", "technician"]) == 2
    assert "the first user must be an admin" in capsys.readouterr().err


def test_adding_a_second_user_needs_the_admin_and_their_password(db_path, monkeypatch, capsys):
    args = [
        "--db",
        str(db_path),
        "users",
        "add",
        "chi.ttm",
        "--role",
        "signatory",
        "--scope",
        "DC voltage",
        "--scope",
        "mass",
    ]
    with pytest.raises(SystemExit) as refused:
        main(args)
    assert refused.value.code == 2
    assert "say who you are with --user" in capsys.readouterr().err
    monkeypatch.setenv("CALDESK_PASSWORD", "wrong-pass")
    with pytest.raises(SystemExit):
        main([*args, "--user", "hung.pv"])
    assert "Log-in refused" in capsys.readouterr().err
    monkeypatch.setenv("CALDESK_PASSWORD", "admin-pass-1")
    monkeypatch.setenv("CALDESK_NEW_PASSWORD", "chi-pass-1")
    assert main([*args, "--user", "hung.pv"]) == 0
    capsys.readouterr()
    main(["--db", str(db_path), "users", "list", "--json"])
    users = {u["name"]: u for u in json.loads(capsys.readouterr().out)}
    assert users["chi.ttm"]["scope"] == ["DC voltage", "mass"]


def test_a_technician_cannot_add_or_disable_users(db_path, monkeypatch, capsys):
    monkeypatch.setenv("CALDESK_NEW_PASSWORD", "tech-pass-1")
    assert (
        main(
            [
                "--db",
                str(db_path),
                "users",
                "add",
                "an.nv",
                "--role",
                "technician",
                "--user",
                "hung.pv",
            ]
        )
        == 0
    )
    monkeypatch.setenv("CALDESK_PASSWORD", "tech-pass-1")
    assert main(["--db", str(db_path), "users", "disable", "hung.pv", "--user", "an.nv"]) == 2
    assert "an.nv may not manage users" in capsys.readouterr().err


def test_users_disable_keeps_the_user_but_stops_the_log_in(db_path, monkeypatch, capsys):
    monkeypatch.setenv("CALDESK_NEW_PASSWORD", "tech-pass-1")
    main(
        ["--db", str(db_path), "users", "add", "an.nv", "--role", "technician", "--user", "hung.pv"]
    )
    assert main(["--db", str(db_path), "users", "disable", "an.nv", "--user", "hung.pv"]) == 0
    main(["--db", str(db_path), "users", "list"])
    assert "an.nv" in capsys.readouterr().out
    database = open_database(db_path)
    monkeypatch.setenv("CALDESK_PASSWORD", "tech-pass-1")
    with pytest.raises(SystemExit):
        authenticate_for_command(database, "an.nv")
    database.close()
    assert "disabled" in capsys.readouterr().err
