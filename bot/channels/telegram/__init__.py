"""The Telegram channel: python-telegram-bot v22 handlers, rendering, settings and runner."""
