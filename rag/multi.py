"""Questions that need more than one fact: comparisons, sums and differences (also the years
between two events), lists, and questions of two parts. `plan` recognises them from the
question's form (never from an article's words); `RAG` then gathers passages for every item the
question names and either asks each part on its own (two-part questions) or has the model state
one fact per line (the rest).
Each fact is checked against its passage like any answer; the comparison, the sum or the
difference is then made here, in code, and shown with its operands and their citations.

>>> plan("How many more Russians entered Kazakhstan than Georgia?").items
('Kazakhstan', 'Georgia')
>>> plan("How many years passed between Lee's first and second prize wins?").items
("Lee's first prize win", "Lee's second prize win")
>>> plan("Which country took in the most Russians?").kind, plan("Who is Finland's foreign minister?")
('compare', None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import ground
from .text import (
    AUXILIARY,
    COUNT_WORD,
    MONTHS,
    PREPOSITION,
    YEAR,
    acronyms,
    clauses,
    content_words,
    deeds,
    fmt,
    is_verb,
    name_stems,
    numbers,
    ordinal_value,
    parse_markers,
    quantities,
    refers_back,
    sentence_spans,
    stated,
    strip_markers,
    tokenize,
)

PARTS, DIFFERENCE, TOTAL, COMPARE, LIST = "parts", "difference", "total", "compare", "list"
PASSAGES_PER_ITEM = 3  # searched for each item the question names
PASSAGES_PER_QUESTION = 6  # searched for the question as a whole (4 when it names its items)
MAX_PASSAGES = 8  # the model reads at most this many
MAX_FACT_TOKENS = 160  # a line per item


@dataclass(frozen=True)
class Plan:
    kind: str  # PARTS, DIFFERENCE, TOTAL, COMPARE or LIST
    items: tuple[str, ...] = ()  # the things the question names (the questions, for PARTS)
    group: str = ""  # with no items: what to gather every one of ("country")
    largest: bool = True  # COMPARE: the largest wins, else the smallest
    pace: bool = False  # COMPARE: "faster", "slower": of times, the faster is the smaller
    years_between: bool = False  # DIFFERENCE: "How many years after A did B?", the years of A and B
    dates: bool = False  # COMPARE: "Which comes first, A or B?", by their dates, the first the smallest
    complement: bool = False  # DIFFERENCE: "How many of A are not B?", all of A and those that are B
    ages: bool = False  # "How much older is A than B?", "Who is older, A or B?": their ages

    def queries(self, question: str) -> list[str]:
        """What to search for: the question, then once per item with the other items left out; for a
        figure, asked as "how many" (or "how much"), without the words that compare or add."""
        if self.years_between or self.dates or self.complement or self.ages or _THAN_CLAUSE.match(question) \
                or _WHICH_DOES_MORE.match(question):
            return [question] + [self.item_question(question, item) for item in self.items]
        if self.kind in (COMPARE, DIFFERENCE, TOTAL):
            how = ("How long" if self.pace or re.search(r"\b(?:long|short)(?:er|est)\b", question, re.I)
                   else "How much" if re.search(r"\bhow much\b", question, re.I) else "How many")
            question = _COMPARE.sub(" ", _TOTAL.sub(" ", _DIFFERENCE.sub(  # ("how many million tonnes more")
                lambda m: f" {m['unit'] or ''}", question)))
            question = re.sub(rf"^\s*{_SCOPE_PHRASE}(?=(?:which|who|what)\b)", "", question, flags=re.I)
            group = r"(?:\s+of\s+the)?(?:\s+\w+){0,2}?(?=\s+(?:took|got|had|was|were|received|did|saw|is))"
            question = re.sub(rf"^\s*(?:which{group if self.items else ''}|who|what|did|was|were|is|are|does|"
                              r"do)\b", "", question, flags=re.I)
            if not _ASKS_AMOUNT.search(question):
                question = f"{how} {question.strip()}"
        question = " ".join(question.split())
        return [question] + [_only(question, self.items, item) for item in self.items]

    def item_question(self, question: str, item: str) -> str:
        """The question for one named item alone: "How many fewer Russians arrived in Finland
        than in Georgia?" -> "How many Russians arrived in Finland?"; "Which country took in
        more Russians, Georgia or Finland?" -> "How many Russians did Georgia take in?"."""
        if self.complement:
            return _complement_question(question, item == self.items[0])
        if self.years_between:  # "Capra's film" -> "In which year was Capra's film?"; "did Thoday buy
            asked = _YEARS_BETWEEN.search(question)  # the rights" -> "In which year did Thoday buy ...?"
            if asked and item == asked.group("second"):
                return f"In which year {asked.group('be').lower()} {item}?"
            own = _OWN_VERB.match(item)  # "the rules were introduced" -> "were the rules introduced"
            if own:
                return f"In which year {own.group('be').lower()} {own.group('subject')} {own.group('rest')}?"
            return f"In which year was {item}?"
        if self.ages:  # "How much older is A than B?" -> "How old is A?"
            return f"How old is {item}?"
        if self.dates:  # "Which came first, A or B?" -> "When was A?"
            order = _ORDER.search(question)
            be = "was" if order and _PAST_ORDER.fullmatch(order.group("verb").split()[0]) else "is"
            the = "the " if re.search(rf"\bthe\s+{re.escape(item)}", question, re.I) else ""
            return f"When {be} {the}{item}?"
        does = _WHICH_DOES_MORE.match(question)  # "Which runs faster, A or B?" -> "How fast does A run?"
        if does:
            verb = does["verb"].lower()
            verb = verb[:-2] if verb.endswith(("sses", "shes", "ches", "xes")) else verb[:-1]
            the = "the " if re.search(rf"\bthe\s+{re.escape(item)}", question, re.I) else ""
            return f"How {_MEASURE_OF[does['more'].lower()]} does {the}{item} {verb}?"
        paced = _PACED.match(question) if self.pace else None  # "In what time did Cragg run the 3,000m?"
        if paced:
            return " ".join(f"In what time did {item} {base_form(paced.group(1))} {paced.group(2)}?".split()
                            ).replace(" ?", "?")
        two = _THAN_CLAUSE.match(question)
        if two and item in (_label(two.group("first")), two.group("second")):
            clause = two.group("first") if item == _label(two.group("first")) else item
            return _clause_question(two.group("how").capitalize(), clause)
        q = _subject_question(question, item) or self.queries(question)[1 + self.items.index(item)]
        return q[0].upper() + q[1:]


#: a figure of a speed: "4 GHz", "70mph", "300 words a minute"
_SPEED = re.compile(r"\d[\d,.]*\s*(?:[kMGT]?Hz\b|mph\b|km/h\b|kph\b|knots?\b|[a-z]+\s+(?:per|an?|each)\s+"
                    r"(?:second|minute|hour)\b)", re.I)
#: "Which runs faster, A or B?", "Which costs more?": a thing's verb, then what it is compared by
_MEASURE_OF = {"faster": "fast", "slower": "fast", "quicker": "fast", "more": "much", "less": "much",
               "longer": "long", "shorter": "long", "higher": "high", "lower": "high", "further": "far"}
_WHICH_DOES_MORE = re.compile(rf"^\s*which\s+(?P<verb>[a-z]+s)\s+(?P<more>{'|'.join(_MEASURE_OF)})\b",
                              re.I)
_WH = r"(?:how|what|who|whom|whose|when|where|which|why)"
_SPLIT_PARTS = re.compile(rf"\?\s+(?=\S)|,?\s+and\s+(?=(?:{PREPOSITION}\s+)?{_WH}\b)", re.I)
_DIFFERENCE = re.compile(
    r"\bhow (?:many|much) (?P<unit>(?:(?!more|fewer|less)[\w-]+\s+){0,2}?)(?:more|fewer|less|longer|shorter|"
    r"higher|lower|bigger|smaller|larger|greater|further|older|younger|faster|slower|quicker)\b|"
    r"\bdifference between\b|\bby how (?:much|many)\b", re.I)
