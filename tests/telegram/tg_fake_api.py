"""A fake Telegram Bot API server on 127.0.0.1 (tornado), for end-to-end tests.

It speaks the real protocol: `POST /bot<token>/<method>` with form or JSON parameters, answers
`{"ok": true, "result": …}` or `{"ok": false, "error_code": …, "description": …}` and enforces the
rules the bot must respect (HTML entities, 1–4096 characters, callback_data ≤ 64 bytes, ≤ 50
inline results, every callback query answered once). Every call is recorded; tests push
updates (see tg_updates) and poll the records with `wait_for`.

Faults are injected per method: `fail_next` (an error answer: 429 with retry_after, 5xx, 400,
403…), `drop_next` (the connection is closed without an answer), `delay_next` (the answer comes
late; if the client gives up first the call is not carried out), `garble_next` (a body that is
not JSON), and `block` (every message to a chat is refused with 403, as when a user blocks the
bot). A faulted call is never carried out, so a retry of it is not a duplicate.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import tornado.web
from tg_fake_html import ParseError, parse_html, utf16_length
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets

JSON_FIELDS = {"reply_markup", "commands", "results", "entities", "reply_parameters",
               "allowed_updates", "link_preview_options", "scope", "button"}
COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")
SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class ApiError(Exception):
    """An error answer: HTTP status = error_code, with the Bot API's description."""

    def __init__(self, code: int, description: str, **parameters: Any) -> None:
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


def bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


GARBLED = b'{"ok": true, "result": {"message_id'  # a body cut short: not JSON
BLOCKED = ApiError(403, "Forbidden: bot was blocked by the user")
CHAT_METHODS = {"sendmessage", "editmessagetext", "sendchataction"}


@dataclass
class Fault:
    """A misbehaviour other than an error answer: "drop" the connection, "delay" the answer
    by `seconds`, or "garble" it (answer `body` with `status`)."""

    kind: str
    seconds: float = 0.0
    body: bytes = b""
    status: int = 200


@dataclass
class Call:
    """One recorded Bot API call."""

    method: str
    params: dict[str, Any]
    ok: bool
    result: Any = None
    error: str | None = None
    at: float = field(default_factory=time.monotonic)

    @property
    def text(self) -> str | None:
        """The text this call sent, with entities decoded (None if not a text call)."""
        return self.result.get("text") if isinstance(self.result, dict) else None


