"""The watch: re-fetch the catalogue and report what is new or changed since last time.

``run_watch`` (``pipeline.watch.run``) fetches every catalogue URL and what its pages
link to through the ingest stage (conditional requests: an unchanged document costs a
304), compares what came back with the state the previous watch left in the raw
directory (``pipeline.watch.state``), and returns the changes (``pipeline.watch.changes``);
``write_report`` (``pipeline.watch.report``) writes them as a table.
"""