#: "How many years after Capra's film did Thoday buy the rights?": the years between two events
#: (the main clause's verb comes before its subject: "were the cafes closed", "did Thoday buy"; the first
#: event may have its own: "after the rules were introduced")
_YEARS_BETWEEN = re.compile(r"^\s*how many years\s+(?:after|before|later than|earlier than)\s+(?P<first>.+?)"
                            r"\s+(?P<be>did|was|were|had|has|have|is|are|does|do|will)\s+"
                            r"(?=(?:the|a|an|his|her|its|their|this|these|those|he|she|it|they|we)\b|(?-i:[A-Z]))"
                            r"(?P<second>.+?)\s*\??\s*$", re.I)
#: "How many years passed between A and B?", "How many years separate A from B?"; "... between her
#: first and second wins": "her first win" and "her second win"
_YEARS_APART = re.compile(r"^\s*how many years\s+(?:(?:passed|elapsed|went by|were there|are there|lay)\s+)?"
                          r"between\s+(?P<first>.+?)\s+and\s+(?P<second>.+?)\s*\??\s*$"
                          r"|^\s*how many years\s+(?:separate|separated)\s+(?P<first2>.+?)\s+(?:from|and)\s+"
                          r"(?P<second2>.+?)\s*\??\s*$", re.I)
_ORDINAL_PAIR = re.compile(r"^(?P<owner>.*?)\b(?P<a>first|earlier|earliest)$", re.I)
_OWN_VERB = re.compile(r"^(?P<subject>.+?)\s+(?P<be>was|were|is|are|had|has|have)\s+(?P<rest>.+)$", re.I)
#: "By how many votes to how many did MPs back it?" asks a vote's tally, no difference
_TALLY = re.compile(r"\bby how many\b.*\bto how many\b", re.I)
#: "How much older is A than B?", "How many years younger ...?": the difference of their ages
_OLDER = re.compile(r"\bhow (?:much|many years) (?:older|younger)\b", re.I)
#: "Who is older, A or B?", "Who is the youngest of the ...?": people compared by their ages
_AGED = re.compile(r"\b(?:older|oldest|younger|youngest)\b", re.I)
#: plurals that end in no "s": "Which two men ...?"
_PLURAL_WORDS = r"(?:[a-z]*(?<!speci)(?<!regi)(?<!abdo)men|children|people)"
#: the group after a superlative: "(the oldest) of the eight protesters"
_OF_GROUP = re.compile(rf"\s+of\s+(?:all\s+)?(?:the|these|those)\s+(?:{COUNT_WORD})?"
                       rf"((?:[a-z-]+\s+)?(?:[a-z-]+[^siu\W]s|{_PLURAL_WORDS}))\b", re.I)
_TOTAL_WORDS = r"(?:in total|total|combined|altogether|together|in all|all told|sum)"
_TOTAL = re.compile(rf"\b{_TOTAL_WORDS}\b|\badd(?:ed)? up\b", re.I)
#: a total a share is of ("What share of the total ...?", "of total complaints"), no sum asked
_OF_TOTAL = re.compile(r"\bof\s+(?:the\s+)?total\b", re.I)
_ASKS_AMOUNT = re.compile(r"^\s*(?:how (?:many|much|long|far)|what (?:is|was|were|are) the|"
                          r"what (?:share|percentage|proportion|fraction)\b)\b", re.I)
_SMALLEST = r"fewer|fewest|less|least|smaller|smallest|lower|lowest|shorter|shortest"
_COMPARATIVES = (rf"more|most|larger|largest|bigger|biggest|greater|greatest|higher|highest|longer|longest|"
                 rf"{_SMALLEST}")
#: "Which comes first, A or B?", "Which opened later?", "Which is older?": compared by their dates
_ORDER = re.compile(r"^\s*which\b[^?]*?\b(?P<verb>comes?|came|happens?|happened|is|was|are|were|"
                    r"takes?\s+place|took\s+place|starts?|started|begins?|began|opens?|opened|ends?|ended)\s+"
                    r"(?P<order>first|earlier|earliest|sooner|soonest|older|oldest|later|latest|newer|newest)\b",
                    re.I)
_PAST_ORDER = re.compile(r"came|happened|was|were|took|started|began|opened|ended", re.I)
#: "most" that counts the subject of the question's verb, ranking nothing: "Which party have most
#: Muslims voted for?", "Where did most of them go?" (but "Which party has most seats?" ranks)
_MOST_OF_THEM = re.compile(r"\b(?:(?:did|do|does)\s+most\s+\w|(?:have|has|had|are|were|is|was)\s+most\s+"
                           r"[a-z-]+(?:\s+[a-z-]+)?\s+(?:\w+ly\s+)?\w+(?:ed|en|ing)\b)", re.I)
#: "Who ran faster, A or B?": compared by their times, the faster the smaller
_PACE = r"faster|fastest|quicker|quickest|slower|slowest"
_COMPARE = re.compile(rf"\b(?:{_COMPARATIVES}|{_PACE})\b", re.I)
_PACED = re.compile(r"^\s*(?:who|which\s+\w+)\s+(?!(?:is|was|are|were)\b)([a-z]+)\s+(.*?)\s*\b(?:"
                    + _PACE + r")\b", re.I)
_SAYS = re.compile(r"\b(?:say|says|said|tell|tells|told|claim|claims|claimed|report|reports|reported|warn|"
                   r"warns|warned|argue|argues|argued|believe|believes|believed|think|thinks|thought|write|"
                   r"writes|wrote)\b", re.I)
#: a short phrase before the question that sets where it holds: "In the poll, which had more support ...?"
_SCOPE_PHRASE = r"[^,?]{1,40},\s*"
_ASKS_WHICH = re.compile(rf"^\s*(?:{_SCOPE_PHRASE})?(?:which|who|what|where|did|was|were|is|are|does|do)\b",
                         re.I)
_GROUP = re.compile(rf"^\s*which\s+(?:of\s+the\s+)?(?:{COUNT_WORD})?"
                    r"((?:[A-Za-z-]+\s+)?[A-Za-z-]+?)\s+(?=(?:is|was|are|were|did|does|do|has|have|"
                    r"had|took|got|saw|received|reported|said|made|gave|sent|drew|came|went|"
                    r"\w+ed)\b)", re.I)
_LIST = re.compile(
    r"^\s*(?:name|list)\b|\b(?:which|what|who)\b.*\b(?:are|were)\b.*\b(?:named|mentioned|listed|"
    r"quoted|cited)\b|\b(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?[a-z-]+s\b(?![’'])", re.I)
#: "Which countries ...?", "Which British players ...?" (not a verb: "Which company plans to ...?", "Which
#: firm owns the ...?", "Which update stops Windows users ...?", nor "Which company besides Intel ...?")
_WHICH_PLURAL = re.compile(rf"^\s*which\s+(?:{COUNT_WORD})?(?:[a-z-]+\s+)?"
                           r"(?!(?:is|was|has|does|goes|says|besides|across|towards|unless|whereas)\b)"
                           rf"([a-z-]+[^siu\W]s|{_PLURAL_WORDS})\b"
                           r"(?!\s+(?:(?:to|the|an?|its|his|her|their|this|that|these|those)\b"
                           r"|(?-i:[A-Z])))", re.I)
_PREPOSITION = re.compile(r"^(?:to|in|at|from|on|for|by|of|into|with|the)\s+", re.I)


#: a question's auxiliary before the items, whose verb follows them ("How much did A and B pay")
_ASKS_DOES = re.compile(r"\s*(?:how|what|which)\b(?:\s+[\w’'-]+){0,6}?\s+(?:did|does|do|has|have|had|will|"
                        r"would|can|could)\s+", re.I)


