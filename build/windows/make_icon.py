"""Draw the program icon (opvoedapp.ico): a parent and a child on the guideline's teal.

Run from the repository root with the project's Python (Pillow comes with ReportLab):
``.venv/bin/python build/windows/make_icon.py``. The .ico is committed; this script says how
it was made. Drawn at 256 px and scaled down, so every size Windows asks for is in the file.
"""

from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 256
TEAL = (0, 122, 135, 255)
WHITE = (255, 255, 255, 255)
OUT = Path(__file__).resolve().parent / "opvoedapp.ico"


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((8, 8, SIZE - 8, SIZE - 8), radius=48, fill=TEAL)
    # The parent: head and shoulders, left.
    pen.ellipse((52, 46, 118, 112), fill=WHITE)
    pen.rounded_rectangle((38, 122, 132, 214), radius=40, fill=WHITE)
    # The child: smaller, right, the parent's arm reaching to it.
    pen.ellipse((150, 96, 198, 144), fill=WHITE)
    pen.rounded_rectangle((140, 152, 208, 214), radius=30, fill=WHITE)
    pen.rounded_rectangle((110, 150, 160, 172), radius=11, fill=WHITE)
    return image


if __name__ == "__main__":
    draw().save(OUT, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128),
                            (256, 256)])
    print(OUT)
