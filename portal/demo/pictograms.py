"""Draw simple pictogram-style PNGs for the demo visual supports.

The demo needs real images for every visual support, but we may not ship symbols
from a pictogram library without licensing them, and checked-in binaries drift from
the data that describes them. So the pictures are drawn from a small, declarative
spec that lives next to the content (``portal.demo.content``): the same spec always
gives byte-identical PNG output, and editors later replace the demo images with
real ones.

Only Pillow is used (no Django), so the drawer can be called from a management
command, a test or a plain script. Pillow's bundled default font lacks æ, ø and
å, so a common system font (DejaVu Sans and the like) is used when installed;
otherwise those letters are composed from the bundled font's glyphs. Output is
deterministic for the same input on the same machine.

Spec format (all keys optional)::

    {
        "bg": "#fffdf5",            # pale background colour
        "shapes": [SHAPE, ...],     # a single pictogram
        "panels": [                 # or: a board of panels side by side
            {"label": "Først", "shapes": [SHAPE, ...], "bg": "#eef6ff"},
            ...
        ],
        "connector": "arrow",       # boards: arrows and step numbers, or "none"
        "header": "Jeg vil ...",    # boards: optional small text above the panels
    }

Coordinates are on a 0-100 grid of the picture area (of each panel on boards),
with the origin top left. A SHAPE is a dict with ``"shape"`` naming what to
draw, and mostly ``"at": [x, y]`` (centre), ``"size"`` (grid units, default 30)
and ``"color"`` (a name from ``PALETTE`` or ``"#rrggbb"``). Primitives take
geometry instead: ``circle``/``ellipse`` (at, size or w/h), ``rect`` (box
[x0, y0, x1, y1], radius), ``polygon`` (points), ``line`` (points, width),
``arrow`` (from, to, width) and ``text`` (at, text, size). Composite shapes are
listed in ``SHAPES``; extra keys are ``pose`` for ``figure`` ("stand", "arms-up",
"sit", "lie"), ``mood`` for ``face`` ("happy", "sad", "angry", "calm",
"scared", "surprised"), ``hour``/``minute`` for ``clock``, ``food`` for
``plate``, ``text`` for ``speech`` and ``rotate`` (degrees) for any shape.
Unknown shapes are skipped so that a typo never breaks a page.
"""

from __future__ import annotations

import functools
import io
import math
from collections.abc import Callable

from PIL import Image, ImageDraw, ImageFont

SUPERSAMPLE = 2

PALETTE = {
    "red": "#e0503c",
    "orange": "#f08c2a",
    "yellow": "#f7c531",
    "green": "#4caf50",
    "darkgreen": "#2e7d32",
    "blue": "#3f7fd0",
    "lightblue": "#8cc4ee",
    "navy": "#24406e",
    "purple": "#8a5cc2",
    "pink": "#ec7fa9",
    "brown": "#8d5a3b",
    "skin": "#f2c9a0",
    "grey": "#9aa3ad",
    "lightgrey": "#dfe4ea",
    "white": "#ffffff",
    "black": "#222222",
    "ink": "#2b2f36",
}

INK = PALETTE["ink"]
BORDER = "#3a4a5c"


def _color(value: str | None, default: str = "blue") -> str:
    if not value:
        value = default
    return PALETTE.get(value, value)


class _Canvas:
    """Maps the 0-100 grid of one picture area to pixels."""

    def __init__(self, draw: ImageDraw.ImageDraw, box: tuple[float, ...]):
        self.draw = draw
        x0, y0, x1, y1 = box
        side = min(x1 - x0, y1 - y0)
        self.ox = x0 + (x1 - x0 - side) / 2
        self.oy = y0 + (y1 - y0 - side) / 2
        self.u = side / 100.0
        self.rotation = 0.0
        self.pivot = (50.0, 50.0)

    def p(self, x: float, y: float) -> tuple[float, float]:
        if self.rotation:
            cx, cy = self.pivot
            a = math.radians(self.rotation)
            dx, dy = x - cx, y - cy
            x = cx + dx * math.cos(a) - dy * math.sin(a)
            y = cy + dx * math.sin(a) + dy * math.cos(a)
        return (self.ox + x * self.u, self.oy + y * self.u)

    def w(self, units: float) -> int:
        return max(1, round(units * self.u))

    # primitives ---------------------------------------------------------------
    def ellipse(self, cx, cy, rx, ry, fill, outline=INK, width=1.2):
        if self.rotation and abs(rx - ry) > 0.01:
            pts = [
                (
                    cx + rx * math.cos(t / 24 * math.tau),
                    cy + ry * math.sin(t / 24 * math.tau),
                )
                for t in range(24)
            ]
            self.polygon(pts, fill, outline, width)
            return
        x, y = self.p(cx, cy)
        box = [x - rx * self.u, y - ry * self.u, x + rx * self.u, y + ry * self.u]
        self.draw.ellipse(box, fill=fill, outline=outline, width=self.w(width))

    def rect(self, x0, y0, x1, y1, fill, radius=0.0, outline=INK, width=1.2):
        if self.rotation:
            self.polygon([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], fill, outline, width)
            return
        a, b = self.p(x0, y0), self.p(x1, y1)
        box = [min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])]
        self.draw.rounded_rectangle(
            box, radius=radius * self.u, fill=fill, outline=outline, width=self.w(width)
        )

    def polygon(self, pts, fill, outline=INK, width=1.2):
        self.draw.polygon(
            [self.p(x, y) for x, y in pts],
            fill=fill,
            outline=outline,
            width=self.w(width),
        )

    def line(self, pts, color=INK, width=2.0):
        self.draw.line(
            [self.p(x, y) for x, y in pts],
            fill=color,
            width=self.w(width),
            joint="curve",
        )
        r = width / 2
        for x, y in (pts[0], pts[-1]):
            px, py = self.p(x, y)
            self.draw.ellipse(
                [px - r * self.u, py - r * self.u, px + r * self.u, py + r * self.u],
                fill=color,
            )

    def arrow(self, x0, y0, x1, y1, color=INK, width=3.0):
        ang = math.atan2(y1 - y0, x1 - x0)
        head = width * 2.6
        bx, by = x1 - head * math.cos(ang), y1 - head * math.sin(ang)
        self.line([(x0, y0), (bx, by)], color, width)
        left = (bx + head * 0.8 * math.sin(ang), by - head * 0.8 * math.cos(ang))
        right = (bx - head * 0.8 * math.sin(ang), by + head * 0.8 * math.cos(ang))
        self.polygon([(x1, y1), left, right], color, outline=color, width=0.5)

    def text(self, cx, cy, text, size, color=INK):
        _draw_text(
            self.draw, self.p(cx, cy), text, _font(max(6, round(size * self.u))), color
        )


