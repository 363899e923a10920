"""Reading order of boxes: rows top to bottom, columns one after the other."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.text.pdforder import is_vertical, reading_order

WIDTH = 600.0


@dataclass
class Box:
    name: str
    x0: float
    top: float
    x1: float
    bottom: float


def names(boxes: list[Box]) -> list[str]:
    return [b.name for b, _ in reading_order(boxes, WIDTH)]


def column_lines(prefix: str, x0: float, x1: float, top: float, n: int) -> list[Box]:
    return [Box(f"{prefix}{i}", x0, top + 15 * i, x1, top + 15 * i + 10) for i in range(n)]


def test_single_column_is_top_to_bottom() -> None:
    boxes = column_lines("l", 50, 550, 100, 5)
    assert names(list(reversed(boxes))) == ["l0", "l1", "l2", "l3", "l4"]


def test_same_row_is_left_to_right() -> None:
    boxes = [Box("b", 300, 100, 400, 110), Box("a", 50, 101, 200, 111)]
    assert names(boxes) == ["a", "b"]


def test_two_columns_left_then_right_even_when_interleaved() -> None:
    left = column_lines("L", 50, 280, 100, 4)
    right = column_lines("R", 320, 550, 100, 4)
    interleaved = [box for pair in zip(left, right, strict=True) for box in pair]
    assert names(interleaved) == ["L0", "L1", "L2", "L3", "R0", "R1", "R2", "R3"]


def test_a_title_across_columns_separates_bands() -> None:
    title = Box("T", 50, 50, 550, 70)
    top_left = column_lines("a", 50, 280, 100, 3)
    top_right = column_lines("b", 320, 550, 100, 3)
    wide = Box("W", 50, 200, 550, 210)
    low_left = column_lines("c", 50, 280, 230, 3)
    low_right = column_lines("d", 320, 550, 230, 3)
    boxes = [title, *top_right, *top_left, wide, *low_right, *low_left]
    assert names(boxes) == [
        "T", "a0", "a1", "a2", "b0", "b1", "b2", "W", "c0", "c1", "c2", "d0", "d1", "d2",
    ]  # fmt: skip


def test_columns_are_numbered() -> None:
    boxes = column_lines("L", 50, 280, 100, 3) + column_lines("R", 320, 550, 100, 3)
    assert [col for _, col in reading_order(boxes, WIDTH)] == [0, 0, 0, 1, 1, 1]


def test_stacked_blocks_on_the_right_are_not_a_column() -> None:
    text = column_lines("t", 50, 550, 100, 4)
    signature = column_lines("s", 350, 550, 200, 3)  # right-aligned block under the text
    assert names(signature + text) == ["t0", "t1", "t2", "t3", "s0", "s1", "s2"]


def test_labels_beside_values_are_rows() -> None:
    labels = [Box(f"k{i}", 50, 100 + 20 * i, 110, 110 + 20 * i) for i in range(4)]
    values = [Box(f"v{i}", 200, 100 + 20 * i, 540, 110 + 20 * i) for i in range(4)]
    assert names(values + labels) == ["k0", "v0", "k1", "v1", "k2", "v2", "k3", "v3"]


def test_page_numbers_of_a_table_of_contents_are_rows() -> None:
    titles = [Box(f"t{i}", 50, 100 + 20 * i, 300, 110 + 20 * i) for i in range(5)]
    numbers = [Box(f"n{i}", 530, 100 + 20 * i, 540, 110 + 20 * i) for i in range(5)]
    assert names(numbers + titles)[:4] == ["t0", "n0", "t1", "n1"]


def test_the_gutter_fewest_lines_cross_wins_over_the_most_used_edge() -> None:
    """References labelled at 310, their entries' next lines at 360: more lines start at
    360, but each entry's first line, printed with its label, crosses that edge; the
    columns' gutter is the one at 310."""
    left = column_lines("L", 50, 280, 100, 12)
    entries = [
        Box(f"e{i}{j}", 360 if j else 310, 100 + 45 * i + 15 * j, 550, 110 + 45 * i + 15 * j)
        for i in range(4)
        for j in range(3)
    ]
    order = names(entries + left)
    assert order == [f"L{i}" for i in range(12)] + [f"e{i}{j}" for i in range(4) for j in range(3)]


def test_vertical_lines_are_told_from_tall_glyphs() -> None:
    assert is_vertical(Box("stamp", 30, 200, 42, 600))
    assert not is_vertical(Box("drop capital", 50, 100, 62, 136))
    assert not is_vertical(Box("line", 50, 100, 550, 110))


def test_a_right_column_starting_a_little_left_of_the_gutter_is_still_a_column() -> None:
    """Under a caption across the page, the right column starts at 312 where the one
    above started at 320 (and figure labels at 420 and 470 leave 312 out of the gutters
    tried):
    its lines do not span the gutter found at 319, they are read after the left
    column's."""
    top = column_lines("a", 50, 280, 20, 12) + column_lines("b", 320, 550, 20, 12)
    labels = [
        Box(f"f{x}{i}", x, 22 + 15 * i, x + 20, 28 + 15 * i) for x in (420, 470) for i in range(5)
    ]
    caption = Box("C", 50, 200, 550, 210)
    low = column_lines("c", 50, 280, 230, 3) + column_lines("d", 312, 550, 230, 3)
    order = names([*top, *labels, caption, *low])
    assert order[-6:] == ["c0", "c1", "c2", "d0", "d1", "d2"]
