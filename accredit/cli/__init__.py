"""The typer console: one module per command group. Thin: parse, call the library, render."""