# composite shapes: each takes (canvas, cx, cy, s, color, spec), s = size in units


def _figure(c: _Canvas, x, y, s, col, spec):
    pose = spec.get("pose", "stand")
    k = s / 100.0
    skin = _color(spec.get("skin"), "skin")
    if pose == "lie":
        c.line([(x - 20 * k, y + 6 * k), (x + 40 * k, y + 6 * k)], INK, 9 * k)
        c.rect(x - 25 * k, y - 6 * k, x + 15 * k, y + 12 * k, col, radius=8 * k)
        c.ellipse(x - 36 * k, y + 2 * k, 11 * k, 11 * k, skin)
        return
    hy = y - 34 * k
    c.ellipse(x, hy, 13 * k, 13 * k, skin)
    arm_w = 6 * k
    if pose == "arms-up":
        c.line([(x - 12 * k, y - 12 * k), (x - 26 * k, y - 38 * k)], INK, arm_w)
        c.line([(x + 12 * k, y - 12 * k), (x + 26 * k, y - 38 * k)], INK, arm_w)
    else:
        c.line([(x - 13 * k, y - 12 * k), (x - 22 * k, y + 12 * k)], INK, arm_w)
        c.line([(x + 13 * k, y - 12 * k), (x + 22 * k, y + 12 * k)], INK, arm_w)
    if pose == "sit":
        # Cross-legged, seen from the front.
        c.rect(x - 32 * k, y + 10 * k, x + 32 * k, y + 28 * k, PALETTE["navy"], 9 * k)
    else:
        c.line([(x - 7 * k, y + 14 * k), (x - 9 * k, y + 46 * k)], INK, 7 * k)
        c.line([(x + 7 * k, y + 14 * k), (x + 9 * k, y + 46 * k)], INK, 7 * k)
    c.rect(x - 14 * k, y - 20 * k, x + 14 * k, y + 20 * k, col, radius=7 * k)


def _face(c: _Canvas, x, y, s, col, spec):
    r = s / 2
    c.ellipse(x, y, r, r, _color(spec.get("color"), "yellow"))
    mood = spec.get("mood", "happy")
    ey = y - r * 0.2
    er = max(r * 0.09, 0.8)
    for dx in (-0.35, 0.35):
        if mood == "calm":
            c.line([(x + dx * r - er * 1.4, ey), (x + dx * r + er * 1.4, ey)], INK, er)
        elif mood in ("scared", "surprised"):
            c.ellipse(x + dx * r, ey, er * 1.5, er * 1.7, "#ffffff", INK, er * 0.7)
        else:
            c.ellipse(x + dx * r, ey, er, er, INK, INK)
    if mood == "angry":
        c.line([(x - 0.55 * r, ey - 0.32 * r), (x - 0.18 * r, ey - 0.16 * r)], INK, er)
        c.line([(x + 0.55 * r, ey - 0.32 * r), (x + 0.18 * r, ey - 0.16 * r)], INK, er)
    my = y + r * 0.38
    mw = r * 0.42
    if mood == "happy":
        pts = [
            (x + mw * math.cos(t), my - r * 0.1 + 0.25 * r * math.sin(t))
            for t in [i / 8 * math.pi for i in range(9)]
        ]
        c.line(pts, INK, er)
    elif mood in ("sad", "angry"):
        pts = [
            (x + mw * math.cos(t), my + r * 0.12 - 0.22 * r * math.sin(t))
            for t in [i / 8 * math.pi for i in range(9)]
        ]
        c.line(pts, INK, er)
    elif mood in ("scared", "surprised"):
        c.ellipse(x, my, r * 0.14, r * 0.18, INK, INK)
    else:
        c.line([(x - mw * 0.7, my), (x + mw * 0.7, my)], INK, er)
    if mood == "sad":
        c.ellipse(x + 0.42 * r, ey + 0.3 * r, er * 0.9, er * 1.4, PALETTE["lightblue"])


