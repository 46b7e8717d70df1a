"""Make words in scripts written without spaces findable: Japanese, Chinese, Thai,
Lao, Myanmar and Khmer (docs/decisions/0009-search-in-unspaced-scripts.md).

Full-text search (PostgreSQL's parser, SQLite's FTS5 tokenizer) splits text into
words at spaces and punctuation; a Japanese or Thai sentence then becomes one long
"word" and a word inside it is never found. Both sides are rewritten the same way:

- indexed text: every run of these scripts becomes its characters and its
  overlapping character pairs (bigrams);
- a query: every run becomes its bigrams (a one-character run stays a character),
  all of which must match.

Each character or pair is written as an ASCII token (``qz`` + code points in hex),
so neither database's tokenizer splits it again at the combining vowel signs of
Thai, Myanmar or Khmer, and no stemmer changes it.
"""

import re
import unicodedata

_RANGES = (
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u31f0-\u31ff"  # Katakana phonetic extensions
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\U00020000-\U0002ffff"  # CJK extensions B-F
    "\u0e00-\u0e7f"  # Thai
    "\u0e80-\u0eff"  # Lao
    "\u1000-\u109f"  # Myanmar
    "\ua9e0-\ua9ff\uaa60-\uaa7f"  # Myanmar extensions
    "\u1780-\u17ff\u19e0-\u19ff"  # Khmer, Khmer symbols
)
_RUN = re.compile(f"[{_RANGES}]+")
PREFIX = "qz"


def _token(characters: str) -> str:
    return PREFIX + "".join(f"{ord(c):05x}" for c in characters)


def _runs(text: str) -> list[str]:
    """Runs of unspaced-script letters, split at their punctuation (、。။ ។ ฯ …)."""
    runs = []
    for match in _RUN.finditer(text):
        current = ""
        for character in match.group():
            if unicodedata.category(character)[0] in "PSZ":
                if current:
                    runs.append(current)
                current = ""
            else:
                current += character
        if current:
            runs.append(current)
    return runs


def _replace(text: str, tokens_of) -> str:
    parts = []
    last = 0
    for match in _RUN.finditer(text):
        parts.append(text[last : match.start()])
        tokens = [token for run in _runs(match.group()) for token in tokens_of(run)]
        parts.append(" " + " ".join(tokens) + " ")
        last = match.end()
    parts.append(text[last:])
    return "".join(parts)


def _index_tokens(run: str) -> list[str]:
    unigrams = [_token(c) for c in dict.fromkeys(run)]
    bigrams = [_token(run[i : i + 2]) for i in range(len(run) - 1)]
    return unigrams + list(dict.fromkeys(bigrams))


def _query_tokens(run: str) -> list[str]:
    if len(run) == 1:
        return [_token(run)]
    return list(dict.fromkeys(_token(run[i : i + 2]) for i in range(len(run) - 1)))


def has_unspaced_script(text: str) -> bool:
    return bool(_RUN.search(unicodedata.normalize("NFKC", text)))


def segment_for_index(text: str) -> str:
    """``text`` with each run of unspaced script replaced by its characters and
    bigrams as tokens; other text (Latin, Devanagari, Cyrillic) unchanged."""
    normalized = unicodedata.normalize("NFKC", text or "")
    if not has_unspaced_script(normalized):
        return text
    return _replace(normalized, _index_tokens)


def segment_query(query: str) -> str:
    """The query with each run of unspaced script replaced by its bigram tokens."""
    normalized = unicodedata.normalize("NFKC", query)
    if not has_unspaced_script(normalized):
        return query
    return _replace(normalized, _query_tokens)


_BROKEN_LINE = re.compile(f"(?<=[{_RANGES}])[ \\t]*\\n[ \\t]*(?=[{_RANGES}])")


def join_broken_lines(text: str) -> str:
    """Undo the line breaks that PDF layout puts inside words of unspaced scripts, so
    a word wrapped at the end of a line is still one word in the index."""
    return _BROKEN_LINE.sub("", text)
