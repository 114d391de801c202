"""The article for the places it goes: plain text and clean HTML for the website's editor, and short
captions for Instagram, Facebook, WhatsApp and X (within 280 characters) with the office's hashtags."""
from __future__ import annotations

import re
from html import escape

from .compose import split_paragraphs
from .prose import is_list

PLATFORMS = {"instagram": "Instagram", "facebook": "Facebook", "whatsapp": "WhatsApp", "x": "X (Twitter)"}
X_LIMIT = 280
INSTAGRAM_LIMIT = 2200
INSTAGRAM_TAGS = 30
_DATELINE = re.compile(r"^(?P<dl>[^–\n]{1,120}?\s–)\s+")


def plain_text(headline: str, body: str) -> str:
    """Headline, a blank line, then the paragraphs with blank lines between: what a web editor pastes."""
    paras = split_paragraphs(body)
    return "\n\n".join([" ".join(headline.split())] + paras) + "\n"


def html(headline: str, body: str) -> str:
    """Only <h1>, <p>, <ol>/<li> (a typed list) and <strong> (the dateline): everything typed is escaped, so a
    name such as `<b>&` prints as typed and nothing in the text can become markup."""
    out = [f"<h1>{escape(' '.join(headline.split()))}</h1>"]
    for n, p in enumerate(split_paragraphs(body)):
        dateline, rest = split_dateline(p) if n == 0 else ("", p)
        if is_list(p):
            items = "".join(f"<li>{escape(line.split(' ', 1)[1])}</li>" for line in p.split("\n"))
            out.append(f"<ol>{items}</ol>")
        elif dateline:
            out.append(f"<p><strong>{escape(dateline)}</strong> – {escape(rest)}</p>")
        else:
            out.append(f"<p>{escape(p)}</p>")
    return "\n".join(out) + "\n"


def split_dateline(paragraph: str) -> tuple[str, str]:
    """("Tulungagung, 7 April 2021", the rest) of a first paragraph that opens with a dateline and "–";
    ("", paragraph) otherwise. Websites and the PDF print the dateline in bold."""
    m = _DATELINE.match(paragraph)
    return (m.group("dl")[:-2], paragraph[m.end():]) if m else ("", paragraph)


def _lead(body: str) -> str:
    paras = split_paragraphs(body)
    if not paras:
        return ""
    return split_dateline(paras[0])[1]


def _link(website: str) -> str:
    site = (website or "").strip()
    if not site:
        return ""
    return site if site.startswith(("http://", "https://")) else f"https://{site}"


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?”])\s+(?=[A-Z“])", text) if s]


def _cut(text: str, limit: int) -> str:
    """`text` within `limit` characters: whole sentences when possible, else whole words and "…"."""
    if len(text) <= limit:
        return text
    out = ""
    for s in _sentences(text):
        candidate = f"{out} {s}".strip()
        if len(candidate) > limit:
            break
        out = candidate
    if out:
        return out
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def caption(platform: str, headline: str, body: str, website: str, hashtags: list[str]) -> str:
    """A caption for `platform` (instagram, facebook, whatsapp, x)."""
    platform = platform.lower()
    if platform not in PLATFORMS:
        raise ValueError(platform)
    headline = " ".join(headline.split())
    lead = _lead(body)
    link = _link(website)
    tags = " ".join(hashtags)
    if platform == "x":
        return _x(headline, link, hashtags)
    if platform == "instagram":
        tags = " ".join(hashtags[:INSTAGRAM_TAGS])
        more = "Selengkapnya di situs kami (tautan di bio)" + (f": {website.strip()}" if website.strip() else "")
        parts = [headline.upper(), lead, more + ".", tags]
        text = "\n\n".join(p for p in parts if p)
        if len(text) > INSTAGRAM_LIMIT:
            room = INSTAGRAM_LIMIT - (len(text) - len(lead))
            parts[1] = _cut(lead, max(room, 0))
            text = "\n\n".join(p for p in parts if p)
        return text
    if platform == "facebook":
        paras = split_paragraphs(body)
        second = paras[1] if len(paras) > 1 else ""
        parts = [headline, lead, second, f"Baca selengkapnya: {link}" if link else "", tags]
        return "\n\n".join(p for p in parts if p)
    # WhatsApp: *bold* headline, the lead, the link; no markup characters inside the typed text matter.
    parts = [f"*{headline}*", lead, f"Selengkapnya: {link}" if link else "", tags]
    return "\n\n".join(p for p in parts if p)


def _x(headline: str, link: str, hashtags: list[str], keep: int = 2) -> str:
    """Headline, link and hashtags within 280 characters: extra hashtags go first (the first `keep` stay),
    then the headline is shortened, and only a link too long for that leaves fewer hashtags."""
    def build(head: str, tags: list[str]) -> str:
        return " ".join(p for p in (head, link, " ".join(tags)) if p)

    tags = list(hashtags)
    while len(build(headline, tags)) > X_LIMIT and len(tags) > keep:
        tags.pop()
    while True:
        text = build(headline, tags)
        if len(text) <= X_LIMIT:
            return text
        room = X_LIMIT - (len(text) - len(headline))
        if room >= 40 or not tags:
            break
        tags.pop()
    text = build(_cut(headline, max(room, 1)), tags)
    if len(text) > X_LIMIT:  # a link longer than the limit itself: keep what fits
        text = text[: X_LIMIT - 1] + "…"
    return text