def _sun(c: _Canvas, x, y, s, col, spec):
    r = s / 2
    for i in range(8):
        a = i / 8 * math.tau
        c.line(
            [
                (x + r * 0.75 * math.cos(a), y + r * 0.75 * math.sin(a)),
                (x + r * math.cos(a), y + r * math.sin(a)),
            ],
            _color(col, "orange"),
            max(r * 0.12, 1),
        )
    c.ellipse(x, y, r * 0.55, r * 0.55, _color(spec.get("color"), "yellow"))


def _cloud(c: _Canvas, x, y, s, col, spec):
    k = s / 100
    fill = _color(spec.get("color"), "lightgrey")
    for dx, dy, rr in ((-22, 6, 20), (0, -8, 26), (22, 4, 22)):
        c.ellipse(x + dx * k, y + dy * k, rr * k, rr * k, fill, fill)
    c.rect(x - 40 * k, y + 4 * k, x + 42 * k, y + 24 * k, fill, 10 * k, fill)


def _clock(c: _Canvas, x, y, s, col, spec):
    r = s / 2
    c.ellipse(x, y, r, r, "#ffffff", _color(spec.get("color"), "navy"), r * 0.1)
    for i in range(12):
        a = i / 12 * math.tau
        c.line(
            [
                (x + r * 0.78 * math.cos(a), y + r * 0.78 * math.sin(a)),
                (x + r * 0.86 * math.cos(a), y + r * 0.86 * math.sin(a)),
            ],
            INK,
            r * 0.05,
        )
    hour = float(spec.get("hour", 10)) + float(spec.get("minute", 0)) / 60
    minute = float(spec.get("minute", 0))
    ha = (hour % 12) / 12 * math.tau - math.pi / 2
    ma = minute / 60 * math.tau - math.pi / 2
    c.line(
        [(x, y), (x + r * 0.45 * math.cos(ha), y + r * 0.45 * math.sin(ha))],
        INK,
        r * 0.1,
    )
    c.line(
        [(x, y), (x + r * 0.68 * math.cos(ma), y + r * 0.68 * math.sin(ma))],
        INK,
        r * 0.06,
    )
    c.ellipse(x, y, r * 0.07, r * 0.07, INK, INK)


def _timer(c: _Canvas, x, y, s, col, spec):
    k = s / 100
    col = _color(spec.get("color"), "red")
    c.rect(x - 30 * k, y - 48 * k, x + 30 * k, y - 40 * k, PALETTE["brown"], 3 * k)
    c.rect(x - 30 * k, y + 40 * k, x + 30 * k, y + 48 * k, PALETTE["brown"], 3 * k)
    c.polygon(
        [
            (x - 24 * k, y - 40 * k),
            (x + 24 * k, y - 40 * k),
            (x + 3 * k, y),
            (x + 24 * k, y + 40 * k),
            (x - 24 * k, y + 40 * k),
            (x - 3 * k, y),
        ],
        "#f4fbff",
    )
    c.polygon(
        [(x - 12 * k, y - 20 * k), (x + 12 * k, y - 20 * k), (x, y - 4 * k)], col, col
    )
    c.polygon(
        [(x, y + 18 * k), (x + 20 * k, y + 38 * k), (x - 20 * k, y + 38 * k)], col, col
    )


def _plate(c: _Canvas, x, y, s, col, spec):
    r = s / 2
    c.ellipse(x, y, r, r, "#ffffff")
    c.ellipse(x, y, r * 0.68, r * 0.68, "#f6f8fa", PALETTE["lightgrey"])
    if spec.get("food", True):
        c.ellipse(x - r * 0.2, y + r * 0.05, r * 0.28, r * 0.22, PALETTE["orange"])
        c.ellipse(x + r * 0.22, y - r * 0.15, r * 0.2, r * 0.2, PALETTE["green"])
        c.rect(
            x - r * 0.1,
            y + r * 0.2,
            x + r * 0.45,
            y + r * 0.38,
            PALETTE["brown"],
            r * 0.08,
        )
    fx = x - r * 1.25
    c.line([(fx, y - r * 0.8), (fx, y + r * 0.8)], PALETTE["grey"], r * 0.1)
    for dx in (-0.12, 0, 0.12):
        c.line(
            [(fx + dx * r, y - r * 0.8), (fx + dx * r, y - r * 0.45)],
            PALETTE["grey"],
            r * 0.06,
        )
    kx = x + r * 1.25
    c.line([(kx, y - r * 0.8), (kx, y + r * 0.8)], PALETTE["grey"], r * 0.1)
    c.rect(
        kx - r * 0.08,
        y - r * 0.8,
        kx + r * 0.1,
        y - r * 0.1,
        PALETTE["grey"],
        r * 0.05,
        PALETTE["grey"],
    )