class FakeBotApi:
    """The fake server: start(), push updates, read `calls`, close()."""

    def __init__(self, token: str, username: str = "humasbot_test_bot") -> None:
        self.token = token
        self.bot_user = {"id": int(token.split(":")[0]), "is_bot": True, "first_name": "Humasbot",
                         "username": username, "can_join_groups": True,
                         "can_read_all_group_messages": False, "supports_inline_queries": True}
        self.calls: list[Call] = []
        self.updates: list[dict] = []
        self.chats: dict[int, dict] = {}
        self.messages: dict[tuple[int, int], dict] = {}
        self.callback_queries: dict[str, bool] = {}  # id → answered
        self.inline_queries: dict[str, bool] = {}
        self.commands: list[dict] = []
        self.webhook: dict[str, Any] = {"url": ""}
        self.failures: dict[str, list[ApiError | Fault]] = {}
        self.blocked: set[int] = set()
        self._ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count] = {}
        self._arrived = asyncio.Event()
        self._closing = False
        self._server: HTTPServer | None = None
        self.port = 0

    # --- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        app = tornado.web.Application([(r"/bot([^/]*)/([^/]+)", _Handler, {"api": self})],
                                      log_function=lambda handler: None)
        self._server = HTTPServer(app)
        sockets = bind_sockets(0, "127.0.0.1")
        self._server.add_sockets(sockets)
        self.port = sockets[0].getsockname()[1]

    async def close(self) -> None:
        self._closing = True
        self._arrived.set()
        if self._server:
            self._server.stop()
            await self._server.close_all_connections()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # --- what tests do -----------------------------------------------------------------------

    def push(self, update: dict) -> dict:
        """Queue an update for getUpdates (its update_id is assigned here)."""
        update = self.remember(update)
        self.updates.append(update)
        self._arrived.set()
        return update

    def remember(self, update: dict) -> dict:
        """Give the update an id and note its chat, messages and queries (as Telegram knows
        them) without queueing it: for updates delivered by webhook."""
        update = {"update_id": next(self._ids), **update}
        for key in ("message", "edited_message"):
            if key in update:
                message = update[key]
                self.chats[message["chat"]["id"]] = message["chat"]
                self.messages[(message["chat"]["id"], message["message_id"])] = message
        if "callback_query" in update:
            self.callback_queries[update["callback_query"]["id"]] = False
        if "inline_query" in update:
            self.inline_queries[update["inline_query"]["id"]] = False
        return update

    def next_message_id(self, chat_id: int) -> int:
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    def fail_next(self, method: str, error: ApiError | Fault, times: int = 1,
                  chat: int | None = None) -> None:
        """Make the next `times` calls of `method` (to `chat`, if given) fail with `error`."""
        self.script(method, [error] * times, chat)

    def script(self, method: str, faults: list[ApiError | Fault | None],
               chat: int | None = None) -> None:
        """Queue what the next calls of `method` (to `chat`, if given) meet, one entry per
        call: a fault, or None for a normal answer. A chat's own queue comes first."""
        key = method.lower() if chat is None else f"{method.lower()}@{chat}"
        self.failures.setdefault(key, []).extend(faults)

    def drop_next(self, method: str, times: int = 1, chat: int | None = None) -> None:
        """Close the connection of the next `times` calls of `method` without answering."""
        self.fail_next(method, Fault("drop"), times, chat)

    def delay_next(self, method: str, seconds: float, times: int = 1,
                   chat: int | None = None) -> None:
        """Answer the next `times` calls of `method` only after `seconds`."""
        self.fail_next(method, Fault("delay", seconds=seconds), times, chat)

    def garble_next(self, method: str, body: bytes = GARBLED, status: int = 200,
                    times: int = 1, chat: int | None = None) -> None:
        """Answer the next `times` calls of `method` with `body`, which is not valid JSON."""
        self.fail_next(method, Fault("garble", body=body, status=status), times, chat)

    def block(self, chat_id: int, blocked: bool = True) -> None:
        """Refuse (403) every message to `chat_id`, as when its user blocked the bot."""
        (self.blocked.add if blocked else self.blocked.discard)(chat_id)

    def pending_faults(self) -> int:
        """Faults queued but not yet met (normal-answer entries not counted)."""
        return sum(1 for queue in self.failures.values() for fault in queue if fault)

    def _next_fault(self, method: str, params: dict) -> ApiError | Fault | None:
        for key in (f"{method.lower()}@{_int(params.get('chat_id'))}", method.lower()):
            queue = self.failures.get(key)
            if queue:
                return queue.pop(0)
        return None

    def recorded(self, method: str | None = None, *, ok: bool | None = True,
                 where: Callable[[Call], bool] = lambda call: True) -> list[Call]:
        return [c for c in self.calls
                if (method is None or c.method.lower() == method.lower())
                and (ok is None or c.ok == ok) and where(c)]

    async def wait_for(self, method: str, where: Callable[[Call], bool] = lambda call: True,
                       count: int = 1, timeout: float = 5.0, ok: bool | None = True) -> list[Call]:
        """Poll the records until `count` matching calls exist; fail after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.recorded(method, ok=ok, where=where)
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                seen = [(c.method, c.ok, c.error, (c.text or "")[:80]) for c in self.calls[-10:]]
                raise AssertionError(f"expected {count} × {method}, got {len(found)}; "
                                     f"last calls: {seen}")
            await asyncio.sleep(0.01)

    # --- HTTP --------------------------------------------------------------------------------

    async def _handle(self, request: _Handler, token: str, method: str) -> tuple[int, Any]:
        """Answer one call: (status, JSON document or raw bytes); (0, None): nothing to send."""
        params = request.params()
        if token != self.token:
            return _error(ApiError(401, "Unauthorized"))
        handler = getattr(self, f"api_{method.lower()}", None)
        if handler is None:
            return _error(ApiError(404, "Not Found"))
        if method.lower() == "getupdates" and not self.webhook["url"]:
            await self._updates_ready(params, request.gone)  # faults strike when updates are ready
            if request.gone.is_set():  # the client gave up waiting: nothing is delivered
                return 0, None
        fault = self._next_fault(method, params)
        if isinstance(fault, Fault):
            answer = await self._misbehave(request, method, params, fault)
            if answer is not None:
                return answer
            fault = None  # delayed, and the client still waits: carry the call out
        if fault is None and method.lower() in CHAT_METHODS and _int(params.get("chat_id")) in (
                self.blocked):
            fault = BLOCKED
        try:
            if fault is not None:
                raise fault
            result = await handler(params)
        except ParseError as error:
            self.calls.append(Call(method, params, False, error=str(error)))
            return _error(ApiError(400, str(error)))
        except ApiError as error:
            self.calls.append(Call(method, params, False, error=error.description))
            return _error(error)
        self.calls.append(Call(method, params, True, result=result))
        return 200, {"ok": True, "result": result}

    async def _misbehave(self, request: _Handler, method: str, params: dict,
                         fault: Fault) -> tuple[int, Any] | None:
        """Carry out `fault`; None if the call should then be handled as usual."""
        if fault.kind == "drop":
            self.calls.append(Call(method, params, False, error="connection dropped"))
            request.drop()
            return 0, None
        if fault.kind == "garble":
            self.calls.append(Call(method, params, False, error="malformed JSON"))
            return fault.status, fault.body
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(request.gone.wait(), fault.seconds)
        if request.gone.is_set():  # the client gave up and closed the connection
            self.calls.append(Call(method, params, False,
                                   error=f"client gave up before the {fault.seconds} s delay"))
            return 0, None
        return None

    # --- methods -----------------------------------------------------------------------------

    async def api_getme(self, params: dict) -> dict:
        return self.bot_user

    async def api_getupdates(self, params: dict) -> list[dict]:
        if self.webhook["url"]:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                                "use deleteWebhook to delete the webhook first")
        self._confirm(params)  # the long-poll wait happened before (see _handle)
        return self.updates[: int(params.get("limit") or 100)]

    def _confirm(self, params: dict) -> None:
        """Forget the updates below `offset`: the bot confirmed them."""
        offset = int(params.get("offset") or 0)
        if offset:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]

    async def _updates_ready(self, params: dict, gone: asyncio.Event) -> None:
        """Long polling: wait until an update is queued, `timeout` seconds pass or the client
        goes away."""
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        while True:
            self._confirm(params)
            if (self.updates or self._closing or gone.is_set()
                    or time.monotonic() >= deadline):
                return
            self._arrived.clear()
            arrived = asyncio.ensure_future(self._arrived.wait())
            left = asyncio.ensure_future(gone.wait())
            await asyncio.wait((arrived, left), timeout=deadline - time.monotonic(),
                               return_when=asyncio.FIRST_COMPLETED)
            arrived.cancel()
            left.cancel()

    async def api_sendmessage(self, params: dict) -> dict:
        chat = self._chat(params.get("chat_id"))
        text, entities = _text(params.get("text"), params.get("parse_mode"))
        markup = _markup(params.get("reply_markup"))
        message = {"message_id": self.next_message_id(chat["id"]), "from": self.bot_user,
                   "chat": chat, "date": int(time.time()), "text": text}
        if entities:
            message["entities"] = entities
        if markup:
            message["reply_markup"] = markup
        reply = params.get("reply_parameters") or {}
        if reply:
            replied = self.messages.get((chat["id"], int(reply["message_id"])))
            if replied is None and not reply.get("allow_sending_without_reply"):
                raise bad("message to be replied not found")
            if replied is not None:
                message["reply_to_message"] = replied
        if params.get("message_thread_id"):
            message["message_thread_id"] = int(params["message_thread_id"])
        self.messages[(chat["id"], message["message_id"])] = message
        return message

    async def api_editmessagetext(self, params: dict) -> dict | bool:
        text, entities = _text(params.get("text"), params.get("parse_mode"))
        markup = _markup(params.get("reply_markup"))
        if params.get("inline_message_id"):
            return True
        chat = self._chat(params.get("chat_id"))
        message = self.messages.get((chat["id"], int(params.get("message_id") or 0)))
        if message is None or message.get("from", {}).get("id") != self.bot_user["id"]:
            raise bad("message to edit not found")
        if message.get("text") == text and message.get("reply_markup") == markup:
            raise bad("message is not modified: specified new message content and reply markup "
                      "are exactly the same as a current content and reply markup of the message")
        message.update(text=text, edit_date=int(time.time()))
        message.pop("entities", None)
        message.pop("reply_markup", None)
        if entities:
            message["entities"] = entities
        if markup:
            message["reply_markup"] = markup
        return message

    async def api_answercallbackquery(self, params: dict) -> bool:
        query_id = str(params.get("callback_query_id"))
        if self.callback_queries.get(query_id, True):
            raise bad("query is too old and response timeout expired or query ID is invalid")
        if len(params.get("text") or "") > 200:
            raise bad("MESSAGE_TOO_LONG")
        self.callback_queries[query_id] = True
        return True

    async def api_answerinlinequery(self, params: dict) -> bool:
        query_id = str(params.get("inline_query_id"))
        if self.inline_queries.get(query_id, True):
            raise bad("query is too old and response timeout expired or query ID is invalid")
        results = params.get("results") or []
        if len(results) > 50:
            raise bad("RESULTS_TOO_MUCH")
        seen: set[str] = set()
        for result in results:
            result_id = str(result.get("id", ""))
            if not 1 <= len(result_id.encode()) <= 64:
                raise bad("RESULT_ID_INVALID")
            if result_id in seen:
                raise bad("RESULT_ID_DUPLICATE")
            seen.add(result_id)
            if result.get("type") == "article" and not result.get("title"):
                raise bad("RESULT_TITLE_EMPTY")
            content = result.get("input_message_content") or {}
            if "message_text" in content:
                _text(content["message_text"], content.get("parse_mode"))
            _markup(result.get("reply_markup"))
        self.inline_queries[query_id] = True
        return True

    async def api_setmycommands(self, params: dict) -> bool:
        commands = params.get("commands") or []
        if len(commands) > 100:
            raise bad("BOT_COMMANDS_TOO_MUCH")
        for command in commands:
            if not COMMAND.fullmatch(str(command.get("command", ""))):
                raise bad("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise bad("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands = commands
        return True

    async def api_getmycommands(self, params: dict) -> list[dict]:
        return self.commands

    async def api_setwebhook(self, params: dict) -> bool:
        secret = params.get("secret_token")
        if secret is not None and not SECRET.fullmatch(str(secret)):
            raise bad("secret token contains unallowed characters")
        self.webhook = {"url": str(params.get("url") or ""), "secret_token": secret,
                        "allowed_updates": params.get("allowed_updates")}
        return True

    async def api_deletewebhook(self, params: dict) -> bool:
        self.webhook = {"url": ""}
        if str(params.get("drop_pending_updates")).lower() == "true":
            self.updates.clear()
        return True

    async def api_getwebhookinfo(self, params: dict) -> dict:
        return {"url": self.webhook["url"], "has_custom_certificate": False,
                "pending_update_count": len(self.updates)}

    async def api_sendchataction(self, params: dict) -> bool:
        self._chat(params.get("chat_id"))
        return True

    async def api_close(self, params: dict) -> bool:
        return True

    async def api_logout(self, params: dict) -> bool:
        return True

    def _chat(self, chat_id: Any) -> dict:
        try:
            return self.chats[int(chat_id)]
        except (KeyError, TypeError, ValueError):
            raise bad("chat not found") from None


class _Handler(tornado.web.RequestHandler):
    """One HTTP call: handed to FakeBotApi._handle; `gone` is set if the client hangs up."""

    SUPPORTED_METHODS = ("GET", "POST")  # type: ignore[assignment]

    def initialize(self, api: FakeBotApi) -> None:
        self.api = api
        self.gone = asyncio.Event()

    def on_connection_close(self) -> None:
        self.gone.set()

    def params(self) -> dict[str, Any]:
        if self.request.headers.get("Content-Type", "").startswith("application/json"):
            body = json.loads(self.request.body or b"null")
            return body if isinstance(body, dict) else {}
        raw = {k: v[-1].decode() for k, v in self.request.query_arguments.items()}
        raw.update({k: v[-1].decode() for k, v in self.request.body_arguments.items()})
        return {k: json.loads(v) if k in JSON_FIELDS else v for k, v in raw.items()}

    def drop(self) -> None:
        """Close the connection without answering."""
        self.gone.set()
        self.request.connection.stream.close()  # type: ignore[union-attr]

    async def get(self, token: str, method: str) -> None:
        await self.post(token, method)

    async def post(self, token: str, method: str) -> None:
        status, body = await self.api._handle(self, token, method)
        if self.gone.is_set() or status == 0:
            return  # nothing to send: the connection is gone
        self.set_status(status, reason="Fake")
        self.set_header("Content-Type", "application/json")
        self.finish(body if isinstance(body, bytes) else json.dumps(body))


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _error(error: ApiError) -> tuple[int, dict]:
    body: dict[str, Any] = {"ok": False, "error_code": error.code,
                            "description": error.description}
    if error.parameters:
        body["parameters"] = error.parameters
    return error.code, body


def _text(text: Any, parse_mode: Any) -> tuple[str, list[dict]]:
    """Telegram's checks on a message text: entities parse, 1–4096 characters remain."""
    if text is None:
        raise bad("message text is empty")
    text = str(text)
    if str(parse_mode or "").upper() == "HTML":
        plain, entities = parse_html(text)
    elif parse_mode:
        raise bad(f"unsupported parse_mode {parse_mode}")
    else:
        plain, entities = text, []
    if not plain.strip():
        raise bad("message text is empty")
    if utf16_length(plain) > 4096:
        raise bad("message is too long")
    return plain, entities


def _markup(markup: Any) -> dict | None:
    """Inline keyboards: every button has text and one action; callback_data 1–64 bytes."""
    if not markup:
        return None
    rows = markup.get("inline_keyboard")
    if rows is None:
        return markup
    for row in rows:
        for button in row:
            if not str(button.get("text", "")).strip():
                raise bad("BUTTON_TEXT_EMPTY")
            if "callback_data" in button:
                if not 1 <= len(str(button["callback_data"]).encode("utf-8")) <= 64:
                    raise bad("BUTTON_DATA_INVALID")
            elif not {"url", "switch_inline_query", "switch_inline_query_current_chat"} & set(
                    button):
                raise bad("BUTTON_TYPE_INVALID")
    return markup
