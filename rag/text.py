"""Text helpers every stage shares, with no knowledge of any stage: word stems, the quantities a
text states, the names a question is about, citation markers and sentence boundaries.

>>> tokenize("How many Russians crossed into Mongolia? About 3,000 Finns.")
['russi', 'cross', 'mongo', '3000', 'finn']
>>> numbers("Over 53,000 entered; fifty-three thousand; 1.5 hours; one-and-a-half days")
[53000.0, 53000.0, 1.5, 1.5]
>>> parse_markers("About 98,000 [2], see [1, 3] and [9].", 4)
[2, 1, 3]
>>> names("How many Russians went to Latvia's border?")
['Russians', "Latvia's"]
"""

from __future__ import annotations

import functools
import re

STOPWORDS = frozenset("""
a about above after again all also am an and any are as at be been being but by can could did do
does doing during each few for from had has have having he her here hers him his how i if in into
is it its itself just many me more most much my no nor not of off on once only or other our out
over own same she should so some such than that the their them then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your said say says tell according article
""".split())

#: a word: a number, or letters that may go on with digits and letters, as names do ("O2",
#: "MP3", "One2One"; not "14m" nor "1990s", which are numbers)
_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:\d+[^\W\d_]*)*")


@functools.cache
def _demonyms() -> dict[str, str]:
    """People and adjective forms of country names ("finnish" -> "finland"), from the
    countryinfo package's data, so "Finnish" finds "Finland". Forms that share their first five
    letters with the name ("Mongolian") need no entry: stems are cut to five letters."""
    from countryinfo import all_countries

    out: dict[str, str] = {}
    for country in all_countries():
        info = country.info()
        name, demonym = str(info.get("name", "")).lower(), str(info.get("demonym", "")).lower()
        if demonym.isalpha() and name.isalpha() and demonym[:5] != name[:5]:
            out.setdefault(demonym, name)
    return out | _PART_DEMONYMS


def is_demonym(word: str) -> bool:
    """Whether `word` is a people's or adjective form of a country's name: "Irish", "Canadian"."""
    return word.lower() in _demonym_forms()


@functools.cache
def _demonym_forms() -> frozenset[str]:
    """Every demonym countryinfo gives, those that share the name's first letters too ("Canadian")."""
    from countryinfo import all_countries

    return frozenset(str(c.info().get("demonym", "")).lower() for c in all_countries()) - {""}


# The countries the United Kingdom is made of (countryinfo lists its counties): an article that
# names them speaks of the UK without naming it.
_MADE_OF = {"united kingdom": ("England", "Scotland", "Wales", "Northern Ireland")}
#: their peoples, and Britain's ("British", "Britons"), whom countryinfo does not list ("the
#: struggling Scots"; a plural s is cut first)
_PART_DEMONYMS = {"scot": "scotland", "scottish": "scotland", "scotsman": "scotland", "welsh": "wales",
                  "welshman": "wales", "english": "england", "englishman": "england",
                  "british": "britain", "briton": "britain"}
#: short names that countryinfo does not list
_SHORT = {"united kingdom": ("Britain",), "united states": ("America",)}
#: the two-letter codes news writes as names (other codes, "GB" or "FR", are other things in most
#: texts): a question about Britain is about the UK an article names
_CODES = {"united kingdom": ("UK",), "united states": ("US",)}


@functools.cache
def _country_names() -> dict[tuple[str, ...], tuple[frozenset[str], ...]]:
    """For each way of writing a country (its name, its other spellings: "UK", "USA", "Great
    Britain"), the stems of every way of naming it or its parts, from countryinfo's data."""
    from countryinfo import all_countries

    out: dict[tuple[str, ...], tuple[frozenset[str], ...]] = {}
    for country in all_countries():
        info = country.info()
        name = str(info.get("name", ""))
        spellings = [name, *(str(s) for s in info.get("altSpellings", []) or []),
                     *_SHORT.get(name.lower(), ())]
        forms = [*spellings, str(info.get("demonym", "")), *_MADE_OF.get(name.lower(), ())]
        # (two-letter codes only from _CODES)
        stems = tuple(frozenset(tokenize(f)) for f in forms if len(f) > 2 and tokenize(f)) + tuple(
            frozenset(tokenize(code)) for code in _CODES.get(name.lower(), ()))
        for spelling in spellings:
            out.setdefault(tuple(tokenize(spelling)), stems)
    return out


def country_names(name: str) -> tuple[frozenset[str], ...]:
    """The stems of the other names of the country `name` writes, and of the countries it is made
    of (none when `name` is no country's).

    >>> frozenset({"engla"}) in country_names("UK"), country_names("Phoenix")
    (True, ())
    """
    return _country_names().get(tuple(tokenize(name)), ())


@functools.cache
def _country_parts() -> frozenset[tuple[str, ...]]:
    """The stems of the countries the UK is made of, and of the short names countryinfo does not
    list ("Britain", "America")."""
    return frozenset(tuple(tokenize(p)) for made_of in [*_MADE_OF.values(), *_SHORT.values()]
                     for p in made_of)


def names_a_country(text: str) -> bool:
    """Whether `text` names a country, by any of its names or its people's, or one of the
    countries the UK is made of.

    >>> names_a_country("She is Namibian"), names_a_country("in the UK"), names_a_country("St Etienne")
    (True, True, False)
    >>> names_a_country("the struggling Scots"), names_a_country("Welsh players")
    (True, True)
    """
    table, parts = _country_names(), _country_parts()
    toks = tokenize(text)

    def country(words: tuple[str, ...]) -> bool:
        if len(words) == 1 and len(words[0]) <= 2:  # a code counts in capitals: "UK", not "St"
            return words in table and re.search(rf"\b{words[0].upper()}\b", text) is not None
        return words in table or words in parts

    return any(country(tuple(toks[i:j]))
               for i in range(len(toks)) for j in range(i + 1, min(i + 4, len(toks)) + 1))


#: plurals that do not end in s: "women working part-time" speak of a woman
_IRREGULAR_PLURALS = {"men": "man", "women": "woman", "children": "child", "people": "person",
                      "wives": "wife", "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose"}