def _cup(c: _Canvas, x, y, s, col, spec):
    k = s / 100
    col = _color(spec.get("color"), "blue")
    c.ellipse(x + 32 * k, y, 16 * k, 20 * k, None, INK, 7 * k)
    c.polygon(
        [
            (x - 34 * k, y - 38 * k),
            (x + 34 * k, y - 38 * k),
            (x + 26 * k, y + 40 * k),
            (x - 26 * k, y + 40 * k),
        ],
        col,
    )
    c.rect(
        x - 30 * k,
        y - 38 * k,
        x + 30 * k,
        y - 28 * k,
        PALETTE["lightblue"],
        0,
        PALETTE["lightblue"],
    )


def _jacket(c: _Canvas, x, y, s, col, spec):
    k = s / 100
    col = _color(spec.get("color"), "red")
    c.polygon(
        [
            (x - 18 * k, y - 44 * k),
            (x - 44 * k, y - 30 * k),
            (x - 50 * k, y + 26 * k),
            (x - 36 * k, y + 28 * k),
            (x - 32 * k, y - 6 * k),
            (x - 30 * k, y + 44 * k),
            (x + 30 * k, y + 44 * k),
            (x + 32 * k, y - 6 * k),
            (x + 36 * k, y + 28 * k),
            (x + 50 * k, y + 26 * k),
            (x + 44 * k, y - 30 * k),
            (x + 18 * k, y - 44 * k),
            (x, y - 30 * k),
        ],
        col,
    )
    c.line([(x, y - 30 * k), (x, y + 44 * k)], INK, 2.5 * k)
    for dy in (-10, 8, 26):
        c.ellipse(x + 7 * k, y + dy * k, 2.5 * k, 2.5 * k, INK, INK)


def _trousers(c: _Canvas, x, y, s, col, spec):
    k = s / 100
    col = _color(spec.get("color"), "navy")
    c.polygon(
        [
            (x - 30 * k, y - 44 * k),
            (x + 30 * k, y - 44 * k),
            (x + 36 * k, y + 44 * k),
            (x + 8 * k, y + 44 * k),
            (x, y - 8 * k),
            (x - 8 * k, y + 44 * k),
            (x - 36 * k, y + 44 * k),
        ],
        col,
    )
    c.rect(x - 30 * k, y - 44 * k, x + 30 * k, y - 34 * k, PALETTE["grey"], 2 * k)


def _shoe(c: _Canvas, x, y, s, col, spec):
    k = s / 100
    col = _color(spec.get("color"), "green")
    c.polygon(
        [
            (x - 34 * k, y - 40 * k),
            (x - 8 * k, y - 40 * k),
            (x - 6 * k, y + 2 * k),
            (x + 30 * k, y + 10 * k),
            (x + 44 * k, y + 22 * k),
            (x + 44 * k, y + 34 * k),
            (x - 38 * k, y + 34 * k),
        ],
        col,
    )
    c.rect(x - 40 * k, y + 30 * k, x + 46 * k, y + 40 * k, PALETTE["ink"], 4 * k)


def _hat(c: _Canvas, x, y, s, col, spec):
    k = s / 100
    col = _color(spec.get("color"), "purple")
    c.ellipse(x, y - 44 * k, 10 * k, 10 * k, "#ffffff")
    c.polygon(
        [(x - 40 * k, y + 20 * k)]
        + [
            (x - 40 * k * math.cos(t), y + 20 * k - 56 * k * math.sin(t))
            for t in [i / 12 * math.pi for i in range(13)]
        ],
        col,
    )
    c.rect(x - 44 * k, y + 14 * k, x + 44 * k, y + 34 * k, PALETTE["white"], 4 * k)


def _tree(c: _Canvas, x, y, s, col, spec):
    k = s / 100
    c.rect(x - 8 * k, y, x + 8 * k, y + 48 * k, PALETTE["brown"], 2 * k)
    c.ellipse(x, y - 18 * k, 36 * k, 32 * k, _color(spec.get("color"), "green"))


def _drop(c: _Canvas, x, y, s, col, spec):
    k = s / 100
    col = _color(spec.get("color"), "lightblue")
    c.polygon(
        [(x, y - 46 * k), (x + 27 * k, y + 4 * k), (x - 27 * k, y + 4 * k)], col, col
    )
    c.ellipse(x, y + 16 * k, 30 * k, 30 * k, col, col)
    c.line(
        [(x - 27 * k, y + 4 * k), (x, y - 46 * k), (x + 27 * k, y + 4 * k)], INK, 2 * k
    )
    pts = [
        (x + 30 * k * math.cos(t), y + 16 * k + 30 * k * math.sin(t))
        for t in [math.radians(-25 + i * 23) for i in range(10)]
    ]
    c.line(pts, INK, 2 * k)


def _hand(c: _Canvas, x, y, s, col, spec):
    k = s / 100
    col = _color(spec.get("color"), "skin")
    for dx, top in ((-21, -34), (-7, -44), (7, -42), (21, -32)):
        c.rect(x + (dx - 6) * k, y + top * k, x + (dx + 6) * k, y, col, 6 * k)
    c.polygon(
        [
            (x - 26 * k, y - 10 * k),
            (x - 44 * k, y - 22 * k),
            (x - 50 * k, y - 12 * k),
            (x - 30 * k, y + 14 * k),
        ],
        col,
    )
    c.rect(x - 28 * k, y - 12 * k, x + 28 * k, y + 40 * k, col, 12 * k)
    c.rect(x - 26 * k, y - 10 * k, x + 26 * k, y + 2 * k, col, 0, col)


