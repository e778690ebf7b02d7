"""An intake derives its devices' search text and due date column by column; a device edited
on its own derives them one by one. Search and the due list must not care which path wrote them."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from lab.devices import SEARCHED_FIELDS, due_date, due_dates, search_text, search_texts
from lab.storage.text import nfc

stored_text = st.none() | st.text(max_size=10).map(nfc)  # texts as stored: NFC, spaces collapsed
device = st.fixed_dictionaries({field: stored_text for field in SEARCHED_FIELDS})


@given(st.lists(device, max_size=6), st.text(min_size=1, max_size=10).map(nfc))
def test_an_intakes_search_texts_are_each_devices_own(devices, customer):
    lab_ids = [f"26-A94-{n:05d}" for n in range(len(devices))]
    columns = {field: [d[field] for d in devices] for field in SEARCHED_FIELDS}
    assert search_texts(columns, lab_ids, customer) == [
        search_text(d, lab_id, customer) for d, lab_id in zip(devices, lab_ids, strict=True)
    ]


def test_a_vietnamese_device_is_found_by_its_words_without_accents():
    columns = {
        field: ["Nhiệt kế điện tử"] if field == "name" else [None] for field in SEARCHED_FIELDS
    }
    assert search_texts(columns, ["26-A94-00001"], "Bệnh viện") == [
        "26-a94-00001 benh vien nhiet ke dien tu"
    ]


@given(
    st.lists(
        st.tuples(
            st.none() | st.dates(date(1950, 1, 1), date(2030, 1, 1)),
            st.none() | st.integers(0, 120),
        )
    )
)
def test_an_intakes_due_dates_are_each_devices_own(pairs):
    lasts, intervals = [p[0] for p in pairs], [p[1] for p in pairs]
    assert due_dates(lasts, intervals) == [due_date(*p) for p in pairs]
