"""Serving the app without a separate web server: Django's threaded WSGI server, pre-forked.

One Python process runs one request's Python at a time (the GIL), so ``processes`` worker processes
share one listening socket to use every core. Static files are served by whitenoise inside the app.
For a public deployment, put the WSGI app ``pantau.web.wsgi`` under a production server instead.
"""

from __future__ import annotations

import os
import signal
import sys


def serve_forever(host: str, port: int, processes: int = 1) -> None:
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler, get_internal_wsgi_application
    from django.db import connections

    application = get_internal_wsgi_application()

    class NoDelayRequestHandler(WSGIRequestHandler):
        # Nagle's algorithm held every kept-alive response ~42 ms waiting for an ACK (measured:
        # 44 ms per request on the login page, 1.5-6 ms without it).
        disable_nagle_algorithm = True

    class Server(ThreadedWSGIServer):
        def process_request_thread(self, request, client_address):
            # One thread per client connection: its database connection (kept for CONN_MAX_AGE
            # across the client's requests) must close with it, not linger until garbage collection.
            try:
                super().process_request_thread(request, client_address)
            finally:
                connections.close_all()

    httpd = Server((host, port), NoDelayRequestHandler, ipv6=":" in host)
    httpd.set_app(application)
    connections.close_all()  # children must not share the parent's database connections
    print(f"pantau: serving http://{host}:{port}/ with {processes} process(es); stop with Ctrl+C", file=sys.stderr, flush=True)
    if processes <= 1 or not hasattr(os, "fork"):
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            httpd.server_close()
        return
    children = [_fork_worker(httpd) for _ in range(processes)]
    signal.signal(signal.SIGTERM, lambda *_: _stop(children))
    try:
        for pid in children:
            os.waitpid(pid, 0)
    except KeyboardInterrupt:
        _stop(children)
    finally:
        httpd.server_close()


def _fork_worker(httpd) -> int:
    pid = os.fork()
    if pid:
        return pid
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    code = 0
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    except BaseException:  # noqa: BLE001 — a worker must never return into the parent's code
        code = 1
    os._exit(code)


def _stop(children: list[int]) -> None:
    for pid in children:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    for pid in children:
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass
    raise SystemExit(0)
