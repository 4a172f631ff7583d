"""Lesson markup: what a teacher writes becomes formatted text; anything else is shown as typed."""

import json
import re

import pytest

import resources
from engine.lesson_markup import WORD_BREAK_EVERY, legacy_html_to_markup, lesson_html, to_html


def test_paragraphs_bold_italic_code_lists_and_headings():
    html = to_html("# Title\n\nOne **bold** and *italic* and _also_ and `x<1`.\nSame paragraph.\n\n"
                   "- a\n- b\n  still b\n\n1. first\n2. second\n\n    y = w·x + b")
    assert html == ("<h3>Title</h3>"
                    "<p>One <b>bold</b> and <i>italic</i> and <i>also</i> and <code>x&lt;1</code>. Same paragraph.</p>"
                    "<ul><li>a</li><li>b still b</li></ul>"
                    "<ol><li>first</li><li>second</li></ol>"
                    '<p align="center">y = w·x + b</p>')


@pytest.mark.parametrize("text", [
    '<img src="file:///etc/passwd">', "<script>alert(1)</script>", '<a href="file:///etc/passwd">x</a>',
    "<style>body{background:url(x.png)}</style>", "<link rel=stylesheet href=x.css>", "<!-- a comment -->",
    '<p style="background-image:url(file:///dev/zero)">p</p>', "![picture](file:///tmp/a.png)",
    "&lt;img src=x&gt;", "[a](file:///etc/passwd)", "[a](javascript:alert(1))",
])
def test_nothing_but_the_markup_becomes_html(text):
    html = lesson_html(text, text)
    for tag, attributes in re.findall(r"<(/?\w+)([^>]*)>", html):
        assert tag.lstrip("/") in ("h3", "h4", "h5", "p", "b", "i", "code", "ul", "ol", "li", "a"), tag
        assert attributes in ("", ' align="center"') or re.fullmatch(r' href="https?://[^"]*"', attributes)
    assert "<!--" not in html


def test_only_web_links_are_made():
    assert to_html("[site](https://example.org/a?b=1&c=2)") == \
        '<p><a href="https://example.org/a?b=1&amp;c=2">site</a></p>'
    assert "<a" not in to_html("[x](ftp://example.org)")


def test_the_title_is_plain_text():
    assert lesson_html("**Not bold** <b>", "") == "<h3>**Not bold** &lt;b&gt;</h3>"


def test_snake_case_and_arithmetic_are_not_italic():
    assert to_html("leaky_relu and 2 * 3 * 4") == "<p>leaky_relu and 2 * 3 * 4</p>"


def test_a_long_word_gets_places_to_break():
    html = to_html("x" * 100)
    assert html.count("\u200b") == 100 // WORD_BREAK_EVERY and html.replace("\u200b", "") == "<p>" + "x" * 100 + "</p>"


def test_earlier_html_lessons_read_as_markup():
    text = ('<p><b>Try</b> <i>this</i> &amp; that:</p><ol><li>one</li><li>two</li></ol>'
            '<p align="center">CE = −log p</p><ul><li>dot</li></ul><img src="file:///etc/passwd">')
    html = to_html(text)
    assert "<p><b>Try</b> <i>this</i> &amp; that:</p>" in html
    assert "<ol><li>one</li><li>two</li></ol>" in html and "<ul><li>dot</li></ul>" in html
    assert '<p align="center">CE = −log p</p>' in html
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in html
    assert "**" in legacy_html_to_markup("<b>x</b>")


def test_the_builtin_lessons_are_written_in_the_markup():
    for name in resources.listdir("lessons"):
        with open(resources.path("lessons", name), encoding="utf-8") as stream:
            text = json.load(stream)["lesson"]["text"]
        html = to_html(text)
        assert "<" not in text and "&lt;" not in html and "**" not in html, name
        assert "<b>" in html or "<i>" in html, name
