"""Keys of new synced rows: UUIDs that PostgreSQL and every workstation take as such, unique,
and in the order they were made (so a bulk intake appends to the primary-key index)."""

from __future__ import annotations

import threading
import uuid

from lab.storage.ids import new_id, new_id_texts


def test_keys_are_version_7_uuids_in_the_order_they_were_made():
    before = new_id()
    texts = new_id_texts(10_000)  # more than one millisecond's 4,096 counter values
    after = new_id()
    keys = [uuid.UUID(text) for text in texts]
    assert all(key.version == 7 and key.variant == uuid.RFC_4122 for key in [before, *keys, after])
    assert [key.hex for key in keys] == texts  # the stored form: 32 lower-case hex digits
    assert before.hex < texts[0] and texts == sorted(set(texts)) and texts[-1] < after.hex


def test_keys_made_on_several_threads_never_repeat():
    made: list[list[str]] = []

    def make() -> None:
        made.append([new_id().hex for _ in range(500)] + new_id_texts(2_000))

    threads = [threading.Thread(target=make) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    everything = [key for keys in made for key in keys]
    assert len(everything) == len(set(everything)) == 4 * 2_500


def test_a_key_carries_62_random_bits_besides_its_time():
    texts = new_id_texts(1_000)
    # the low 64 bits (variant + random) differ between neighbours made in the same millisecond
    assert len({text[16:] for text in texts}) == 1_000
