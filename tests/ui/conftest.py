"""The screens are tested as the app shows them: in English with its translation installed (the
English file gives the plural forms, "1 calibration" and "3 calibrations"), as ui.app does at
start. A test that switches to Vietnamese switches back to English when it ends."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def english_screens(qapp):
    from ui.i18n import install_language

    assert install_language("en")
    yield


@pytest.fixture
def vietnamese(english_screens):
    """The screens in Vietnamese for one test, back in English after it."""
    from ui.i18n import install_language

    assert install_language("vi")
    yield
    install_language("en")
