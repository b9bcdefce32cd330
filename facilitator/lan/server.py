"""The phone server's life: uvicorn on a daemon thread the app owns, a ready event, a clean stop.

The listening socket is bound here, in the caller's thread, so a taken port or a vanished
address becomes a clear :class:`ServerError` at once instead of a thread dying quietly.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import socket
import threading

import uvicorn
from uvicorn.config import HTTP_PROTOCOLS
from uvicorn.importer import import_from_string

from facilitator.domain.errors import FacilitatorError
from facilitator.lan.addresses import AddressChoice, choose_address, for_host, list_addresses
from facilitator.lan.app import PhoneApp
from facilitator.lan.connection_book import ConnectionBook
from facilitator.lan.connections import guarded_protocol
from facilitator.lan.limits import Limits
from facilitator.lan.openfiles import connection_budget
from facilitator.lan.presence import RoomCheck
from facilitator.lan.refusal_log import RefusalLog
from facilitator.storage import Workspace

log = logging.getLogger(__name__)

#: The port tried first when none is given, so printed tickets and a projected address keep
#: working from one meeting to the next; a free port is used when it is taken.
DEFAULT_PORT = 8765


class ServerError(FacilitatorError):
    """The phone server cannot start (address gone, port taken...)."""


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except BaseException:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def bind_socket(host: str, port: int) -> socket.socket:
    """Listen on ``host``; port 0 tries :data:`DEFAULT_PORT` first, then any free port."""
    try:
        if port == 0:
            try:
                return _bind(host, DEFAULT_PORT)
            except OSError as exc:
                if exc.errno not in (errno.EADDRINUSE, errno.EACCES):
                    raise
            return _bind(host, 0)
        return _bind(host, port)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ServerError(
                f"Port {port} is already used by another program. Choose another port, or leave "
                "it out to use a free one.",
                f"Le port {port} est déjà utilisé par un autre programme. Choisissez un autre "
                "port, ou ne l'indiquez pas pour en prendre un libre.",
            ) from exc
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise ServerError(
                f"Not allowed to listen on port {port}. Choose a port above 1024.",
                f"Écoute interdite sur le port {port}. Choisissez un port au-dessus de 1024.",
            ) from exc
        raise ServerError(
            f"Cannot listen on {host}: {exc.strerror}. Check the network connection, or choose "
            "another address.",
            f"Impossible d'écouter sur {host} : {exc.strerror}. Vérifiez la connexion au réseau, "
            "ou choisissez une autre adresse.",
        ) from exc


class PhoneServer:
    """The participant server of one meeting, run on a daemon thread.

    ``start()`` returns once the server accepts connections and gives the join URL;
    ``stop()`` is idempotent and waits for the thread to end.
    """

    def __init__(
        self,
        workspace: Workspace,
        meeting_id: str,
        host: str | None = None,
        port: int = 0,
        *,
        limits: Limits | None = None,
        parser: str = "auto",
    ) -> None:
        """``parser`` names uvicorn's HTTP parser ("auto", "httptools" or "h11")."""
        self._ws = workspace
        self._meeting_id = meeting_id
        self._host = host
        self._port = port
        self._limits = limits or Limits()
        self._parser = parser
        self._app: PhoneApp | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._join_url: str | None = None
        self._address: AddressChoice | None = None
        self._failure: BaseException | None = None
        self._bound_port: int | None = None
        self._url_host = ""
        self._lock = threading.Lock()

    @property
    def join_url(self) -> str | None:
        return self._join_url

    @property
    def running(self) -> bool:
        thread = self._thread
        return thread is not None and thread.is_alive() and self._ready.is_set()

    @property
    def address(self) -> AddressChoice | None:
        """The address chosen, its interface and kind, and a warning when phones cannot use it."""
        return self._address

    @property
    def port(self) -> int | None:
        return self._bound_port

    def start(self, timeout: float = 10.0) -> str:
        """Start serving and return the join URL; raise :class:`ServerError` if it cannot."""
        with self._lock:
            if self.running and self._join_url:
                return self._join_url
            meeting = self._ws.meetings.get(self._meeting_id)
            choice = for_host(self._host) if self._host else choose_address()
            sock = bind_socket(choice.host, self._port)
            port = int(sock.getsockname()[1])
            # Bound to every interface, phones still need one address to be told: the best.
            shown = choose_address().host if _every_interface(choice.host) else choice.host
            url_host = _url_host(shown)
            self._ready.clear()
            self._failure = None
            limits = self._limits
            refusals = RefusalLog()
            book = ConnectionBook(limits, refusals, connection_budget(limits.max_connections))
            try:
                app = PhoneApp(
                    self._ws,
                    self._meeting_id,
                    limits,
                    allowed_hosts=_allowed_hosts(choice.host, port),
                    on_ready=self._ready.set,
                    refusals=refusals,
                    on_answered=book.answered,
                )
                inner = import_from_string(HTTP_PROTOCOLS[self._parser])
            except BaseException:
                sock.close()
                raise
            config = _uvicorn_config(app, guarded_protocol(inner, book), limits)
            server = uvicorn.Server(config)
            self._server = server
            thread = threading.Thread(
                target=self._serve, args=(server, sock), name="phone-server", daemon=True
            )
            self._thread = thread
            thread.start()
            if not self._ready.wait(timeout) or self._failure is not None or not thread.is_alive():
                self._stop_locked()
                raise ServerError(
                    "The phone server did not start. See the log file for details.",
                    "Le serveur des téléphones n'a pas démarré. Le fichier journal donne les "
                    "détails.",
                )
            # uvicorn sets ``started`` right after the lifespan; the socket already listens.
            self._app = app
            self._address = choice
            self._bound_port = port
            self._url_host = url_host
            self._join_url = f"http://{url_host}:{port}/m/{meeting.join_code}/"
            # The meeting code is the key to the room: it never goes to the log.
            log.info(
                "phone server on http://%s:%d/ (%s, %s)",
                url_host,
                port,
                choice.interface,
                choice.kind,
            )
            if choice.warning_en:
                log.warning("%s", choice.warning_en)
            return self._join_url

    def _serve(self, server: uvicorn.Server, sock: socket.socket) -> None:
        try:
            server.run(sockets=[sock])
        except BaseException as exc:  # reported to start() and the log
            self._failure = exc
            log.exception("phone server stopped with an error")
        finally:
            sock.close()
            self._ready.set()

    @property
    def base_url(self) -> str | None:
        """``http://host:port`` while running: what printed tickets should point to now."""
        if self._address is None or self._bound_port is None or self._join_url is None:
            return None
        return f"http://{self._url_host}:{self._bound_port}"

    @property
    def requests_served(self) -> int:
        """How many requests the server has answered since it started (0 when stopped): a
        number that stands still while the room is quiet."""
        server = self._server
        return int(server.server_state.total_requests) if server is not None else 0

    def room_check(self) -> RoomCheck | None:
        """Ballots against phones and people in the poll on the phones, while serving."""
        app = self._app
        return app.room_check() if app is not None and self.running else None

    def ticket_url(self, code: str) -> str | None:
        """The address a printed ticket's QR code points to, while the server runs."""
        base = self.base_url
        return f"{base}/t/{code}" if base else None

    def stop(self) -> None:
        """Stop serving and wait for the thread to end. Safe to call more than once."""
        with self._lock:
            self._stop_locked()

    def _stop_locked(self) -> None:
        server, thread = self._server, self._thread
        if server is not None:
            server.should_exit = True
        if thread is not None and thread is not threading.current_thread():
            thread.join(10)
            if thread.is_alive() and server is not None:
                server.force_exit = True
                thread.join(5)
        self._server = None
        self._thread = None
        self._join_url = None
        self._app = None
        self._ready.clear()


