"""Draw the two pictures that ``import-example.json`` refers to.

Run from the project root, then import the example::

    .venv/bin/python docs/examples/make_example_images.py
    .venv/bin/python manage.py import_measures docs/examples/import-example.json

The PNGs are drawn rather than checked in, so the repository holds no binaries.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from portal.demo.pictograms import draw_pictogram  # noqa: E402

PICTURES = {
    "bilder/dagtavle.png": (
        "Dagtavle",
        {
            "panels": [
                {
                    "label": "Samling",
                    "shapes": [{"shape": "figure", "at": [50, 50], "size": 60}],
                },
                {
                    "label": "Lek",
                    "shapes": [{"shape": "blocks", "at": [50, 50], "size": 60}],
                },
                {
                    "label": "Mat",
                    "shapes": [{"shape": "plate", "at": [50, 50], "size": 60}],
                },
            ],
            "connector": "arrow",
        },
    ),
    "bilder/forst-sa-jakke.png": (
        "Først jakke, så ute",
        {
            "panels": [
                {
                    "label": "Først",
                    "shapes": [{"shape": "jacket", "at": [50, 50], "size": 60}],
                },
                {
                    "label": "Så",
                    "shapes": [
                        {"shape": "tree", "at": [45, 55], "size": 55},
                        {"shape": "sun", "at": [80, 20], "size": 25},
                    ],
                },
            ],
            "connector": "arrow",
        },
    ),
}


def main() -> None:
    for name, (title, drawing) in PICTURES.items():
        path = HERE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(draw_pictogram(drawing, title, size=400))
        print(f"Tegnet {path.relative_to(HERE.parent.parent)}")


if __name__ == "__main__":
    main()
