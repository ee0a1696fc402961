"""The workspace store: one SQLite file per workspace that many people can edit (see README, "Kho dữ liệu").

Modules: :mod:`records` (frozen values), :mod:`schema` (migrations), :mod:`db` (connection, the one
versioned write path), :mod:`store` (:class:`Store`), :mod:`exchange` (workbook ↔ store, cell by cell),
:mod:`ratings_book` / :mod:`data_book` (the two workbooks), :mod:`links` (link decisions),
:mod:`migrate` (workspaces made before the store), :mod:`workspace` (where the store is, opening it).
"""
