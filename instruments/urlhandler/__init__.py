"""pyserial URL handlers of CalDesk (``serial.protocol_handler_packages``, instruments.md 5.3)."""
