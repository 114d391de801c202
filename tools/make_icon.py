"""Draws the KPU Rakor icon, resources/kpu-rakor.ico (16 to 256 px): the windows' icon and the Windows shortcuts'.

The repository has no logo to start from, and the KPU emblem is not ours to reuse, so the icon is drawn here: a
red rounded square (the red of KPU's letterheads) with "KR" in the bundled DejaVu Sans Bold and a white tick
(a check-in). Run `.venv/bin/python tools/make_icon.py` after changing it; the outputs are committed.
"""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
RED = (183, 28, 28, 255)
WHITE = (255, 255, 255, 255)
SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]


def draw(size: int = 1024) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    m = size // 32
    d.rounded_rectangle((m, m, size - m, size - m), radius=size // 6, fill=RED)
    font = ImageFont.truetype(str(ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"), int(size * 0.46))
    d.text((size * 0.5, size * 0.40), "KR", font=font, fill=WHITE, anchor="mm")
    w = size // 14
    d.line([(size * 0.30, size * 0.74), (size * 0.44, size * 0.86), (size * 0.72, size * 0.62)],
           fill=WHITE, width=w, joint="curve")
    return img


def main() -> None:
    big = draw()
    out = ROOT / "resources"
    big.save(out / "kpu-rakor.ico", sizes=[(s, s) for s in SIZES])
    print(f"{out / 'kpu-rakor.ico'} ({(out / 'kpu-rakor.ico').stat().st_size} bytes)")


if __name__ == "__main__":
    main()
