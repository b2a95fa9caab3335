# humasbot's image: `docker build -t humasbot .`, then see README ("Docker").
#
# Two stages: the first installs the locked dependencies and humasbot itself (a regular,
# non-editable install: the image needs no source tree) into /app/.venv with uv, using the
# same commands as .ci/run (pip install uv; uv sync --locked), without the development tools;
# the second copies that venv onto a clean Python and runs it as an unprivileged user, with
# the state and the unanswered questions in the /data volume.

FROM python:3.11-slim-bookworm AS build
ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never
RUN python3 -m pip install --quiet --no-cache-dir uv
WORKDIR /app
# The dependencies first: this layer is rebuilt only when the lock file changes.
COPY pyproject.toml uv.lock README.md LICENSE ./
RUN uv sync --locked --no-dev --no-install-project
COPY bot ./bot
COPY knowledge ./knowledge
COPY seeds ./seeds
RUN uv sync --locked --no-dev --no-editable

FROM python:3.11-slim-bookworm
RUN useradd --system --uid 10001 --user-group --home-dir /data --no-create-home \
        --shell /usr/sbin/nologin humasbot \
    && mkdir /data && chown humasbot:humasbot /data
COPY --from=build /app/.venv /app/.venv
ENV PATH=/app/.venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    HUMASBOT_STATE_FILE=/data/state.json \
    HUMASBOT_UNANSWERED_FILE=/data/unanswered.jsonl \
    HUMASBOT_METRICS_PORT=9108 \
    HUMASBOT_METRICS_LISTEN=0.0.0.0
VOLUME /data
WORKDIR /data
USER humasbot
EXPOSE 9108
# 200 from /healthz, else unhealthy (urllib raises on 503): no curl needed in the image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % (os.environ.get('HUMASBOT_METRICS_PORT') or 9108), timeout=4)"]
# SIGTERM (docker stop) stops the bot cleanly and saves the conversations.
STOPSIGNAL SIGTERM
ENTRYPOINT ["humasbot"]
CMD ["run"]
