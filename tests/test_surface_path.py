"""One path-on-a-surface drawing for Gradient descent, Overshooting and Mini-batch: the view, the cut, the prefixes."""
import numpy as np
import pytest

from ui.surface_path import PathOnSurface, clip_segment, numbered, path_tables, thinned, view_around

UNIT = ((0.0, 1.0), (0.0, 1.0))


def test_clip_segment_by_hand():
    assert clip_segment((0.5, 0.5), (0.7, 0.2), UNIT) == ((0.5, 0.5), (0.7, 0.2))  # inside: unchanged
    (p, q) = clip_segment((-1.0, 0.5), (3.0, 0.5), UNIT)  # across: cut at both edges
    assert p == pytest.approx((0.0, 0.5)) and q == pytest.approx((1.0, 0.5))
    (p, q) = clip_segment((0.5, 0.5), (2.5, 2.5), UNIT)  # leaves through the corner
    assert p == (0.5, 0.5) and q == pytest.approx((1.0, 1.0))
    assert clip_segment((2.0, 0.0), (3.0, 1.0), UNIT) is None  # misses


def test_the_view_is_square_padded_and_rounded_outwards():
    # box (0..2) × (0..1), margin 0.25 of the larger side (2) = 0.5: (−0.5..2.5) × (−0.5..1.5); ends are
    # already multiples of the unit 0.5 (span 3: half of 10⁰); square: the 2-high y range widened to 3
    assert view_around([[0.0, 0.0], [2.0, 1.0]], margin=0.25) == ((-0.5, 2.5), (-1.0, 2.0))
    # one point: at least 2 × min_half wide
    assert view_around([[1.0, 1.0]], margin=0.0) == ((0.5, 1.5), (0.5, 1.5))
    # (0.13..3.71): span 3.58, unit 0.5 → 0..4; y 0..1 → widened around its centre 0.5 to −1.5..2.5
    assert view_around([[0.13, 0.0], [3.71, 1.0]], margin=0.0) == ((0.0, 4.0), (-1.5, 2.5))
    # a landscape's own round domain is kept, and the narrow bowl's 20 × 10 plane becomes 20 × 20
    assert view_around([[-10.0, -5.0], [10.0, 5.0]], margin=0.0, min_half=0.0) == ((-10.0, 10.0), (-10.0, 10.0))
    # not square: x centre 5.55 ± 0.5 (min_half) → 5.05..6.05 → 5.0..6.5; y 0.15 ± 0.5 → −0.35..0.65 → −0.5..1.0
    assert view_around([[5.2, 0.0], [5.9, 0.3]], margin=0.0, square=False) == ((5.0, 6.5), (-0.5, 1.0))


def test_a_diverging_path_is_cut_at_the_edge_of_the_view():
    view = ((-1.0, 1.0), (-1.0, 1.0))
    path = np.array([[0.0, 0.0], [0.5, 0.0], [-2.0, 0.0], [4.0, 0.0], [-8.0, 0.0]])
    drawing = PathOnSurface(path, view, "red")
    assert drawing.left_at == 2
    assert drawing.steps.tolist() == [0, 1]  # only the points in view
    assert drawing.segment_steps.tolist() == [1, 2]  # 2→3 and 3→4 lie wholly outside: left out
    assert drawing.segments[1].tolist() == [0.5, 0.0, -1.0, 0.0]  # 1→2 is cut at the left edge
    segments, points = path_tables(path, np.arange(5.0), view, "run")
    assert points["label"].tolist() == ["0", "1"] and points["loss"].tolist() == [0.0, 1.0]
    assert segments[["x", "x2"]].to_numpy().tolist() == [[0.0, 0.5], [0.5, -1.0]]


def test_a_frame_draws_the_first_steps_and_rings_the_current_one():
    view = ((-1.0, 1.0), (-1.0, 1.0))
    path = np.array([[0.0, 0.0], [0.5, 0.0], [-2.0, 0.0], [0.2, 0.0]])  # out at step 2, back at step 3
    drawing = PathOnSurface(path, view, "red")
    statics = {layer["id"]: layer for layer in drawing.static_layers()}
    assert statics["path.segments"]["hidden"] and len(statics["path.segments"]["segs"]) == 4 * 3
    assert statics["path.points"]["x"] == [0.0, 0.5, 0.2]

    def counts(k):
        layers = drawing.layers(k)
        return [layer["n"] for layer in layers if layer["type"] == "prefix"], [
            layer for layer in layers if layer.get("shape") == "ring"]

    (segments, points), ring = counts(0)
    assert (segments, points) == (0, 1) and ring[0]["x"] == [0.0] and ring[0]["y"] == [0.0]
    (segments, points), ring = counts(1)
    assert (segments, points) == (1, 2) and ring[0]["x"] == [0.5]
    assert counts(2) == ([2, 2], [])  # step 2 is outside: drawn to the edge, no ring
    (segments, points), ring = counts(3)
    assert (segments, points) == (3, 3) and ring[0]["x"] == [0.2]
    line_only = PathOnSurface(path, view, "red", markers=False)
    assert [layer["id"] for layer in line_only.static_layers()] == ["path.segments"]


def test_numbers_keep_their_distance_and_the_end_is_always_numbered():
    view = ((0.0, 10.0), (0.0, 1.0))
    # x steps of 0.3 (3 % of the width) approaching 1, the last point far away; spacing 5 %
    points = np.array([[0.0, 0.5], [0.3, 0.5], [0.6, 0.5], [0.9, 0.5], [5.0, 0.5]])
    assert numbered(points, view).tolist() == [True, False, True, False, True]
    assert numbered(np.column_stack([np.linspace(0, 9, 30), np.full(30, 0.5)]), view).sum() == 12 + 1


def test_a_long_path_is_thinned_but_keeps_its_start_and_end():
    keep = thinned(10_000)
    assert len(keep) <= 2501 and keep[:200].tolist() == list(range(200)) and keep[-1] == 9_999
    assert np.all(np.diff(keep) > 0)
    assert thinned(7).tolist() == list(range(7))
