"""rag: answers questions about a news article with a local model, citing the passages.

    >>> from rag import RAG
    >>> bot = RAG()                                      # doctest: +SKIP
    >>> bot.ask("How many Russians entered Kazakhstan?") # doctest: +SKIP

`import rag` is cheap: torch, faiss, llama_cpp and gradio load when first needed.
"""

from .answer import RAG, Answer, AnswerStream, Trace
from .config import Settings
from .errors import ArticleError, InputError, ModelError, RagError, SettingsError, StorageError
from .ground import Citation, Verdict
from .library import ALL, Entry, Library
from .prompt import REFUSAL

__all__ = [
           "ALL",
           "RAG",
           "REFUSAL",
           "Answer",
           "AnswerStream",
           "ArticleError",
           "Citation",
           "Entry",
           "InputError",
           "Library",
           "ModelError",
           "RagError",
           "Settings",
           "SettingsError",
           "StorageError",
           "Trace",
           "Verdict",
]
