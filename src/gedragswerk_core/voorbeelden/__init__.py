"""The built-in example case and the 2015–2016 case log behind the published figures."""

from gedragswerk_core.voorbeelden import jaarverslag2015, kengetallen, voorbeeld

__all__ = ["jaarverslag2015", "kengetallen", "voorbeeld"]
