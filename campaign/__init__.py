"""The campaign site engine: one package in layers, each using only those below it.

``content`` (the model, campaign.yml, front matter, dates, slugs, errors) is what
every layer stands on; ``parallel`` runs work in worker processes; ``photos``,
``media`` (the print kit), ``broadcast`` (loudspeaker bulletins), ``publish`` (what
a build writes) and ``pages`` (generated Markdown) build on it; ``importers`` turn
plans and Word files into campaign files; ``adapter`` is the only layer that
imports MkDocs and Material; ``release`` sends a built site to a server, ``admin``
is the web editor. ``project`` loads and checks one campaign folder, ``arguments``
and ``cli`` are the ``campaign`` command. No import cycle between layers (the one
left inside ``adapter`` is listed in ``tests/test_layers.py``); the README's
developer section draws them.
"""
