"""The Rapat page's full-text results: each hit as two lines, the meeting (date and title) with what matched
(Notulen, Keputusan, Kutipan, Tindak lanjut, Berita), then the passage with the matched words marked."""
from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPalette, QTextDocument
from PySide6.QtWidgets import (QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem)

from ...domain import timefmt
from ...domain.services import search
from .. import labels
from ..plain import tip

PAGE_SIZE = 50
HIT_ROLE = Qt.UserRole + 1
MARK_STYLE = "background-color:#ffe27a;color:#000000;font-weight:bold;"


def kind_label(hit: search.Hit) -> str:
    """`Keputusan · kesimpulan`, `Kutipan · Gogot Cahyo Baskoro`: what matched, in the user's language."""
    kinds = {"notulen": QCoreApplication.translate("search_results", "Notulen"),
             "keputusan": QCoreApplication.translate("search_results", "Keputusan"),
             "kutipan": QCoreApplication.translate("search_results", "Kutipan"),
             "tindak_lanjut": QCoreApplication.translate("search_results", "Tindak lanjut"),
             "berita": QCoreApplication.translate("search_results", "Berita")}
    parts = {"opening_text": QCoreApplication.translate("search_results", "pembukaan"),
             "discussion": QCoreApplication.translate("search_results", "pembahasan"),
             "decisions": QCoreApplication.translate("search_results", "keputusan acara"),
             "conclusions": QCoreApplication.translate("search_results", "kesimpulan"),
             "closing_text": QCoreApplication.translate("search_results", "penutupan"),
             "closing_note": QCoreApplication.translate("search_results", "catatan penyelesaian"),
             "headline": QCoreApplication.translate("search_results", "judul"),
             "body": QCoreApplication.translate("search_results", "isi")}
    bits = [kinds.get(hit.kind, hit.kind)]
    if hit.part in parts and hit.part != "decisions":
        bits.append(parts[hit.part])
    if hit.context:
        bits.append(hit.context)
    return " · ".join(bits)


def meeting_line(hit: search.Hit) -> tuple[str, str]:
    return labels.short_date(timefmt.to_local(hit.starts_at, hit.timezone)), hit.meeting_title


def marked_html(text: str, spans, start: int = 0, end: int | None = None) -> str:
    """`text[start:end]` as HTML: every piece escaped first, then the matched words wrapped in a mark."""
    end = len(text) if end is None else end
    out, pos = [], start
    for s, e in spans:
        s, e = max(s, start), min(e, end)
        if s >= e or s < pos:
            continue
        out.append(html.escape(text[pos:s]))
        out.append(f'<span style="{MARK_STYLE}">{html.escape(text[s:e])}</span>')
        pos = e
    out.append(html.escape(text[pos:end]))
    return "".join(out)


