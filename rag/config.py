"""Settings: one typed object, a documented default per field, overridable from `RAG_*`.

>>> Settings(top_k=3).top_k
3
>>> import os; os.environ["RAG_TOP_K"] = "6"; Settings.from_env().top_k
6
>>> del os.environ["RAG_TOP_K"]
"""

from __future__ import annotations

import dataclasses
import ipaddress
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .errors import SettingsError
from .ground import RULE_NAMES

#: the project's checkout when running from one (its evals/ and bench/ live there), else None
_ROOT = Path(__file__).resolve().parent.parent
CHECKOUT = _ROOT if (_ROOT / "pyproject.toml").is_file() else None

#: the seed article, shipped inside the package as `rag.seeds` (the checkout's seeds/ folder)
DEFAULT_ARTICLE = Path(str(resources.files("rag.seeds") / "000_6f603017a2159c77.txt"))


def is_loopback(host: str) -> bool:
    """Whether a server listening on `host` is reachable only from this machine.

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    if host in ("localhost", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _default_home() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "rag"


def _default_index_dir() -> Path:
    """indexes/ of the checkout; for an installed package, under RAG_HOME (or its default)."""
    if CHECKOUT is not None:
        return CHECKOUT / "indexes"
    return Path(os.environ.get("RAG_HOME") or _default_home()) / "indexes"


@dataclass(frozen=True)
class Settings:
    #: the article asked by default (.txt .md .html .htm .pdf); others are added to the library
    article: Path = DEFAULT_ARTICLE
    #: where indexes are kept, one folder per article and passage settings
    index_dir: Path = field(default_factory=_default_index_dir)
    #: cache folder for the assembled model files (RAG_HOME)
    home: Path = field(default_factory=_default_home)
    #: a GGUF chat model: a file path, or a built-in name ("qwen2.5-1.5b", the default, or "qwen2.5-0.5b")
    llm_path: str = "qwen2.5-1.5b"
    #: an OpenAI-compatible server to answer with instead (".../v1"); empty: llama.cpp in-process
    llm_url: str = ""
    #: the model name to ask that server for
    llm_model: str = ""
    #: the key for that server, if it wants one
    llm_api_key: str = field(default="", repr=False)
    #: seconds to wait for that server's reply before giving up
    llm_timeout: int = 120
    #: a sentence-transformers model folder or name; empty means the offline MiniLM package
    embed_model: str = ""
    #: passages are whole sentences packed up to this many tiktoken tokens, within a paragraph
    passage_tokens: int = 48
    #: passages sent to the model per question
    top_k: int = 5
    #: most tokens the model may write per answer
    max_answer_tokens: int = 80
    #: when the model declines, ask once more with the sentences that match the question best and
    #: without the option to decline (the check decides)
    retry_declined: bool = True
    #: llama.cpp threads (this machine class has 2 cores)
    n_threads: int = field(default_factory=lambda: min(os.cpu_count() or 2, 8))
    #: llama.cpp context window, in tokens
    n_ctx: int = 2048
    #: longest question accepted, in characters
    max_question_chars: int = 1000
    #: grounding rules switched off, by name (comma-separated in RAG_SKIP_RULES); see ground.RULES
    skip_rules: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        for name in ("passage_tokens", "top_k", "max_answer_tokens", "n_threads", "n_ctx",
                     "max_question_chars", "llm_timeout"):
            if getattr(self, name) < 1:
                raise SettingsError(f"{name} must be at least 1, got {getattr(self, name)}")
        unknown = set(self.skip_rules) - set(RULE_NAMES)
        if unknown:
            raise SettingsError(f"unknown grounding rules {sorted(unknown)}; "
                                f"the rules are {', '.join(RULE_NAMES)}")
        object.__setattr__(self, "skip_rules", frozenset(self.skip_rules))
        object.__setattr__(self, "article", Path(self.article))
        object.__setattr__(self, "index_dir", Path(self.index_dir))
        object.__setattr__(self, "home", Path(self.home))

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then `RAG_<FIELD>` environment variables, then `overrides` that are not None."""
        values: dict[str, object] = {}
        for f in dataclasses.fields(cls):
            raw = os.environ.get(f"RAG_{f.name.upper()}")
            if raw is None or raw == "":
                continue
            if f.type == "bool":
                values[f.name] = raw.lower() in ("1", "true", "yes", "on")
            elif f.type == "frozenset[str]":
                values[f.name] = frozenset(r.strip() for r in raw.split(",") if r.strip())
            elif f.type == "int":
                try:
                    values[f.name] = int(raw)
                except ValueError:
                    raise SettingsError(f"RAG_{f.name.upper()} must be an integer, got {raw!r}") from None
            else:
                values[f.name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        unknown = set(values) - {f.name for f in dataclasses.fields(cls)}
        if unknown:
            raise SettingsError(f"unknown settings: {sorted(unknown)}")
        return cls(**values)  # type: ignore[arg-type]
