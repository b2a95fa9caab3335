"""Telegram update handlers: thin adapters between updates and the engine's Reply.

No matching logic lives here. Shared objects sit in `context.bot_data`, a `BotData`: the
engine, the question buttons, the settings and the state file (see botdata.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import hashlib
import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from telegram import (
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    MaybeInaccessibleMessage,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatType, InlineQueryLimit, ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import filters

from bot.catalogue import example_questions
from bot.channels.telegram import texts
from bot.channels.telegram.botdata import Context
from bot.channels.telegram.html import (
    MAX_MESSAGE_LENGTH,
    Line,
    html_to_plain,
    reply_lines,
    split_lines,
)
from bot.channels.telegram.logs import loggable, note_error, note_reply
from bot.channels.telegram.metrics import HANDLER_ERROR, INLINE_CHANNEL
from bot.channels.telegram.network import describe
from bot.channels.telegram.records import record_answer
from bot.context import ContextStore
from bot.reply import Reply
from knowledge.base import KnowledgeBase
from knowledge.errors import KnowledgeError
from knowledge.loader import load_knowledge

if TYPE_CHECKING:
    from bot.engine import Engine

log = logging.getLogger(__name__)
T = TypeVar("T")

INLINE_CACHE_SECONDS = 60
MAX_INLINE_RESULTS = 4  # the answer plus up to 3 suggestions; Telegram allows 50
# Telegram's words when it refuses a message's markup (HTML it cannot parse).
MARKUP_REFUSED = ("can't parse entities", "can't find end of")


# --- shared objects ------------------------------------------------------------------------

def engine_of(context: Context) -> Engine:
    """The engine (bot_data.engine)."""
    return context.bot_data.engine


def keyboard(context: Context, questions: Sequence[str]) -> InlineKeyboardMarkup | None:
    """Buttons asking `questions` (the button table, saved with the state, may change)."""
    context.bot_data.state.changed()
    return context.bot_data.buttons.keyboard(questions)


def message_of(update: Update) -> Message:
    """The update's message: message and command handlers are registered for new messages
    only (application.py), so there always is one."""
    message = update.effective_message
    assert message is not None, "a message handler got an update without a message"
    return message


def user_id(update: Update) -> int | None:
    """The id of the user who sent the update, if any."""
    return update.effective_user.id if update.effective_user else None


def conversation_id(chat_id: int, user_id: int | None, chat_type: str) -> str:
    """The engine's chat id: one conversation per private chat, one per member in a group."""
    if chat_type == ChatType.PRIVATE or user_id is None:
        return f"tg:{chat_id}"
    return f"tg:{chat_id}:{user_id}"


# --- sending -------------------------------------------------------------------------------

async def reply_with(target: MaybeInaccessibleMessage, lines: Sequence[Line],
                     markup: InlineKeyboardMarkup | None = None) -> None:
    """Reply to `target` with `lines`, split as needed; buttons go on the last part.
    In groups the first part quotes the message it answers. A part whose HTML Telegram
    refuses ("can't parse entities") is sent again as the same text without markup."""
    chunks = split_lines(lines)
    for index, chunk in enumerate(chunks):
        keyboard = markup if index == len(chunks) - 1 else None
        try:
            await send_part(target, chunk, keyboard, first=index == 0)
        except BadRequest as error:
            if not markup_refused(error):
                raise
            log.warning("chat %s: Telegram refused the HTML of a reply (%s); sending it as "
                        "plain text", target.chat.id, describe(error))
            await send_part(target, html_to_plain(chunk), keyboard, first=index == 0,
                            parse_mode=None)


async def send_part(target: MaybeInaccessibleMessage, text: str,
                    keyboard: InlineKeyboardMarkup | None, first: bool,
                    parse_mode: str | None = ParseMode.HTML) -> None:
    """Send one message of a reply (HTML by default; `parse_mode=None`: plain text)."""
    if isinstance(target, Message):
        await target.reply_text(text, do_quote=None if first else False,
                                reply_markup=keyboard, parse_mode=parse_mode)
    else:  # a message too old for the bot to access: write to its chat
        await target.get_bot().send_message(target.chat.id, text, reply_markup=keyboard,
                                             parse_mode=parse_mode)


