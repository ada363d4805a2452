"""rag: answers questions about a news article with a local model, citing the passages.

    >>> from rag import RAG
    >>> bot = RAG()                                      # doctest: +SKIP
    >>> bot.ask("How many Russians entered Kazakhstan?") # doctest: +SKIP

`import rag` is cheap: torch, faiss, llama_cpp and gradio load when first needed.
"""

from .answer import REFUSAL, RAG, Answer, AnswerStream, Citation
from .config import Settings
from .errors import ArticleError, InputError, ModelError, RagError, SettingsError

__all__ = ["RAG", "Answer", "AnswerStream", "Citation", "Settings", "REFUSAL", "RagError",
           "InputError", "ArticleError", "ModelError", "SettingsError"]
