"""An official plan (kế hoạch) in text or Markdown, turned into a campaign folder.

A plan sent as a Word file is read into lines first (``word``), and what a web
page or a narrow table cell did to its lines is undone (``unwrap``); ``parse``
reads the document into its parts, ``facts`` reads those parts into campaign
data, and ``init`` writes ``campaign.yml`` with its report.
"""