def markup_refused(error: BadRequest) -> bool:
    """True if Telegram refused the message's markup (rather than the message itself)."""
    message = error.message.casefold()
    return any(words in message for words in MARKUP_REFUSED)


async def answer_question(context: Context, message: MaybeInaccessibleMessage, question: str,
                          user_id: int | None, echo: bool = False) -> Reply:
    """Ask the engine and reply (updates of one chat are processed in arrival order, see
    chatlocks.ChatOrderedUpdateProcessor)."""
    chat = message.chat
    started = time.perf_counter()
    reply = engine_of(context).ask(question, conversation_id(chat.id, user_id, chat.type))
    record_answer(context, reply, chat.id, user_id)
    context.bot_data.metrics.question(reply)
    lines = reply_lines(reply, question if echo else None)
    await reply_with(message, lines, keyboard(context, reply.suggestions))
    context.bot_data.metrics.answer_time(time.perf_counter() - started)
    if log.isEnabledFor(logging.DEBUG):  # loggable() costs more than the check
        log.debug("chat %s asked \"%s\": answered %s", chat.id, loggable(question),
                  reply.status)
    return reply


# --- commands ------------------------------------------------------------------------------

async def start(update: Update, context: Context) -> None:
    """Greet the user and offer three example questions as buttons."""
    message = message_of(update)
    user = update.effective_user
    kb = engine_of(context).knowledge
    markup = keyboard(context, example_questions(kb, limit=3))
    await reply_with(message, texts.greeting(user.first_name if user else None), markup)


async def help_command(update: Update, context: Context) -> None:
    """Explain how to ask and what the bot knows (/help, /bantuan)."""
    kb = engine_of(context).knowledge
    await reply_with(message_of(update), texts.help_lines(kb, context.bot.username))


async def awards(update: Update, context: Context) -> None:
    """List the awards and editions the bot knows (/penghargaan)."""
    await reply_with(message_of(update), texts.awards_lines(engine_of(context).knowledge))


async def sources(update: Update, context: Context) -> None:
    """List the source articles (/sumber)."""
    await reply_with(message_of(update), texts.sources_lines(engine_of(context).knowledge))


async def about(update: Update, context: Context) -> None:
    """Say what the bot is and where its answers come from (/tentang)."""
    await reply_with(message_of(update), texts.about_lines(engine_of(context).knowledge))


async def reload_facts(update: Update, context: Context) -> None:
    """Reload the fact files (admins only); keep the old knowledge if the new is invalid."""
    message = message_of(update)
    user = update.effective_user
    settings = context.bot_data.settings
    if user is None or user.id not in settings.admin_user_ids:
        log.info("refused /reload from user %s (%s)", user.id if user else None,
                 loggable(user.full_name) if user else "no sender")
        await reply_with(message, [Line(texts.RELOAD_REFUSED)])
        return
    engine = engine_of(context)

    def load_and_switch() -> KnowledgeBase:
        kb = load_knowledge(settings.facts_dir, settings.seeds_dir)
        # the engine's indexes are built off the event loop too (1.4 s at 10,000 editions);
        # the switch to them is one assignment, and a question being answered keeps the old
        engine.replace_knowledge(kb)
        context.bot_data.metrics.knowledge_loaded()
        return kb

    loading = in_daemon_thread(load_and_switch)
    context.bot_data.reloads.add(loading)
    try:
        kb = await loading
    except asyncio.CancelledError:
        if not loading.cancelled():
            raise
        log.warning("/reload by %s abandoned: the bot is stopping", user.id)
        return
    except KnowledgeError as error:
        log.warning("/reload by %s: invalid fact files (%d problems); old knowledge kept",
                    user.id, len(error.issues))
        await reply_with(message, texts.reload_failed([str(i) for i in error.issues]))
        return
    finally:
        context.bot_data.reloads.discard(loading)
    context.bot_data.knowledge_loaded_at = time.time()
    log.info("/reload by %s: knowledge reloaded %s", user.id, kb.counts())
    await reply_with(message, texts.reload_done(kb))