def _uvicorn_config(
    app: PhoneApp, protocol: type[asyncio.Protocol], limits: Limits
) -> uvicorn.Config:
    return uvicorn.Config(
        app.asgi,
        log_level="warning",
        log_config=None,  # uvicorn's few lines go to the app's log, not to a terminal
        access_log=False,
        lifespan="on",
        proxy_headers=False,
        server_header=False,
        date_header=False,
        timeout_keep_alive=5,
        timeout_graceful_shutdown=3,
        limit_concurrency=None,  # the connection guard counts, per address and in all
        h11_max_incomplete_event_size=limits.header_bytes,
        backlog=2048,
        http=protocol,
        ws="none",
    )


def _every_interface(host: str) -> bool:
    return host in ("0.0.0.0", "::")


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _allowed_hosts(host: str, port: int) -> set[str]:
    """The Host headers this server answers: its own addresses, never a name from elsewhere.

    A page on another site that points a name of its own at this laptop (DNS rebinding) sends
    that name: it gets nothing. Bound to every interface, every address of the laptop counts.
    """
    hosts = [host]
    if _every_interface(host):
        hosts = [c.host for c in list_addresses()] + ["localhost", "::1"]
    allowed: set[str] = set()
    for name in hosts:
        url_host = _url_host(name).lower()
        allowed |= {url_host, f"{url_host}:{port}"}
    return allowed
