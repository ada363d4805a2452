import pytest
from fakes import FakeEmbedder, FakeGenerator, citing

from rag import RAG, REFUSAL, InputError, ModelError
from rag.ingest import article_from_text
from rag.prompt import RETRY_PROMPT, SYSTEM_PROMPT


def test_a_cited_answer_has_citations_with_exact_offsets(make_bot):
    reply = citing("98,000", "About 98,000 Russians crossed into Kazakhstan [{n}].")

    bot = make_bot(reply)
    ans = bot.ask("How many Russians entered Kazakhstan?")
    assert not ans.refused
    assert ans.text.startswith("About 98,000") and ans.text.endswith("].")
    [c] = ans.citations
    assert "98,000" in c.text
    assert bot.article.text[c.start:c.end] == c.text
    quote = bot.article.text[c.quote_start:c.quote_end]
    assert "98,000" in quote and c.start <= c.quote_start < c.quote_end <= c.end
    assert ans.passages[c.number - 1].passage.text == c.text
    assert set(ans.to_dict()) == {"text", "refused", "citations", "computed", "timings"}


def test_the_fixed_instructions_come_first(make_bot):
    bot = make_bot("Pekka Haavisto.")
    bot.ask("How many Russians entered Kazakhstan?")
    bot.ask("Who is Finland's foreign minister?")
    first, second = bot.generator.calls
    assert first[0] == second[0] and first[0]["role"] == "system"
    assert "[1] " in first[1]["content"] and first[1]["content"].endswith(
        "Question: How many Russians entered Kazakhstan?")


def test_refusal(make_bot):
    ans = make_bot("The article does not say how many.").ask("How old is Putin?")
    assert ans.refused and ans.text == REFUSAL and ans.citations == []


def test_an_invented_number_is_refused_not_shown(make_bot):
    ans = make_bot("About 1,200 km [1].").ask("How long is the queue at the border?")
    assert ans.refused and ans.text == REFUSAL and ans.verdict.rule == "numbers_supported"
    assert "1200" in ans.check
    assert ans.raw_text == "About 1,200 km [1]."


def test_a_bare_marker_is_not_an_answer(make_bot):
    assert make_bot("[2]").ask("How many Russians entered Kazakhstan?").refused


def test_a_country_the_article_never_mentions_is_refused_without_the_model(make_bot):
    bot = make_bot("About 53,000 [1].")
    ans = bot.ask("How many Russians entered Armenia?")
    assert ans.refused and ans.verdict.rule == "unknown_names" and "Armenia" in ans.check
    assert bot.generator.calls == [] and ans.trace.first_token_s is None


def test_stream_yields_pieces_then_the_checked_answer(make_bot):
    def reply(messages):
        n = next(x for x in messages[-1]["content"].splitlines() if "98,000" in x)[1]
        return f"Officials in Kazakhstan said 98,000 crossed [{n}]."

    stream = make_bot(reply).stream("How many Russians crossed into Kazakhstan?")
    pieces = list(stream)
    assert len(pieces) > 3 and "".join(pieces).startswith("Officials in Kazakhstan said 98,000")
    assert stream.answer is not None and not stream.answer.refused
    trace = stream.answer.trace
    assert trace.total_s >= trace.retrieve_s and trace.attempts == 1 and trace.completion_tokens > 3


def test_history_reaches_retrieval_and_prompt(make_bot):
    bot = make_bot()
    history = [{"role": "user", "content": "How many Russians went to Finland?"},
               {"role": "assistant", "content": "Over 43,000 [1]."}]
    bot.ask("What did its foreign minister say?", history)
    user = bot.generator.calls[0][-1]["content"]
    assert "Previous question: How many Russians went to Finland?" in user
    assert "Previous answer: Over 43,000." in user
    assert user.endswith("Question: What did its foreign minister say?")


def test_a_follow_up_that_swaps_the_subject_becomes_a_whole_question(make_bot):
    bot = make_bot()
    history = [{"role": "user", "content": "How many Russians went to Georgia?"},
               {"role": "assistant", "content": "Over 53,000 [1]."}]
    bot.ask("And to Finland?", history)
    user = bot.generator.calls[0][-1]["content"]
    assert user.endswith("Question: How many Russians went to Finland?")
    assert "Previous question" not in user


