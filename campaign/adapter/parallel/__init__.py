"""The MkDocs build spread over cores: the page writer and the Markdown read-ahead.

``shard`` writes a large site's pages in forked workers once every page is
read; ``readahead`` converts Markdown in workers while MkDocs reads the pages.
Both reach into MkDocs, so they live in the adapter; the rule for forking is
``campaign.parallel.forking``.
"""
