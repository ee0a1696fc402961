"""The ``accredit`` command: global options and the command groups."""

from __future__ import annotations

import typer

from accredit.cli import criteria as criteria_cli
from accredit.cli import data as data_cli
from accredit.cli import evidence as evidence_cli
from accredit.cli import indicators as indicators_cli
from accredit.cli import init as init_cli
from accredit.cli import keys as keys_cli
from accredit.cli import package as package_cli
from accredit.cli import ratings as ratings_cli
from accredit.cli import report as report_cli
from accredit.cli import review as review_cli
from accredit.cli import roadmap as roadmap_cli
from accredit.cli import rollup as rollup_cli
from accredit.cli import run as run_cli
from accredit.cli import score as score_cli
from accredit.cli.localise import AccreditGroup
from accredit.cli.output import robust_streams
from accredit.i18n import LANGUAGES, set_language, t

app = typer.Typer(
    name="accredit",
    help=t("app.help"),
    cls=AccreditGroup,  # click's words and every help text in the language of --lang / ACCREDIT_LANG
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
app.command("run", help=t("run.help"))(run_cli.run_cmd)
app.add_typer(criteria_cli.app, name="criteria")
app.add_typer(evidence_cli.app, name="evidence")
app.command("init", help=t("workspace.help.init"))(init_cli.init_cmd)
app.add_typer(ratings_cli.app, name="ratings")
app.add_typer(data_cli.app, name="data")
app.command("indicators", help=t("scoring.cli.indicators_help"))(indicators_cli.indicators_cmd)
app.command("score", help=t("scoring.cli.score_help"))(score_cli.score_cmd)
app.command("report", help=t("report.help"))(report_cli.report_cmd)
app.command("roadmap", help=t("roadmap.cli.help"))(roadmap_cli.roadmap_cmd)
app.add_typer(keys_cli.app, name="keys")
app.command("package", help=t("review.help.package"))(package_cli.package_cmd)
app.command("review", help=t("review.help.review"))(review_cli.review_cmd)
app.command("rollup", help=t("review.help.rollup"))(rollup_cli.rollup_cmd)


@app.callback()
def _global(
    lang: str | None = typer.Option(None, "--lang", metavar="vi|en", help=t("app.lang")),
) -> None:
    """accredit — quality self-assessment toolkit for Vietnamese vocational institutions."""
    if lang is not None and lang not in LANGUAGES:
        raise typer.BadParameter(t("cli.err.language", lang=lang, known=", ".join(LANGUAGES)), param_hint="'--lang'")
    set_language(lang)  # None: ACCREDIT_LANG, else Vietnamese, for this invocation


def main() -> None:
    """Console-script entry point."""
    robust_streams()
    app()