class SearchResultsModel(QAbstractListModel):
    """Hits of one query, read a page at a time as the list scrolls."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list[search.Hit] = []
        self._text = ""
        self._exhausted = True

    def set_query(self, text: str) -> None:
        self.beginResetModel()
        self._text = text
        self._hits = search.search(text, limit=PAGE_SIZE) if text.strip() else []
        self._exhausted = len(self._hits) < PAGE_SIZE
        self.endResetModel()

    def query(self) -> str:
        return self._text

    def is_complete(self) -> bool:
        return self._exhausted

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = search.search(self._text, limit=PAGE_SIZE, offset=len(self._hits))
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._hits), len(self._hits) + len(page) - 1)
            self._hits.extend(page)
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.DisplayRole:  # what a screen reader (and a test) reads
            day, title = meeting_line(hit)
            return f"{day} · {title} — {kind_label(hit)}: {hit.passage}"
        if role == Qt.ToolTipRole:
            return tip(f"{hit.meeting_title}\n{kind_label(hit)}\n\n{hit.passage}")
        if role == Qt.UserRole:
            return hit.meeting_id
        if role == HIT_ROLE:
            return hit
        return None

    def hit(self, row: int) -> search.Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None


class SearchResultDelegate(QStyledItemDelegate):
    """Paints a hit on two lines, each cut to the width with an ellipsis (never mid-way through a mark)."""

    MARGIN = 8

    def _fonts(self, option) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return option.font, bold

    def sizeHint(self, option, index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, 2 * fm.lineSpacing() + 3 * self.MARGIN // 2 + 4)

    def line_html(self, hit: search.Hit, option, width: int) -> tuple[str, str]:
        """The two lines as HTML, elided to `width` pixels."""
        font, bold = self._fonts(option)
        fm, bfm = QFontMetrics(font), QFontMetrics(bold)
        day, title = meeting_line(hit)
        label = kind_label(hit)
        rest = width - fm.horizontalAdvance(f"{day} · ") - fm.horizontalAdvance(f"  —  {label}")
        title_shown = bfm.elidedText(title, Qt.ElideRight, max(60, rest))
        if rest < 60:  # a narrow window: the label gives way to the title
            label = fm.elidedText(label, Qt.ElideRight, max(0, width - fm.horizontalAdvance(f"{day} · ")
                                                            - bfm.horizontalAdvance(title_shown) - 20))
        selected = bool(option.state & QStyle.State_Selected)
        dim = option.palette.color(QPalette.HighlightedText if selected else QPalette.PlaceholderText).name()
        first = (f'<span style="color:{dim}">{html.escape(day)} · </span><b>{html.escape(title_shown)}</b>'
                 f'<span style="color:{dim}">&nbsp;&nbsp;—&nbsp;&nbsp;{html.escape(label)}</span>')
        # The marked words are bold, so wider: take that from the room before eliding the plain text.
        extra = sum(bfm.horizontalAdvance(hit.passage[s:e]) - fm.horizontalAdvance(hit.passage[s:e])
                    for s, e in hit.highlights)
        shown = fm.elidedText(hit.passage, Qt.ElideRight, max(40, width - extra))
        cut = len(shown) - 1 if shown != hit.passage and shown.endswith("…") else len(shown)
        for s, e in hit.highlights:
            if s < cut < e:  # never half a marked word: end before it
                cut = len(hit.passage[:s].rstrip())
        second = marked_html(hit.passage, hit.highlights, 0, cut) + ("…" if cut < len(hit.passage) else "")
        return first, second

    def paint(self, painter, option, index) -> None:
        hit = index.data(HIT_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        if hit is None:
            return
        rect = option.rect.adjusted(self.MARGIN, self.MARGIN // 2, -self.MARGIN, -self.MARGIN // 2)
        first, second = self.line_html(hit, option, rect.width())
        selected = bool(option.state & QStyle.State_Selected)
        color = option.palette.color(QPalette.HighlightedText if selected else QPalette.Text).name()
        line_height = QFontMetrics(option.font).lineSpacing()
        painter.save()
        painter.setClipRect(option.rect)
        for i, body in enumerate((first, second)):
            doc = QTextDocument()
            doc.setDefaultFont(option.font)
            doc.setDocumentMargin(0)
            doc.setHtml(f'<div style="color:{color}; white-space:pre">{body}</div>')
            painter.save()
            painter.translate(rect.left(), rect.top() + i * (line_height + 2))
            doc.drawContents(painter, QRect(0, 0, rect.width(), line_height + 2))
            painter.restore()
        painter.restore()


class SearchResultsView(QListView):
    """The list of hits; Enter or a double click asks to open the hit's meeting."""

    open_requested = Signal(object)  # the Hit

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegate(SearchResultDelegate(self))
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.doubleClicked.connect(lambda index: self._open(index))

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.InsertParagraphSeparator) or event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open(self, index) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if hit is not None:
            self.open_requested.emit(hit)

    def current_hit(self) -> search.Hit | None:
        index = self.currentIndex()
        return index.data(HIT_ROLE) if index.isValid() else None