def plan(question: str) -> Plan | None:
    """The plan for a question that needs more than one fact, or None for a simple question."""
    parts = [p.strip(" ,") for p in _SPLIT_PARTS.split(question.strip()) if p.strip(" ,?")]
    if len(parts) >= 2 and all(len(p.split()) >= 3 for p in parts):
        return Plan(PARTS, tuple(p[0].upper() + p[1:].rstrip("?") + "?" for p in parts))
    between = _YEARS_BETWEEN.search(question)
    if between:
        return Plan(DIFFERENCE, (between.group("first"), between.group("second")), years_between=True)
    apart = _YEARS_APART.search(question)
    if apart:
        first, second = apart.group("first") or apart["first2"], apart.group("second") or apart["second2"]
        pair = _ORDINAL_PAIR.match(first)  # "her first" and "second wins": the noun is the second's
        if pair and len(second.split()) > 1:
            noun = re.sub(r"(?<=[^s])s$", "", second.split(maxsplit=1)[1])  # (one win each)
            first, second = f"{first} {noun}", f"{pair.group('owner')}{second.split()[0]} {noun}"
        return Plan(DIFFERENCE, (first, second), years_between=True)
    denied = _NOT_OF.match(question)
    if denied:
        return Plan(DIFFERENCE, (f"{denied['group']} in all", denied["rest"]), complement=True)
    items = _options(question)
    if _DIFFERENCE.search(question) and not _TALLY.search(question):  # with no two things named: a change
        # ("by how much did it rise?")
        return Plan(DIFFERENCE, items if len(items) == 2 else (), ages=bool(_OLDER.search(question)))
    if _TOTAL.search(_OF_TOTAL.sub(" ", question)) and _ASKS_AMOUNT.search(question):
        return Plan(TOTAL, items) if len(items) >= 2 else None
    order = _ORDER.search(question)
    if order and len(items) >= 2:
        later = order.group("order").lower().startswith(("lat", "new"))
        return Plan(COMPARE, items, largest=later, dates=True)
    aged = _AGED.search(question)  # "Who is older, A or B?", "Who is the oldest of the eight protesters?"
    if aged and re.match(r"\s*who\b", question, re.I):
        largest = aged.group(0).lower().startswith("old")
        if len(items) >= 2:
            return Plan(COMPARE, items, largest=largest, ages=True)
        group = _OF_GROUP.match(question[aged.end():])
        return Plan(COMPARE, group=group.group(1), largest=largest, ages=True) if group else None
    compares = _COMPARE.search(question)
    said = _SAYS.search(question)  # "Which group said ... are among the most developed?" asks who
    # ("Which two costs posed the greatest risks?" asks for two things, not for the greatest)
    counted = re.match(rf"^\s*which\s+{COUNT_WORD}", question, re.I) and _WHICH_PLURAL.search(question)
    if compares and ((said and said.start() < compares.start()) or _MOST_OF_THEM.search(question) or counted):
        compares = None
    if compares and _ASKS_WHICH.search(question):
        before = question[:compares.start()].split() or [""]
        pace = bool(re.fullmatch(_PACE, compares.group(0), re.I))
        largest = (compares.group(0).lower().startswith("slow") if pace
                   else not re.fullmatch(_SMALLEST, compares.group(0), re.I))
        if _beside_the_one_asked(question, items) or (ordinal_value(before[-1]) or 1) > 1:
            return None  # (and "the second most likely" is read, not picked out of a ranking)
        if len(items) >= 2:
            return Plan(COMPARE, items, largest=largest, pace=pace)
        group = _GROUP.search(question)
        if group:
            return Plan(COMPARE, group=group.group(1), largest=largest, pace=pace)
        return None
    if _LIST.search(question) or _WHICH_PLURAL.search(question):
        group = _WHICH_PLURAL.search(question)
        person = re.search(r"^\s*who\b|\b(?:people|persons?)\b", question, re.I)
        named = group.group(1) if group and group.group(1).lower() != "people" else ""
        return Plan(LIST, group=named or ("person" if person else ""))
    return None


#: "How many of the club's players are not Welsh?": all of a group less those that are
_NOT_OF = re.compile(r"^\s*how many of\s+(?P<group>.+?)\s+(?P<be>are|were|is|was|have|has|had|did|do|does)\s+"
                     r"(?:not|never)\s+(?P<rest>.+?)\s*\??\s*$", re.I)
#: a group named by its owner: "the club's players" -> "the club", "players"
_OWNED = re.compile(r"^(?P<owner>.+?)[’'](?:s\b)?\s+(?P<noun>.+)$")


def _complement_question(question: str, whole: bool) -> str:
    """The question for one side of "How many of A are not (or never) B?": all of A, or those of A
    that are B.

    >>> q = "How many of the club's players are not Welsh?"
    >>> _complement_question(q, True), _complement_question(q, False)
    ('How many players does the club have?', "How many of the club's players are Welsh?")
    >>> _complement_question("How many of the 40 firms were not paid?", True)
    'How many firms are there?'
    >>> _complement_question("How many of the stolen cars were never found?", False)
    'How many of the stolen cars were found?'
    """
    m = _NOT_OF.match(question)
    assert m is not None
    if not whole:
        return f"How many of {m['group']} {m['be']} {m['rest']}?"
    owned = _OWNED.match(m["group"])
    if owned:
        return f"How many {owned['noun']} does {owned['owner']} have?"
    noun = re.sub(r"^(?:the|its|their|his|her|these|those)\s+(?:[\d,]+\s+)?", "", m["group"], flags=re.I)
    return f"How many {noun} are there?"


def _beside_the_one_asked(question: str, items: tuple[str, ...]) -> bool:
    """Whether "which ... than B?" sets one thing beside the one it asks for ("Which attraction
    was more visited than the National Gallery?", "Which country took in more Russians than
    Georgia?": a simple question): the comparative ends what stands before "than"."""
    if not items or not re.search(rf"\bthan\s+(?:\w+\s+)?{re.escape(items[-1])}", question):
        return False
    before = question[:question.find(items[0])].split()
    return bool(_COMPARE.match(items[0]) or (before and _COMPARE.fullmatch(before[-1])))


def _options(question: str) -> tuple[str, ...]:
    """The things a question sets side by side: "..., A or B?", "A than B", "between A and B",
    "A and B combined", "A and B together will ..."; the phrase after the joining word, and as
    many words before it."""
    q = question.strip().rstrip("?").strip()
    total = re.search(rf"\s*\b{_TOTAL_WORDS}\b", q)
    if total and re.search(r"\s(?:or|and)\s", q[:total.start()]):  # what follows names no item
        q = q[:total.start()]
    q = re.sub(rf"\s*\b{_TOTAL_WORDS}\b\s*$", "", q)  # "... than B combined"
    between = re.search(r"\bbetween\s+(.+?)\s+and\s+(.+)$", q, re.I)
    if between:
        return _bare(between.group(1)), _bare(between.group(2))
    listed = re.search(r":\s*([^,:]+?)\s+(?:or|and)\s+([^,:]+)$", q)  # "which had more support: A or B"
    if listed:
        return _bare(listed.group(1)), _bare(listed.group(2))
    pieces = re.split(r",(?!\d)", q)  # (not the comma of "3,000m")
    if len(pieces) > 1 and re.search(r"\s(?:or|and)\s", pieces[-1]):  # "..., A or B", "A, B and C"
        last = [_bare(o) for o in re.split(r"\s+(?:or|and)\s+", pieces[-1].strip()) if o.strip()]
        middle = [_bare(o) for o in pieces[1:-1]]
        if middle:  # "... entered A, B, C and D": A has as many words as B
            words = pieces[0].split()
            middle.insert(0, _bare(" ".join(words[-len(middle[0].split()):])))
        return tuple(o for o in middle + last if o)
    pair = _THAN_CLAUSE.match(q)
    if pair:
        return _label(pair.group("first")), pair.group("second")
    joined = re.search(r"^(.*)\s(or|than|and)\s+(.+)$", q, re.I)
    if not joined:
        return ()
    second = _bare(joined.group(3))
    year = re.fullmatch(r"(?:in|during|for)\s+((?:19|20)\d\d)", joined.group(3).strip(), re.I)
    # "more than 2,000 protesters": a threshold, not a second thing, but "... in 2004 than in 2003"
    # sets two years side by side, "... among 15 to 24-year-olds than among 25 to 34-year-olds" two groups
    if numbers(second[:20]) and (year or not re.match(r"\s*(?:among|in|for|of)\s", joined.group(3))):
        years = re.findall(r"\b(?:in|during|for)\s+((?:19|20)\d\d)\b", joined.group(1))
        # ("By how much was it higher in 2004 than in 2003?" asks the change, often told as a share)
        two = " than " in q.lower() and not re.search(r"\bby how\b", q, re.I)
        now = re.search(r"\b(?:now|today|currently)$", joined.group(1).strip(), re.I)
        if two and year and now:  # "... now than in 1985": the present beside a year
            return now.group(0), joined.group(3).strip()
        return (years[-1], year.group(1)) if two and years and year else ()
    n = len(second.split())
    words = [w for w in joined.group(1).split()]
    while words and _PREPOSITION.match(words[-1] + " "):
        words.pop()
    if len(words) > n + 1 and _TIME_OWNER.match(" ".join(words[len(words) - n - 1:len(words) - n + 1])):
        n += 1  # "this year's overspend than last year's": "this year's overspend"
    first = _bare(" ".join(words[-n:])) if len(words) > n else ""
    # "How much did Bates and Abramovich pay": the items follow the question's auxiliary, and the
    # verb after them is the question's ("Sainsbury say a takeover would take" is no item; after
    # "than" the verb is the item's own: "How much more does A cost than B on the site")
    lead = _ASKS_DOES.match(joined.group(1))
    if lead and n > 1 and len(joined.group(1)[lead.end():].split()) <= n:
        first = _bare(joined.group(1)[lead.end():])
        if joined.group(2).lower() != "than":  # (the verb's particle too: "make up")
            second = re.sub(r"\s+[\w’'-]+(?:\s+(?:up|out|off|down|over|in|on))?$", "", second)
    return (first, second) if first and second else ()