def in_daemon_thread(function: Callable[[], T]) -> asyncio.Future[T]:
    """Run `function` in a new daemon thread; its result (or error) settles the future. A
    shutdown neither waits for the thread (unlike asyncio.to_thread's pool) nor for the
    future, once cancelled."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(result: Any, error: BaseException | None) -> None:
        if not future.done():
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result)

    def work() -> None:
        try:
            result, error = function(), None
        except BaseException as caught:
            result, error = None, caught
        with contextlib.suppress(RuntimeError):  # the event loop has closed meanwhile
            loop.call_soon_threadsafe(settle, result, error)

    threading.Thread(target=work, name="humasbot-reload", daemon=True).start()
    return future


async def unknown_command(update: Update, context: Context) -> None:
    """Point to /bantuan when a private chat sends a command the bot doesn't have."""
    await reply_with(message_of(update), [Line(texts.UNKNOWN_COMMAND)])


# --- messages ------------------------------------------------------------------------------

async def private_text(update: Update, context: Context) -> None:
    """Answer a question asked in a private chat."""
    message = message_of(update)
    assert message.text is not None  # filters.TEXT
    await answer_question(context, message, message.text, user_id(update))


async def group_text(update: Update, context: Context) -> None:
    """Answer a group message that mentions the bot or replies to it."""
    message = message_of(update)
    question = without_mention(without_bot_entities(message), context.bot.username)
    if not question:
        example = texts.first_example(engine_of(context).knowledge)
        await reply_with(message, [Line(texts.EMPTY_MENTION.format(example=example))])
        return
    await answer_question(context, message, question, user_id(update))


async def non_text(update: Update, context: Context) -> None:
    """Ask for text when a private chat sends a sticker, photo, voice note, …"""
    example = texts.first_example(engine_of(context).knowledge)
    await reply_with(message_of(update), [Line(texts.NON_TEXT.format(example=example))])


