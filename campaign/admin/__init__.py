"""The web editor (``campaign admin``): Decap CMS served by the tool, and its backend.

Decap speaks the JSON protocol of its local proxy (``decap-server``) to
:mod:`campaign.admin.proxy`; every read and write goes through this package,
which keeps them inside the campaign folder, validates with the same schemas
as ``campaign check`` and records each save as a git commit by its author.

Modules: the WSGI application (``app``) started by ``serve``, Decap's protocol
(``proxy``), its own HTML pages
(``pages``), Decap's configuration from the model (``decapconfig``), accounts,
sessions and login throttling (``accounts``, ``sessions``, ``ratelimit``), paths
kept inside the campaign (``paths``), saves checked before writing (``validate``)
and committed (``history``), the audit log (``audit``) and publishing (``release``).
"""
