"""Turning what staff already have into campaign files.

Owns the plan importer behind ``campaign init --from-plan`` (``plan``), the Word
article importer behind ``campaign import-docx`` (``docx``) and the empty news
post or profile of ``campaign new`` (``scaffold``). Importers write files for
``content`` to read; nothing else in the engine imports them except the command
line, and they never import MkDocs.
"""
