"""The errors `rag` raises on bad input or a missing model; each message says what to do."""


class RagError(Exception):
    """Base class: a problem the user can fix, reported without a traceback."""


class InputError(RagError):
    """The question is empty, too long or holds control characters."""


class ArticleError(RagError):
    """The article is missing, empty, not UTF-8 or not a .txt/.md file."""


class ModelError(RagError):
    """A model file is missing or broken."""


class SettingsError(RagError):
    """A setting has an impossible value."""


class StorageError(RagError):
    """An index cannot be written (a full disk, no permission); the previous one is kept."""
