"""Reading rendered certificates back as a reader would: the text of each page (pypdf), the
fonts embedded, and the QR codes on a page rasterised by pdfium and decoded by zxing-cpp."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pypdfium2
import zxingcpp


def page_texts(path: Path) -> list[str]:
    """Each page's text with whitespace collapsed (pypdf reports word gaps as tabs)."""
    reader = pypdf.PdfReader(path)
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def words(path: Path) -> list[str]:
    return " ".join(page_texts(path)).split()


def embedded_fonts(path: Path) -> set[str]:
    """The base font names every page uses (a subset prefix "ABCDEF+" removed)."""
    names = set()
    for page in pypdf.PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            assert (
                "/FontFile2" in target["/FontDescriptor"]
                or "/FontFile3" in target["/FontDescriptor"]
            ), f"{font['/BaseFont']} is not embedded"
            names.add(str(font["/BaseFont"]).lstrip("/").split("+")[-1])
    return names


def qr_codes(path: Path, page: int = -1, dpi: int = 200) -> list[str]:
    """The text of every QR code on ``page`` (the last by default)."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        image = document[page % len(document)].render(scale=dpi / 72).to_numpy()
    finally:
        document.close()
    found = zxingcpp.read_barcodes(image)
    return [r.text for r in found if r.format == zxingcpp.BarcodeFormat.QRCode]
