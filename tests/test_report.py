from rich.console import Console

from parley.core import Parley
from parley.report import print_report
from tests.conftest import SEED_B, needs_seeds

pytestmark = needs_seeds


def test_report_lists_actors_events_and_quotes(parley: Parley) -> None:
    parley.analyze_paths([str(SEED_B)])
    console = Console(record=True, width=200)
    print_report(parley.store, console)
    text = console.export_text()
    assert "Events by date" in text and "Boris Pistorius" in text and "all options are being considered" in text