def _heart(c: _Canvas, x, y, s, col, spec):
    r = s / 2
    col = _color(spec.get("color"), "red")
    pts = []
    for i in range(40):
        t = i / 40 * math.tau
        hx = 16 * math.sin(t) ** 3
        hy = (
            13 * math.cos(t)
            - 5 * math.cos(2 * t)
            - 2 * math.cos(3 * t)
            - math.cos(4 * t)
        )
        pts.append((x + hx / 17 * r, y - hy / 17 * r - r * 0.1))
    c.polygon(pts, col)


def _ball(c: _Canvas, x, y, s, col, spec):
    r = s / 2
    c.ellipse(x, y, r, r, _color(spec.get("color"), "red"))
    c.line(
        [(x - r * 0.95, y - r * 0.2), (x + r * 0.95, y - r * 0.2)], "#ffffff", r * 0.16
    )
    c.ellipse(x - r * 0.35, y - r * 0.45, r * 0.14, r * 0.14, "#ffffff", "#ffffff")


def _book(c: _Canvas, x, y, s, col, spec):
    k = s / 100
    col = _color(spec.get("color"), "blue")
    c.polygon(
        [
            (x, y - 30 * k),
            (x - 46 * k, y - 40 * k),
            (x - 46 * k, y + 34 * k),
            (x, y + 44 * k),
        ],
        col,
    )
    c.polygon(
        [
            (x, y - 30 * k),
            (x + 46 * k, y - 40 * k),
            (x + 46 * k, y + 34 * k),
            (x, y + 44 * k),
        ],
        col,
    )
    for side in (-1, 1):
        for dy in (-16, -4, 8, 20):
            c.line(
                [
                    (x + side * 12 * k, y + dy * k),
                    (x + side * 36 * k, y + (dy - 3) * k),
                ],
                "#ffffff",
                2.5 * k,
            )


def _bed(c: _Canvas, x, y, s, col, spec):
    k = s / 100
    col = _color(spec.get("color"), "lightblue")
    c.rect(x - 48 * k, y - 30 * k, x - 40 * k, y + 36 * k, PALETTE["brown"], 2 * k)
    c.rect(x + 40 * k, y - 4 * k, x + 48 * k, y + 36 * k, PALETTE["brown"], 2 * k)
    c.rect(x - 42 * k, y + 4 * k, x + 42 * k, y + 22 * k, "#ffffff", 4 * k)
    c.rect(x - 36 * k, y - 8 * k, x - 14 * k, y + 6 * k, "#ffffff", 5 * k)
    c.rect(x - 12 * k, y - 4 * k, x + 42 * k, y + 12 * k, col, 5 * k)
    c.text(x + 22 * k, y - 28 * k, "z z", 16 * k, PALETTE["navy"])


def _house(c: _Canvas, x, y, s, col, spec):
    k = s / 100
    c.rect(
        x - 36 * k,
        y - 8 * k,
        x + 36 * k,
        y + 44 * k,
        _color(spec.get("color"), "yellow"),
    )
    c.polygon(
        [(x - 46 * k, y - 6 * k), (x, y - 46 * k), (x + 46 * k, y - 6 * k)],
        PALETTE["red"],
    )
    c.rect(x - 10 * k, y + 14 * k, x + 10 * k, y + 44 * k, PALETTE["brown"], 2 * k)
    c.rect(x + 16 * k, y + 4 * k, x + 30 * k, y + 18 * k, PALETTE["lightblue"], 1 * k)


def _speech(c: _Canvas, x, y, s, col, spec):
    k = s / 100
    col = _color(spec.get("color"), "white")
    c.polygon(
        [(x - 20 * k, y + 20 * k), (x - 32 * k, y + 42 * k), (x - 2 * k, y + 20 * k)],
        col,
    )
    c.rect(x - 48 * k, y - 34 * k, x + 48 * k, y + 22 * k, col, 14 * k)
    c.rect(x - 19 * k, y + 16 * k, x - 3 * k, y + 23 * k, col, 0, col)
    if spec.get("text"):
        c.text(x, y - 6 * k, str(spec["text"]), 22 * k)
    else:
        for dx in (-20, 0, 20):
            c.ellipse(x + dx * k, y - 6 * k, 5 * k, 5 * k, INK, INK)


def _star(c: _Canvas, x, y, s, col, spec):
    r = s / 2
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.45
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((x + rr * math.cos(a), y + rr * math.sin(a)))
    c.polygon(pts, _color(spec.get("color"), "yellow"))


def _check(c: _Canvas, x, y, s, col, spec):
    k = s / 100
    c.ellipse(x, y, 48 * k, 48 * k, _color(spec.get("color"), "green"))
    c.line(
        [(x - 24 * k, y + 2 * k), (x - 6 * k, y + 20 * k), (x + 26 * k, y - 18 * k)],
        "#ffffff",
        11 * k,
    )


