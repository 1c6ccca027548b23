"""kabar: facts about officials from Indonesian news articles."""

__version__ = "0.1.0"