#: a time that owns what follows: "this year's", "last month's"
_TIME_OWNER = re.compile(r"(?:this|that|last|next|previous)\s+(?:year|month|week|season|quarter|day)[’']s$",
                         re.I)


def every(group: str) -> str:
    """What to list: "all the checkpoints", "every country", "every item the question asks for"."""
    if not group:
        return "every item the question asks for"
    return f"all the {group}" if re.search(rf"(?:s|\b{_PLURAL_WORDS})$", group) else f"every {group}"


def _bare(phrase: str) -> str:
    """An option without its leading prepositions and article: "to the Finnish side" -> "Finnish side"."""
    phrase = phrase.strip(" ,?")
    while _PREPOSITION.match(phrase):
        phrase = _PREPOSITION.sub("", phrase, count=1)
    return phrase


_IRREGULAR = {"took": "take", "had": "have", "got": "get", "saw": "see", "gave": "give", "made": "make",
              "drew": "draw", "sent": "send", "came": "come", "went": "go", "did": "do", "won": "win",
              "lost": "lose", "paid": "pay", "sold": "sell", "bought": "buy", "brought": "bring",
              "held": "hold", "kept": "keep", "left": "leave", "spent": "spend", "grew": "grow",
              "rose": "rise", "fell": "fall", "told": "tell", "said": "say", "led": "lead", "ran": "run",
              "built": "build", "found": "find", "swam": "swim", "rode": "ride", "drove": "drive"}
_PAST_VERBS = "|".join(sorted(_IRREGULAR, key=len, reverse=True))


# "Which (country) took in more Russians, Georgia or Finland?": the options are who did it
_BE = "is|was|are|were"
_WHICH_DID = re.compile(rf"^\s*which\s+(?:[\w'’-]+\s+){{0,4}}?(?P<verb>{_PAST_VERBS}|{_BE}|[a-z]+ed)\s+"
                        rf"(?P<middle>(?:[\w'’-]+\s+){{0,3}}?)(?P<comp>{_COMPARATIVES})\b"
                        rf"(?P<rest>[^,]*),", re.I)
_HOW_MUCH_MORE = re.compile(rf"^\s*(?P<how>how (?:much|many))\s+(?:{_COMPARATIVES})\s+(?P<be>{_BE})\s+"
                            rf"(?P<first>.+?)\s+than\s+(?P<second>.+?)\s*\??\s*$", re.I)
#: "How many more jobs are A cutting than the reporters B is offering redundancy to?": two
#: clauses, each with its own verb, set side by side (the second is no noun phrase)
_THAN_CLAUSE = re.compile(rf"^\s*(?P<how>how (?:many|much))\s+(?:{_COMPARATIVES})\s+"
                          rf"(?P<first>(?:[\w’'-]+\s+)*?{AUXILIARY}\s+.+?)\s+than\s+"
                          rf"(?P<second>(?:[\w’'-]+\s+)+?{AUXILIARY}\b.*?)\s*\??\s*$", re.I)
_DETERMINER = re.compile(r"^(?:the|a|an|its|their|his|her)$", re.I)


def _label(clause: str) -> str:
    """A clause in a question's order as what it names: "jobs are the papers cutting" -> "jobs
    the papers are cutting", "did the government demand" -> "the government demand".

    >>> _label("jobs are the papers cutting"), _label("did the government demand")
    ('jobs the papers are cutting', 'the government demand')
    """
    words = clause.split()
    k = next(i for i, w in enumerate(words) if re.fullmatch(AUXILIARY, w, re.I))
    if words[:k] and _DETERMINER.match(words[0]):  # (already so)
        return clause
    aux, rest = words[k], words[k + 1:]
    if re.fullmatch(r"did|does|do", aux, re.I):
        return " ".join([*words[:k], *rest])
    return " ".join([*words[:k], *rest[:-1], aux, *rest[-1:]])


def _clause_question(how: str, clause: str) -> str:
    """The question a clause of a comparison answers: "jobs are the papers cutting" -> "How many
    jobs are the papers cutting?", "the reporters the FT is offering redundancy to" -> "How many
    reporters is the FT offering redundancy to?", "the settlement was worth" -> "How much was the
    settlement worth?".

    >>> _clause_question("How many", "the reporters the FT is offering redundancy to")
    'How many reporters is the FT offering redundancy to?'
    >>> _clause_question("How much", "the 1998 settlement was worth")
    'How much was the 1998 settlement worth?'
    >>> _clause_question("How many", "jobs are the papers cutting")
    'How many jobs are the papers cutting?'
    """
    words = clause.split()
    k = next(i for i, w in enumerate(words) if re.fullmatch(AUXILIARY, w, re.I))
    before, aux, after = words[:k], words[k], words[k + 1:]
    if not before or not _DETERMINER.match(before[0]):  # already in a question's order
        return " ".join([how, *words]) + "?"
    # "the reporters | the FT": a noun, then the clause's own subject
    second = next((j for j in range(2, len(before))
                   if _DETERMINER.match(before[j]) or before[j][0].isupper()), 0)
    noun, subject = (before[1:second], before[second:]) if second else ([], before)
    return " ".join([how, *noun, aux, *subject, *after]) + "?"


_WHEN = re.compile(r"(?:a|one|two|three|the|last|this|next|previous|in|on|at|by)?\s*(?:year|month|week|"
                   r"quarter|day|decade|\d{4})s?\b|(?:earlier|before|ago|previously)\b", re.I)


def _subject_question(question: str, item: str) -> str:
    """For a question whose options did the thing ("Which received fewer Russians, Mongolia or
    Finland?"), the question for one of them ("How many Russians did Mongolia receive?"); ""
    for other forms.

    >>> _subject_question("Which took Ann longer, the Russian side or the Finnish one?", "the Russian side")
    'How long did the Russian side take Ann?'
    >>> _subject_question("Which was larger, the surcharge or the fuel costs?", "the fuel costs")
    'What was the fuel costs?'
    >>> _subject_question("Which club made the higher offer for Kay, Leeds or the Rovers?", "the Rovers")
    "How much was the Rovers' offer for Kay?"
    """
    m = _HOW_MUCH_MORE.search(question)
    if m:  # "How much higher was BA's profit than a year earlier?": the item "a year earlier" is a time
        how, be, first, second = m.group("how"), m.group("be"), m.group("first"), m.group("second")
        asked = (first if question.find(item) < m.start("second")
                 else f"{first} {second}" if _WHEN.match(second) else second)
        return f"{how[0].upper()}{how[1:]} {be} {asked}?"
    m = _WHICH_DID.search(question)
    if not m:
        return ""
    verb, middle, rest = m.group("verb").lower(), m.group("middle").split(), m.group("rest").split()
    if verb in _BE.split("|"):
        return f"What {verb} {item}?"
    if middle and middle[-1].lower() in ("the", "a", "an") and rest:  # "made the higher offer for him"
        return " ".join(["How much was", item + ("'" if item.endswith("s") else "'s"), *rest]) + "?"
    if m.group("comp").lower() in ("longer", "longest", "shorter", "shortest"):
        how = "How long"
    elif rest:
        how, rest = f"How many {rest[0]}", rest[1:]
    else:
        how = "How much"
    return " ".join([how, "did", item, base_form(verb), *middle, *rest]) + "?"


