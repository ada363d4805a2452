"""`pytest evals/`: the real default models on every gold set; fails when quality drops.

Thresholds sit at what the pipeline measured (see the README and evals/reports/summary.md),
per set and on the held-out items of all sets together; they rise as it does, never fall.
With RAG_EVAL_SPLIT=test (`make test`) only the held-out items are asked, and only the
thresholds of the held-out items are held (HELD_OUT)."""
import pytest

from rag.evaluate import held_out_only

pytestmark = pytest.mark.slow

THRESHOLDS = {  # set: {metric: (at least / at most, value)}; measured 2026-11-26 in the comments
    "seed": {
        # 0.988 (85/86) with AVX-512, 0.965 (83/86) with AVX2 only (2026-11-27): the same code
        # answers two dev items otherwise on the other CPU (greedy decoding, other float sums);
        # 0.977 (84/86) with AVX2 in stop 25 (a decline asked again with a "he" read back)
        "accuracy": (">=", 0.96),
        "refusal_rate": (">=", 0.96),  # 1.000 (25/25): a web page's link label is no author now
        "wrong_refusal_rate": ("<=", 0.03),  # 0.000 with AVX-512; 0.023 (2/86) with AVX2 only
        "citation_precision": (">=", 0.85),  # 0.908
        "citation_recall": (">=", 0.70),
        "recall@5": (">=", 0.95),  # 0.965
        "mrr": (">=", 0.80),
        "unsupported_numbers": ("<=", 0),
    },
    "ba_fuel_prices": {
        "accuracy": (">=", 0.94),  # 0.971 (34/35)
        # 1.000 (13/13) since stop 38 (the fleet's "six aircraft" counted those delivered);
        # 0.923 (12/13) before; 0.846 before the clause rule
        "refusal_rate": (">=", 0.92),
        "wrong_refusal_rate": ("<=", 0.06),  # 0.029
        "citation_precision": (">=", 0.95),  # 1.000
        "recall@5": (">=", 0.96),  # 1.000
        "unsupported_numbers": ("<=", 0),
    },
    "phoenix_mars": {
        "accuracy": (">=", 0.91),  # 0.958 (23/24)
        "refusal_rate": (">=", 0.90),  # 1.000 (10/10)
        # 0.000; 0.083 when a decline with one sentence matching well was not asked again
        "wrong_refusal_rate": ("<=", 0.05),
        "citation_precision": (">=", 0.95),  # 1.000
        "recall@5": (">=", 0.95),  # 1.000
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact": {  # the *_multi sets together: questions that need several facts
        "accuracy": (">=", 0.87),  # 0.898 (44/49); before multi.py: 0.371 (on 35)
        "refusal_rate": (">=", 0.88),  # 1.000 (10/10); before: 0.667
        "wrong_refusal_rate": ("<=", 0.06),  # 0.020
        "unsupported_numbers": ("<=", 0),  # a computed number counts when its arithmetic holds
    },
    "multi-fact held out": {  # the test split of the *_multi sets
        "accuracy": (">=", 0.84),  # 0.885 (23/26)
        "refusal_rate": (">=", 0.75),  # 1.000 (4/4)
        "wrong_refusal_rate": ("<=", 0.08),  # 0.038
        "unsupported_numbers": ("<=", 0),
    },
    "held_out": {  # the test split of the three simple sets together
        "accuracy": (">=", 0.95),  # 0.977 (42/43)
        "refusal_rate": (">=", 0.94),  # 1.000 (19/19)
        "wrong_refusal_rate": ("<=", 0.05),  # 0.000
        "unsupported_numbers": ("<=", 0),
    },
    # questions written blind on 2026-11-26; dev items since stop 23 (their failures were read
    # while writing rules, and `make test` had to make room for the third new story)
    "fresh": {
        "accuracy": (">=", 0.85),  # 0.929 (13/14)
        # 1.000 (9/9) since stop 25 ("shareholders" is not "shares"); 0.889 before
        "refusal_rate": (">=", 0.88),
        "wrong_refusal_rate": ("<=", 0.08),  # 0.000
        "unsupported_numbers": ("<=", 0),
    },
    "new story": {  # an unseen story of another kind (BBC politics), blind, all held out; 2026-11-26
        "accuracy": (">=", 0.87),  # 0.917 (22/24); 0.833 before the shorter answers; 0.792 at first
        "refusal_rate": (">=", 0.90),  # 1.000 (10/10); 0.800 before the deed and change-word rules
        # 0.083 (2/24) since stop 25: a wrong "nine months" (another clause's figure) is refused
        # now; 0.042 before, 0.125 at first
        "wrong_refusal_rate": ("<=", 0.09),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact new story": {  # the several-fact questions about it (7 answerable, 1 not)
        "accuracy": (">=", 0.42),  # 0.571 (4/7) since stop 25 (years as items); 0.429 before
        "wrong_refusal_rate": ("<=", 0.29),  # 0.143; 0.286 before
        "unsupported_numbers": ("<=", 0),
    },
    # a second unseen story (BBC politics, e-mail deletions), questions written blind 2026-11-26
    # (stop 22) and run first on that stop's code: 0.706 / 0.750 / 0.176 then
    "second new story": {
        "accuracy": (">=", 0.82),  # 0.882 (15/17) since stop 25 ("UK" known by its parts); 0.765 before
        "refusal_rate": (">=", 0.87),  # 1.000 (8/8); 0.750 before stop 23's "when" and "what is" rules
        "wrong_refusal_rate": ("<=", 0.12),  # 0.059 (1/17) since stop 25; 0.176 before
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact second new story": {  # 3 answerable
        "accuracy": (">=", 0.33),  # 0.667 (2/3)
        "unsupported_numbers": ("<=", 0),
    },
    # a third unseen story (BBC politics, the Millennium Dome sale), questions written blind in
    # stop 23 and run first on that stop's code after its first two rules: 0.722 / 0.667 / 0.222 then;
    # held out until stop 30, dev items since (its failures were read in every stop since)
    "third new story": {
        "accuracy": (">=", 0.88),  # 0.944 (17/18) since stop 25 ("he" read back when asked again)
        "refusal_rate": (">=", 0.88),  # 1.000 (9/9)
        "wrong_refusal_rate": ("<=", 0.12),  # 0.056 (1/18) since stop 25; 0.167 before
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact third new story": {  # 2 answerable
        "accuracy": (">=", 0.5),  # 1.000 (2/2)
        "unsupported_numbers": ("<=", 0),
    },
    # a fourth unseen story (BBC politics, "Brown ally rejects Budget spree"), questions written
    # blind in stop 25 and run first on that stop's code: 0.737 / 0.700 / 0.211. Dev items since
    # stop 26 (their failures were read while writing rules, and `make test` made room for the
    # fifth story); 0.842 (16/19) / 1.000 (10/10) / 0.105 (2/19) in stop 26
    "fourth new story": {
        "accuracy": (">=", 0.78),
        "refusal_rate": (">=", 0.90),
        "wrong_refusal_rate": ("<=", 0.16),
        "unsupported_numbers": ("<=", 0),
    },
    # 3 answerable, 1 not: 3/3 in stop 26 (a part may start "on what date"), 1/3 and 0/3 before
    "multi-fact fourth new story": {
        "accuracy": (">=", 0.33),
        "unsupported_numbers": ("<=", 0),
    },
    # a fifth unseen story (BBC politics, "Hewitt decries 'career sexism'", shares and pence),
    # questions written blind in stop 26 and run first on that stop's code before its last rules:
    # 0.750 / 0.700 / 0.125; 0.792 / 0.900 / 0.125 at the end of stop 26; dev items since stop 27
    # (their failures were read while writing rules): 0.833 (20/24) / 1.000 (10/10) / 0.083 (2/24)
    "fifth new story": {
        "accuracy": (">=", 0.79),
        "refusal_rate": (">=", 0.90),
        "wrong_refusal_rate": ("<=", 0.13),
        "unsupported_numbers": ("<=", 0),
    },
    # 3 answerable, 1 not: right 1/3 in stop 26, 2/3 in stop 27 (a difference in pence); the
    # unanswerable one answered "60p" at first, refused since
    "multi-fact fifth new story": {
        "accuracy": (">=", 0.33),
        "unsupported_numbers": ("<=", 0),
    },
    # a sixth unseen story, of two other kinds (BBC Sport, "Claxton hunting first major medal";
    # BBC arts, "Gallery unveils interactive tree"), questions written blind in stop 27 and run
    # first on that stop's code after its first rules: 0.862 (25/29) / 0.727 (8/11) / 0.069
    # (2/29); then 0.931 (27/29) / 1.000 (11/11) / 0.000. (One "right" answer said the reverse of
    # the passage, "Henry Moore was Wentworth's assistant" for "Whose assistant was Wentworth?",
    # refused since stop 28.) Dev items since stop 28: 0.897 (26/29) / 1.000 (11/11) / 0.034
    # (1/29) on that stop's last rules (the swapped assistant refused)
    "sixth new story": {
        "accuracy": (">=", 0.86),
        "refusal_rate": (">=", 0.90),
        "wrong_refusal_rate": ("<=", 0.07),
        "unsupported_numbers": ("<=", 0),
    },
    # 3 answerable, 1 not: 2/3 right in both runs (a list missed one artist); the unanswerable one
    # half answered ("Shevchenko was trailing in sixth spot" for her time) in both. Two runs of
    # three items: the floor allows one answer to change from run to run
    "multi-fact sixth new story": {
        "accuracy": (">=", 0.33),
        "unsupported_numbers": ("<=", 0),
    },
    # a seventh unseen story, of another kind (two BBC technology stories, "Digital guru floats
    # sub-$100 PC" and "Wi-fi web reaches farmers in Peru"), questions written blind in stop 28
    # and run first on stop 27's code: 0.927 (38/41) / 0.750 (9/12) / 0.073 (3/41); dev items
    # since (their failures were read while writing stop 28's rules): 1.000 (41/41) / 1.000
    # (12/12) / 0.000 on stop 28's last rules
    "seventh new story": {
        "accuracy": (">=", 0.95),
        "refusal_rate": (">=", 0.90),
        "wrong_refusal_rate": ("<=", 0.05),
        "unsupported_numbers": ("<=", 0),
    },
    # 3 answerable, 1 not: 2/3 right and the unanswerable one refused on the first run (a sum
    # asked "A and B together will ..." was no sum then); 3/3 and refused on stop 28's last rules
    "multi-fact seventh new story": {
        "accuracy": (">=", 0.66),
        "unsupported_numbers": ("<=", 0),
    },
    # an eighth unseen story (two BBC business stories, "Yukos unit buyer faces loan claim" and
    # "Dollar gains on Greenspan speech"), questions written blind in stop 28 and run first on that
    # stop's rules for the seventh story: 0.727 (24/33) / 0.917 (11/12) / 0.212 (7/33), 0.758 with
    # a second right answer the gold had missed; its wrong refusals shaped stop 28's last rules
    # (dev items since): 0.970 (32/33) / 1.000 (12/12) / 0.000 then, also in the check CI
    "eighth new story": {
        "accuracy": (">=", 0.93),
        "refusal_rate": (">=", 0.90),
        "wrong_refusal_rate": ("<=", 0.07),
        "unsupported_numbers": ("<=", 0),
    },
    # 3 answerable, 1 not: 2/3 right and the unanswerable one refused on the first run (the
    # difference refused: "bought" did not name "the price Rosneft paid"); 3/3 and refused on stop
    # 28's last rules
    "multi-fact eighth new story": {
        "accuracy": (">=", 0.33),
        "unsupported_numbers": ("<=", 0),
    },
    # a ninth unseen story (two BBC theatre stories, "Musical treatment for Capra film" and
    # "Poppins musical gets flying start"), questions written blind in stop 28 and run once on
    # that stop's last rules, nothing mended after: 0.906 (29/32) / 0.833 (10/12) / 0.094 (3/32)
    "ninth new story": {
        "accuracy": (">=", 0.87),
        "refusal_rate": (">=", 0.83),
        "wrong_refusal_rate": ("<=", 0.10),
        "unsupported_numbers": ("<=", 0),
    },
    # 3 answerable, 1 not: 2/3 right ("How many years after ...?" is no difference the several-fact
    # road knows), the unanswerable one refused; stop 29 taught it that difference (dev items since)
    "multi-fact ninth new story": {
        "accuracy": (">=", 0.66),
        "unsupported_numbers": ("<=", 0),
    },
    # a tenth unseen story (two BBC arts stories, "Richard and Judy choose top books" and "Bennett
    # play takes theatre prizes"), questions written blind in stop 29 and run first on that stop's
    # rules for the ninth story: 0.846 (33/39) / 0.917 (11/12) / 0.128 (5/39); its misses shaped
    # stop 29's later rules (dev items since): 0.897 (35/39) / 1.000 (12/12) / 0.077 (3/39) then
    "tenth new story": {
        "accuracy": (">=", 0.87),
        "refusal_rate": (">=", 0.91),
        "wrong_refusal_rate": ("<=", 0.08),
        "unsupported_numbers": ("<=", 0),
    },
    # 2 answerable, 2 not: neither answerable one right in either run (a list of two prizes with
    # their winners asked as two parts, the second "who won them?" with nothing to refer to; "How
    # many of the submitted books did not make the top 10?" answered "301" at first, refused
    # since), both unanswerable ones refused
    "multi-fact tenth new story": {
        "refusal_rate": (">=", 0.5),
        "unsupported_numbers": ("<=", 0),
    },
    # an eleventh unseen story (two BBC technology stories, "China net cafe culture crackdown" and
    # "Microsoft seeking spyware trojan"), questions written blind in stop 29 and run first on that
    # stop's rules for the tenth story: 0.867 (26/30) / 1.000 (12/12) / 0.100 (3/30); its misses
    # shaped stop 29's last rules (dev items since): 0.900 (27/30) / 1.000 (12/12) / 0.100 (3/30) then
    "eleventh new story": {
        "accuracy": (">=", 0.86),
        "refusal_rate": (">=", 0.91),
        "wrong_refusal_rate": ("<=", 0.10),
        "unsupported_numbers": ("<=", 0),
    },
    # 3 answerable, 2 not: 2/3 right at first ("How many years after the rules were introduced were
    # the cafes closed?" read the wrong verb as the main clause's), both unanswerable ones refused
    "multi-fact eleventh new story": {
        "accuracy": (">=", 0.66),
        "unsupported_numbers": ("<=", 0),
    },
    # a twelfth unseen story (two BBC Sport athletics stories, "Greene sets sights on world title"
    # and "Dibaba breaks 5,000m world record"), questions written blind in stop 29 and run first on
    # that stop's rules for the eleventh story: 0.636 (21/33, one right answer the gold had counted
    # wrong included) / 0.909 (10/11) / 0.273 (9/33); its misses shaped stop 29's last rules (dev
    # items since): 0.758 (25/33) / 0.909 (10/11) / 0.152 (5/33) then. On stop 30's rules: 0.758 /
    # 1.000 (11/11) / 0.242 (8/33): three made-up answers are refusals now ("Maurice Greene won the
    # Olympic 100m", "held in Athens", "Dibaba set the previous mark"), which this rate counts
    # against the set though the issue asks for them; the bound follows what is measured
    "twelfth new story": {
        "accuracy": (">=", 0.75),
        "refusal_rate": (">=", 0.90),
        "wrong_refusal_rate": ("<=", 0.25),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact twelfth new story": {  # 3 answerable, 2 not: 1/3 right in both runs (no sum of a
        # winner's time and a margin; "faster" compares no figures yet), both unanswerable refused
        "accuracy": (">=", 0.33),
        "unsupported_numbers": ("<=", 0),
    },
    # a thirteenth unseen story (two more BBC Sport athletics stories, "Isinbayeva claims new world
    # best" and "IAAF launches fight against drugs"), questions written blind in stop 29 before the
    # rules mended from the twelfth, and run once on that stop's last rules, nothing mended after:
    # 0.720 (18/25; 0.760 with "keep its sport clean", a right answer the gold had missed) / 0.800
    # (8/10) / 0.160 (4/25). Its misses shaped stop 30's rules (dev items since): 0.840 (21/25) /
    # 1.000 (10/10) / 0.120 (3/25) then
    "thirteenth new story": {
        "accuracy": (">=", 0.84),
        "refusal_rate": (">=", 0.90),
        "wrong_refusal_rate": ("<=", 0.12),
        "unsupported_numbers": ("<=", 0),
    },
    # 2 answerable, 2 not: 1/2 right in both runs ("By how much did she improve on ...?" asked
    # whole, the model computes 0.01 itself and no passage states it), both unanswerable refused
    "multi-fact thirteenth new story": {
        "accuracy": (">=", 0.5),
        "unsupported_numbers": ("<=", 0),
    },
    # a fourteenth unseen story (BBC Sport "O'Sullivan could run in Worlds" and BBC entertainment
    # "Jarre joins fairytale celebration"), questions written blind in stop 30 before that stop's
    # rules, and run once on its last rules, nothing mended after: 0.878 (36/41) / 0.647 (11/17) /
    # 0.049 (2/41). Its misses shaped stop 31's rules (dev items since): 0.878 (36/41) / 1.000
    # (17/17) / 0.098 (4/41) then: the six made-up answers refused, and two wrong answers too
    # ("Australia" for where she is from, "St Etienne" for the country), which this rate counts
    # against the set
    "fourteenth new story": {
        "accuracy": (">=", 0.87),
        "refusal_rate": (">=", 0.90),
        "wrong_refusal_rate": ("<=", 0.10),
        "unsupported_numbers": ("<=", 0),
    },
    # 5 answerable, 4 not: 3/5 right in stop 30 and in stop 31's first run ("Which comes first, A
    # or B?" of two dates was no comparison the several-fact road knew; a list of three works
    # missed the one in another passage), all four unanswerable ones refused; 4/5 since stop 31
    # orders dates ("Bupa Great Ireland Run: 9 April [1], before London marathon: 17 April [2].")
    "multi-fact fourteenth new story": {
        "accuracy": (">=", 0.8),
        "unsupported_numbers": ("<=", 0),
    },
    # a fifteenth unseen story (BBC technology "Technology gets the creative bug"), questions
    # written blind in stop 30 before stop 31's rules, and run once on its last rules, nothing
    # mended after: 0.966 (28/29) / 0.600 (6/10) / 0.000 (0/29). Held out in `make test` in stop
    # 31; dev items since stop 32, to make room for the seventeenth story (its misses were read
    # in stop 31's note, none mended in stop 32): 1.000 (29/29) / 0.600 (6/10) / 0.000 on stop
    # 32's rules; stop 33's vague-time and place rules refused three of its four wrong
    # unanswerables: 1.000 (29/29) / 0.900 (9/10) / 0.000
    "fifteenth new story": {
        "accuracy": (">=", 0.96),
        "refusal_rate": (">=", 0.80),
        "wrong_refusal_rate": ("<=", 0.04),
        "unsupported_numbers": ("<=", 0),
    },
    # 3 answerable, 2 not: 3/3 right, both unanswerable ones refused
    "multi-fact fifteenth new story": {
        "accuracy": (">=", 0.66),
        "refusal_rate": (">=", 0.5),
        "unsupported_numbers": ("<=", 0),
    },
    # a sixteenth unseen story (BBC technology "Google's toolbar sparks concern" and BBC business
    # "Ethiopia's crop production up 24%"), questions written blind in stop 32 and run first on
    # stop 31's rules: 0.844 (38/45) / 0.947 (18/19) / 0.133 (6/45); its misses shaped stop 32's
    # rules (dev items since): 0.933 (42/45) / 1.000 (19/19) / 0.067 (3/45) then. The floors
    # allow one item to turn
    "sixteenth new story": {
        "accuracy": (">=", 0.91),
        "refusal_rate": (">=", 0.94),
        "wrong_refusal_rate": ("<=", 0.09),
        "unsupported_numbers": ("<=", 0),
    },
    # 8 answerable, 2 not: 2/8 right at first (a difference of two years' figures was no plan; a
    # list's "Which three things contributed ...?" read "things" as the deed), 4/8 on stop 32's
    # rules; both unanswerable ones refused in both runs
    "multi-fact sixteenth new story": {
        "accuracy": (">=", 0.37),
        "refusal_rate": (">=", 0.5),
        "unsupported_numbers": ("<=", 0),
    },
    # a seventeenth unseen story (BBC business "Japan narrowly escapes recession" and BBC Sport
    # "Radcliffe yet to answer GB call"), questions written blind in stop 32 before its rules were
    # done, and run once on its last rules (AVX-512), nothing mended after: 0.867 (26/30) / 1.000
    # (14/14) / 0.067 (2/30). Held out in `make test` in stop 33, dev items since (to make room
    # for the nineteenth story); the floors allow one item to turn (another CPU sums floats
    # otherwise)
    "seventeenth new story": {
        "accuracy": (">=", 0.83),
        "refusal_rate": (">=", 0.92),
        "wrong_refusal_rate": ("<=", 0.10),
        "unsupported_numbers": ("<=", 0),
    },
    # 4 answerable, 2 not: 3/4 right (the two dates of "Which comes first?" not both found); of
    # the two unanswerable ones, one refused and one answered "0.2%" for "How much faster did
    # exports grow than private consumption?" (no floor on 1 of 2: one turn would make it 0)
    "multi-fact seventeenth new story": {
        "accuracy": (">=", 0.5),
        "unsupported_numbers": ("<=", 0),
    },
    # an eighteenth unseen story (BBC business "Court rejects $280bn tobacco case"), questions
    # written blind in stop 33 and run once on its first rules (cdf475d): 0.812 (13/16) / 1.000
    # (7/7) / 0.125 (2/16); dev items since (its misses were read while writing stop 33's later
    # rules; none turned). The floors allow one item to turn
    "eighteenth new story": {
        "accuracy": (">=", 0.75),
        "refusal_rate": (">=", 0.85),
        "wrong_refusal_rate": ("<=", 0.19),
        "unsupported_numbers": ("<=", 0),
    },
    # 3 answerable, 1 not: 2/3 right ("How much more did the government demand than the 1998
    # settlement was worth?" answered "$280bn more", refused since by told_as_a_difference), the
    # unanswerable refused
    "multi-fact eighteenth new story": {
        "accuracy": (">=", 0.33),
        "unsupported_numbers": ("<=", 0),
    },
    # a nineteenth unseen story (BBC business "Jobs growth still slow in the US"), questions
    # written blind in stop 33 before its rules were done, and run once on its last rules
    # (3691c74, AVX-512), nothing mended after: 0.867 (13/15) / 1.000 (8/8) / 0.133 (2/15; a
    # revised figure "from 157,000 to 133,000" refused by figure_from_the_clause_asked). Held
    # out in stop 33's `make test`; dev items since stop 34, whose rules mended that miss (a
    # verbless phrase of figures after a comma finishes the clause before it): 1.000 (15/15) /
    # 1.000 (8/8) / 0.000 then. The floors allow one item to turn
    "nineteenth new story": {
        "accuracy": (">=", 0.93),
        "refusal_rate": (">=", 0.87),
        "wrong_refusal_rate": ("<=", 0.07),
        "unsupported_numbers": ("<=", 0),
    },
    # 3 answerable, 1 not: 0/3 right at first (two differences the model worked out itself,
    # refused as numbers the passages do not hold; one list declined), 1/3 on stop 34's rules
    # (the revision asked again for its two figures); the unanswerable refused. No floor on
    # accuracy (one turn would make it 0), none on 1 unanswerable item
    "multi-fact nineteenth new story": {
        "unsupported_numbers": ("<=", 0),
    },
    # a twentieth unseen story (BBC politics "Wales 'must learn health lessons'"), questions
    # written blind in stop 34 before any code ran on it, and run once on that stop's rules
    # (ff8a2b2): 0.810 (17/21) / 1.000 (9/9) / 0.095 (2/21); two wrong answers passed ("The new
    # health minister for Wales is Rhodri Morgan", the First Minister; "Rhodri Morgan was sacked
    # as health minister"). Dev items since (its misses were read while writing stop 34's later
    # rules): 0.857 (18/21) / 1.000 (9/9) / 0.143 (3/21) on them, no wrong answer passing (the
    # model still names the First Minister; the check refuses it). The floors allow one item to
    # turn
    "twentieth new story": {
        "accuracy": (">=", 0.80),
        "refusal_rate": (">=", 0.88),
        "wrong_refusal_rate": ("<=", 0.20),
        "unsupported_numbers": ("<=", 0),
    },
    # 4 answerable, 1 not: 2/4 right at first (a difference and a comparison of Wales's and
    # England's waiting lists refused: "Wales" is a word of every passage), 4/4 on stop 34's
    # rules; the unanswerable refused in both runs
    "multi-fact twentieth new story": {
        "accuracy": (">=", 0.75),
        "unsupported_numbers": ("<=", 0),
    },
    # a twenty-first unseen story (BBC politics "Kilroy Silk attacked with slurry"), questions
    # written blind in stop 34 before its last rules were done, and run once on them (AVX-512):
    # 0.810 (17/21) / 0.750 (6/8) / 0.095 (2/21); its two answered unanswerables were "At what
    # time did the attack take place?" answered "on Friday" and "Who is the leader of UKIP?"
    # answered with Kilroy Silk (who hoped to be elected leader). Dev items since stop 35 (its
    # misses shaped that stop's three rules): 0.857 (18/21) / 0.875 (7/8) / 0.048 (1/21) on them
    # (AVX2), one wrong answer passing: the colour of the clothes he was loaned (the story gives
    # none) got a garbled sentence about the clothes, refused in the blind run on AVX-512 (the
    # model's replies differ between the two CPU kinds). The floors allow one item to turn
    "twenty-first new story": {
        "accuracy": (">=", 0.80),
        "refusal_rate": (">=", 0.74),
        "wrong_refusal_rate": ("<=", 0.10),
        "unsupported_numbers": ("<=", 0),
    },
    # 3 answerable, 1 not: 1/3 right in both runs (a list of the two people hit; "BBC Radio 4"
    # given for the programme "Any Questions"; January and October without a year not ordered),
    # the unanswerable refused. No floor on 1/3 nor on 1 unanswerable item
    "multi-fact twenty-first new story": {
        "unsupported_numbers": ("<=", 0),
    },
    # a twenty-second unseen story (BBC business "Rank 'set to sell off film unit'"), questions
    # written blind in stop 35 before any code ran on it, and run once on that stop's last rules
    # (AVX2): 0.783 (18/23) / 0.714 (5/7) / 0.174 (4/23); two unanswerables answered ("£21.5m"
    # for a casino profit the story does not give; a private equity firm "claims to have bid"
    # for who will buy). Dev items since stop 36 (its misses shaped that stop's rules): 0.913
    # (21/23) / 0.857 (6/7) / 0.087 (2/23) on them (AVX2; two of the 21 are answers that repeat
    # the evidence's other figure, "100 Hard Rock Cafes in 38 countries", counted right since
    # stop 36). Still missed: the newspaper (the model declines), Deluxe Media's profit (the
    # model gave the £300m valuation, refused), and the casinos' profit answered with Deluxe
    # Media's £21.5m ("it made profits of £21.5m", two sentences after the casinos). The floors
    # allow one item to turn
    "twenty-second new story": {
        "accuracy": (">=", 0.86),
        "refusal_rate": (">=", 0.71),
        "wrong_refusal_rate": ("<=", 0.14),
        "unsupported_numbers": ("<=", 0),
    },
    # 3 answerable, 1 not: 3/3 right since stop 36 (the drop in profit is "£24m: £170m against
    # £194m" now that the change keeps the passage's "£"; the three divisions listed; the two
    # businesses disposed of, which the model wrote as one sentence, are cut into their items),
    # the unanswerable refused
    "multi-fact twenty-second new story": {
        "accuracy": (">=", 0.66),  # allows one of the three to turn
        "refusal_rate": (">=", 1.0),
        "unsupported_numbers": ("<=", 0),
    },
    # a twenty-third unseen story (BBC Sport "Bates seals takeover", Ken Bates buys Leeds United),
    # questions written blind in stop 36 and run once on that stop's last rules (AVX2): 0.862
    # (25/29) / 0.889 (8/9) / 0.069 (2/29), recall@5 1.000. Dev items since stop 37, whose rules
    # came from its misses: 0.931 (27/29) / 1.000 (9/9) / 0.069 (2/29) on them (AVX2). The two
    # wrong answers and the answered unanswerable are refused now ("Leeds United" for the club he
    # was formerly chairman of; a garbled sentence for where his company is based; "Leeds" for
    # the company Sainsbury runs), and the two answers whose speaker is named over the first
    # paragraph of his speech are right. The floors allow one item to turn
    "twenty-third new story": {
        "accuracy": (">=", 0.89),
        "refusal_rate": (">=", 0.88),
        "wrong_refusal_rate": ("<=", 0.11),
        "recall@5": (">=", 0.96),
        "unsupported_numbers": ("<=", 0),
    },
    # 3 answerable, 1 not: 2/3 right since stop 37 (the gap between Sainsbury's offer and what a
    # takeover would take, £15m; the two who join the board, read after "joined by"), the debt
    # cut refused (the model gives "by £25m", the level it fell to, which is no difference), and
    # the unanswerable total refused (Sainsbury's £40m is no longer taken for Bates's)
    "multi-fact twenty-third new story": {
        "accuracy": (">=", 0.33),  # allows one of the two to turn
        "refusal_rate": (">=", 1.0),
        "unsupported_numbers": ("<=", 0),
    },
    # a twenty-fourth unseen story (BBC News "Telegraph newspapers axe 90 jobs": job cuts, a
    # union's answer, owners and rival papers), questions written blind in stop 37 before any code
    # ran on it, and run once on that stop's last rules (AVX2): 0.893 (25/28) / 0.556 (5/9) / 0.107
    # (3/28), recall@5 1.000. Dev items since stop 38, whose rules came from its misses: 1.000
    # (28/28) / 1.000 (9/9) / 0.000 (AVX-512). The four unanswerables answered with a figure of
    # something else are refused (the £150m investment as the twins' price and as News
    # International's: a name asked that another passage shown names; the 30 reporters offered
    # redundancy as the FT's staff: a figure a verb acts on; the Monday deadline as the ballot's
    # day), and the three right answers refused over word forms are right ("axed" for "axing",
    # "color" for "colour"; an unmarked reply rests on the passage with most of its words). The
    # floors allow one item of each kind to turn
    "twenty-fourth new story": {
        "accuracy": (">=", 0.96),
        "refusal_rate": (">=", 0.88),
        "wrong_refusal_rate": ("<=", 0.04),
        "recall@5": (">=", 0.96),
        "unsupported_numbers": ("<=", 0),
    },
    # 3 answerable, 1 not: 3/3 right since stop 38 (the four companies investing in printing
    # plants; the two papers whose circulation rose, once the Telegraph's two titles, from a passage
    # that tells nothing of circulation, are refused and the question asked whole; the difference,
    # 60, once "the reporters the FT is offering voluntary redundancy to" is read as a clause of its
    # own); the unanswerable difference refused
    "multi-fact twenty-fourth new story": {
        "accuracy": (">=", 0.66),  # allows one of the three to turn
        "refusal_rate": (">=", 1.0),
        "unsupported_numbers": ("<=", 0),
    },
    # a twenty-fifth unseen story (a Texas ranch's plan for hunting via the net: its prices, what
    # a charity and a regulator said), questions written blind in stop 38 before any code ran on
    # it, and run once on that stop's rules (AVX-512, 6ee2418): 0.774 (24/31) / 0.600 (6/10) /
    # 0.129 (4/31), recall@5 1.000. Four unanswerables answered (the $150 session price as the
    # first session's date and as the meat-processing fee; "near a small town"; "my friend" as the
    # friend's name); four right answers refused (the news agency, the additional fees, when
    # handlers stop the gun, the friend's words); three answerable wrong (the sheep for the
    # antelope; "native deer and bird species" for what state laws cover, where the gold wants
    # "regulated animals"; the rounds' answer with the session's other figures, which the gold
    # counted wrong: its evidence now holds the whole clause, whose figures an answer may repeat).
    # Dev items since stop 39, whose rules came from its misses: 0.903 (28/31) / 1.000 (10/10) /
    # 0.065 (2/31) (AVX-512). Money is no time (the $150 is no date), a figure is not of what its
    # sentence adds as an extra (the meat-processing fee), "near which town" wants a name ("a small
    # town" is none), a name ending in the one asked of is that one in full ("John Underwood" names
    # no friend), "my friend" in Underwood's quotation is his friend, "speak to" is "told", a
    # condition answers "When can ...?", "What are the fees for?" asks no figure; the sheep given
    # for the antelope are refused. The floors allow one item of each kind to turn
    "twenty-fifth new story": {
        "accuracy": (">=", 0.87),
        "refusal_rate": (">=", 0.90),
        "wrong_refusal_rate": ("<=", 0.10),
        "recall@5": (">=", 0.96),
        "unsupported_numbers": ("<=", 0),
    },
    # 3 answerable, 1 not, run once blind: 3/3 right (the price difference, $144.05, from $150 and
    # $5.95; the three kinds of sheep; the three animals), the unanswerable difference refused; the
    # same as dev items since stop 39
    "multi-fact twenty-fifth new story": {
        "accuracy": (">=", 0.66),  # allows one of the three to turn
        "refusal_rate": (">=", 1.0),
        "unsupported_numbers": ("<=", 0),
    },
    # a twenty-sixth unseen story (the US Federal Trade Commission's 2004 fraud complaint figures:
    # counts, shares of ID fraud, a cost in dollars and pounds), questions written blind in stop 39
    # before any code ran on it, and run once on that stop's rules (AVX-512, 2b948c9): 0.774
    # (24/31) / 0.700 (7/10) / 0.194 (6/31), recall@5 1.000. Six right answers refused (the quarter
    # of a million consumers read as no count of people; "when criminals use someone else's
    # information" as no time; the 16% of auctions and the year 2004 as told in clauses not asked;
    # the near-400,000 complaints as a count of the internet-related ones; one declined by the
    # model), one answerable wrong (16.5% for the 12% of existing credit), three unanswerables
    # answered (635,173 reports "in 2003", a year the passage does not give; the total cost as the
    # auctions' cost; the bank accounts' 18% as telephone scams'). Dev items since later in stop
    # 39, whose rules came from its misses: 0.968 (30/31) / 1.000 (10/10) / 0.032 (one declined by
    # the model; AVX-512). "A quarter of a million" is 250,000, a count; "How many US consumers"
    # counts consumers; "When does it occur?" is answered by a "when" clause; a figure's clause is
    # read with a participle clause after it, with the phrase its sentence opens with, and not
    # against a clause that only says who reports it; a second figure's clause that holds all the
    # question asks takes it from the first; "53% of the near-400,000 complaints were
    # internet-related" tells of the 53%; a year no passage shown gives, a total for a part
    # another passage names, and a thing no passage tells of are refused. The floors allow one
    # item of each kind to turn
    "twenty-sixth new story": {
        "accuracy": (">=", 0.93),
        "refusal_rate": (">=", 0.90),
        "wrong_refusal_rate": ("<=", 0.07),
        "recall@5": (">=", 0.96),
        "unsupported_numbers": ("<=", 0),
    },
    # 3 answerable, 1 not, run once blind: 2/3 right (bank accounts over employers, 18% against 13%;
    # the difference, 388,603, from 635,173 and 246,570), the share of the two together given as
    # 18% alone; the unanswerable difference between two years refused. 3/3 since later in stop
    # 39 ("What share ... make up together?" is a sum: 31%)
    "multi-fact twenty-sixth new story": {
        "accuracy": (">=", 0.66),  # allows one of the three to turn
        "refusal_rate": (">=", 1.0),
        "unsupported_numbers": ("<=", 0),
    },
    # a twenty-seventh unseen story (biometric ID cards for seafarers tested on a cruise liner: a
    # convention, the ILO, a consultancy's chief quoted; few figures), questions written blind in
    # stop 39 before any code ran on it, and run once on that stop's last rules (AVX-512, d006003):
    # 1.000 (31/31) / 0.900 (9/10) / 0.000, recall@5 1.000, right and citing the evidence 0.968.
    # One unanswerable answered: the revised convention's date, June 2003, as the original's.
    # Held out in `make test` in stops 39 and 40 (dev items since stop 41); the floors allow two
    # answerable items and one unanswerable to turn between CPU kinds
    "twenty-seventh new story": {
        "accuracy": (">=", 0.93),
        "refusal_rate": (">=", 0.80),
        "wrong_refusal_rate": ("<=", 0.07),
        "recall@5": (">=", 0.96),
        "unsupported_numbers": ("<=", 0),
    },
    # 3 answerable, 1 not, run once blind: 2/3 right (when the cards are issued and who publishes
    # the results; Musselman said the cards make a safer environment), the list of what the
    # document carries besides its barcode answered with the fingerprints' features; the
    # unanswerable difference refused
    "multi-fact twenty-seventh new story": {
        "accuracy": (">=", 0.33),  # allows one of the two right to turn
        "refusal_rate": (">=", 1.0),
        "unsupported_numbers": ("<=", 0),
    },
    # stop 40's four unseen stories, each run once blind (AVX-512) and then read as dev items while
    # writing rules: floors at the blind runs (rules have only mended them since; replays of their
    # stored replies turn 7 refusals or wrong answers right or refused, none the other way)
    "twenty-eighth new story": {  # US retailers: 0.774 / 1.000 / 0.161 blind
        "accuracy": (">=", 0.77), "refusal_rate": (">=", 1.0), "wrong_refusal_rate": ("<=", 0.17),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact twenty-eighth new story": {  # 1/3 blind, the unanswerable refused
        "accuracy": (">=", 0.33), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "twenty-ninth new story": {  # Whitbread prizes: 0.839 / 0.700 / 0.065 blind
        "accuracy": (">=", 0.83), "refusal_rate": (">=", 0.70), "wrong_refusal_rate": ("<=", 0.07),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact twenty-ninth new story": {  # 1/3 blind, the unanswerable refused
        "accuracy": (">=", 0.33), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "thirtieth new story": {  # Petrel and Iraq's oilfields: 0.640 / 0.625 / 0.240 blind
        "accuracy": (">=", 0.64), "refusal_rate": (">=", 0.62), "wrong_refusal_rate": ("<=", 0.24),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact thirtieth new story": {  # 3/3 blind
        "accuracy": (">=", 0.66), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "thirty-first new story": {  # Campese: 0.828 / 0.778 / 0.138 blind
        "accuracy": (">=", 0.82), "refusal_rate": (">=", 0.77), "wrong_refusal_rate": ("<=", 0.14),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact thirty-first new story": {  # 3/3 blind
        "accuracy": (">=", 0.66), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    # a thirty-second unseen story (broadband and TV viewing: shares and percentages, two firms of
    # analysts, countries), questions written blind in stop 41 and run once on that stop's first
    # rules (AVX-512, 7481775 less its rules: only the crash of "a quarter|25%" in the scorer mended):
    # 0.760 (19/25) / 0.900 (9/10) / 0.120, recall@5 1.000. Held out in `make test` from stop 41
    # to stop 54 (its misses were read in stop 54; dev items since stop 55); the floors allow one
    # answerable and one unanswerable item to turn
    # between CPU kinds. Stop 47's figure_of_the_end_asked, built on a dev item, refuses the wrong
    # "37%" its model gives to "From what share ...?" (0.760 / 0.900 / 0.200 in stop 47's CI: one
    # wrong answer less, one wrong refusal more), so the ceiling on wrong refusals is one item higher
    "thirty-second new story": {
        "accuracy": (">=", 0.72), "refusal_rate": (">=", 0.80), "wrong_refusal_rate": ("<=", 0.20),
        "recall@5": (">=", 0.96), "unsupported_numbers": ("<=", 0),
    },
    # its several-fact questions, run blind with it: 1/4 (a difference of "54 million" and "34
    # million" shown as 20; a list answered with made-up figures, refused; a change of two
    # percentages refused); dev items since (read while writing rules)
    "multi-fact thirty-second new story": {"accuracy": (">=", 0.25), "unsupported_numbers": ("<=", 0)},
    # a thirty-third unseen story (the Freedom of Information Act: a committee's report, a
    # department's failures, who said what), questions written blind in stop 41 and run once on its
    # first rules: 0.870 (20/23) / 0.889 (8/9) / 0.087, recall@5 1.000; dev items since
    "thirty-third new story": {
        "accuracy": (">=", 0.86), "refusal_rate": (">=", 0.88), "wrong_refusal_rate": ("<=", 0.09),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact thirty-third new story": {  # 3/3 blind
        "accuracy": (">=", 0.66), "unsupported_numbers": ("<=", 0),
    },
    # a thirty-fourth unseen story (home loan approvals: monthly lending figures, two sources that
    # disagree, an analyst, rules that changed), questions written blind in stop 41 and run once on
    # the rules mended from the thirty-second and thirty-third (AVX-512, ca87f83, before its own
    # mending): 0.739 (17/23) / 0.778 (7/9) / 0.130, recall@5 1.000; dev items since
    "thirty-fourth new story": {
        "accuracy": (">=", 0.73), "refusal_rate": (">=", 0.77), "wrong_refusal_rate": ("<=", 0.14),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact thirty-fourth new story": {  # 3/4 blind (the employer part of a two-part question refused)
        "accuracy": (">=", 0.75), "unsupported_numbers": ("<=", 0),
    },
    # a thirty-fifth unseen story (a Budget leak: MPs, their posts, who said what), questions written
    # blind in stop 41 and run once on stop 42's rules (AVX-512, 64c44a3, before its own mending):
    # 0.818 (18/22) / 0.778 (7/9) / 0.091, recall@5 0.955; dev items
    "thirty-fifth new story": {
        "accuracy": (">=", 0.81), "refusal_rate": (">=", 0.77), "wrong_refusal_rate": ("<=", 0.10),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact thirty-fifth new story": {  # 1/2 answerable blind, 1/1 refused
        "accuracy": (">=", 0.5), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    # a thirty-sixth unseen story (Firefox 1.0: market shares, a fund-raising campaign, dense
    # figures), questions written blind in stop 42 and run once on the rules mended from the
    # thirty-fifth (AVX-512, bcc630e, before its own mending): 0.786 (22/28) / 0.600 (6/10) / 0.179,
    # recall@5 1.000; dev items
    "thirty-sixth new story": {
        "accuracy": (">=", 0.78), "refusal_rate": (">=", 0.6), "wrong_refusal_rate": ("<=", 0.18),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact thirty-sixth new story": {  # 3/5 answerable blind, 1/1 refused
        "accuracy": (">=", 0.6), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    # a thirty-seventh unseen story (robots learning 'robotiquette': a research project, quotes,
    # few figures), questions written blind in stop 43 and run once on the rules mended from the
    # thirty-sixth (AVX-512, 2b78559, before its own mending): 0.750 (18/24) / 1.000 (10/10) /
    # 0.208, recall@5 1.000; dev items
    "thirty-seventh new story": {
        "accuracy": (">=", 0.75), "refusal_rate": (">=", 1.0), "wrong_refusal_rate": ("<=", 0.21),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact thirty-seventh new story": {  # 4/4 answerable blind, 1/1 refused
        "accuracy": (">=", 1.0), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    # a thirty-eighth unseen story (Celtic's late bid for Bellamy: clubs, nicknames, quotes, a fee),
    # questions written blind in stop 43 and run once on the rules mended from the thirty-seventh
    # (AVX-512, efe0397, before its own mending): 0.636 (14/22) / 0.800 (8/10) / 0.318, recall@5
    # 0.955; dev items
    "thirty-eighth new story": {
        "accuracy": (">=", 0.63), "refusal_rate": (">=", 0.8), "wrong_refusal_rate": ("<=", 0.32),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact thirty-eighth new story": {  # 1/3 answerable blind, 1/1 refused
        "accuracy": (">=", 0.33), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    # a thirty-ninth unseen story (an obituary of the conductor Marcello Viotti: years, places, works
    # and their composers), questions written blind in stop 43 and run once on the rules mended from
    # the thirty-eighth (AVX-512, 4b05179, before its own mending): 0.846 (22/26) / 0.800 (8/10) /
    # 0.154, recall@5 1.000; dev items
    "thirty-ninth new story": {
        "accuracy": (">=", 0.84), "refusal_rate": (">=", 0.8), "wrong_refusal_rate": ("<=", 0.16),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact thirty-ninth new story": {  # 2/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.5), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    # a fortieth unseen story (the pop band Busted taking a break: counts, titles, awards, members),
    # questions written blind in stop 43 and run once on the rules mended from the thirty-ninth
    # (AVX-512, dabde5b, before its own mending): 0.762 (16/21) / 0.889 (8/9) / 0.190, recall@5
    # 0.952; dev items
    "fortieth new story": {
        "accuracy": (">=", 0.76), "refusal_rate": (">=", 0.88), "wrong_refusal_rate": ("<=", 0.19),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact fortieth new story": {  # 2/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.5), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    # a forty-first unseen story (Reyes tricked by a radio prank: clubs by nickname, quotes of two
    # speakers, a fee), questions written blind in stop 43 and run once on the rules mended from the
    # fortieth (AVX-512, a2acb3c, before its own mending): 0.524 (11/21) / 0.667 (6/9) / 0.381,
    # recall@5 0.905; dev items
    "forty-first new story": {
        "accuracy": (">=", 0.52), "refusal_rate": (">=", 0.66), "wrong_refusal_rate": ("<=", 0.39),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact forty-first new story": {  # 1/3 answerable blind, 1/1 refused
        "accuracy": (">=", 0.33), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    # a forty-second unseen story (Blair ready to call the 2005 election: parties, roles, claims, a
    # sum), questions written blind in stop 43 and run once on the rules mended from the forty-first
    # (AVX-512, 7cef567, before its own mending): 0.857 (18/21) / 0.667 (6/9) / 0.048, recall@5
    # 0.952; dev items
    "forty-second new story": {
        "accuracy": (">=", 0.85), "refusal_rate": (">=", 0.66), "wrong_refusal_rate": ("<=", 0.05),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact forty-second new story": {  # 2/3 answerable blind, 1/1 refused
        "accuracy": (">=", 0.66), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "forty-third new story": {
        "accuracy": (">=", 0.91), "refusal_rate": (">=", 1.0), "wrong_refusal_rate": ("<=", 0.09),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact forty-third new story": {  # 1/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.25), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "forty-fourth new story": {
        "accuracy": (">=", 0.88), "refusal_rate": (">=", 0.77), "wrong_refusal_rate": ("<=", 0.08),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact forty-fourth new story": {  # 1/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.25), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "forty-fifth new story": {
        "accuracy": (">=", 0.78), "refusal_rate": (">=", 0.77), "wrong_refusal_rate": ("<=", 0.09),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact forty-fifth new story": {  # 3/4 answerable blind; its one unanswerable item was
        # answered blind (a difference with the year 2004 as operand; the check now refuses it),
        # so it has no refusal floor (one of 0 could not fail)
        "accuracy": (">=", 0.75), "unsupported_numbers": ("<=", 0),
    },
    "forty-sixth new story": {
        "accuracy": (">=", 0.60), "refusal_rate": (">=", 1.0), "wrong_refusal_rate": ("<=", 0.14),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact forty-sixth new story": {  # 1/4 answerable blind; its one unanswerable item was
        # answered blind ('8 times more than the 1967 outbreak'; a year the article never writes is
        # unknown now), so it has no refusal floor
        "accuracy": (">=", 0.25), "unsupported_numbers": ("<=", 0),
    },
    "forty-seventh new story": {
        "accuracy": (">=", 0.83), "refusal_rate": (">=", 0.87), "wrong_refusal_rate": ("<=", 0.13),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact forty-seventh new story": {  # 3/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.75), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "forty-eighth new story": {
        "accuracy": (">=", 0.84), "refusal_rate": (">=", 1.0), "wrong_refusal_rate": ("<=", 0.12),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact forty-eighth new story": {  # 0/4 answerable blind (all four refused), 1/1 refused,
        # so it has no accuracy floor
        "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "forty-ninth new story": {
        "accuracy": (">=", 0.76), "refusal_rate": (">=", 0.88), "wrong_refusal_rate": ("<=", 0.16),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact forty-ninth new story": {  # 1/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.25), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "fiftieth new story": {
        "accuracy": (">=", 0.75), "refusal_rate": (">=", 0.87), "wrong_refusal_rate": ("<=", 0.17),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact fiftieth new story": {  # 3/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.75), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "fifty-first new story": {
        "accuracy": (">=", 0.75), "refusal_rate": (">=", 0.87), "wrong_refusal_rate": ("<=", 0.17),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact fifty-first new story": {  # 1/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.25), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "fifty-second new story": {
        "accuracy": (">=", 0.86), "refusal_rate": (">=", 0.5), "wrong_refusal_rate": ("<=", 0.11),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact fifty-second new story": {  # 1/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.25), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "fifty-third new story": {
        "accuracy": (">=", 0.88), "refusal_rate": (">=", 0.87), "wrong_refusal_rate": ("<=", 0.12),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact fifty-third new story": {  # 1/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.25), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "fifty-fourth new story": {
        "accuracy": (">=", 0.81), "refusal_rate": (">=", 1.0), "wrong_refusal_rate": ("<=", 0.19),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact fifty-fourth new story": {  # 3/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.75), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "fifty-fifth new story": {
        "accuracy": (">=", 0.79), "refusal_rate": (">=", 0.87), "wrong_refusal_rate": ("<=", 0.17),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact fifty-fifth new story": {  # 3/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.75), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "fifty-sixth new story": {
        "accuracy": (">=", 0.96), "refusal_rate": (">=", 0.62), "wrong_refusal_rate": ("<=", 0.04),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact fifty-sixth new story": {  # 1/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.25), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "fifty-seventh new story": {
        "accuracy": (">=", 0.77), "refusal_rate": (">=", 0.75), "wrong_refusal_rate": ("<=", 0.23),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact fifty-seventh new story": {  # 2/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.5), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "fifty-eighth new story": {
        "accuracy": (">=", 0.72), "refusal_rate": (">=", 0.87), "wrong_refusal_rate": ("<=", 0.24),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact fifty-eighth new story": {  # 2/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.5), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "fifty-ninth new story": {
        "accuracy": (">=", 0.91), "refusal_rate": (">=", 0.87),
        "wrong_refusal_rate": ("<=", 0.05),  # 0.000 blind; the target
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact fifty-ninth new story": {  # 2/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.5), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "sixtieth new story": {
        "accuracy": (">=", 0.81), "refusal_rate": (">=", 0.75), "wrong_refusal_rate": ("<=", 0.19),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact sixtieth new story": {  # 0/4 answerable blind (two refused, two wrong), 1/1 refused,
        # so it has no accuracy floor
        "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "sixty-first new story": {
        "accuracy": (">=", 0.83), "refusal_rate": (">=", 0.75), "wrong_refusal_rate": ("<=", 0.17),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact sixty-first new story": {  # 1/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.25), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "sixty-second new story": {
        "accuracy": (">=", 0.95), "refusal_rate": (">=", 0.62),
        "wrong_refusal_rate": ("<=", 0.05),  # 0.050 blind; the target
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact sixty-second new story": {  # 3/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.75), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "sixty-third new story": {
        "accuracy": (">=", 0.81), "refusal_rate": (">=", 0.62), "wrong_refusal_rate": ("<=", 0.14),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact sixty-third new story": {  # 3/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.75), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "sixty-fourth new story": {
        "accuracy": (">=", 0.70), "refusal_rate": (">=", 0.75), "wrong_refusal_rate": ("<=", 0.19),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact sixty-fourth new story": {  # 2/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.5), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "sixty-fifth new story": {
        "accuracy": (">=", 0.86), "refusal_rate": (">=", 1.0), "wrong_refusal_rate": ("<=", 0.14),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact sixty-fifth new story": {  # 1/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.25), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "sixty-sixth new story": {
        "accuracy": (">=", 0.88), "refusal_rate": (">=", 1.0), "wrong_refusal_rate": ("<=", 0.12),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact sixty-sixth new story": {  # 2/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.5), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "sixty-seventh new story": {
        "accuracy": (">=", 0.85), "refusal_rate": (">=", 0.66), "wrong_refusal_rate": ("<=", 0.15),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact sixty-seventh new story": {  # 1/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.25), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "sixty-eighth new story": {
        "accuracy": (">=", 1.0), "refusal_rate": (">=", 0.87), "wrong_refusal_rate": ("<=", 0.0),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact sixty-eighth new story": {  # 3/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.75), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "sixty-ninth new story": {
        "accuracy": (">=", 0.80), "refusal_rate": (">=", 0.75), "wrong_refusal_rate": ("<=", 0.20),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact sixty-ninth new story": {  # 0/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.0), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "seventieth new story": {
        "accuracy": (">=", 0.66), "refusal_rate": (">=", 0.75), "wrong_refusal_rate": ("<=", 0.24),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact seventieth new story": {  # 1/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.25), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "seventy-first new story": {
        "accuracy": (">=", 0.65), "refusal_rate": (">=", 0.75), "wrong_refusal_rate": ("<=", 0.27),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact seventy-first new story": {  # 4/5 answerable blind, 1/1 refused
        "accuracy": (">=", 0.8), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "seventy-second new story": {
        "accuracy": (">=", 0.92), "refusal_rate": (">=", 0.87), "wrong_refusal_rate": ("<=", 0.08),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact seventy-second new story": {  # 2/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.5), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "seventy-third new story": {
        "accuracy": (">=", 0.96), "refusal_rate": (">=", 0.77), "wrong_refusal_rate": ("<=", 0.04),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact seventy-third new story": {  # 2/4 answerable blind, 1/1 refused
        "accuracy": (">=", 0.5), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "seventy-fourth new story": {
        "accuracy": (">=", 0.93), "refusal_rate": (">=", 0.77), "wrong_refusal_rate": ("<=", 0.07),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact seventy-fourth new story": {  # 2/5 answerable blind, 1/1 refused
        "accuracy": (">=", 0.4), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "seventy-fifth new story": {
        "accuracy": (">=", 0.78), "refusal_rate": (">=", 0.87), "wrong_refusal_rate": ("<=", 0.18),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact seventy-fifth new story": {  # 4/4 answerable blind, 1/1 refused
        "accuracy": (">=", 1.0), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "seventy-sixth new story": {  # every target met blind
        "accuracy": (">=", 1.0), "refusal_rate": (">=", 1.0), "wrong_refusal_rate": ("<=", 0.0),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact seventy-sixth new story": {  # 3/4 answerable blind, 0/1 refused; refused 1/1 after mends
        "accuracy": (">=", 0.75), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "seventy-seventh new story": {
        "accuracy": (">=", 0.9), "refusal_rate": (">=", 0.77), "wrong_refusal_rate": ("<=", 0.1),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact seventy-seventh new story": {  # 4/4 answerable blind, 1/1 refused
        "accuracy": (">=", 1.0), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "seventy-eighth new story": {
        "accuracy": (">=", 0.82), "refusal_rate": (">=", 0.66), "wrong_refusal_rate": ("<=", 0.14),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact seventy-eighth new story": {  # 0/3 answerable blind, 1/1 refused; 2/3 after mends
        "accuracy": (">=", 0.66), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    # stop 55's four stories, run once blind on an AVX2-only AMD EPYC at ca0c60d (the 82nd's
    # misses were not read: it is make test's held-out story)
    "seventy-ninth new story": {  # 0.839 (26/31) / 0.667 (6/9) / 0.065; 0.871 with a gold form widened
        "accuracy": (">=", 0.83), "refusal_rate": (">=", 0.66), "wrong_refusal_rate": ("<=", 0.07),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact seventy-ninth new story": {  # 2/4 answerable blind (3/4 with a gold list widened), 0/1
        # refused; 3/4 and 1/1 after mends
        "accuracy": (">=", 0.5), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "eightieth new story": {  # every target met blind: 0.923 (24/26) / 1.000 (9/9) / 0.038
        "accuracy": (">=", 0.92), "refusal_rate": (">=", 1.0), "wrong_refusal_rate": ("<=", 0.04),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact eightieth new story": {  # 0/3 answerable blind, 1/1 refused; 2/3 after mends
        "accuracy": (">=", 0.66), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    "eighty-first new story": {  # 0.821 (23/28) / 1.000 (9/9) / 0.071
        "accuracy": (">=", 0.82), "refusal_rate": (">=", 1.0), "wrong_refusal_rate": ("<=", 0.08),
        "unsupported_numbers": ("<=", 0),
    },
    "multi-fact eighty-first new story": {  # 1/3 answerable blind, 1/1 refused
        "accuracy": (">=", 0.33), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
    # held out in `make test` since stop 55 (in the thirty-second's place): 0.875 (21/24) / 0.750
    # (6/8) / 0.083, recall@5 1.000; the floors allow one answerable and one unanswerable item to
    # turn between CPU kinds
    "eighty-second new story": {
        "accuracy": (">=", 0.83), "refusal_rate": (">=", 0.62), "wrong_refusal_rate": ("<=", 0.13),
        "recall@5": (">=", 0.96), "unsupported_numbers": ("<=", 0),
    },
    "multi-fact eighty-second new story": {  # 1/3 answerable blind, 1/1 refused (dev items)
        "accuracy": (">=", 0.33), "refusal_rate": (">=", 1.0), "unsupported_numbers": ("<=", 0),
    },
}


# the rows a held-out-only run measures
# (the first, second and fourth new stories are dev items since stop 26, the fifth since stop 27,
# the sixth, seventh and eighth since stop 28, the ninth to the twelfth since stop 29, the third
# and the thirteenth since stop 30, the fourteenth since stop 31, the fifteenth and sixteenth since
# stop 32, the seventeenth and eighteenth since stop 33, the nineteenth and twentieth since stop 34,
# the twenty-first since stop 35, the twenty-second since stop 36, the twenty-third since stop 37,
# the twenty-fourth since stop 38, the twenty-fifth and twenty-sixth since stop 39, the
# twenty-seventh since stop 41, the thirty-second since stop 55: their failures were read while
# writing rules, or a fresher story took their place, and `make test` has to stay under 45 minutes
# on a slow CPU)
HELD_OUT = ("held_out", "multi-fact held out", "eighty-second new story")


@pytest.mark.parametrize("name, metric", [(n, m) for n, ms in THRESHOLDS.items() for m in ms])
def test_threshold(reports, name, metric):
    if held_out_only() and name not in HELD_OUT:
        pytest.skip("only the held-out items were asked (RAG_EVAL_SPLIT=test); `make eval` asks all")
    by_set, held_out, groups = reports
    if name == "held_out":
        values = held_out
    elif name == "multi-fact held out":
        values = groups["multi-fact"].by_split["test"]
    else:
        values = (groups.get(name) or by_set[name]).metrics
    op, bound = THRESHOLDS[name][metric]
    value = values[metric]
    assert (value >= bound) if op == ">=" else (value <= bound), \
        f"{name}: {metric} = {value:.3f}, want {op} {bound}"


def test_every_set_has_thresholds(sets):
    """Each simple set has its own; the sets of a group are held to the group's."""
    assert {s.group or s.name for s, _ in sets} | set(HELD_OUT) == set(THRESHOLDS)


def test_every_item_has_a_verdict_and_timings(reports, asked):
    by_set, _, _ = reports
    for s, items in asked:
        assert [r.id for r in by_set[s.name].items] == [g["id"] for g in items]
        for r in by_set[s.name].items:
            assert r.why and "total_s" in r.timings
