"""The escaping of guideline text for rich-text labels is html.escape's, without its module."""

from __future__ import annotations

import html

import pytest

from opvoedapp.views.html_text import bullet_list, escape


@pytest.mark.parametrize("text", [
    "", "gewoon", "a & b", "<b>vet</b>", "&amp; al", "\"citaat\" en 'enkel'",
    "3 < 4 > 2 & \"x\" 'y' &lt;", "‘normaal’ ⚠ ✓ é",
])
def test_escape_is_html_escape(text: str) -> None:
    assert escape(text) == html.escape(text)


def test_bullet_list_escapes_each_item() -> None:
    assert bullet_list(["a<b", "c"]) == "<ul><li>a&lt;b</li><li>c</li></ul>"