def base_form(verb: str) -> str:
    """The base form of a verb in the past tense, by the rules of English spelling.

    >>> [base_form(v) for v in ("received", "took", "carried", "admitted", "reported", "estimated", "called")]
    ['receive', 'take', 'carry', 'admit', 'report', 'estimate', 'call']
    """
    verb = verb.lower()
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if not verb.endswith("ed") or len(verb) < 4:
        return verb
    stem = verb[:-2]
    if stem.endswith("i"):
        return stem[:-1] + "y"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        return stem[:-1]
    if re.search(r"(?:[vczu]|[^n]g|[^aeiou]at|[aeiou]s|[^aeiou][aiou]r)$", stem) and not stem.endswith("ss"):
        return stem + "e"
    return stem


def _only(question: str, items: tuple[str, ...], item: str) -> str:
    """The question with its run of items ("Finland than in Georgia") replaced by one of them."""
    at = [question.find(i) for i in items]
    if min(at) < 0:
        return question
    end = max(a + len(i) for a, i in zip(at, items))
    q = question[:min(at)] + item + question[end:]
    return " ".join(re.sub(r"\s+,|,\s*(?=\?|$)", "", q).split()).replace(" ?", "?")


# -- the model's facts, one per line ----------------------------------------------------------------

@dataclass(frozen=True)
class Fact:
    item: str
    text: str  # what the model states about it, markers included
    cited: tuple[int, ...] = ()  # the passages marked, 1-based

    @property
    def reply(self) -> str:
        """The fact as a reply to check."""
        return f"{self.item}: {self.text}" if self.text else self.item


_LINE = re.compile(r"^\s*(?:[-*•]\s*|\d+[.)]\s+)?(.+?)\s*$")
_NOT_STATED = re.compile(r"\bnot (?:stated|given|mentioned|specified)\b|\bdoes not say\b|^\s*(?:none|n/?a|"
                         r"unknown)\s*\.?\s*$", re.I)


# the labels of FACTS_PROMPT's own lines, which the model sometimes writes again ("Items: A; B")
_LABELS = {"passages", "question", "items", "facts", "example"}


# where one fact ends and the next begins on the same line: after a marker, a figure or a capital
_NEXT_FACT = re.compile(r"(?<=\])\s+(?=[A-Z0-9£$€])")


def _fact_lines(reply: str) -> list[str]:
    """The reply's lines, one fact each: a line the model began with the prompt's "Facts:" label
    is read without it, and two facts written on one line are two lines.

    >>> _fact_lines("Items: A; B\\nFacts: 5 reached it [4] 8 were held [2]")
    ['Items: A; B', '5 reached it [4]', '8 were held [2]']
    """
    lines = []
    for line in reply.splitlines():
        line = re.sub(r"^\W*facts\s*:\s*", "", line, flags=re.I)
        lines += _NEXT_FACT.split(line)
    return lines


def parse_facts(reply: str, n_passages: int) -> list[Fact]:
    """The facts of a reply of "item: fact [n]" lines; lines that say "not stated", and the
    prompt's own labelled lines written again, are left out."""
    facts = []
    for line in _fact_lines(reply):
        body = _LINE.match(line)
        if not body or _NOT_STATED.search(line):
            continue
        item, _, text = body.group(1).partition(":")
        if item.strip(" *").lower() in _LABELS:
            continue
        cited = tuple(parse_markers(line, n_passages))
        if not text.strip():  # "Verkhni Lars [2]": an item and nothing said about it
            item, text = strip_markers(item), ""
        facts.append(Fact(strip_markers(item).strip(" *"), text.strip(), cited))
    return facts


_SERIES = re.compile(r"\s*,(?!\d)\s*(?:and\s+)?|\s+and\s+")  # (not the comma of "3,000")


def listed_in_a_sentence(facts: list[Fact], question: str) -> list[Fact]:
    """The items of a list the model wrote as one sentence instead of one item a line: what
    follows the question's verb, split at its commas and "and".

    >>> [f.item for f in listed_in_a_sentence([Fact("Rank disposed of the Odeon chain and the "
    ...     "Pinewood studios", "", (2,))], "Which two businesses did Rank dispose of?")]
    ['the Odeon chain', 'the Pinewood studios']
    >>> [f.item for f in listed_in_a_sentence([Fact("Rank sold 3,000 slot machines and two casinos", "",
    ...     (1,))], "What did Rank sell?")]
    ['3,000 slot machines', 'two casinos']
    """
    if len(facts) != 1 or facts[0].text:
        return facts
    sentence, asked = facts[0].item, deeds(question)
    verb = next((m for m in re.finditer(r"[\w’'-]+", sentence)
                 if m.start() and is_verb(m.group(0)) and deeds(m.group(0)) & asked), None)
    if verb is None:
        return facts
    rest = re.sub(rf"^\s*{PREPOSITION}\s+", "", sentence[verb.end():], flags=re.I).strip(" .")
    items = [i for i in _SERIES.split(rest) if i.strip()]
    return [Fact(i.strip(), "", facts[0].cited) for i in items] if len(items) > 1 else facts


def match_item(item: str, facts: list[Fact]) -> Fact | None:
    """The fact about `item`: the first whose item shares most of its words."""
    want = content_words(item) or {item.lower()}
    best = max(facts, key=lambda f: len(want & (content_words(f.item) or {f.item.lower()})), default=None)
    if best is None or not want & (content_words(best.item) or {best.item.lower()}):
        return None
    return best


def checked_facts(p: Plan, facts: list[Fact], question: str, passages: list[str],
                  surroundings: list[tuple[str, str]], common: frozenset[str],
                  skip=()) -> tuple[list[Fact], list[str]]:
    """The facts that pass the grounding check (each with the passages it rests on), and what
    was wrong with the others. A figure must be stated about its item (in the passage marked,
    or else in another: the marker was misplaced); a list item must be named in its passage and
    be more than the question's own words (a list written as one sentence is cut into its items
    first)."""
    if p.kind == LIST:
        facts = listed_in_a_sentence(facts, question)
    chosen = [(item, match_item(item, facts)) for item in p.items] if p.items else \
        [(f.item, f) for f in facts]
    kept: list[Fact] = []
    problems: list[str] = []
    for item, fact in chosen:
        if fact is not None and p.kind == LIST and _not_an_item(fact.item, question, passages) \
                and 0 < len(strip_markers(fact.text).split()) <= 6:
            fact = Fact(strip_markers(fact.text), "", fact.cited)  # "Russia: Georgia [1]" lists Georgia
            item = fact.item
        if fact is None:
            problems.append(f"{item}: not stated")
            continue
        if p.kind != LIST and not fact.text:  # "5 reached the chamber [4]": the line is the fact
            fact = Fact(item, f"{fact.item} {_marks(fact)}", fact.cited)
        # an item the whole story names ("Wales" in a story about Wales) keeps its own words
        # for its check: its figure comes from the clause that names it, like any other's
        own = common - content_words(item) if p.kind != LIST else common
        # checked as the answer to a question about that one item (and, but for a list, one
        # that asks for an amount: a fact without a figure fails states_the_quantity_asked)
        focus = (question if p.kind == LIST else f"When is {item}?" if p.dates
                 else f"How old is {item}?" if p.ages else f"How much {_preposition(question, item)} {item}?")
        # (an item that is a year is looked for in other passages below: a marker may be misplaced)
        verdict = ground.check(fact.reply, focus, passages, surroundings, own,
                               (*skip, "year_asked_in_passages"))
        cited = [passages[n - 1] for n in verdict.cited]
        read = [f"{surroundings[n - 1][0]} {passages[n - 1]}".strip() for n in range(1, len(passages) + 1)]
        problem = (str(verdict) if not verdict.ok
                   else _not_an_item(fact.item, question, cited) if p.kind == LIST
                   else figure_of_another(item, fact, [read[n - 1] for n in verdict.cited], own))
        if problem and verdict.ok and p.kind != LIST:  # a misplaced marker? another passage may
            moved = [n for n, text in enumerate(read, 1)  # state the figure about the item
                     if n not in verdict.cited and figure_of_another(item, fact, [text], own) is None
                     and set(numbers(fact.text)[:1]) <= stated(text)]
            if moved:
                problem, verdict = None, replace(verdict, cited=(moved[0],))
        if problem:
            problems.append(f"{item}: {problem}")
        elif all(_item_words(item) != _item_words(k.item) for k in kept):
            kept.append(Fact(item, fact.text, verdict.cited))
    return kept, problems


