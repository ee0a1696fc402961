"""The web desk (``accredit serve``): the council's shared workspace and the inspector's desk, in the browser.

Layers: :mod:`.backend` (the one door into the library: ``accredit.service`` and the workspace store),
:mod:`.desk_store` (only the session secret),
:mod:`.security` (roles, passwords, CSRF, rate limit), :mod:`.forms` (every form checked), :mod:`.app` (Starlette),
:mod:`.pages` (thin views), templates/ and static/ (HTMX vendored, no CDN).
"""
