"""Discovery: the documents and pages a loaded page leads to, one level deep.

``links`` filters a page's anchors (contract documents of a territory's page, the
territories' pages of a listing page), ``names`` knows the territory names of an area,
``vocab`` holds the words as data, ``crawl`` walks sources and what they link to.
"""