_ANY_YEAR = re.compile(r"\b(?:1\d|20)\d\d\b")  # ("1606": text.YEAR holds modern years only)


def dated_by_its_name(item: str, passages: list[str]) -> Fact | None:
    """The fact of an item that names its own year ("the 1606 thanksgiving act"), for the years
    between two things: that year, cited where a passage writes it with the item's words ("the
    1606 act establishing 5 November as a thanksgiving day"); the model, asked its year, can only
    repeat the question.

    >>> dated_by_its_name("the 1606 feast act", ["Acts since 1497.", "The 1606 act set a feast day."])
    Fact(item='the 1606 feast act', text='1606 [2]', cited=(2,))
    """
    years = _ANY_YEAR.findall(item)
    words = content_words(_ANY_YEAR.sub(" ", item))
    if len(years) != 1 or not words:
        return None
    for n, text in enumerate(passages, 1):
        for a, b in sentence_spans(text):
            if years[0] in text[a:b] and len(words & content_words(text[a:b])) * 2 >= len(words):
                return Fact(item, f"{years[0]} [{n}]", (n,))
    return None


def _preposition(question: str, item: str) -> str:
    """"for", or for a year the word the question puts before it: "by 2007" asks for no whole
    year.

    >>> _preposition("How many more by 2007 than now?", "2007"), _preposition("Did more go?", "Georgia")
    ('by', 'for')
    """
    before = re.search(rf"\b(by|in|for|during|until|since|before|after)\s+{re.escape(item)}\b", question,
                       re.I)
    return before.group(1).lower() if before and stated(item) else "for"


def one_figure_one_item(facts: list[Fact], passages: list[str], problems: list[str]
                        ) -> tuple[list[Fact], list[str]]:
    """Two items given the same figure, which their passages (`passages[n - 1]` is [n]) state
    only once: one of them took another's figure, and which one cannot be told; both are left
    out."""
    out = []
    for f in facts:
        x = numbers(f.text)[:1]
        same = [g for g in facts if numbers(g.text)[:1] == x]
        times = sum(x[0] in stated(text[a:b]) for text in {passages[n - 1] for g in same for n in g.cited}
                    for a, b in sentence_spans(text)) if x else 0
        if len(same) > 1 and times < len(same):
            problems = [*problems, f"{f.item}: {fmt(x[:1])} is stated once, and given for {len(same)} items"]
        else:
            out.append(f)
    return out, problems


def _not_an_item(item: str, question: str, cited: list[str]) -> str | None:
    """A list item is named in its passage and says more than the question ("checkpoints"; nor is
    "Lenders withdrew products temporarily in November" an item of "Which lenders withdrew
    products?": a time and a manner name no one). An item may be a figure that names: Windows "95"."""
    words = _item_words(item)
    have = set().union(*(_item_words(t) | acronyms(t) for t in cited))
    manner = content_words(" ".join(re.findall(r"\b[a-z]+ly\b", item)))
    if not words or words - _MONTH_STEMS - manner <= content_words(question):
        return "restates the question"
    if not words <= have:
        return f"not named in the cited passages ({', '.join(sorted(words - have))})"
    return None


def _item_words(text: str) -> set[str]:
    """The content words of a text and its figures as written ("Windows 95": "windo", "95")."""
    return content_words(text) | {t for t in tokenize(strip_markers(text)) if t[0].isdigit()}


_MONTH_STEMS = content_words(" ".join(MONTHS))
#: the words that name the present
_NOW = content_words("now today currently nowadays")


def figure_of_another(item: str, fact: Fact, cited: list[str], common: frozenset[str]) -> str | None:
    """A figure is taken from a sentence that names its item (or follows one that does: "that
    nation"), and from the clause that names it when the sentence names several things
    ("Georgia said 53,000 entered, while Kazakhstan said 98,000"). An item of names the story
    keeps using is named where they all are ("price Rosneft paid for Yugansk": "Rosneft bought
    the Yugansk unit for $9.3bn"; "Bates" is not named by "His efforts failed after he revealed it
    would take £40m", after a sentence about Sainsbury). Each of `cited` may start with the text
    before its passage, where "he" is named."""
    said = numbers(fact.text)
    want, years = content_words(item) - common, stated(item)  # "2007" is named by its number
    if want & _NOW:  # "now" is named by "currently", "today"
        want |= _NOW
    item_names = name_stems(item)

    def names(text: str) -> bool:
        words = content_words(text)
        return bool(want & words or years & stated(text) or (item_names and item_names <= words))

    if not said or not (want or years or item_names):  # (a name the story keeps using is checked too)
        return None
    stating = 0
    for text in cited:
        spans = sentence_spans(text)
        for i, (start, end) in enumerate(spans):
            sentence = text[start:end]
            if said[0] not in stated(sentence):
                continue
            stating += 1
            pieces = clauses(sentence)
            naming = [c for c in pieces if names(c)]
            holding = [c for c in pieces if said[0] in stated(c)]
            before = text[spans[i - 1][0]:spans[i - 1][1]] if i else ""
            # (the sentence before names the item of one that names nothing but times, or says
            # "he" or "it"; not of "officials in Kazakhstan said 98,000 crossed into that nation")
            of_before = (not name_stems(sentence) - _MONTH_STEMS or refers_back(sentence)
                         or re.search(r"\b(?:he|she|it|they)\b", sentence, re.I) is not None)
            if any(c in naming for c in holding) or (not naming and of_before and names(before)):
                return None
    return f"{fmt(said[:1])} is not stated about {item}" if stating else None


# -- amounts and arithmetic ----------------------------------------------------------------------

#: minutes in each unit of time, so durations written in different units can be added
_TIME_UNITS = {"second": 1 / 60, "minute": 1, "hour": 60, "day": 1440, "week": 10080,
               "month": 43830, "year": 525960}
# a duration: a figure, in digits or words, just before a unit of time ("one-and-a-half hours")
_OF_TIME = re.compile(r"(?:\d|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                      r"[a-z]+teen|[a-z]+ty|half|quarter|hundred))[\w.,-]*\s+"
                      r"(second|minute|hour|day|week|month|year)s?\b", re.I)
#: a race's time in minutes and seconds: "7:39.89", "14 minutes 32.93 seconds"
_RACE_TIME = re.compile(r"(?P<m>\d{1,2}):(?P<s>\d\d\.\d+)\b|(?P<mm>\d{1,2})\s+minutes?\s+(?:and\s+)?"
                        r"(?P<ss>\d{1,2}(?:\.\d+)?)\s+seconds?\b", re.I)
_AMOUNT = re.compile(r"([$£€¥]?)(\d[\d,]*(?:\.\d+)?)((?:bn|tn|mn|m|k)\b|%| per ?cent\b|p(?!\w|\.\w)"
                     r"| (?:thousand|million|billion|trillion)\b)?", re.I)


