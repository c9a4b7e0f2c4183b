"""A school's network between the app and its PostgreSQL server, on loopback: a small asyncio TCP proxy that delays
each direction, counts round trips, and can stall or drop its connections (issue 20).

    with Proxy("127.0.0.1", 5432, delay_ms=10) as proxy:   # 10 ms each way: a 20 ms round trip
        url = proxy.url_for("postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
        ...
        proxy.round_trips      # exchanges so far: the client spoke after the server had answered
        proxy.stall()          # hold everything in both directions (a server that does not answer) ...
        proxy.resume()         # ... and let it through again
        proxy.drop()           # cut every open connection (a Wi-Fi that went away); new ones still connect
        proxy.mute()           # let the client's words through but hold the server's answers (then drop: a COMMIT
                               # that arrived, whose answer never came back)
        proxy.refuse()         # close every new connection at once (a server that is down) ... proxy.admit()

The delay is latency, not bandwidth: each chunk read is written on after `delay_ms`, in order. A round trip is
one ReadyForQuery from the server (PostgreSQL's wire protocol): the answer to a simple query or to a Sync, which
is what a client waits for, once per exchange, however many statements it sent before it. A statement sent
without waiting (a pipelined COMMIT) is answered with the next exchange and costs none of its own. (The proxy
reads the protocol's message frames only; it assumes no TLS, as on loopback.)
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url

from autonomy.storage.pipeline import WRITES


class Proxy:
    def __init__(self, host: str, port: int, *, delay_ms: float = 10.0) -> None:
        self.target = (host, port)
        self.delay_ms = delay_ms
        self.round_trips = 0
        self.connections = 0
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._flowing = threading.Event()
        self._flowing.set()
        self._answering = threading.Event()
        self._answering.set()
        self.refusing = False
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._loop.run_forever, name="network-proxy", daemon=True)

    # --- from the test's thread ------------------------------------------------------------------------------
    def start(self) -> Proxy:
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._accept, "127.0.0.1", 0), self._loop).result(10)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def url_for(self, url: str) -> str:
        """`url` (a server on `target`) reached through this proxy instead."""
        return make_url(url).set(host="127.0.0.1", port=self.port).render_as_string(hide_password=False)

    def count(self) -> int:
        with self._lock:
            return self.round_trips

    def stall(self) -> None:
        self._flowing.clear()

    def resume(self) -> None:
        self._flowing.set()
        self._answering.set()

    def mute(self) -> None:
        self._answering.clear()

    def refuse(self) -> None:
        self.refusing = True

    def admit(self) -> None:
        self.refusing = False

    def drop(self) -> None:
        """Close every open connection now (both sides; done when this returns); new ones still connect."""
        async def cut() -> None:
            for writer in list(self._writers):
                writer.transport.abort()
            self._writers.clear()

        asyncio.run_coroutine_threadsafe(cut(), self._loop).result(10)
        self._answering.set()  # (what was held is gone with its connection)

    def close(self) -> None:
        self.resume()
        if self._server is not None:
            async def shut() -> None:
                assert self._server is not None
                self._server.close()
                for writer in list(self._writers):
                    writer.transport.abort()

            asyncio.run_coroutine_threadsafe(shut(), self._loop).result(10)
        async def finish() -> None:  # the connections' tasks end before the loop stops
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            if tasks:  # (their transports are aborted: each ends at once)
                await asyncio.wait(tasks, timeout=5)

        asyncio.run_coroutine_threadsafe(finish(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    def __enter__(self) -> Proxy:
        return self.start()

    def __exit__(self, _type: type[BaseException] | None, _exc: BaseException | None,
                 _tb: TracebackType | None) -> None:
        self.close()

    # --- on the proxy's loop ---------------------------------------------------------------------------------
    async def _accept(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        if self.refusing:
            client_w.transport.abort()
            return
        try:
            server_r, server_w = await asyncio.open_connection(*self.target)
        except OSError:
            client_w.transport.abort()
            return
        self._writers.update((client_w, server_w))
        self.connections += 1
        frames = _Frames()

        def ready(count: int) -> None:
            with self._lock:
                self.round_trips += count

        await asyncio.gather(self._pump(client_r, server_w, frames.from_client),
                             self._pump(server_r, client_w, lambda data: ready(frames.from_server(data)),
                                        answers=True),
                             return_exceptions=True)
        for writer in (client_w, server_w):
            self._writers.discard(writer)
            writer.transport.abort()

    async def _pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                    seen: Callable[[bytes], None], *, answers: bool = False) -> None:
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def deliver() -> None:
            while True:
                due, data = await queue.get()
                if not data:
                    break
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                while not self._flowing.is_set() or (answers and not self._answering.is_set()):
                    # stalled (or muted, for the server's answers): hold it (checked often, so resume is prompt)
                    await asyncio.sleep(0.005)
                writer.write(data)
                await writer.drain()
            writer.transport.abort()

        delivering = asyncio.ensure_future(deliver())
        try:
            while True:
                data = await reader.read(65536)
                if data:
                    seen(data)
                queue.put_nowait((time.monotonic() + self.delay_ms / 1000, data))
                if not data:
                    break
        except (ConnectionError, OSError):
            queue.put_nowait((0.0, b""))
        await delivering


_SSL_REQUEST, _GSS_REQUEST, _STARTUP = 80877103, 80877104, 196608


class _Frames:
    """PostgreSQL's message frames on one connection, read only to count the server's ReadyForQuery ('Z').

    The client's first messages have no type byte (startup; an SSL or GSS encryption request, which the server
    answers with one byte, 'N' when it has no TLS); every other message is a type byte and a length."""

    def __init__(self) -> None:
        self.client = bytearray()
        self.server = bytearray()
        self.started = False
        self.single_byte_answers = 0

    def from_client(self, data: bytes) -> None:
        if self.started:
            return  # (what the client sends after the startup does not matter here)
        self.client += data
        while not self.started and len(self.client) >= 8:
            length = int.from_bytes(self.client[:4], "big")
            if len(self.client) < length:
                return
            code = int.from_bytes(self.client[4:8], "big")
            if code in (_SSL_REQUEST, _GSS_REQUEST):
                self.single_byte_answers += 1
            elif code == _STARTUP:
                self.started = True
            del self.client[:length]

    def from_server(self, data: bytes) -> int:
        self.server += data
        ready = 0
        while self.server:
            if self.single_byte_answers:
                self.single_byte_answers -= 1
                del self.server[:1]
                continue
            if len(self.server) < 5:
                break
            length = int.from_bytes(self.server[1:5], "big")
            if len(self.server) < 1 + length:
                break
            if self.server[0] == ord("Z"):
                ready += 1
            del self.server[:1 + length]
        return ready


def at_next_commit(engine: Any, do: Callable[[], None]) -> None:
    """Run `do` once, as the next transaction that writes is about to send its COMMIT (a read's is let by): where
    a test drops or stalls the connection with the COMMIT on its way."""
    pending = [do]

    def once(conn: Any) -> None:
        if pending and conn.get_execution_options().get(WRITES):
            pending.pop()()

    event.listen(engine, "commit", once)
