"""Lesson text: a small markup a teacher can write, turned into safe HTML.

The markup is a subset of Markdown::

    A paragraph is lines of text; a blank line starts the next one.
    **bold**, *italic* (or _italic_), `code`, [a link](https://example.org)

    # A heading (## and ### for smaller ones)

    - a list item (or * item)
    1. a numbered item

        A line indented by four spaces is shown centred: for a formula.

Everything else is shown as the characters it is: ``<img src=...>`` in a
lesson reads as that text, so nothing in a lesson can load a file or an
image, run anything, or style the window. Only http and https links are
made; the lesson view opens them in the web browser when clicked.

Lessons written for earlier versions in simple HTML (``<p>``, ``<b>``,
``<i>``, ``<ul>``, ``<ol>``, ``<li>``, ``<br>``, ``<h1>``...``<h6>``,
``<code>``) are read as the same markup.

Long words get a place to break every ``WORD_BREAK_EVERY`` characters, so
a text of one endless word lays out in an instant instead of freezing.
"""

import html
import re

WORD_BREAK_EVERY = 30
_ZERO_WIDTH_SPACE = "\u200b"

_HEADING = re.compile(r"^(#{1,3})\s+(.*)$")
_BULLET = re.compile(r"^\s{0,3}[-*]\s+(.*)$")
_NUMBERED = re.compile(r"^\s{0,3}\d{1,4}[.)]\s+(.*)$")
_DISPLAY = re.compile(r"^(?: {4}|\t)(.*)$")
_LONG_WORD = re.compile(r"\S{%d,}" % (WORD_BREAK_EVERY + 1))
# Inline spans, tried left to right: code first, so nothing inside it is markup.
_INLINE = re.compile(
    r"`(?P<code>[^`\n]+)`"
    r"|\*\*(?P<bold>[^*\n](?:[^\n]*?[^*\n])?)\*\*"
    r"|\*(?P<italic>[^*\s](?:[^*\n]*?[^*\s])?)\*"
    r"|(?<![\w])_(?P<underscored>[^_\s](?:[^_\n]*?[^_\s])?)_(?![\w])"
    r"|\[(?P<label>[^\]\n]+)\]\((?P<url>https?://[^\s)]+)\)"
)
_HEADING_TAGS = {1: "h3", 2: "h4", 3: "h5"}

_LEGACY_TAG = re.compile(r"<\s*(/?)\s*(p|b|strong|i|em|u|ul|ol|li|br|h[1-6]|code|center)\b([^<>]*)>", re.IGNORECASE)


def looks_like_legacy_html(text):
    """Whether ``text`` was written in the simple HTML of earlier versions."""
    return bool(_LEGACY_TAG.search(text))


def legacy_html_to_markup(text):
    """Rewrite the simple HTML tags of earlier lessons as markup; every other tag stays literal text."""
    lists = []
    out = []
    position = 0
    for match in _LEGACY_TAG.finditer(text):
        out.append(html.unescape(text[position:match.start()]).replace("\n", " "))
        position = match.end()
        closing, tag, attributes = match.group(1) == "/", match.group(2).lower(), match.group(3).lower()
        if tag in ("b", "strong"):
            out.append("**")
        elif tag in ("i", "em", "u"):
            out.append("*")
        elif tag == "code":
            out.append("`")
        elif tag in ("ul", "ol"):
            if closing:
                if lists:
                    lists.pop()
            else:
                lists.append(tag)
            out.append("\n\n")
        elif tag == "li":
            if not closing:
                out.append("\n1. " if lists and lists[-1] == "ol" else "\n- ")
        elif tag == "br":
            out.append("\n\n")
        elif tag[0] == "h":
            level = min(3, max(1, int(tag[1]) - 2))
            out.append("\n\n" if closing else "\n\n" + "#" * level + " ")
        elif tag in ("p", "center"):
            centred = tag == "center" or "center" in attributes
            out.append("\n\n    " if centred and not closing else "\n\n")
    out.append(html.unescape(text[position:]).replace("\n", " "))
    return "".join(out)


def _breakable(text):
    # A zero-width space lets the layout wrap a long word without changing what it reads.
    return _LONG_WORD.sub(
        lambda m: _ZERO_WIDTH_SPACE.join(m.group(0)[i:i + WORD_BREAK_EVERY]
                                         for i in range(0, len(m.group(0)), WORD_BREAK_EVERY)), text)