def without_bot_entities(message: Message) -> str:
    """The message's text with every mention of the bot cut out: @username mentions and text
    mentions (a name linked to the bot's user), located by their entities (UTF-16 offsets)."""
    text = message.text or ""
    bot = message.get_bot()
    username = f"@{bot.username}".casefold()
    spans = [(entity.offset, entity.offset + entity.length)
             for entity, value in message.parse_entities(
                 [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items()
             if (entity.type == MessageEntity.MENTION and value.casefold() == username)
             or (entity.user is not None and entity.user.id == bot.id)]
    if not spans:
        return text
    encoded = text.encode("utf-16-le")
    for start, end in sorted(spans, reverse=True):
        encoded = encoded[: 2 * start] + " ".encode("utf-16-le") + encoded[2 * end:]
    return encoded.decode("utf-16-le", "replace")


def without_mention(text: str, username: str) -> str:
    """The text with @username (any case) removed and spaces tidied."""
    stripped = re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE)
    return " ".join(stripped.split()).strip(" ,:")


class AddressedToBot(filters.MessageFilter):
    """Messages that mention the bot (by @username or text mention) or reply to its messages."""

    def filter(self, message: Message) -> bool:
        bot = message.get_bot()
        replied = message.reply_to_message
        if replied and replied.from_user and replied.from_user.id == bot.id:
            return True
        username = f"@{bot.username}".casefold()
        for entity, text in message.parse_entities(
                [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
            if entity.type == MessageEntity.MENTION and text.casefold() == username:
                return True
            if entity.user is not None and entity.user.id == bot.id:
                return True
        return False


ADDRESSED_TO_BOT = AddressedToBot(name="AddressedToBot")


# --- buttons and inline mode ---------------------------------------------------------------

async def question_button(update: Update, context: Context) -> None:
    """Answer the question behind a tapped button (the callback query is always answered)."""
    query = update.callback_query
    assert query is not None  # a CallbackQueryHandler
    question = context.bot_data.buttons.question_for(query.data or "")
    if question is None:
        await query.answer(texts.EXPIRED_BUTTON)
        return
    await query.answer()
    if query.message is None:  # a button on an inline-mode message: nowhere to reply
        return
    await answer_question(context, query.message, question, query.from_user.id, echo=True)


async def inline_query(update: Update, context: Context) -> None:
    """Offer the answer (and answers to its suggestions) as inline results."""
    query = update.inline_query
    assert query is not None  # an InlineQueryHandler
    text = " ".join(query.query.split())
    log.debug("inline query from user %s: \"%s\"", query.from_user.id, loggable(text))
    kb = engine_of(context).knowledge
    started = time.perf_counter()
    reply = ask_without_context(context, text) if text else None
    if reply is not None:
        note_reply(reply)  # for the update's log line only: inline queries are not recorded
        context.bot_data.metrics.question(reply, INLINE_CHANNEL)
    questions = [text, *reply.suggestions] if reply else example_questions(kb, limit=3)
    results = []
    for question in questions[:MAX_INLINE_RESULTS]:
        answer = reply if reply and question == text else ask_without_context(
            context, question)
        results.append(inline_article(question, answer, context.bot.username))
    await query.answer(results[: InlineQueryLimit.RESULTS], cache_time=INLINE_CACHE_SECONDS)
    if reply is not None:
        context.bot_data.metrics.answer_time(time.perf_counter() - started, INLINE_CHANNEL)


def ask_without_context(context: Context, question: str) -> Reply:
    """Ask outside any conversation: inline queries arrive keystroke by keystroke and must
    neither use nor change the conversation store (not even for a moment: a scratch chat
    there could push a real chat's context out of a full store). The engine is asked through
    a shallow copy with a store of its own."""
    engine = copy.copy(engine_of(context))
    engine.context = ContextStore(max_chats=1)
    return engine.ask(question, "tg-inline")


def inline_article(question: str, reply: Reply, username: str) -> InlineQueryResultArticle:
    """One inline result: the question as title, the first answer line as description."""
    lines = reply_lines(reply, question)
    chunks = split_lines(lines)
    content = chunks[0]
    if len(chunks) > 1:  # too long for one message: the start, and where to read the rest
        note = Line(texts.INLINE_CONTINUE.format(username=username), "i")
        content = split_lines(lines, MAX_MESSAGE_LENGTH - 200)[0] + "\n\n" + note.html()
    first_line = next((line for line in reply.text.splitlines() if line.strip()), "…")
    result_id = hashlib.blake2b(question.encode("utf-8"), digest_size=16).hexdigest()
    return InlineQueryResultArticle(
        id=result_id, title=question[:100], description=first_line[:200],
        input_message_content=InputTextMessageContent(content),
    )


# --- errors --------------------------------------------------------------------------------

async def on_error(update: object, context: Context) -> None:
    """Log the error with the update id (never the token) and apologise to the user."""
    error = context.error
    note_error()
    if not isinstance(error, TelegramError):  # the Bot API's errors are counted as they occur
        context.bot_data.metrics.telegram_error(error or HANDLER_ERROR)
    if update is None:  # getting updates failed (PTB's polling loop tries again by itself)
        log.warning("getting updates failed (%s); retrying", type(error).__name__)
        return
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(error, Forbidden):  # blocked by the user, removed from the group…
        chat = update.effective_chat if isinstance(update, Update) else None
        log.info("update %s: the bot may not write to chat %s (%s); not answered", update_id,
                 chat.id if chat else None, describe(error))
        return
    if isinstance(error, RetryAfter):
        log.warning("update %s: flood limit hit even after retries", update_id)
    elif isinstance(error, NetworkError) and not isinstance(error, BadRequest):  # TimedOut too
        log.warning("update %s: network problem talking to Telegram: %s", update_id,
                    type(error).__name__)
    else:
        log.error("update %s: error while handling it", update_id, exc_info=error)
    if isinstance(update, Update):
        await apologise(update)


async def apologise(update: Update) -> None:
    """Tell the user something went wrong; failures to do so are only logged."""
    if update.callback_query is not None:
        with contextlib.suppress(TelegramError):  # fails if it was answered already
            await update.callback_query.answer(texts.APOLOGY)
    chat = update.effective_chat
    if chat is None or update.effective_message is None:
        return
    try:
        await update.get_bot().send_message(chat.id, texts.APOLOGY)
    except TelegramError as error:
        log.warning("update %s: could not send the apology (%s)", update.update_id,
                    type(error).__name__)
