"""Presenting the graph: the HTTP API (FastAPI) and the command line (typer). Nothing imports ``api``."""
