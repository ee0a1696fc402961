"""The ``accredit`` command: global options and the command groups.

Commands are loaded on first use (:mod:`accredit.cli.lazy`): ``accredit --help`` imports none of
them, and each command imports only its own module and the libraries behind it. The root group
(:class:`accredit.cli.localise.AccreditGroup`) reads ``--lang`` first and puts click's words and every
help text, of each command as it is loaded, in that language.
"""

from __future__ import annotations

import typer

from accredit.cli.lazy import LazyCommand, lazy_group
from accredit.cli.localise import AccreditGroup
from accredit.cli.streams import robust_streams
from accredit.i18n import LANGUAGES, set_language, t

COMMANDS = (
    LazyCommand("run", "accredit.cli.run:run_cmd", "run.help"),
    LazyCommand("criteria", "accredit.cli.criteria:app", "criteria.help"),
    LazyCommand("evidence", "accredit.cli.evidence:app", "evidence.help"),
    LazyCommand("init", "accredit.cli.init:init_cmd", "workspace.help.init"),
    LazyCommand("ratings", "accredit.cli.ratings:app", "scoring.cli.ratings_help"),
    LazyCommand("data", "accredit.cli.data:app", "scoring.cli.data_help"),
    LazyCommand("indicators", "accredit.cli.indicators:indicators_cmd", "scoring.cli.indicators_help"),
    LazyCommand("score", "accredit.cli.score:score_cmd", "scoring.cli.score_help"),
    LazyCommand("report", "accredit.cli.report:report_cmd", "report.help"),
    LazyCommand("roadmap", "accredit.cli.roadmap:roadmap_cmd", "roadmap.cli.help"),
    LazyCommand("keys", "accredit.cli.keys:app", "sign.help.keys"),
    LazyCommand("package", "accredit.cli.package:package_cmd", "review.help.package"),
    LazyCommand("review", "accredit.cli.review:review_cmd", "review.help.review"),
    LazyCommand("rollup", "accredit.cli.rollup:rollup_cmd", "review.help.rollup"),
    LazyCommand("status", "accredit.cli.status:status_cmd", "cycle.help.status"),
    LazyCommand("crosswalk", "accredit.cli.crosswalk:app", "cycle.help.crosswalk"),
    LazyCommand("programmes", "accredit.cli.programmes:app", "cycle.help.programmes"),
    LazyCommand("year", "accredit.cli.year:app", "cycle.help.year"),
    LazyCommand("serve", "accredit.cli.serve:serve_cmd", "web.cli.help"),
)

app = typer.Typer(
    name="accredit",
    help=t("app.help"),
    cls=lazy_group(COMMANDS, AccreditGroup),  # lazily loaded commands, in the language of --lang
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


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
