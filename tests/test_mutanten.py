"""Tests that pin behaviour mutation testing found unpinned (issue 18, docs/reliability.md)."""

from gedragswerk_core.leerplicht.status import leerplicht_status