def _cross(c: _Canvas, x, y, s, col, spec):
    k = s / 100
    c.ellipse(x, y, 48 * k, 48 * k, _color(spec.get("color"), "red"))
    c.line([(x - 20 * k, y - 20 * k), (x + 20 * k, y + 20 * k)], "#ffffff", 11 * k)
    c.line([(x + 20 * k, y - 20 * k), (x - 20 * k, y + 20 * k)], "#ffffff", 11 * k)


def _toilet(c: _Canvas, x, y, s, col, spec):
    k = s / 100
    col = _color(spec.get("color"), "white")
    c.rect(x + 8 * k, y - 46 * k, x + 38 * k, y + 2 * k, col, 5 * k)
    c.polygon(
        [
            (x - 40 * k, y + 2 * k),
            (x + 38 * k, y + 2 * k),
            (x + 26 * k, y + 22 * k),
            (x + 12 * k, y + 26 * k),
            (x + 16 * k, y + 46 * k),
            (x - 16 * k, y + 46 * k),
            (x - 12 * k, y + 26 * k),
            (x - 34 * k, y + 18 * k),
        ],
        col,
    )
    c.rect(x - 42 * k, y - 4 * k, x + 40 * k, y + 4 * k, PALETTE["lightblue"], 4 * k)


def _blocks(c: _Canvas, x, y, s, col, spec):
    k = s / 100
    c.rect(x - 44 * k, y + 8 * k, x - 6 * k, y + 44 * k, PALETTE["red"], 3 * k)
    c.rect(x + 2 * k, y + 8 * k, x + 40 * k, y + 44 * k, PALETTE["blue"], 3 * k)
    c.rect(x - 22 * k, y - 30 * k, x + 16 * k, y + 8 * k, PALETTE["yellow"], 3 * k)
    c.polygon(
        [(x - 22 * k, y - 30 * k), (x - 3 * k, y - 50 * k), (x + 16 * k, y - 30 * k)],
        PALETTE["green"],
    )
    c.text(x - 3 * k, y - 11 * k, "A", 22 * k)


def _backpack(c: _Canvas, x, y, s, col, spec):
    k = s / 100
    col = _color(spec.get("color"), "orange")
    c.ellipse(x, y - 34 * k, 14 * k, 12 * k, None, INK, 5 * k)
    c.rect(x - 32 * k, y - 30 * k, x + 32 * k, y + 46 * k, col, 14 * k)
    c.rect(x - 22 * k, y + 8 * k, x + 22 * k, y + 36 * k, PALETTE["yellow"], 6 * k)
    c.line([(x - 22 * k, y + 16 * k), (x + 22 * k, y + 16 * k)], INK, 2 * k)


def _brush(c: _Canvas, x, y, s, col, spec):
    """A paint brush, for drawing and creative activities."""
    k = s / 100
    c.rect(x - 6 * k, y - 10 * k, x + 6 * k, y + 48 * k, PALETTE["brown"], 5 * k)
    c.rect(x - 7 * k, y - 22 * k, x + 7 * k, y - 8 * k, PALETTE["grey"], 1 * k)
    c.polygon(
        [(x - 8 * k, y - 22 * k), (x + 8 * k, y - 22 * k), (x, y - 48 * k)],
        _color(spec.get("color"), "red"),
    )


def _music(c: _Canvas, x, y, s, col, spec):
    k = s / 100
    col = _color(spec.get("color"), "purple")
    c.polygon(
        [
            (x - 16 * k, y - 40 * k),
            (x + 34 * k, y - 50 * k),
            (x + 34 * k, y - 36 * k),
            (x - 16 * k, y - 26 * k),
        ],
        col,
    )
    c.line([(x - 14 * k, y - 34 * k), (x - 14 * k, y + 30 * k)], INK, 5 * k)
    c.line([(x + 32 * k, y - 44 * k), (x + 32 * k, y + 20 * k)], INK, 5 * k)
    c.ellipse(x - 24 * k, y + 32 * k, 14 * k, 10 * k, col)
    c.ellipse(x + 22 * k, y + 22 * k, 14 * k, 10 * k, col)


SHAPES: dict[str, Callable] = {
    "figure": _figure,
    "face": _face,
    "sun": _sun,
    "cloud": _cloud,
    "clock": _clock,
    "timer": _timer,
    "plate": _plate,
    "cup": _cup,
    "jacket": _jacket,
    "trousers": _trousers,
    "shoe": _shoe,
    "hat": _hat,
    "tree": _tree,
    "drop": _drop,
    "hand": _hand,
    "heart": _heart,
    "ball": _ball,
    "book": _book,
    "bed": _bed,
    "house": _house,
    "speech": _speech,
    "star": _star,
    "check": _check,
    "cross": _cross,
    "toilet": _toilet,
    "blocks": _blocks,
    "backpack": _backpack,
    "brush": _brush,
    "music": _music,
}


def _draw_shape(c: _Canvas, spec: dict) -> None:
    """Draw one shape; a malformed shape is skipped, not fatal."""
    try:
        _draw_one(c, spec)
    except (TypeError, ValueError, KeyError, IndexError, AttributeError):
        c.rotation = 0.0


