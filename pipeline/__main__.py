"""Allow ``python -m pipeline`` as an alias of the ``cls-pipeline`` command."""

from pipeline.cli import main

if __name__ == "__main__":
    main()
