"""Calibration certificates drawn by Qt (issue 7, item 2): one QPainter layout for the print
preview, the PDF and the printer; calibration labels; the QR code of the content hash.

The content comes ready from ``lab/certificates`` (every number already a rounded string, every
label bilingual); nothing here computes or rounds a result.
"""