def _draw_one(c: _Canvas, spec: dict) -> None:
    kind = spec.get("shape")
    at = spec.get("at", [50, 50])
    x, y = float(at[0]), float(at[1])
    s = float(spec.get("size", 30))
    col = _color(spec.get("color"), "blue")
    c.rotation = float(spec.get("rotate", 0))
    c.pivot = (x, y)
    try:
        if kind == "circle":
            r = s / 2
            c.ellipse(x, y, r, r, col)
        elif kind == "ellipse":
            c.ellipse(
                x, y, float(spec.get("w", s)) / 2, float(spec.get("h", s)) / 2, col
            )
        elif kind == "rect":
            x0, y0, x1, y1 = (float(v) for v in spec.get("box", [20, 20, 80, 80]))
            c.rect(x0, y0, x1, y1, col, float(spec.get("radius", 0)))
        elif kind == "polygon":
            c.polygon(
                [(float(px), float(py)) for px, py in spec.get("points", [])], col
            )
        elif kind == "line":
            pts = [(float(px), float(py)) for px, py in spec.get("points", [])]
            c.line(pts, _color(spec.get("color"), "ink"), float(spec.get("width", 2)))
        elif kind == "arrow":
            (x0, y0), (x1, y1) = spec.get("from", [20, 50]), spec.get("to", [80, 50])
            c.arrow(
                float(x0),
                float(y0),
                float(x1),
                float(y1),
                _color(spec.get("color"), "ink"),
                float(spec.get("width", 3)),
            )
        elif kind == "text":
            c.text(x, y, str(spec.get("text", "")), s, _color(spec.get("color"), "ink"))
        elif kind in SHAPES:
            SHAPES[kind](c, x, y, s, col, spec)
    finally:
        c.rotation = 0.0


# Text ------------------------------------------------------------------------------
# Pillow's bundled default font has no æ, ø, å or en dash, so a common system font
# is preferred; without one, the missing letters are composed from glyphs the
# bundled font has (o + stroke, a + ring, "ae"), which keeps labels readable.
FONT_CANDIDATES = (
    "DejaVuSans.ttf",
    "LiberationSans-Regular.ttf",
    "Arial.ttf",
    "NotoSans-Regular.ttf",
)
_COMPOSE = {"ø": "o", "Ø": "O", "å": "a", "Å": "A", "æ": "ae", "Æ": "AE"}
_PLAIN = {"–": "-", "—": "-", "…": "...", "«": '"', "»": '"'}


@functools.cache
def _font_file() -> str | None:
    for name in FONT_CANDIDATES:
        try:
            font = ImageFont.truetype(name, 40)
        except OSError:
            continue
        if font.getmask("ø").getbbox() != font.getmask("\U0010ffff").getbbox():
            return name
    return None


@functools.cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    name = _font_file()
    if name:
        return ImageFont.truetype(name, size)
    return ImageFont.load_default(size=size)  # type: ignore[return-value]


def _plain(text: str) -> str:
    """The text as the chosen font can render it directly."""
    if _font_file():
        return text
    text = "".join(_PLAIN.get(ch, ch) for ch in text)
    return "".join(_COMPOSE.get(ch, ch) for ch in text)


def _text_width(draw, text: str, font) -> float:
    return draw.textlength(_plain(text), font=font)


def _draw_text(draw, xy, text: str, font, fill=INK) -> None:
    """Draw text centred on xy, composing æøå when the font lacks them."""
    x, y = xy
    plain = _plain(text)
    draw.text((x, y), plain, font=font, fill=fill, anchor="mm")
    if plain == text:
        return
    left = x - draw.textlength(plain, font=font) / 2
    size = font.size
    width = max(1, round(size * 0.07))
    pos = 0
    for ch in "".join(_PLAIN.get(c, c) for c in text):
        base = _COMPOSE.get(ch, ch)
        x0 = left + draw.textlength(plain[:pos], font=font)
        x1 = x0 + draw.textlength(base[0], font=font)
        if ch in "øØ":
            h = size * (0.26 if ch == "ø" else 0.36)
            draw.line(
                [(x0 + size * 0.04, y + h), (x1 - size * 0.04, y - h)],
                fill=fill,
                width=width,
            )
        elif ch in "åÅ":
            cy = y - size * (0.43 if ch == "å" else 0.62)
            r = size * 0.085
            cx = (x0 + x1) / 2
            draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=fill, width=width)
        pos += len(base)


def _fit_font(draw, text: str, box_w: float, box_h: float, start: float):
    """Largest font fitting text in the box on at most two lines."""
    size = max(6, round(start))
    while True:
        font = _font(size)
        lines = _wrap(draw, text, font, box_w)
        widest = max(_text_width(draw, line, font) for line in lines)
        height = size * (1.15 * len(lines) - 0.15)
        if (len(lines) <= 2 and widest <= box_w and height <= box_h) or size <= 6:
            return font, lines
        size = max(6, min(size - 1, round(size * 0.93)))