def test_bad_questions_raise_before_the_model(make_bot):
    bot = make_bot()
    with pytest.raises(InputError, match="empty"):
        bot.ask("  ")
    assert bot.generator.calls == []


def test_other_article(tmp_path, settings):
    path = tmp_path / "other.md"
    path.write_text("# Ferries\n\nThe ferry carried 412 passengers to Tallinn on Monday.\n", "utf-8")
    bot = RAG(article=path, settings=settings, embedder=FakeEmbedder(),
              generator=FakeGenerator("It carried 412 passengers [1]."))
    ans = bot.ask("How many passengers did the ferry carry?")
    assert not ans.refused and ans.citations[0].source == bot.article.id
    assert ans.citations[0].title == "Ferries"
    assert path.read_text("utf-8")[ans.citations[0].start:ans.citations[0].end] == ans.citations[0].text


def test_a_declined_reply_is_asked_again_with_the_best_matching_sentences(make_bot):
    second = citing("Haavisto", "Foreign minister Pekka Haavisto said so [{n}].")
    replies = iter([lambda messages: "The article does not say.", second])
    bot = make_bot(lambda messages: next(replies)(messages))
    stream = bot.stream("Who is Finland's foreign minister?")
    assert "".join(stream) == ""  # the refusal is held back while it may be asked again
    answer = stream.answer
    assert answer.text.startswith("Foreign minister Pekka Haavisto said so [") and not answer.refused
    assert answer.trace.attempts == 2 and "asked again" in answer.check and answer.trace.first_token_s
    first, second = bot.generator.calls
    assert "reply exactly: The article does not say" in first[0]["content"]
    assert second[0]["content"] == RETRY_PROMPT
    sent = [line for line in second[1]["content"].splitlines() if line.startswith("[")]
    assert 1 <= len(sent) < 5 and any("Haavisto" in line for line in sent)
    assert len(second[1]["content"]) < len(first[1]["content"])
    assert "Haavisto" in answer.citations[0].text


def test_a_declined_question_only_one_sentence_matches_is_not_forced(make_bot):
    """"Which rocket launched the media probe?" where one sentence says "launch": too little to
    force an answer from (forced from whole passages, the model mostly made answers up), so the
    decline stands and the model is not asked again."""
    bot = make_bot("The article does not say.")
    border = bot.add(article_from_text(BORDER))
    answer = bot.ask("Which rocket launched the media probe?", scope=border.id)  # "Media reports"
    assert answer.refused and answer.trace.attempts == 1 and len(bot.generator.calls) == 1


def test_a_declined_question_one_sentence_matches_well_is_asked_again(make_bot):
    """One sentence that shares two words or more with the question is worth asking again from
    ("In which city is Peter Smith's university?", "Peter Smith of the University of Arizona in
    Tucson")."""
    replies = iter(["The article does not say.", "Media reports said 3,000 entered Mongolia [1]."])
    bot = make_bot(lambda messages: next(replies))
    border = bot.add(article_from_text(BORDER))
    answer = bot.ask("What did media reports say about Mongolia?", scope=border.id)
    assert not answer.refused and answer.trace.attempts == 2 and "asked again" in answer.check


def test_a_reply_that_only_points_at_a_passage_is_asked_again_with_that_passage(make_bot):
    """"[2]" names where the answer is, not the answer: asked again with that passage alone, where
    the model may still decline; its reply is checked like any other."""
    def reply(messages):
        shown = [line for line in messages[-1]["content"].splitlines() if line.startswith("[")]
        if len(shown) > 1:
            return f"Passage [{next(n for n, line in enumerate(shown, 1) if 'Haavisto' in line)}]."
        return "Pekka Haavisto [1]."
    bot = make_bot(reply)
    answer = bot.ask("Who is Finland's foreign minister?")
    _, second = bot.generator.calls
    assert second[0]["content"] == SYSTEM_PROMPT and "[2] " not in second[1]["content"]
    assert not answer.refused and "Haavisto" in answer.citations[0].text and "pointed at" in answer.check


def test_declining_twice_is_a_refusal(make_bot):
    bot = make_bot("The article does not say.")
    stream = bot.stream("Who is Finland's foreign minister?")
    assert "".join(stream) == "" and stream.answer.refused and stream.answer.text == REFUSAL
    assert len(bot.generator.calls) == 2 and stream.answer.verdict.rule == "declined"


