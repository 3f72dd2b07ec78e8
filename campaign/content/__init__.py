"""The campaign as authored: the model, its files, and the problems found in them.

Owns what every other layer stands on: the typed model of a plan
(``model``), ``campaign.yml`` and YAML read with the line of every key
(``load``, ``yamlsource``), Markdown pages and their front matter schemas
(``frontmatter``, ``schemas``), stable post addresses (``urls``), pasted text
made safe (``cleanup``), slugs and Unicode (``text``), dates as Vietnamese
readers write them (``dates``) and the located errors a user can cause
(``errors``), and which files of docs/ may be published (``publishable``); YAML
written so it loads back the same (``yamlwrite``), front matter parsed once and kept
between runs (``yamlcache``), what ``mkdocs.yml`` says read without MkDocs
(``siteconfig``), what kind of host an address names (``hosts``) and which
``<…>`` an author typed is an HTML tag, which is words (``htmltags``).
It imports nothing else from ``campaign`` and never MkDocs.
"""
