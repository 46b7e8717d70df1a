"""A logging filter that drops query strings from request lines.

The development server logs ``"GET /path?query HTTP/1.1" 200 …``; a query string can
carry a self-check's answers or a search term, so it is cut before the line is written.
Gunicorn's access log format (config/gunicorn.py) leaves query strings out already.
"""

import logging
import re

QUERY = re.compile(r"\?[^ \"]*")


class StripQueryString(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = QUERY.sub("", record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(
                QUERY.sub("", arg) if isinstance(arg, str) else arg
                for arg in record.args
            )
        return True