def test_no_retry_when_turned_off(settings):
    import dataclasses
    bot = RAG(settings=dataclasses.replace(settings, retry_declined=False), embedder=FakeEmbedder(),
              generator=FakeGenerator())
    assert bot.ask("Who is Finland's foreign minister?").refused and len(bot.generator.calls) == 1


def test_warm_up_computes_the_fixed_instructions_once(make_bot):
    bot = make_bot()
    bot.warm_up()
    (messages,) = bot.generator.calls
    assert messages[0] == {"role": "system", "content": SYSTEM_PROMPT}


def test_a_warm_up_error_reaches_the_caller(settings):
    """The model loads in a second thread; its error is raised in the caller's thread."""
    import dataclasses

    bot = RAG(settings=dataclasses.replace(settings, llm_path=str(settings.home / "missing.gguf")),
              embedder=FakeEmbedder())
    with pytest.raises(ModelError, match="RAG_LLM_PATH"):
        bot.warm_up()


def test_a_grounding_rule_switched_off_in_settings(tmp_path, settings):
    import dataclasses

    article = tmp_path / "borders.txt"
    article.write_text("Latvia closed its border on Monday.\nFinland's foreign minister Pekka Haavisto "
                       "said the border stays open.\nMongolia reported long queues.\n", "utf-8")
    def reply(messages):
        if "Haavisto" not in messages[-1]["content"]:  # asked again with the sentences naming Mongolia
            return "The article does not say."
        n = next(line for line in messages[-1]["content"].splitlines() if "Haavisto" in line)[1]
        return f"Pekka Haavisto said the border stays open [{n}]."

    def ask(skip):
        bot = RAG(article=article, settings=dataclasses.replace(settings, skip_rules=skip),
                  embedder=FakeEmbedder(), generator=FakeGenerator(reply))
        return bot.ask("What did Mongolia's foreign minister say?")

    assert ask(frozenset()).verdict.rule == "about_the_question"
    lax = ask(frozenset({"about_the_question"}))
    assert lax.verdict.ok and "Haavisto" in lax.text


def test_trace_records_the_model_call(make_bot):
    ans = make_bot("Foreign minister Pekka Haavisto said so [1].").ask("Who is Finland's foreign minister?")
    t = ans.trace
    assert t.attempts == 1 and t.prompt_tokens and t.completion_tokens == 7
    assert t.first_token_s is not None and t.llm_s is not None and t.total_s >= t.llm_s
    assert set(ans.to_dict()["timings"]) >= {"first_token_s", "total_s", "attempts"}


BORDER = ("Border figures\n\nThe border guard said over 43,000 Russians arrived in Finland. Media reports "
          "said another 3,000 Russians entered Mongolia.")


def test_a_figure_about_something_else_is_asked_again_from_the_sentences_naming_the_subject(make_bot):
    """"How many went to Mongolia?" answered with Finland's figure from the same passage: asked once
    more with only the sentences that name Mongolia; the second reply is checked like the first."""
    def reply(messages):
        figure = "43,000" if "43,000" in messages[-1]["content"] else "3,000"
        return citing("Mongolia", figure + " went to Mongolia [{n}].")(messages)

    bot = make_bot(reply)
    border = bot.add(article_from_text(BORDER))
    answer = bot.ask("How many went to Mongolia?", scope=border.id)
    assert answer.text == "3,000 went to Mongolia [1]." and not answer.refused
    assert answer.trace.attempts == 2 and "asked again" in answer.check
    assert "43,000" not in bot.generator.calls[1][-1]["content"]


def test_a_time_told_of_something_else_is_asked_again_from_the_sentences_matching_best(make_bot):
    """"When do the laws come into force?" answered with when the act covers England: asked once
    more with the sentences that match the question best, where the model may still decline."""
    story = ("Rules\n\nThe new act will cover England from next year. Ministers met on Monday. Many bodies "
             "will be covered. Staff were told to delete old e-mails before the laws come into force on "
             "1 January.")

    def reply(messages):
        return "From next year [1]." if "England" in messages[-1]["content"] else "On 1 January [1]."

    bot = make_bot(reply)
    rules = bot.add(article_from_text(story))
    answer = bot.ask("When do the laws come into force?", scope=rules.id)
    assert answer.text == "On 1 January [1]." and not answer.refused, answer.check
    assert answer.trace.attempts == 2 and "asked again" in answer.check
    second = bot.generator.calls[1]
    assert "time_of_what_was_asked" in answer.check and second[0]["content"] == SYSTEM_PROMPT
    refused = make_bot("From next year [1].")
    rules = refused.add(article_from_text(story))
    answer = refused.ask("When do the laws come into force?", scope=rules.id)
    assert answer.refused and answer.trace.attempts == 2 and answer.verdict.rule == "time_of_what_was_asked"


