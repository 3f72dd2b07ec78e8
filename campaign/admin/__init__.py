"""The web editor (``campaign admin``): Decap CMS served by the tool, and its backend.

Decap speaks the JSON protocol of its local proxy (``decap-server``) to
:mod:`campaign.admin.proxy`; every read and write goes through this package,
which keeps them inside the campaign folder, validates with the same schemas
as ``campaign check`` and records each save as a git commit by its author.
"""
