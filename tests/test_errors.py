"""One error base class: every error meant for the user carries a Dutch ``message``."""

from __future__ import annotations

import pytest

from opvoedapp.commands.handout import HandoutInputError
from opvoedapp.content.errors import GuidelineDatabaseError
from opvoedapp.errors import OpvoedappError
from opvoedapp.profile.model import ProfileError
from opvoedapp.reflection.feedback_file import FeedbackFileError
from opvoedapp.safe_read import ReadRefused
from opvoedapp.safe_write import SaveError
from opvoedapp.userdata.store import NotSavedYet, UserDataError
from opvoedapp.views.handout.printing import PrintError


@pytest.mark.parametrize("error", [GuidelineDatabaseError("De database is beschadigd."),
                                   ProfileError("Het profiel is onleesbaar."),
                                   FeedbackFileError("Dit bestand is te groot."),
                                   UserDataError("De schijf is vol."),
                                   NotSavedYet("De schijf is vol. Niet bewaard (2)", 2),
                                   SaveError("De map bestaat niet."),
                                   ReadRefused("is een map"),
                                   PrintError("de printer weigert een nieuwe pagina"),
                                   HandoutInputError("onbekende vraag 'x'")],
                         ids=lambda e: type(e).__name__)
def test_every_user_facing_error_is_caught_by_the_base_class(error: Exception) -> None:
    with pytest.raises(OpvoedappError) as caught:
        raise error
    assert caught.value.message == str(error) and caught.value.message


def test_the_command_line_reports_any_of_them_as_one_dutch_line(capsys, monkeypatch) -> None:
    from opvoedapp import cli

    def refuse(_args) -> int:
        raise SaveError("De schijf is vol: x.json is niet opgeslagen.")

    cli._load_commands()
    monkeypatch.setitem(cli._COMMANDS, "export-content",
                        (cli._COMMANDS["export-content"][0], refuse))
    assert cli.run(["export-content"]) == 2
    assert capsys.readouterr().err == "opvoedapp: De schijf is vol: x.json is niet opgeslagen.\n"
