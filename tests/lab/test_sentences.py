"""Sentences the lab says: English wherever a str is read, template and values for the UI."""

from __future__ import annotations

import csv
import pickle
from pathlib import Path

import pytest

from lab.importing import UnusableFile, find_header, parse_devices, read_table
from lab.importing.values import read_range
from lab.intake import ImportCancelled, import_device_list
from lab.sentences import KIND_WORDS, ROLE_WORDS, Sentence, sentence, word, words

HEADER = ["STT", "Tên thiết bị", "Hãng sản xuất", "Model", "Số sê-ri", "Phạm vi đo", "Độ phân giải"]


def write_list(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows([HEADER, *rows])
    return path


def test_a_sentence_reads_as_its_english_text_and_keeps_its_template_and_values():
    said = sentence("The asset tag '{tag}' is already on line {line}.", tag="TS-01", line=4)

    assert said == "The asset tag 'TS-01' is already on line 4." and isinstance(said, str)
    assert said.template == "The asset tag '{tag}' is already on line {line}."
    assert dict(said.params) == {"tag": "TS-01", "line": 4}
    assert type(str(said)) is str and str(said) == said


def test_a_sentence_cannot_be_changed_and_survives_a_copy():
    said = sentence("This row repeats line {line}.", line=3)

    with pytest.raises(AttributeError):
        said.template = "Something else."
    with pytest.raises(TypeError):
        said.params["line"] = 5
    copied = pickle.loads(pickle.dumps(said))
    assert (copied, copied.template, dict(copied.params)) == (said, said.template, {"line": 3})


def test_every_reason_of_a_bad_row_is_a_sentence_the_ui_can_translate(tmp_path):
    path = write_list(
        tmp_path / "list.csv",
        [
            ["1", "Đồng hồ áp suất", "Wika", "213.53", "WI001", "0 - 10 bảr", "0,2 bar"],
            ["2", "", "Testo", "720", "TE002", "-50...150 °C", "0,1 V"],
            ["3", "Nhiệt kế", "Testo", "720", "TE002", "0...100 °C", "-1"],
        ],
    )
    table = read_table(path)
    problems = parse_devices(table, find_header(table)).problems

    assert len(problems) == 5
    for problem in problems:
        assert isinstance(problem.reason, Sentence)
        assert problem.reason == problem.reason.template.format(**problem.reason.params)
    assert problems[0].reason.params["unit"] == "bảr"


def test_a_list_of_ranges_is_named_whole_in_the_reason_of_one_bad_part():
    _, reason = read_range("0-10 bar; 0-100 bảr")

    assert reason == "The range '0-10 bar; 0-100 bảr' has a unit CalDesk does not know ('bảr')."
    assert reason.template == "The range '{text}' has a unit CalDesk does not know ('{unit}')."


def test_an_unusable_file_says_why_in_english_and_carries_the_sentence(tmp_path):
    empty = tmp_path / "trong.csv"
    empty.write_bytes(b"  \n")

    with pytest.raises(UnusableFile) as refused:
        read_table(empty)

    assert str(refused.value) == "The file 'trong.csv' is empty."
    assert refused.value.sentence.template == "The file '{file}' is empty."
    assert refused.value.sentence.params["file"] == "trong.csv"


def test_a_cancelled_import_says_so_in_english_and_carries_the_sentence(db, tmp_path):
    path = write_list(tmp_path / "list.csv", [["1", "Cân", "Ohaus", "PX", "OH1", "", ""]])

    with pytest.raises(ImportCancelled) as cancelled, db.session() as session:
        import_device_list(session, path, "Công ty A", cancelled=lambda: True)

    assert str(cancelled.value) == "The import was cancelled; the register is unchanged."
    assert cancelled.value.sentence == str(cancelled.value)


def test_english_kept_as_text_is_read_back_into_its_sentence_with_sentences_inside():
    from lab.sentences import SentenceReader

    reader = SentenceReader(
        [
            "The audit trail is broken at entry #{entry}: {problem}",
            "its content was changed after it was recorded ({actor}, {recorded_at}).",
            "Set the code with 'python main.py workstation --code {reserved} --user ADMIN'.",
            "{anything}",  # all values and no words: would read any text, so never used
        ]
    )
    problem = sentence(
        "its content was changed after it was recorded ({actor}, {recorded_at}).",
        actor="an.nv",
        recorded_at="2026-11-26T08:00:00.000000Z",
    )
    kept = str(sentence("The audit trail is broken at entry #{entry}: {problem}", entry=2,
                        problem=problem))  # fmt: skip

    read = reader.read(kept)
    assert read == kept and read.template.startswith("The audit trail is broken")
    assert read.params["entry"] == "2" and read.params["problem"].template == problem.template
    assert dict(read.params["problem"].params) == {
        "actor": "an.nv",
        "recorded_at": "2026-11-26T08:00:00.000000Z",
    }
    assert reader.read("Set the code with 'python main.py workstation --code 07 --user ADMIN'.")
    again = reader.read("Set the code with 'python main.py workstation --code 07 --user ADMIN'.")
    assert dict(again.params) == {"reserved": "07"}
    unknown = reader.read("connection refused")
    assert unknown == "connection refused" and not isinstance(unknown, Sentence)


def test_a_failed_sync_keeps_the_sentence_of_its_error_and_its_english_text():
    from datetime import UTC, datetime

    from lab.sync.status import failed_run
    from lab.sync.upstream import UpstreamSchemaMismatch, not_postgresql

    refused = UpstreamSchemaMismatch(not_postgresql("mysql"))
    run = failed_run(datetime.now(UTC), "manual", refused)
    assert run.outcome == "schema" and run.message == str(refused)
    assert run.message.template == "The central database must be PostgreSQL, not '{driver}'."
    crashed = failed_run(datetime.now(UTC), "manual", OSError(28, "No space left on device"))
    assert crashed.message == "[Errno 28] No space left on device"


def test_a_permission_refusal_says_why_in_english_and_carries_each_word_as_a_sentence():
    from lab.permissions import LabUser, Permission, PermissionDenied, Role, require

    with pytest.raises(PermissionDenied) as refused:
        require(LabUser("an.nv", Role.TECHNICIAN), Permission.ISSUE, quantity="Điện áp DC")
    said = refused.value.sentence
    assert (
        str(refused.value)
        == said
        == (
            "an.nv may not issue certificates: the role technician does not include the permission "
            '"issue certificates".'
        )
    )
    assert said.template == "{user} may not {permission}: {detail}"
    detail = said.params["detail"]
    assert isinstance(said.params["permission"], Sentence)
    assert isinstance(detail.params["role"], Sentence) and detail.params["role"] == "technician"


def test_a_refusal_of_a_calibration_keeps_its_english_and_its_state_as_a_word(db):
    from lab.calibration.runs import CalibrationRefused, finish_measurement
    from lab.permissions import LabUser, Role

    with db.session() as session, pytest.raises(CalibrationRefused) as refused:
        finish_measurement(session, LabUser("an.nv", Role.TECHNICIAN), "not-an-id")
    assert str(refused.value) == "'not-an-id' is not a calibration id."
    assert refused.value.sentence.template == "'{calibration_id}' is not a calibration id."


def test_a_word_reads_as_its_english_names_its_vocabulary_and_survives_a_copy():
    kind = word(KIND_WORDS, "multimeter")
    kinds = words(KIND_WORDS, ["thermometer", "thermohygrometer"])

    assert kind == "multimeter" and kind.vocabulary == "DeviceKinds"
    assert kinds == "thermometer, thermohygrometer" and kinds.items == (
        "thermometer",
        "thermohygrometer",
    )
    said = sentence("{procedure} calibrates {kinds}.", procedure="p", kinds=kinds)
    assert said == "p calibrates thermometer, thermohygrometer."
    with pytest.raises(AttributeError):
        kind.vocabulary = ROLE_WORDS
    copied = pickle.loads(pickle.dumps(said))
    assert copied.params["kinds"].items == kinds.items
    assert pickle.loads(pickle.dumps(kind)).vocabulary == KIND_WORDS