#: the past forms of verbs that do not end in -ed
_IRREGULAR_PAST = {past: verb for verb, forms in (
    ("win", "won"), ("buy", "bought"), ("make", "made"), ("build", "built"), ("lead", "led"),
    ("run", "ran"), ("give", "gave given"), ("take", "took taken"), ("sell", "sold"),
    ("write", "wrote written"), ("tell", "told"), ("hold", "held"), ("meet", "met"),
    ("find", "found"), ("bring", "brought"), ("begin", "began begun"), ("choose", "chose chosen"),
    ("drive", "drove driven"), ("fall", "fell fallen"), ("fly", "flew flown"), ("grow", "grew grown"),
    ("know", "knew known"), ("rise", "rose risen"), ("see", "saw seen"), ("send", "sent"),
    ("spend", "spent"), ("stand", "stood"), ("strike", "struck"), ("teach", "taught"),
    ("think", "thought"), ("throw", "threw thrown"), ("pay", "paid"), ("keep", "kept"),
    ("lose", "lost"), ("break", "broke broken"), ("catch", "caught"), ("fight", "fought"),
    ("hear", "heard"), ("mean", "meant"), ("speak", "spoke spoken"), ("steal", "stole stolen"),
    ("become", "became"), ("come", "came"), ("flee", "fled"), ("draw", "drew drawn"),
    ("wear", "wore worn"), ("eat", "ate eaten"), ("shoot", "shot"), ("sit", "sat"),
    ("sink", "sank sunk"), ("shrink", "shrank shrunk"), ("swing", "swung"), ("sing", "sang sung"),
    ("ring", "rang rung"), ("go", "went gone"), ("get", "got gotten"), ("seek", "sought"),
    ("deal", "dealt"), ("feel", "felt"), ("lend", "lent"), ("arise", "arose arisen"),
    ("ride", "rode ridden"), ("shake", "shook shaken"), ("tear", "tore torn"), ("swear", "swore sworn"),
    ("freeze", "froze frozen"), ("blow", "blew blown"), ("withdraw", "withdrew withdrawn"),
    ("overtake", "overtook overtaken"), ("undertake", "undertook undertaken"), ("forget", "forgot forgotten"),
    ("hide", "hid hidden"), ("dig", "dug"), ("stick", "stuck"), ("hang", "hung"), ("spin", "spun"))
    for past in forms.split()}


#: "winning" and "won" are "win", "starred" "star", "clearing" "clear" (not "king", "thing", "need":
#: too short a stem)
_ING_OR_ED = re.compile(r"\b([a-z]{2,}?([b-df-hj-np-tv-z]))\2?(?:ing|ed)\b")


def deeds(text: str) -> set[str]:
    """The stems of `text`'s words with a verb's past form made its present ("won" -> "win"):
    the words that can say a deed was done, in any tense. (Not in `tokenize`: there "rose" and
    "rise" becoming one word would make "rise" a word the whole article keeps using.)

    >>> sorted(deeds("Claxton won the race she runs")), sorted(deeds("Who will win?"))
    (['claxt', 'race', 'run', 'win'], ['win'])
    >>> sorted(deeds("winning clearing running starred"))
    ['clear', 'run', 'star', 'win']
    >>> sorted(deeds("the Foundation founded"))
    ['found']
    >>> sorted(deeds("He died; she carried it"))
    ['carry', 'die']
    >>> sorted(deeds("He moved; she hoped")) == sorted(deeds("move hope") | {"mov", "hop"})
    True
    """
    present = re.sub(r"[a-z]+", lambda m: _IRREGULAR_PAST.get(m.group(0), m.group(0)), text.lower())
    # "died" is "die", "carried" "carry"
    present = re.sub(r"\b([a-z]+)ied\b", lambda m: m.group(1) + ("ie" if len(m.group(1)) == 1 else "y"),
                     present)
    return content_words(_ING_OR_ED.sub(_present, _NOUN_OF_A_DEED.sub(" ", present)))


def _present(m: re.Match) -> str:
    """The present of a word `_ING_OR_ED` matched: "won" was made "win" before; "starred" is
    "star", and a short one with no consonant doubled may have lost an "e" ("moved": "mov" and
    "move"; longer ones are told apart by their first letters anyway)."""
    stem = m.group(1)
    doubled = m.group(0)[len(stem)] == m.group(2)
    return stem if doubled or len(stem) > 4 else f"{stem} {stem}e"


#: nouns made from verbs name no deed done: "the Electronic Frontier Foundation" founded nothing
#: (long ones only: "comment", "station" may be verbs)
_NOUN_OF_A_DEED = re.compile(r"\b(?=[a-z]{9})[a-z]+(?:ations?|itions?|ments?|ness)\b")


#: past forms that are also the present ("shut 700 websites", "cut 13,000 jobs")
_SAME_PAST = {"shut", "cut", "put", "set", "hit", "let", "quit", "spread", "cast", "cost"}


def is_past_verb(word: str) -> bool:
    """Whether `word` reads as a verb in the past: "closed", "shut", "bought" (not "red", "need").

    >>> [is_past_verb(w) for w in ("closed", "shut", "sold", "the", "need", "red")]
    [True, True, True, False, False, False]
    """
    word = word.lower()
    return word in _IRREGULAR_PAST or word in _SAME_PAST or (len(word) > 4 and word.endswith("ed")
                                                               and not word.endswith("eed"))


def is_verb(word: str) -> bool:
    """Whether a word reads as a verb of its own: "losing", "closed", "won" (not "during",
    "nothing")."""
    word = word.lower()
    return is_past_verb(word) or (len(word) > 5 and word.endswith("ing") and not word.endswith("thing")
                                  and word not in ("during", "morning", "evening"))


def asked_words(question: str) -> set[str]:
    """The content words of a question, and the past forms of its verbs: a reply "Rosneft paid
    $9.3bn" for "How much did Rosneft pay?" adds no word.

    >>> sorted(asked_words("Where did the team stand?"))
    ['stand', 'stood', 'team']
    """
    present = deeds(question)
    return content_words(question) | {t for past, verb in _IRREGULAR_PAST.items() if verb in present
                                      for t in content_words(past)}