def test_a_name_that_did_not_do_the_deed_asked_is_asked_again_from_the_sentences_matching_best(make_bot):
    """"Who won the final?" answered with a runner whose sentence tells no win: asked once more with
    the sentences that match the question best."""
    story = ("Athens\n\nAnn Lee scraped into the final as a fastest loser. The weather was hot all week. "
             "She finished the final over a minute behind winner Bea Ray. Many fans came.")

    def reply(messages):
        return "Bea Ray won the final [1]." if len(bot.generator.calls) > 1 else "Ann Lee won the final [1]."

    bot = make_bot(reply)
    athens = bot.add(article_from_text(story))
    answer = bot.ask("Who won the final?", scope=athens.id)
    assert answer.text == "Bea Ray won the final [1]." and not answer.refused, answer.check
    assert answer.trace.attempts == 2 and "deed_not_words" in answer.check


def test_an_answer_about_something_else_is_asked_again_from_the_sentences_naming_the_subject(make_bot):
    """Lithuania's minister given as Latvia's: asked once more with only the sentences that name
    Latvia."""
    filler = "in a long message to his followers on the evening of the day the border queues grew"
    story = (f"Ministers\n\nLithuania's foreign minister Gabrielius Landsbergis tweeted that Russians should "
             f"stay, {filler}.\n\nThe Latvian foreign minister, Edgars Rinkevics, tweeted that many "
             f"were fine, "
             f"{filler}.")

    def reply(messages):
        if "Landsbergis" in messages[-1]["content"]:
            return citing("Landsbergis", "Gabrielius Landsbergis [{n}].")(messages)
        return citing("Rinkevics", "Edgars Rinkevics [{n}].")(messages)

    bot = make_bot(reply)
    answer = bot.ask("Who is Latvia's foreign minister?", scope=bot.add(article_from_text(story)).id)
    assert answer.text == "Edgars Rinkevics [1]." and answer.trace.attempts == 2
    assert "about_the_question" in answer.check


def test_a_speakers_words_after_the_sentence_naming_him_are_kept_when_asked_again(make_bot):
    """'He added: "..."' speaks for the Edward Leigh a passage earlier: when the first answer
    comes from elsewhere, the passages that go on with his words are asked with the one naming
    him, in the article's order."""
    filler = "in a long statement to the press on the evening of the day the report on the sale came out"
    story = (f"Dome\n\nBut Edward Leigh, chairman of the public accounts committee, warned the government, "
             f"{filler}.\n\nHe added: \"It has been a white elephant since it closed, closed for years, "
             f"{filler}.\"\n\nThe "
             f"audit office gave its figures, {filler}.\n\nFinally, a deal to turn it into a sport and "
             f"entertainment venue was struck by the government, {filler}.")

    def reply(messages):
        if "sport" in messages[-1]["content"]:
            return citing("sport", "It has been a sport and entertainment venue [{n}].")(messages)
        return citing("white elephant", "A white elephant [{n}].")(messages)

    bot = make_bot(reply)
    answer = bot.ask("According to Edward Leigh, what has it been since it closed?",
                     scope=bot.add(article_from_text(story)).id)
    assert answer.text == "A white elephant [2]." and answer.trace.attempts == 2
    assert "about_the_question: the cited passages do not mention edwar, leigh" in answer.check
    second = [line for line in bot.generator.calls[1][-1]["content"].splitlines() if line.startswith("[")]
    assert second[0].startswith("[1] But Edward Leigh") and second[1].startswith("[2] He added")


def test_the_refusal_stands_when_the_narrowed_question_fails_too(make_bot):
    bot = make_bot(citing("Mongolia", "43,000 went to Mongolia [{n}]."))
    border = bot.add(article_from_text(BORDER))
    answer = bot.ask("How many went to Mongolia?", scope=border.id)
    assert answer.refused and answer.verdict.rule == "number_about_the_question"
    assert len(bot.generator.calls) == 2