@dataclass(frozen=True)
class Amount:
    value: float  # in the unit's base (minutes, for time)
    unit: str  # "£", "%", "p" (pence), "minute", a counted word ("ferries"), or ""
    written: str  # as the fact wrote it: "£75m", "30 minutes", "98,000"
    prefix: str = ""  # to write a result like it: currency sign and scale suffix
    suffix: str = ""
    scale: float = 1.0


def amount(text: str) -> Amount | None:
    """The first quantity of a fact, with its unit: "30 minutes" is 30 minutes, "one-and-a-half
    hours" 90 minutes, "£75m" £75,000,000 written "£75m"."""
    found = quantities(text)
    if not found:
        return None
    value, figure = found[0]
    plain = strip_markers(text)
    digit = re.search(r"\d", plain)
    race = _RACE_TIME.match(plain, digit.start()) if digit else None
    if race:  # a race's time at the first figure, after a place in words ("second in 7:41.42")
        minutes, seconds = race.group("m") or race.group("mm"), race.group("s") or race.group("ss")
        return Amount(int(minutes) + float(seconds) / 60, "minute", race.group(0), suffix="second")
    of_time = _OF_TIME.search(plain)
    if of_time and [v for v, _ in quantities(of_time.group(0))][:1] == [value]:
        unit = of_time.group(1).lower()
        return Amount(value * _TIME_UNITS[unit], "minute",
                      f"{_number(value)} {unit}{'' if value == 1 else 's'}", suffix=unit)
    m = _AMOUNT.search(plain)
    if m is None or float(m.group(2).replace(",", "")) != figure:  # written in words
        return Amount(value, "", _number(value))
    sign, suffix = m.group(1), (m.group(3) or "")
    pence = "p" if suffix.lower() == "p" else ""
    unit = sign or ("%" if suffix.strip().startswith(("%", "per")) else pence)
    return Amount(value, unit, f"{sign}{m.group(2)}{suffix}", sign, suffix, value / figure if figure else 1.0)


def amounts(text: str) -> list[Amount]:
    """Every quantity written in figures in `text`, with its unit: "from £6 to £10" -> £6, £10."""
    plain = strip_markers(text)
    return [a for m in _AMOUNT.finditer(plain) if (a := amount(plain[m.start():])) is not None]


def in_its_currency(answer: str, cited: list[str]) -> str:
    """The answer with each figure it writes without a currency sign ("170m") given the sign
    its cited passages write that figure with ("£170m"), where they write it with one sign only:
    a change worked out from "170m" and "194m" is then "£24m", not 24 of anything.

    >>> in_its_currency("170m against 194m [1]", ["profits fell to £170m from £194m"])
    '£170m against £194m [1]'
    >>> in_its_currency("From 170 to 194 [1]", ["170 people, then $194 each"])
    'From 170 to $194 [1]'
    """
    def signed(m: re.Match) -> str:
        if m.group(1) or answer[m.start() - 1:m.start()] == "[":  # signed, or a marker
            return m.group(0)
        figure = re.escape(m.group(2) + (m.group(3) or ""))
        signs = {s for text in cited for s in re.findall(rf"([$£€¥]){figure}(?!\w|[.,]\d)", text)}
        return f"{signs.pop()}{m.group(0)}" if len(signs) == 1 else m.group(0)

    return _AMOUNT.sub(signed, answer)


def change(answer: str) -> Computed | None:
    """The change an answer states as two figures in the same unit ("from £6 to £10": £4), a
    year beside a count being no second figure ("6,000 votes fewer ... in 2001": no change).

    >>> change("from £6 to £10 [1]").result, change("just under 6,000 votes fewer in 2001 [1]")
    ('£4', None)
    """
    found = amounts(answer)
    years = [a for a in found if not a.unit and YEAR.fullmatch(a.written)]
    if years and len(years) < len(found):
        found = [a for a in found if a not in years]
    if len(found) != 2 or not same_units(found):
        return None
    computed = Computed(DIFFERENCE, tuple(a.written for a in found),
                        write_like(arithmetic(DIFFERENCE, [a.value for a in found]), found))
    return computed if computed.holds() else None


#: words that tell a figure as a difference: "$74bn more", "up four pence", "two months longer than
#: scheduled", "boost rates by a quarter of a point"; or as a change (ground's words, and a few more)
_COMPARED = re.compile(r"\b(?:more|fewer|less|longer|shorter|higher|lower|bigger|smaller|larger|greater|"
                       r"further|older|younger|than|up|down|above|below|short|extra|additional|gap|margin|"
                       r"difference)\b|\bby\s+(?:an?\s|[$£€]?\d)", re.I)
_CHANGED = ground._CHANGE | content_words("boost boosted raise raised lift lifted improve improved slump "
                                          "slumped")


def told_as_a_difference(answer: str, question: str, cited: list[str]) -> bool:
    """Whether the answer to "how much more ...?" or "by how much ...?" gives a figure that a
    sentence of the cited passages tells with a difference or a change ("a 40% drop", "rose 8.1%",
    "two months longer than scheduled", "it was 13 weeks ..., we have taken it up to 26 weeks"),
    not as a quantity of one side only: "The government demanded $280bn more than the settlement"
    is no difference where the passage says "The demand for $280bn ... was rejected", nor is "37%"
    where it says "grow from 19% to 37%", nor "£4m" where it says "would not be increasing their
    offer of £4m". (An answer that gives the figures before and after has its change computed.)"""
    asked = stated(question)
    figures = [x for x in numbers(strip_markers(answer)) if x not in asked]
    return not figures or any(
        x in stated(s) and (_COMPARED.search(s) or _CHANGED & content_words(s))
        and not any(x in stated(m.group(0)) for m in _FROM_TO.finditer(s)) and not _a_level_of_a_thing(x, s)
        for x in figures for text in cited for a, b in sentence_spans(text) for s in [text[a:b]])


#: a figure written as the size of a thing: "their offer of £4m", "a budget of $9m" (not "a rise of 5%")
_OF_A_THING = re.compile(r"\b([a-z]+)\s+of\s+(?:about|around|some|nearly|almost|just|over|up to)?\s*$", re.I)
_FIGURE_WRITTEN = re.compile(r"[$£€¥]?\d[\d,.]*(?:\s*(?:%|per ?cent\b|[a-z]+\b))?", re.I)


def _a_level_of_a_thing(x: float, sentence: str) -> bool:
    """Whether `sentence` writes `x` only as the size of a thing that is no change ("would not be
    increasing their offer of £4m": the offer, not the increase)."""
    at = [m for m in _FIGURE_WRITTEN.finditer(sentence) if x in stated(m.group(0))]
    of = [_OF_A_THING.search(sentence[:m.start()]) for m in at]
    return bool(at) and all(o and not (content_words(o.group(1)) & (_CHANGED | _GAPS)) for o in of)


_GAPS = content_words("difference gap margin shortfall extra premium")


#: the levels before and after a change: "grow from 19% to 37%" (neither is the change)
_FROM_TO = re.compile(r"\bfrom\s+[$£€¥]?\d[\d,.]*\S*\s+(?:[\w’'-]+\s+){0,3}?to\s+[$£€¥]?\d[\d,.]*\S*"
                      r"|[$£€¥]?\d[\d,.]*\S*\s+from\s+[$£€¥]?\d[\d,.]*\S*", re.I)  # (or "to 2.1% from 2.8%")


def _number(x: float) -> str:
    return f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.2f}".rstrip("0").rstrip(".")


def write_like(value: float, like: list[Amount]) -> str:
    """A computed amount written as its operands are: £50m, 2 hours, 45,000, 1.5%."""
    first = like[0]
    if first.unit == "minute":
        unit = max((a.suffix for a in like), key=lambda u: _TIME_UNITS[u])
        n = value / _TIME_UNITS[unit]
        return f"{_number(n)} {unit}{'' if n == 1 else 's'}"
    if first.unit == "%":
        return f"{_number(value)} {first.suffix}" if first.suffix.startswith("per") else f"{_number(value)}%"
    n = value / first.scale
    written = f"{n:,.2f}" if first.prefix and first.scale == 1 and n != round(n) else _number(n)  # £8.50
    return f"{first.prefix}{written}{first.suffix}"  # "£50m", "20p"


