"""Page breaks an auditor would object to never happen, and odd results still plot."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lab.certificates.content import AS_LEFT, PlotPoint
from tests.ui import certificate_samples as samples
from tests.ui.certificate_pdf import page_texts
from ui.certificates.render import lay_out, render_pdf


@pytest.mark.parametrize("points", [5, 12, 20, 33, 60])
def test_no_page_ends_with_a_heading_or_a_table_header(qapp, points):
    layout = lay_out(samples.long_certificate(points), samples.SAMPLE_QR, "both")
    for page in layout.pages[:-1]:
        assert page[-1].block.keep_with_next == 0, f"{points} points: a heading ends a page"
    # The signatures and the closing line stay together on the last page.
    assert len(layout.pages[-1]) >= 2


@pytest.mark.parametrize(
    "plot",
    [
        (PlotPoint(AS_LEFT, 10.0, 0.0, 0.0, None),),  # one point, no error, no U, no MPE
        tuple(PlotPoint(AS_LEFT, t, -0.05 * t / 40, 0.03, 0.3) for t in (-40.0, 0.0, 40.0)),
        tuple(PlotPoint(AS_LEFT, m, 2e-7, 1e-7, None) for m in (1e-3, 2e-3, 5e-3)),
    ],
    ids=["single point", "negative nominals", "tiny values"],
)
def test_unusual_results_still_plot_with_their_axis_titles(qapp, tmp_path, plot):
    content = replace(samples.plain_certificate(), plot=plot, plot_unit="°C")
    render_pdf(content, samples.SAMPLE_QR, tmp_path / "c.pdf", "en")
    text = " ".join(page_texts(tmp_path / "c.pdf"))
    assert "Nominal (°C)" in text and "Error (°C)" in text
