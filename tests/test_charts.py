"""Chart specs are built once per structure, validated, and drawn with the current data."""
import altair as alt
import pandas as pd
import pytest
from altair.utils.schemapi import SchemaValidationError

from ui import charts


def test_spec_is_built_once_per_structure_and_data_is_attached(monkeypatch):
    calls = []

    @charts.spec_cache
    def line(title):
        calls.append(title)
        return alt.Chart(charts.data("points")).mark_line().encode(x="x:Q", y="y:Q").properties(title=title)

    drawn = []
    monkeypatch.setattr(charts.st, "vega_lite_chart", lambda spec, **kwargs: drawn.append(spec))
    first, second = pd.DataFrame({"x": [1.0], "y": [2.0]}), pd.DataFrame({"x": [3.0], "y": [4.0]})
    charts.show(line("a"), points=first)
    charts.show(line("a"), points=second)
    charts.show(line("b"), points=second)
    assert calls == ["a", "b"]
    assert drawn[0]["datasets"]["points"] is first and drawn[1]["datasets"]["points"] is second
    assert drawn[0]["data"] == {"name": "points"}
    assert "datasets" not in line("a")  # drawing never changes the shared spec
    assert drawn[0]["config"]["axis"]["labelFontSize"] == 15  # the projector theme


def test_a_broken_chart_is_refused():
    @charts.spec_cache
    def broken():
        return alt.Chart(charts.data("points")).mark_line().encode(x={"field": "x", "type": "nonsense"})

    with pytest.raises(SchemaValidationError):
        broken()


def test_legend_beside_finds_a_legend_left_or_right_of_the_plot_in_any_layer():
    base = alt.Chart(charts.data("d")).mark_point().encode(x="x:Q", y="y:Q")
    assert not charts.legend_beside(base.to_dict())
    assert not charts.legend_beside(base.encode(color=alt.value("red")).to_dict())
    assert charts.legend_beside(base.encode(color="c:N").to_dict())
    assert not charts.legend_beside(base.encode(color=alt.Color("c:N", legend=None)).to_dict())
    assert not charts.legend_beside(base.encode(color=alt.Color("c:N", legend=alt.Legend(orient="bottom"))).to_dict())
    assert charts.legend_beside(alt.layer(base, base.encode(size="s:Q")).to_dict())
    assert charts.legend_beside(base.encode(color=alt.Color("c:N", legend=alt.Legend(orient="left"))).to_dict())