def same_units(amounts: list[Amount]) -> bool:
    return len({a.unit for a in amounts}) == 1


def arithmetic(kind: str, values: list[float]) -> float:
    """The difference (largest less smallest) or the total of checked values."""
    return max(values) - min(values) if kind == DIFFERENCE else sum(values)



# -- the answer, made of checked facts -------------------------------------------------------------

@dataclass(frozen=True)
class Computed:
    """A number an answer states that code computed from the figures of its cited passages."""

    op: str  # DIFFERENCE or TOTAL
    operands: tuple[str, ...]  # the figures, as the answer writes them ("30 minutes", "£75m")
    result: str  # as the answer writes it ("2 hours")

    def holds(self) -> bool:
        """Whether the result is the operation on the operands (in the same units)."""
        amounts = [a for o in self.operands if (a := amount(o)) is not None]
        got = amount(self.result)
        if got is None or len(amounts) != len(self.operands) or not same_units([*amounts, got]):
            return False
        want = arithmetic(self.op, [a.value for a in amounts])
        return abs(got.value - want) <= 1e-6 * max(1.0, abs(want))


@dataclass(frozen=True)
class Composed:
    ok: bool
    text: str = ""
    cited: tuple[int, ...] = ()
    detail: str = ""  # how the answer was made, or why there is none
    computed: tuple[Computed, ...] = ()


def _marks(fact: Fact) -> str:
    return "".join(f"[{n}]" for n in fact.cited)


def _cited(facts: list[Fact]) -> tuple[int, ...]:
    return tuple(dict.fromkeys(n for f in facts for n in f.cited))


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def compose(p: Plan, facts: list[Fact]) -> Composed:
    """The answer of a COMPARE, DIFFERENCE, TOTAL or LIST plan from its checked `facts` (for
    named items, in the plan's order, one each): a comparison or arithmetic on their amounts,
    each shown with its citation, or the list of the items."""
    if p.kind == LIST:
        if not facts:
            return Composed(False, detail="no item of the list is in the passages")
        return Composed(True, _join([f"{f.item} {_marks(f)}" for f in facts]) + ".", _cited(facts),
                        f"a list of {len(facts)} checked items")
    if p.dates:
        return _in_order(p, facts)
    amounts = [amount(f.text) for f in facts]
    have = [(f, a) for f, a in zip(facts, amounts) if a is not None]
    if len(have) < max(2, len(p.items)):
        return Composed(False, detail="the passages give a figure for "
                        + (_join([f.item for f, _ in have]) if have else "none of them") + " only"
                        if have else "the passages give none of the figures")
    if not same_units([a for _, a in have]):
        return Composed(False, detail="the figures are in different units: "
                        + _join([a.written for _, a in have]))
    # (of times the faster is the smaller; of speeds, "4 GHz" against "3.8 GHz", the larger)
    rate = p.pace and have[0][1].unit != "minute"
    if rate and not all(_SPEED.search(f.text) for f, _ in have):
        return Composed(False, detail="the figures are no times or speeds: "
                        + _join([a.written for _, a in have]))
    if rate:  # (a speed is shown with its unit: "4 GHz")
        have = [(f, replace(a, written=m.group(0))) for f, a in have if (m := _SPEED.search(f.text))]
    shown = [f"{f.item}: {a.written} {_marks(f)}" for f, a in have]
    if p.kind == COMPARE:
        ranked = sorted(have, key=lambda fa: fa[1].value, reverse=p.largest != rate)
        first, rest = ranked[0], ranked[1:]
        if first[1].value == rest[0][1].value:
            return Composed(True, f"The same: {_join(shown)}.", _cited(facts), "equal figures")
        than = ({True: "slower than", False: "faster than"} if p.pace
                else {True: "older than", False: "younger than"} if p.ages
                else {True: "longer than", False: "shorter than"} if first[1].unit == "minute"
                else {True: "more than", False: "less than"})[p.largest]
        text = (f"{first[0].item}: {first[1].written} {_marks(first[0])}, {than} "
                + _join([f"{f.item}: {a.written} {_marks(f)}" for f, a in rest]) + ".")
        return Composed(True, text, _cited(facts), f"compared {len(have)} checked figures")
    values = [a.value for _, a in have]
    if p.years_between and not all(a.unit == "" and a.value == round(a.value) and 1000 <= a.value <= 2100
                                   for _, a in have):
        return Composed(False, detail="the passages give no year for each: "
                        + _join([a.written for _, a in have]))
    result = write_like(arithmetic(p.kind, values), [a for _, a in have])
    computed = Computed(p.kind, tuple(a.written for _, a in have), result)
    if not computed.holds():
        return Composed(False, detail=f"the {p.kind} of {_join(list(computed.operands))} cannot be written "
                        "as a checked figure")
    if p.years_between or p.ages:  # (ages written "57 years" give "1 year" already)
        years = "" if re.search(r"\byears?$", result) else " year" if result == "1" else " years"
        text = f"{result}{years}: {shown[0]}, {shown[1]}."
    elif p.kind == DIFFERENCE:
        text = f"A difference of {result}: {shown[0]} against {shown[1]}."
    else:
        text = f"{result} in total: {_join(shown)}."
    return Composed(True, text, _cited(facts), f"{p.kind} computed from {len(have)} checked figures",
                    (computed,))


_MONTH = "|".join(MONTHS)
_DATE = re.compile(rf"\b(?:(?P<day>\d{{1,2}})(?:\s*(?:-|–|to)\s*\d{{1,2}})?(?:st|nd|rd|th)?\s+"
                   rf"(?P<month>{_MONTH})|(?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b)"
                   r"(?:,?\s+(?P<year>(?:1\d|20)\d\d))?|\b(?:in\s+)?(?P<year2>(?:1\d|20)\d\d)\b", re.I)


def date_of(text: str) -> tuple[tuple[int, int, int], str, bool] | None:
    """The first date of a fact as (year, month, day) for ordering, as written, and whether it
    gives the year: "9 April" -> ((0, 4, 9), '9 April', False); "in 2003" -> ((2003, 0, 0), ...).

    >>> date_of("It runs on 19-20 March [1]")
    ((0, 3, 19), '19-20 March', False)
    """
    m = _DATE.search(strip_markers(text))
    if m is None:
        return None
    month = (m.group("month") or m.group("month2") or "").lower()
    day = int(m.group("day") or m.group("day2") or 0)
    year = int(m.group("year") or m.group("year2") or 0)
    written = m.group(0).strip()
    written = written[3:] if written.lower().startswith("in ") else written
    return (year, MONTHS.index(month) + 1 if month else 0, day), written, bool(year)


def _in_order(p: Plan, facts: list[Fact]) -> Composed:
    """Which of the items comes first (or last) by the dates their facts give; refused unless
    every item has one, written alike (all with the year, or none: "9 April" and "in 2006" cannot
    be ordered)."""
    dated = [(f, d) for f in facts if (d := date_of(f.text)) is not None]
    if len(dated) < max(2, len(p.items)):
        return Composed(False, detail="the passages give a date for "
                        + (_join([f.item for f, _ in dated]) if dated else "none of them") + " only")
    if len({d[2] for _, d in dated}) > 1:  # (a date without its year always has its month)
        return Composed(False, detail="the dates cannot be ordered: " + _join([d[1] for _, d in dated]))
    ranked = sorted(dated, key=lambda fd: fd[1][0], reverse=p.largest)
    first, rest = ranked[0], ranked[1:]
    if first[1][0] == rest[0][1][0]:
        return Composed(False, detail="the same date: " + _join([d[1] for _, d in dated]))
    than = "after" if p.largest else "before"
    text = (f"{first[0].item}: {first[1][1]} {_marks(first[0])}, {than} "
            + _join([f"{f.item}: {d[1]} {_marks(f)}" for f, d in rest]) + ".")
    return Composed(True, text, _cited(facts), f"ordered {len(dated)} checked dates")


def not_said(question: str) -> str:
    """The partial answer for a part the article does not give: "how many entered Belarus"."""
    q = question.strip().rstrip("?")
    return f"The article does not say {q[0].lower() + q[1:]}."
