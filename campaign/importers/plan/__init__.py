"""An official plan (kế hoạch) in text or Markdown, turned into a campaign folder.

``parse`` reads the document into its parts, ``facts`` reads those parts into
campaign data, and ``init`` writes ``campaign.yml`` with its report.
"""
