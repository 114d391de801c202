"""Pictures made small enough for a document, shared by the PDF and the Word renderers: the kop's logo and the
article's photos. A 5 MB scan of a logo or a 12-megapixel photo is downscaled once here, never copied whole into
every letter."""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)

LOGO_PIXELS = 360  # ~400 dpi at 22 mm: sharp in print, while a 5 MB scan of the logo stays out of the file
PHOTO_PIXELS = 1400  # ~240 dpi across the text column: sharp in print, small in the file


@dataclass(frozen=True)
class Picture:
    data: bytes  # PNG for a logo (its transparency kept), JPEG for a photo
    width: int  # pixels
    height: int

    def stream(self) -> io.BytesIO:
        return io.BytesIO(self.data)


def _downscaled(data: bytes | None, pixels: int, *, logo: bool, warning: str) -> Picture | None:
    if not data:
        return None
    try:
        from PIL import Image
        img = Image.open(io.BytesIO(data))
        img.load()
        if logo:
            img = img.convert("RGBA" if img.mode in ("RGBA", "LA", "P", "PA") else "RGB")
        else:
            img = img.convert("RGB")
        img.thumbnail((pixels, pixels))
        buf = io.BytesIO()
        if logo:
            img.save(buf, format="PNG")
        else:
            img.save(buf, format="JPEG", quality=82)
    except Exception:  # one broken picture must not stop a document
        log.warning(warning, exc_info=True)
        return None
    return Picture(buf.getvalue(), *img.size)


def logo(data: bytes | None) -> Picture | None:
    """The kop's logo, or None (and a log line) when the bytes are no image: the letter goes without it."""
    return _downscaled(data, LOGO_PIXELS, logo=True,
                       warning="Logo kop surat tidak dapat dibaca; dokumen dibuat tanpa logo.")


def photo(data: bytes | None) -> Picture | None:
    """An article's photo, or None (and a log line) when the bytes are no image: the article goes without it."""
    return _downscaled(data, PHOTO_PIXELS, logo=False, warning="Foto berita tidak dapat dibaca; dilewati.")
