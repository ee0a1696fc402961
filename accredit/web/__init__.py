"""The web desk (``accredit serve``): the council's shared workspace and the inspector's desk, in the browser.

Layers: :mod:`.backend` (the one door into the library), :mod:`.desk_store` (people, audit, comments, ratings),
:mod:`.security` (roles, passwords, CSRF, rate limit), :mod:`.forms` (every form checked), :mod:`.app` (Starlette),
:mod:`.pages` (thin views), templates/ and static/ (HTMX vendored, no CDN).
"""