def inline_html(text):
    """One line or paragraph of markup as HTML: spans made, everything else escaped."""
    out = []
    position = 0
    for match in _INLINE.finditer(text):
        out.append(_escape(text[position:match.start()]))
        position = match.end()
        if match.group("code") is not None:
            out.append(f"<code>{_escape(match.group('code'))}</code>")
        elif match.group("bold") is not None:
            out.append(f"<b>{inline_html(match.group('bold'))}</b>")
        elif match.group("italic") is not None:
            out.append(f"<i>{inline_html(match.group('italic'))}</i>")
        elif match.group("underscored") is not None:
            out.append(f"<i>{inline_html(match.group('underscored'))}</i>")
        else:
            url = html.escape(match.group("url"), quote=True)
            out.append(f'<a href="{url}">{_escape(match.group("label"))}</a>')
    out.append(_escape(text[position:]))
    return "".join(out)


def _escape(text):
    return html.escape(_breakable(text), quote=True)


def to_html(text):
    """Lesson markup (or an earlier lesson's simple HTML) as safe HTML for a text view."""
    if looks_like_legacy_html(text):
        text = legacy_html_to_markup(text)
    blocks = []
    paragraph, items, list_tag = [], [], None

    def end_paragraph():
        if paragraph:
            blocks.append(f"<p>{inline_html(' '.join(paragraph))}</p>")
            paragraph.clear()

    def end_list():
        nonlocal list_tag
        if items:
            blocks.append(f"<{list_tag}>" + "".join(f"<li>{inline_html(i)}</li>" for i in items) + f"</{list_tag}>")
            items.clear()
        list_tag = None

    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            end_paragraph()
            end_list()
            continue
        heading, bullet, numbered = _HEADING.match(line), _BULLET.match(line), _NUMBERED.match(line)
        display = _DISPLAY.match(line)
        if heading:
            end_paragraph()
            end_list()
            tag = _HEADING_TAGS[len(heading.group(1))]
            blocks.append(f"<{tag}>{inline_html(heading.group(2).strip())}</{tag}>")
        elif bullet or numbered:
            end_paragraph()
            tag = "ul" if bullet else "ol"
            if list_tag != tag:
                end_list()
                list_tag = tag
            items.append((bullet or numbered).group(1).strip())
        elif items and line.startswith((" ", "\t")):
            items[-1] += " " + line.strip()  # the list item goes on
        elif display and not paragraph:
            end_list()
            blocks.append(f'<p align="center">{inline_html(display.group(1).strip())}</p>')
        else:
            end_list()
            paragraph.append(line.strip())
    end_paragraph()
    end_list()
    return "".join(blocks)


def lesson_html(title, text):
    """A lesson's title (plain text, never markup) and text as one safe HTML page."""
    heading = f"<h3>{_escape(title)}</h3>" if title else ""
    return heading + to_html(text or "")


def in_language(lesson, code):
    """(title, text) of ``lesson`` for a reader of ``code``: its translation, else the lesson's own.

    A lesson carries its own title and text (English in the built-in ones)
    and, in ``translations``, the same in other languages; a field a
    translation lacks, or a language it lacks, falls back to the lesson's own.
    "de-AT" reads the "de" translation if there is no "de-AT" one.
    """
    lesson = lesson or {}
    translation = (lesson.get("translations") or {}).get(_translation_for(lesson, code)) or {}
    return (translation.get("title") or lesson.get("title", ""), translation.get("text") or lesson.get("text", ""))


def _translation_for(lesson, code):
    """The key of the translation a reader of ``code`` reads, or None for the lesson's own text."""
    translations = lesson.get("translations") or {}
    for key in (code, code.split("-")[0]):
        if translations.get(key):
            return key
    return None


def with_text_in(lesson, code, title, text):
    """A copy of ``lesson`` whose title and text for a reader of ``code`` are ``title`` and ``text``.

    What the reader saw is what changes: the ``code`` translation if the
    lesson has one, else the lesson's own title and text. Every other
    language, and a challenge, stay as they were.
    """
    changed = dict(lesson or {})
    translations = {language: dict(words) for language, words in (changed.get("translations") or {}).items()}
    key = _translation_for(changed, code)
    if key is not None:
        translations[key] = {"title": title, "text": text}
    else:
        changed["title"], changed["text"] = title, text
    if translations:
        changed["translations"] = translations
    return changed
