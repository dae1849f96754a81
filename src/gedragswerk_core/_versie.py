"""The library's version: one place, read by the build (hatch) and by receipts."""

__version__ = "0.1.0"
