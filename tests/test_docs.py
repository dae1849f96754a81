"""Every Python block in the README and docs runs; a ``text`` block right after it is its output."""

import contextlib
import io
import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"```(python|text)\n(.*?)```", re.DOTALL)


def _voorbeelden():
    for pad in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]:
        blokken = BLOCK.findall(pad.read_text(encoding="utf-8"))
        for i, (soort, code) in enumerate(blokken):
            if soort != "python":
                continue
            volgend = blokken[i + 1] if i + 1 < len(blokken) else None
            uitvoer = volgend[1] if volgend and volgend[0] == "text" else None
            yield pytest.param(code, uitvoer, id=f"{pad.relative_to(ROOT)}#{i}")


VOORBEELDEN = list(_voorbeelden())


def test_er_zijn_voorbeelden():
    assert len(VOORBEELDEN) >= 5


@pytest.mark.parametrize(("code", "uitvoer"), VOORBEELDEN)
def test_codeblok_draait_en_toont_wat_de_docs_zeggen(code, uitvoer):
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        exec(compile(code, "<docs>", "exec"), {"__name__": "__docs__"})  # noqa: S102
    if uitvoer is not None:
        assert buffer.getvalue().strip() == uitvoer.strip()