def _singular(word: str) -> str:
    """A plural s cut: "shares" -> "share" (not "press", nor a short word: "bus")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def tokenize(text: str, letters: int = 5) -> list[str]:
    """Lowercase word stems, stopwords dropped, numbers without thousands separators: plurals
    made singular (a plural s dropped, "women" -> "woman"), demonyms mapped to their country, -ed
    and -ing cut, then cut to five letters (a crude stemmer: Mongolia/Mongolian, cross/crossed,
    drop/dropped; `letters` for a finer one, where shares/shareholders differ).

    >>> tokenize("Cellnet (now O2) and One2One sold 14m MP3 players")
    ['celln', 'now', 'o2', 'one2o', 'sold', '14', 'mp3', 'playe']
    """
    out = []
    demonyms = _demonyms()
    for tok in _WORD.findall(text.lower()):
        if tok[0].isdigit():
            out.append(re.sub(r",(?=\d{3}\b)", "", tok).rstrip(".,"))
        elif tok not in STOPWORDS and len(tok) > 1:
            if tok in _IRREGULAR_PLURALS:
                tok = _IRREGULAR_PLURALS[tok]
            elif tok.endswith("ings") and tok[:-1] in STOPWORDS:  # "human beings": a noun, kept whole
                out.append(tok)
                continue
            else:
                tok = _singular(tok)
            # (the country of a people's name, cut as its name is: "Welsh" is "wale", as "Wales")
            out.append(_singular(demonyms[tok])[:letters] if tok in demonyms else _stem(tok, letters))
    return out


def root(word: str, letters: int = 5) -> str:
    """A word's root, looser than its stem, for telling whether two words are one word in other
    forms: the British "-our" spelt "-or", an ending -ing, -ed, -es, -s or -e cut (however short
    the word), a doubled last letter undone, then the first five letters (or `letters`): "axed", "axing" and
    "axe" are "ax", "colour" and "color" "color", "added" and "add" "ad".

    >>> [root(w) for w in ("axed", "axing", "axe", "colour", "color", "added", "add", "Pages")]
    ['ax', 'ax', 'ax', 'color', 'color', 'ad', 'ad', 'pag']
    """
    word = word.lower()
    if len(word) > 5 and word.endswith("our"):
        word = word[:-3] + "or"
    for ending in ("ing", "ed", "es", "s", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            word = word[: -len(ending)]
            break
    if len(word) > 2 and word[-1] == word[-2]:
        word = word[:-1]
    return word[:letters]


def stem_roots(text: str, letters: int = 5) -> dict[str, set[str]]:
    """The roots of the words of `text` (of `letters` letters at most), by their content-word stems."""
    out: dict[str, set[str]] = {}
    for tok in _WORD.findall(strip_markers(text)):
        for stem in content_words(tok):
            out.setdefault(stem, set()).add(root(tok, letters))
    return out


def roots(text: str, letters: int = 5) -> set[str]:
    """The roots of all the words of `text` (of `letters` letters at most)."""
    return {root(tok, letters) for tok in _WORD.findall(text) if not tok[0].isdigit()}


def _stem(word: str, letters: int = 5) -> str:
    """-ed and -ing cut, a doubled last consonant undone, then the first five letters:
    dropped/dropping/drop -> drop, crossed/crossing -> cross, entered -> enter."""
    for ending, shortest in (("ing", 6), ("ed", 6)):
        if len(word) >= shortest and word.endswith(ending):
            word = word[: -len(ending)]
            if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]
            break
    return word[:letters]


def content_words(text: str, letters: int = 5) -> set[str]:
    """The stems of a text's words that carry meaning: no numbers, markers or stopwords, and no
    words that only write a quantity ("million", "dollars", "per cent": "$300m" says them too),
    unless the word is a name ("Dick Pound", "Penny Lane"), not after a figure ("3 Pounds").

    >>> sorted(content_words("Agency chief Dick Pound paid $3 million, or 2 Pounds"))
    ['agenc', 'chief', 'dick', 'paid', 'pound']
    >>> sorted(content_words("Agency chief Dick Smith paid $3 million, or 2 Pounds"))
    ['agenc', 'chief', 'dick', 'paid', 'smith']
    """
    text = strip_markers(text)
    words = {t for t in tokenize(text, letters) if not t[0].isdigit() and t not in STOPWORDS}
    quantities = {t for t in words if t[:5] in _quantity_stems()}
    if quantities:
        quantities -= {t for n in names(text) if not re.search(rf"[\d£$€¥]\s*{re.escape(n)}\b", text)
                       for t in tokenize(n, letters)}
    return words - quantities


@functools.cache
def _quantity_stems() -> frozenset[str]:
    # ("st", "nd", "rd", "th": what is left of "2nd" once its figure is read)
    words = [*_NUMBER_WORDS, *_FRACTIONS, *_CURRENCIES, "per", "cent", "percent", "percentage", "st", "nd",
             "rd", "th"]
    return frozenset(t for w in words for t in tokenize(w))


#: a preposition that may come before a question word ("On what date ...?", "..., and in which year?")
PREPOSITION = (r"(?:on|in|at|for|from|to|by|with|since|until|of|near|into|inside|outside|around|across|over|"
               r"under)")
#: a count before a noun in a question: "Which two countries ...?", "Which 3 firms ...?"
COUNT_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
MONTHS = ("january february march april may june july august september october november "
          "december").split()

#: words before a name that name nobody: "Ms" is not who "Ms Hewitt" is
TITLES = frozenset("mr mrs ms miss dr sir dame lord lady prof".split())


_TITLE_STOP = re.compile(r"\b(Mrs?|Ms|Dr|Prof|Sen|Gen|Rev|St)\.(?=\s+[A-Z])")


def names(question: str) -> list[str]:
    """The capitalised words of a question, but its first word and titles ("Ms"), and words with
    a capital inside ("easyJet"): the names it is about.

    >>> names("Who is Mr. Mubanga? Ask Dr Lee")
    ['Mubanga', 'Lee']
    """
    text = _TITLE_STOP.sub(r"\1", question.strip())  # ("Mr. Mubanga": no sentence ends at a title)
    found = re.findall(r"(?<=\S\s)(?<![.?!]\s)\b(?:[A-Z]|[a-z]+[A-Z])[\w’'-]*", text)
    return [n for n in found if tokenize(n) and n.lower().rstrip(".") not in TITLES]


def acronyms(text: str) -> set[str]:
    """The initials of every two to four consecutive words of the runs of capitalised words in
    `text`, as stems: an article that names the "United States" knows "US", the "British Bankers'
    Association" "BBA".

    >>> sorted(acronyms("Attacks in the United States and on The European Union's staff"))
    ['eu', 'te', 'teu', 'us']
    >>> sorted(acronyms("a survey from the British Bankers' Association"))
    ['ba', 'bb', 'bba']
    """
    out = set()
    for run in re.findall(r"\b[A-Z][a-z]+(?:[’']s?)?(?:\s+[A-Z][a-z]+(?:[’']s?)?)+", text):
        initials = "".join(w[0] for w in run.split()).lower()  # every part of 2-4 words:
        out |= {initials[i:j] for i in range(len(initials))  # "The European Union" has "eu"
                for j in range(i + 2, min(i + 4, len(initials)) + 1)}
    return out


def name_stems(text: str, common: frozenset[str] = frozenset()) -> set[str]:
    """The stems of the names in `text`, its first word included, less those in `common`."""
    return {t for n in names("x " + text) for t in tokenize(n) if t not in STOPWORDS} - common


def names_every_one(stems: set[str], text: str) -> bool:
    """`text` names every one of two or more names (`stems`, as `name_stems` gives them), even
    names the story keeps using: "Rosneft bought the Yugansk unit" is about the price Rosneft
    paid for Yugansk."""
    return len(stems) >= 2 and stems <= content_words(text)


_QUOTE_MARK = re.compile(r"(?P<opens>[“‘]|(?:^|(?<=\s))[\"'])|(?P<closes>[”\"]|[’'](?![^\W\d_]))")


#: the nouns a story names someone or something by once it has given the name: "The company saw a
#: 3% rise" tells of the retailer named in the sentence before
_KIND_OF_DOER = ("company|firm|group|business|retailer|chain|bank|airline|carrier|club|team|party|"
                 "government|agency|ministry|union|council|board|regulator|watchdog|organisation|"
                 "organization|charity|broadcaster|operator|insurer|lender|maker|manufacturer|player|star|"
                 "singer|band|actor|actress|minister|athlete|author|writer|striker|boxer")
_REFERS_BACK = re.compile(r"^\W*(?:\w+,?\s+(?-i:[a-z]+),?\s+)?(?:he|she|it|they|his|her|its|their)\b"
                          r"|^\W*(?:\w+,\s+)?(?:that|this|these|those)\s+(?!(?:year|month|week|time)\b)(?-i:[a-z]+)\s+"
                          r"(?:is|was|are|were|has|had|have)\b"
                          r"|^\W*(?:that|this)\s+(?:happened|happens|occurred|occurs|came|comes|followed|follows|"
                          r"took\s+place|takes\s+place|was|is|meant|means|compares|compared)\b"
                          r"|\b(?:he|she|they)\s+(?:said|says|added|adds|told|tells|warned|warns|wrote|writes|"
                          r"tweeted|urged|urges|argued|argues|insisted|insists|stressed|stresses)\b"
                          rf"|^\W*(?:\w+,?\s+)?the\s+(?:{_KIND_OF_DOER})(?:['’]s)?\s+(?-i:[a-z]+)\b", re.I)


def refers_back(text: str) -> bool:
    """Whether `text` names its subject or its speaker only by a pronoun ("he", "it", after at
    most two words: "Last year it made ..."), as "that business" or as "the company", so that who
    or what it is stands in the text before it.

    >>> refers_back("He vowed to smash the West."), refers_back("'We are not afraid,' he said.")
    (True, True)
    >>> refers_back("Last year it made a profit."), refers_back("However, that business is seen as weak.")
    (True, True)
    >>> refers_back("Zelenskyy warned that winter will be hard."), refers_back("The heat rose.")
    (False, False)
    >>> refers_back("This year sales rose."), refers_back("Mr Smith said it was over.")
    (False, False)
    >>> refers_back("The company saw a 3% rise."), refers_back("The company Acme Ltd rose.")
    (True, False)
    >>> refers_back("That happened in 1801 after she found out."), refers_back("That deal is done.")
    (True, True)
    >>> refers_back("This compares with 59 litres."), refers_back("Speaking to MPs he urged action.")
    (True, True)
    """
    return bool(_REFERS_BACK.search(text))


def leaves_a_quote_open(text: str) -> bool:
    """Whether the last quotation mark of `text` opens a quotation (an apostrophe is no mark).

    >>> leaves_a_quote_open('"Phoenix gave us hope.'), leaves_a_quote_open("‘It’s over,’ he said.")
    (True, False)
    >>> leaves_a_quote_open('Mars never sleeps," he said.'), leaves_a_quote_open("Plain text.")
    (False, False)
    >>> leaves_a_quote_open("'Many are afraid,' says Oleg's friend.")
    False
    """
    marks = [m.lastgroup for m in _QUOTE_MARK.finditer(text)]
    return bool(marks) and marks[-1] == "opens"


def opens_quoted(text: str) -> bool:
    """Whether `text` opens with a quotation mark: a paragraph of a speech, whose speaker may be
    named before it (a speech of several paragraphs opens each with a mark and closes only the
    last: 'Krasner said: "This deal ... "We are content ... "We worked ...').

    >>> opens_quoted('"We are content with the deal.'), opens_quoted('Krasner said: "This deal ensures it.')
    (True, False)
    """
    return bool(re.match(r"\s*[“‘\"']", text))


def unquoted(text: str) -> str:
    """`text` without what its quotation marks enclose: the words of the one who speaks, not the
    words spoken.

    >>> unquoted('May said: "Blair is recycling it." She left.')
    'May said:  She left.'
    >>> unquoted('"Ask \\'Can I?, \\'Why?\\'." Tom said.')  # a single quotation left open inside
    ' Tom said.'
    >>> unquoted('Lee said: "I left. "I came back." Ann agreed.')  # a paragraph of a speech left open
    'Lee said:  Ann agreed.'
    """
    out, cut = [], 0
    open_marks: list[bool] = []  # the kinds (double: True, single: False) of the quotations open
    for m in _QUOTE_MARK.finditer(text):
        kind = m.group(0) in "\"“”"
        if m.lastgroup == "opens":
            if kind and kind in open_marks:  # a speech's next paragraph, its last left unclosed
                continue
            if not open_marks:
                out.append(text[cut:m.start()])
            open_marks.append(kind)
        elif kind in open_marks:  # it closes its own kind, and any other left open inside it
            del open_marks[len(open_marks) - 1 - open_marks[::-1].index(kind):]
            if not open_marks:
                cut = m.end()
    if not open_marks:
        out.append(text[cut:])
    return "".join(out)


def measures(text: str) -> bool:
    """Whether every number of `text` measures time, money or a share ("six of the 12 months",
    "£1,400", "90%"), so counts no people or things; False when it states no number.

    >>> measures("Only six of the 12 months were paid"), measures("3,000 people and 2 days")
    (True, False)
    >>> measures("Nine months by 2007 [2]"), measures("Six A321 aircraft"), measures("500 yen")
    (True, False, True)
    >>> measures("60p [1]"), measures("At 5 p.m. 300 people came")
    (True, False)
    >>> measures("a quarter of a million people in 2004"), measures("half a million pounds")
    (False, True)
    >>> measures("1.6m [1]"), measures("1.6m dollars")  # a scale written on counts no money
    (False, True)
    """
    found, text = False, strip_markers(text)
    for m in _SCALED_FRACTION.finditer(text.lower()):  # "a quarter of a million people"
        found = True
        if not _MEASURE_AFTER.match(text, m.end()):
            return False
    for m in _NUMBER_TOKEN.finditer(text):
        if not m.group(2) and m.group().lower() not in _COUNT_WORDS:
            continue
        found = True
        if m.group(1) or YEAR.fullmatch(m.group()) or _MEASURE_AFTER.match(text, m.end()):
            continue
        return False
    return found


#: a year written in figures: "1998", "2004"
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


# -- citation markers ----------------------------------------------------------------------------

_MARKER = re.compile(r"\[\s*(?:passages?\s*)?(\d+(?:\s*(?:,|and|&)\s*\d+)*)\s*\]", re.I)


def parse_markers(text: str, n_passages: int) -> list[int]:
    """Passage numbers cited as [n] (or [n, m]), in order, without repeats; a number that
    points at no passage (0, or more than n_passages) is not a citation."""
    out: list[int] = []
    for m in _MARKER.finditer(text):
        for num in re.findall(r"\d+", m.group(1)):
            n = int(num)
            if 1 <= n <= n_passages and n not in out:
                out.append(n)
    return out


def strip_markers(text: str) -> str:
    """The text without its [n] markers: "About 98,000 [2]." -> "About 98,000."."""
    return re.sub(r"\s+([.,;:!?])", r"\1", _MARKER.sub("", text)).strip()


_POINTER = re.compile(r"\W*(?:(?:see|in|from)\s+)?(?:(?:the\s+)?passages?)?\W*", re.I)


def pointed_at(text: str, n_passages: int) -> list[int]:
    """The passages a reply that is nothing but a pointer names ("[1]", "Passage [3]."): the model
    says where the answer is instead of stating it; [] for any other reply.

    >>> pointed_at("Passage [3].", 5), pointed_at("About 98,000 [2].", 5)
    ([3], [])
    """
    return parse_markers(text, n_passages) if _POINTER.fullmatch(strip_markers(text)) else []


# -- quantities ------------------------------------------------------------------------------------

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate(
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
#: the verbs that go before another ("has won", "did not play", "will be"), as a pattern
AUXILIARY = r"(?:is|are|was|were|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must)\b"

_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split())}


ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|" + "|".join(_ORDINALS))


def is_ordinal(word: str) -> bool:
    """Whether `word` tells a place in an order ("fourth", "3rd"), not a count.

    >>> is_ordinal("fourth,"), is_ordinal("3rd"), is_ordinal("three")
    (True, True, False)
    """
    return ordinal_value(word) is not None


def ordinal_value(word: str) -> int | None:
    """The place in an order that `word` tells ("third" and "3rd" are 3), or None.

    >>> ordinal_value("third"), ordinal_value("3rd"), ordinal_value("three")
    (3, 3, None)
    """
    word = word.lower().strip(".,;:!?")
    if not ORDINAL.fullmatch(word):
        return None
    return _ORDINALS.get(word) or int(word[:-2])


_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000}
#: scales written onto a figure: "$1.13bn", "£75m", "€5k"; "m" and "k" only after a currency sign
#: ("a 100m sprint" is metres)
_SUFFIXES = {"bn": 1e9, "tn": 1e12, "mn": 1e6, "m": 1e6, "k": 1e3}
_CURRENCY_ONLY = {"m", "k"}
# ("franc" is not here: its stem is France's and French's)
_CURRENCIES = ("dollar", "pound", "sterling", "euro", "yen", "yuan", "rupee", "rouble", "ruble",
               "pence", "penny", "cent")
#: the units of time a number may measure ("12 months"; also what "how many months" asks for)
TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade")
_TIME_WORDS = "|".join(TIME_UNITS)
# what follows a number that measures (see `measures`): a scale, then a share, a currency or a
# unit of time ("12 months", "six of the 12 months", "£1.1 million", "90 per cent", "60p" but not "5 p.m.")
_MEASURE_AFTER = re.compile(
    rf"p(?!\w|\.\w)|(?:\s*(?:bn|m|k|million|billion|thousand))?\s*(?:%|per ?cent\b|"
    rf"(?:{'|'.join(_CURRENCIES)}|{_TIME_WORDS}|centur(?:y|ie))s?\b|of\s+(?:the|those|these|its|their)\s+(?:\S+\s+)?(?:{_TIME_WORDS})s?\b)",
    re.I)
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "tenth": 0.1}
_NUMBER_WORDS = set(_UNITS) | set(_TENS) | set(_SCALES) | set(_ORDINALS)
_COUNT_WORDS = _NUMBER_WORDS - set(_SCALES)  # "six", "first"; not "million" alone (measures)
_NUMBER_TOKEN = re.compile(r"([$£€¥]?)(?<![a-wyz\d])(\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                           r"((?:bn|tn|mn|m|k)(?![a-z]))?|[a-z]+", re.I)


def _words_value(words: list[str]) -> float:
    """Value of a run of number words: ["fifty", "three", "thousand"] -> 53000."""
    total, current = 0.0, 0.0
    for w in words:
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w in _ORDINALS:
            current += _ORDINALS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        else:
            total += (current or 1) * _SCALES[w]
            current = 0.0
    return total + current


def _run_value(run: list[str]) -> float | None:
    """["one", "and", "a", "half"] -> 1.5, ["a", "tenth"] -> 0.1, ["one"] -> None (a pronoun),
    ["third", "quarter"] -> 3 (a period: the third, not three quarters), ["two", "and", "a",
    "half", "million"] -> 2500000."""
    if run[-1] in _SCALES and len(run) > 1 and run[-2] in _FRACTIONS:  # "two and a half million"
        return (_run_value(run[:-1]) or 0) * _SCALES[run[-1]]
    if run[-1] not in _FRACTIONS:
        whole = [w for w in run if w not in ("and", "a")]
        return None if whole == ["one"] else _words_value(whole)
    fraction = _FRACTIONS[run[-1]]
    rest = run[:-1]
    joined = "and" in rest[-2:]  # "one and a half", not "one tenth"
    whole = [w for w in rest if w not in ("and", "a")]
    if whole and not joined and all(w in _ORDINALS for w in whole):
        return _words_value(whole)
    if joined and whole:
        return _words_value(whole) + fraction
    if whole in ([], ["one"]):
        return fraction
    return _words_value(whole) * fraction


#: a fraction of a scale word: "a quarter of a million" is 250,000
_SCALED_FRACTION = re.compile(rf"(?:a\s+)?({'|'.join(_FRACTIONS)})\s+(?:of\s+)?a\s+({'|'.join(_SCALES)})\b")


def quantities(text: str) -> list[tuple[float, float]]:
    """Every quantity stated in `text` as (value, figure as written), in order: "£75m" is
    (75000000, 75), "1.5 million" (1500000, 1.5), "98,000" (98000, 98000). Digits with thousands
    separators, decimals, scale words and suffixes ("bn", and "m"/"k" after a currency sign),
    number words ("fifty-three thousand"), fractions ("one-and-a-half", "a tenth"). A lone "one"
    is a pronoun more often than a number ("one official said"), so it counts only as part of a
    larger number."""
    toks = [(m.group(2) or m.group(), m.group(1) or "", (m.group(3) or "").lower())
            for m in _NUMBER_TOKEN.finditer(_MARKER.sub(" ", text).lower())]
    words = [t for t, _, _ in toks]
    out: list[tuple[float, float]] = []
    i = 0
    while i < len(toks):
        tok, currency, suffix = toks[i]
        if tok[0].isdigit():
            written = value = float(tok.replace(",", ""))
            if suffix and (currency or suffix not in _CURRENCY_ONLY):
                value *= _SUFFIXES[suffix]
            elif i + 1 < len(toks) and words[i + 1] in _SCALES:
                value *= _SCALES[words[i + 1]]
                i += 1
            out.append((value, written))
            i += 1
            continue
        scaled = _SCALED_FRACTION.match(" ".join(words[i:i + 5]))
        if scaled:  # "a quarter of a million", "half a billion"
            value = _FRACTIONS[scaled.group(1)] * _SCALES[scaled.group(2)]
            out.append((value, value))
            i += len(scaled.group(0).split())
            continue
        if tok in _NUMBER_WORDS or (tok == "a" and i + 1 < len(toks) and words[i + 1] in _FRACTIONS):
            run = []
            j = i
            while j < len(toks) and (words[j] in _NUMBER_WORDS or words[j] in ("and", "a")
                                     or words[j] in _FRACTIONS):
                run.append(words[j])
                j += 1
                # a fraction ends its number ("a half, a quarter"), but for a scale ("two and a half
                # million"); so does an ordinal ("the first nine days" are nine, "the first and
                # second" no third), but for a period's ("the third quarter")
                nxt = words[j] if j < len(toks) else ""
                if (run[-1] in _FRACTIONS and nxt not in _SCALES and run[-1] not in _ORDINALS) \
                        or (run[-1] in _ORDINALS and nxt not in _FRACTIONS):
                    break
            while run and run[-1] in ("and", "a"):
                run.pop()
                j -= 1
            word_value = _run_value(run)
            if word_value is not None:
                out.append((word_value, word_value))
            i = max(j, i + 1)
            continue
        i += 1
    return out


def numbers(text: str) -> list[float]:
    """The values of `quantities(text)`, in order.

    >>> numbers("£75m ($141m), up 4.3% to £1.97bn; a 100m sprint")
    [75000000.0, 141000000.0, 4.3, 1970000000.0, 100.0]
    >>> numbers("a quarter of them, in the third quarter")
    [0.25, 3.0]
    >>> numbers("almost a quarter of a million people, half a billion dollars")
    [250000.0, 500000000.0]
    >>> numbers("for the first nine days, the twenty first, the first and second")
    [1.0, 9.0, 21.0, 1.0, 2.0]
    """
    return [value for value, _ in quantities(text)]


#: a lone "one" that may count ("only one has been broken"), not "no one", "the one", "one another"
LONE_ONE = re.compile(r"(?<![\w-])(?<!\bno )(?<!\bthe )one\b(?![-’'])(?!\s+another\b)", re.I)


def stated(text: str) -> set[float]:
    """The quantities a text supports: their values, and their figures as written, so that an
    answer "£75m" or "75 million" or "75m pounds" all rest on "£75m". A lone "one" supports 1,
    though `quantities` reads it as no number (it is a pronoun as often as a count).

    >>> sorted(stated("a loss of $1.13bn"))
    [1.13, 1130000000.0]
    >>> sorted(stated("only one has been broken")), sorted(stated("no one said"))
    ([1.0], [])

    A bare "m" or "k" is read as metres or a unit by `quantities` ("a 100m sprint"), but it may
    be a scale too ("1.1m of the UK's 1.6m Muslims"): it supports both readings.

    >>> sorted(stated("1.6m Muslims"))
    [1.6, 1600000.0]

    A share in words supports the percentage it comes to: "a quarter of users" supports 25%.

    >>> sorted(stated("a quarter of users"))
    [0.25, 25.0]
    """
    text = _MARKER.sub(" ", text)
    lone_one = {1.0} if LONE_ONE.search(text) else set()
    bare = {float(m.group(1).replace(",", "")) * _SUFFIXES[m.group(2).lower()]
            for m in _BARE_SCALE.finditer(text)}
    return {x for pair in quantities(text) for x in pair} | lone_one | bare | share_percents(text)


#: a share written in words: "a quarter of", "two thirds of", "more than half", "one in five" (or
#: a fraction alone: "a third")
_SHARE_WORDS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_SHARE = re.compile(
    rf"\b(?:(?P<n>a|one|two|three|four)\s+(?P<part>{'|'.join(_SHARE_WORDS)})s?(?:\s+of\b|\s*$)|"
    r"(?:(?:more|less|fewer)\s+than|nearly|almost|about|over|under|around|roughly|just|only)\s+(?P<half>half)\b|"
    r"\bhalf\s+of\b|"
    r"(?P<x>one|two|three|four|five|six|seven|eight|nine|\d)\s+(?:in|out\s+of)\s+"
    r"(?P<y>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|[2-9]|10|20|100)\b)", re.I)


def share_percents(text: str) -> set[float]:
    """The percentages the shares a text writes in words come to, exactly and rounded: "a
    quarter of" is 25%, "two thirds of" 66.7% (or 67%), "more than half" 50%, "one in five" 20%
    (not "two out of 16 dancers", a count of some: a share is out of ten, twenty or a hundred at
    most; nor to a whole percent but for a fraction's name, "a third", which is 33%).

    >>> sorted(share_percents("two thirds of Britons; one in five users; the third quarter"))
    [20.0, 66.67, 66.7, 67.0]
    >>> sorted(share_percents("two out of 16 dancers; one in eight adults"))
    [12.5]
    """
    out: set[float] = set()
    for m in _SHARE.finditer(text):
        if m.group("x"):
            x, y = (_words_value([w]) if not w.isdigit() else float(w) for w in (m.group("x").lower(),
                                                                                m.group("y").lower()))
            if y and x < y:
                out |= {round(x / y * 100, 2), round(x / y * 100, 1)}
            continue
        if m.group("part"):
            n = m.group("n").lower()
            share = (1 if n in ("a", "one") else _UNITS[n]) / _SHARE_WORDS[m.group("part").lower()]
        else:
            share = 0.5
        out |= {round(share * 100, 2), round(share * 100, 1), float(round(share * 100))}
    return out


#: a figure with "m" or "k" and no currency sign: "1.6m Muslims" (or "a 100m sprint")
_BARE_SCALE = re.compile(r"(?<![$£€¥\w.,])(\d+(?:,\d{3})*(?:\.\d+)?)(m|k)\b", re.I)


_SIGNS = {"$": "dollar", "£": "pound", "€": "euro", "¥": "yen"}
_AMOUNT = r"(\d+(?:,\d{3})*(?:\.\d+)?)\s*(bn|tn|mn|m|k|thousand|million|billion|trillion)?"
#: "$5.8bn", "7.4bn Australian dollars" (a currency's country named: QUALIFIED_CURRENCY), "44p"
QUALIFIED_CURRENCY = (r"(?:(?-i:[A-Z][\w.]*)\s+){0,2}(dollars?|pounds?|euros?|yen|yuan|rupees?|roubles?|"
                      r"rubles?|pence|sterling)\b")
_MONEY = re.compile(rf"([$£€¥])\s?{_AMOUNT}|{_AMOUNT}\s*(?:{QUALIFIED_CURRENCY}|(p)\b)", re.I)


def money(text: str) -> set[tuple[str, float]]:
    """The sums of money a text states, as (currency, value); both the value and the figure as
    written, as `stated` has them: "£75m" and "75 million pounds" both give ("pound", 75e6).

    >>> sorted(money("a profit of £75m ($141m); shares at 274.5p"))
    [('dollar', 141.0), ('dollar', 141000000.0), ('pence', 274.5), ('pound', 75.0), ('pound', 75000000.0)]
    >>> sorted(money("a 7.4bn Australian dollar bid"))
    [('dollar', 7.4), ('dollar', 7400000000.0)]
    >>> sorted(money("it will pay 481.42m yuan"))
    [('yuan', 481.42), ('yuan', 481420000.0)]
    """
    out = set()
    for m in _MONEY.finditer(_MARKER.sub(" ", text)):
        sign, figure, scale, figure2, scale2, word, pence = m.groups()
        word = word or pence
        written = float((figure or figure2).replace(",", ""))
        scale = (scale or scale2 or "").lower()
        currency = (_SIGNS[sign] if sign else "pence" if word.lower() == "p"
                    else "pound" if word.lower() == "sterling" else word.lower().rstrip("s"))
        value = written * (_SUFFIXES.get(scale) or _SCALES.get(scale) or 1)
        out |= {(currency, written), (currency, value)}
    return out


def fmt(nums: list[float]) -> str:
    """Quantities as short text: [53000.0, 1.5, 1e6] -> "53000, 1.5, 1000000"."""
    return ", ".join(f"{x:.15g}" for x in nums)


# -- sentences -------------------------------------------------------------------------------------

# A sentence ends at . ! ? (and any closing quotes) followed by space and a capital, a digit or an
# opening quote. Abbreviations such as "Sept. 27" or "U.S. broadcaster" do not match that.
#: a sentence's end: its closing quotation marks and brackets stay with it ('... by Google?'."')
_SENTENCE_END = re.compile(r"(?<=[.!?])(?P<close>[’'\"”)]*)\s+(?=[A-Z0-9‘“'\"(])")
_ABBREVIATIONS = ("Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Sept.", "Gen.", "Lt.", "Col.", "No.", "U.S.")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in text[start:end], whitespace trimmed."""
    end = len(text) if end is None else end
    spans, cut = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        if text[cut:m.start()].rstrip().endswith(_ABBREVIATIONS):
            continue
        spans.append((cut, m.end("close")))
        cut = m.end()
    spans.append((cut, end))
    out = []
    for s, e in spans:
        piece = text[s:e]
        s2 = s + len(piece) - len(piece.lstrip())
        e2 = e - (len(piece) - len(piece.rstrip()))
        if e2 > s2:
            out.append((s2, e2))
    return out


# "and" joins two clauses when a subject and its verb follow it ("... to nine months by 2007 and
# the aim is to get it to 12 months"), not when it joins two names ("England and Wales")
_AND_CLAUSE = (r"\s+and\s+(?=(?:it|we|they|he|she|there|i|you)\s|(?:the|its|their|his|her|this|that)\s+\w+\s+"
               r"(?:is|was|are|were|will|would|has|have|had|could|can|may|might|should)\b)")
# and when a second comparison of a figure follows it ("24% higher than in 2003 and 21% more than
# the average")
_AND_FIGURE = (r"|\s+and\s+(?=[$£€]?\d[\d,.]*\s*(?:%|per ?cent|[a-z]+)?\s+(?:more|less|fewer|higher|lower|"
               r"up|down|above|below|bigger|smaller|larger)\b)")
#: a dash between words: an en or em dash, or a hyphen with a space each side
_DASH = re.compile(r"\s+[–—-]\s+")
_CLAUSE_BREAK = re.compile(r"(?:[;,]\s+|\s+)(?:while|whereas|but)\s+|[;,]\s+|" + _DASH.pattern + "|"
                           + _AND_CLAUSE + _AND_FIGURE, re.I)


#: an item of a list of names or numbers: "Wales", "2000", "XP" ("Windows 2000, 95, 98, Me and XP")
_LIST_ITEM = r"(?:[A-Z][\w’'-]*|\d[\w’'.-]*)"
#: a comma between the items of a list ("England, Wales and Northern Ireland"), which splits no clause
_IN_A_LIST = re.compile(rf",\s+{_LIST_ITEM}(?:\s+{_LIST_ITEM})*(?:,\s+{_LIST_ITEM}(?:\s+{_LIST_ITEM})*)*"
                        rf",?\s+(?:and|or)\s+{_LIST_ITEM}")
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|"
                        r"should|must|does|did|says|said)\b", re.I)


def _finishes_the_clause(brk: str, piece: str) -> bool:
    """Whether a piece after a comma only finishes the clause before it: a phrase that opens
    with a preposition, states a figure and holds no verb of its own, but for an -ing form (",
    from 157,000 to 133,000"; ", with 856,600 people waiting"; not ", with a further exhibit in
    Madrid later in the summer", an event of its own)."""
    return (brk.strip() == "," and re.match(PREPOSITION + r"\b", piece, re.I) is not None
            and re.search(r"\d", piece) is not None and not _AUXILIARY.search(piece)
            and not any(is_past_verb(w) for w in re.findall(r"[A-Za-z]+", piece)))


def clauses(sentence: str) -> list[str]:
    """The clauses of a sentence, split at commas, semicolons, dashes, "while", "whereas", "but"
    and an "and" that a subject and its verb follow (none inside brackets); a piece of three words
    or fewer ("In October,") stays with the piece after it, or between dashes with the piece
    before it (an aside: "revenues - £160m - will be").

    >>> clauses("In October, it rose to £10, while the other fell to £4.")
    ['In October it rose to £10', 'the other fell to £4.']
    >>> clauses("Oleg – who is headed for Israel – waited for 30 minutes.")
    ['Oleg who is headed for Israel', 'waited for 30 minutes.']
    >>> clauses("Only two of 16 dancers - Ann Lee and Tom Hale - are British, compared to 16 in 1985.")
    ['Only two of 16 dancers are British', 'Ann Lee and Tom Hale', 'compared to 16 in 1985.']
    >>> clauses("Pay goes up to nine months by 2007 and the aim is to reach 12 months.")
    ['Pay goes up to nine months by 2007', 'the aim is to reach 12 months.']
    >>> clauses("It grew 24% on 2003 and 21% more than the average.")
    ['It grew 24% on 2003', '21% more than the average.']
    >>> clauses("Analysts say its revenues - £160m - will fall short of its costs - an extra £250m.")
    ['Analysts say its revenues £160m', 'will fall short of its costs', 'an extra £250m.']
    >>> clauses("It revised down the gains in December, from 157,000 to 133,000.")
    ['It revised down the gains in December from 157,000 to 133,000.']
    >>> clauses("Sales in Leeds were at their lowest, with 4,100 sofas selling.")
    ['Sales in Leeds were at their lowest with 4,100 sofas selling.']
    >>> clauses("It starts in England, Wales and Northern Ireland, on 1 January while Scotland waits.")
    ['It starts in England, Wales and Northern Ireland on 1 January', 'Scotland waits.']
    >>> clauses("It can infect Windows 2000, 95, 98, Me and XP, the firm said.")
    ['It can infect Windows 2000, 95, 98, Me and XP', 'the firm said.']
    >>> clauses("It made a 7.4bn Australian dollar ($5.8bn; £3bn) bid, a record.")
    ['It made a 7.4bn Australian dollar ($5.8bn; £3bn) bid', 'a record.']
    >>> clauses("It goes to her grandson Prince William, 22, on her death or abdication.")
    ['It goes to her grandson Prince William 22', 'on her death or abdication.']
    """
    breaks = [m for m in _CLAUSE_BREAK.finditer(sentence)
              if not (m.group(0).startswith(",") and _IN_A_LIST.match(sentence, m.start())
                      and re.search(rf"\b{_LIST_ITEM}$", sentence[:m.start()]))
              and sentence.count("(", 0, m.start()) <= sentence.count(")", 0, m.start())]
    pieces = [sentence[a.end() if a else 0:b.start() if b else len(sentence)]
              for a, b in zip([None, *breaks], [*breaks, None])]
    dash = [bool(_DASH.fullmatch(m.group(0))) for m in breaks]
    out: list[str] = []
    alone = False  # whether the last piece stands as a clause of its own
    for i, piece in enumerate(pieces):
        # (an aside between dashes, or an age between commas: "Prince William, 22, on ...")
        aside = 0 < i < len(breaks) and ((dash[i - 1] and dash[i] and len(piece.split()) <= 3)
                                         or _AGE_BESIDE.fullmatch(piece) is not None)
        finishes = i > 0 and _finishes_the_clause(breaks[i - 1].group(0), piece)
        # (a verb after a longer aside between dashes goes on with the clause before it: "two of
        # 16 dancers - Ann Lee and Tom Hale - are British")
        if i > 1 and dash[i - 2] and dash[i - 1] and alone and len(out) > 1 and _AUXILIARY_FIRST.match(piece):
            out[-2] += " " + piece
            alone = False
        elif out and (len(out[-1].split()) <= 3 or aside or finishes):
            out[-1] += " " + piece
            alone = False
        elif piece:
            out.append(piece)
            alone = True
    return out


_AUXILIARY_FIRST = re.compile(r"\s*" + AUXILIARY, re.I)
#: a figure alone between commas, after a name: its age ("her grandson Prince William, 22, on ...")
_AGE_BESIDE = re.compile(r"\s*(?:aged\s+)?\d{1,3}\s*")