def _wrap(draw, text: str, font, max_w: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if not current or _text_width(draw, trial, font) <= max_w:
            current = trial
        else:
            lines.append(current)
            current = word
    lines.append(current)
    return lines


def _draw_label(draw, text: str, box: tuple[float, ...], start: float) -> None:
    x0, y0, x1, y1 = box
    font, lines = _fit_font(draw, text, x1 - x0, y1 - y0, start)
    line_h = font.size * 1.15
    top = (y0 + y1) / 2 - line_h * (len(lines) - 1) / 2
    for i, line in enumerate(lines):
        _draw_text(draw, ((x0 + x1) / 2, top + i * line_h), line, font)


def draw_pictogram(drawing: dict, title: str, size: int = 512) -> bytes:
    """Return PNG bytes of a pictogram (or board) drawn from ``drawing``."""
    s = size * SUPERSAMPLE
    drawing = drawing or {}
    bg = _color(drawing.get("bg"), "#fffdf7")
    img = Image.new("RGB", (s, s), "#ffffff")
    draw = ImageDraw.Draw(img)
    pad = s * 0.03
    draw.rounded_rectangle(
        [pad, pad, s - pad, s - pad],
        radius=s * 0.07,
        fill=bg,
        outline=BORDER,
        width=max(2, round(s * 0.012)),
    )
    panels = drawing.get("panels")
    label_h = s * (0.15 if panels else 0.19)
    inner = s * 0.07
    label_box = (inner, s - pad - label_h, s - inner, s - pad - s * 0.015)
    _draw_label(draw, title, label_box, s * (0.075 if panels else 0.1))

    top, bottom = inner, s - pad - label_h
    if panels:
        header = drawing.get("header")
        if header:
            _draw_label(
                draw,
                str(header),
                (inner, top - s * 0.015, s - inner, top + s * 0.055),
                s * 0.055,
            )
            top += s * 0.06
        _draw_board(
            draw,
            panels,
            drawing.get("connector", "none") == "arrow",
            (s * 0.06, top, s - s * 0.06, bottom),
        )
    else:
        canvas = _Canvas(draw, (inner, top, s - inner, bottom))
        for shape in drawing.get("shapes", []):
            _draw_shape(canvas, shape)

    img = img.resize((size, size), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=False)
    return out.getvalue()


def _board_layout(n: int, arrows: bool, box) -> tuple[int, int, float, float, float]:
    """Pick the number of rows that gives the largest panels."""
    x0, y0, x1, y1 = box
    gap = (x1 - x0) * (0.06 if arrows else 0.025)
    rgap = (y1 - y0) * 0.04
    best = None
    for rows in (1, 2):
        cols = math.ceil(n / rows)
        if rows > 1 and cols * (rows - 1) >= n:
            continue
        pw = (x1 - x0 - gap * (cols - 1)) / cols
        ph = min((y1 - y0 - rgap * (rows - 1)) / rows, pw * 1.35)
        side = min(pw * 0.88, ph * 0.72)
        score = side * (1.05 if rows == 1 else 1.0)
        if best is None or score > best[0]:
            best = (score, rows, cols, pw, ph, gap)
    _, rows, cols, pw, ph, gap = best
    return rows, cols, pw, ph, gap


def _draw_board(draw, panels: list[dict], arrows: bool, box) -> None:
    x0, y0, x1, y1 = box
    n = len(panels)
    rows, cols, pw, ph, gap = _board_layout(n, arrows, box)
    rgap = (y1 - y0) * 0.04
    total_h = ph * rows + rgap * (rows - 1)
    y0 = y0 + (y1 - y0 - total_h) / 2
    for i, panel in enumerate(panels):
        r, col = divmod(i, cols)
        in_row = min(cols, n - r * cols)
        px = x0 + (x1 - x0 - in_row * pw - (in_row - 1) * gap) / 2 + col * (pw + gap)
        py = y0 + r * (ph + rgap)
        draw.rounded_rectangle(
            [px, py, px + pw, py + ph],
            radius=pw * 0.1,
            fill=_color(panel.get("bg"), "#ffffff"),
            outline=BORDER,
            width=max(2, round(pw * 0.02)),
        )
        label = panel.get("label", "")
        lab_h = ph * 0.24 if label else 0
        pic = (
            px + pw * 0.08,
            py + ph * 0.06,
            px + pw * 0.92,
            py + ph - lab_h - ph * 0.01,
        )
        canvas = _Canvas(draw, pic)
        for shape in panel.get("shapes", []):
            _draw_shape(canvas, shape)
        if label:
            _draw_label(
                draw,
                str(label),
                (px + pw * 0.06, py + ph - lab_h, px + pw * 0.94, py + ph - ph * 0.04),
                min(pw * 0.17, lab_h * 0.55),
            )
        if arrows:
            # Step numbers keep the order clear also when panels wrap to two rows.
            rr = pw * 0.09
            cx, cy = px + rr * 1.2, py + rr * 1.2
            draw.ellipse([cx - rr, cy - rr, cx + rr, cy + rr], fill=BORDER)
            _draw_text(draw, (cx, cy), str(i + 1), _font(round(rr * 1.3)), "#ffffff")
        if arrows and col < in_row - 1:
            ay = py + ph / 2
            ax0, ax1 = px + pw + gap * 0.12, px + pw + gap * 0.88
            head = gap * 0.34
            draw.line([(ax0, ay), (ax1 - head, ay)], fill=INK, width=round(gap * 0.14))
            draw.polygon(
                [
                    (ax1, ay),
                    (ax1 - head, ay - head * 0.75),
                    (ax1 - head, ay + head * 0.75),
                ],
                fill=INK,
            )
