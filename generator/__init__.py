"""briefing-site: turn a folder of news articles into a searchable, printable briefing site."""

__version__ = "0.1.0"
