"""Documentation tests: every setting and command is in the README; two set-up commands exist."""

from __future__ import annotations

import re

from parley.cli.main import app
from parley.config import settings_help
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_setting_documented() -> None:
    for name, _default, _help in settings_help():
        assert f"`{name}`" in README, f"setting {name} is not documented in README.md"


def test_every_command_documented() -> None:
    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    for group in app.registered_groups:
        sub = group.typer_instance
        names += [f"{group.name} {c.name or (c.callback.__name__ if c.callback else '')}" for c in (sub.registered_commands if sub else [])]
    for name in names:
        assert re.search(rf"parley {name}\b", README), f"command {name} is not documented in README.md"


def test_two_setup_commands_and_ci() -> None:
    assert "scripts/demo.sh" in README and "scripts/test.sh" in README
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text()
