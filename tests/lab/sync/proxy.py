"""A small TCP proxy on 127.0.0.1 in front of the test PostgreSQL, which can cut the cable.

``cut_after`` bytes from the workstation into one connection, both ends are closed, as when a
network cable is pulled mid-batch. Set it to None and the proxy passes everything through.
"""

from __future__ import annotations

import glob
import os
import socket
import threading


class CablePullingProxy:
    def __init__(self, unix_socket_dir: str) -> None:
        self.target = next(
            p
            for p in glob.glob(os.path.join(unix_socket_dir, ".s.PGSQL.*"))
            if not p.endswith(".lock")
        )
        self.cut_after: int | None = None
        self.cuts = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}?sslmode=disable"

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            server.connect(self.target)
            budget = [self.cut_after]
            threading.Thread(target=self._pump, args=(client, server, budget), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, None), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, budget: list | None) -> None:
        try:
            while data := src.recv(65536):
                if budget is not None and budget[0] is not None:
                    budget[0] -= len(data)
                    if budget[0] < 0:
                        self.cuts += 1
                        break
                dst.sendall(data)
        except OSError:
            pass
        for sock in (src, dst):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()

    def close(self) -> None:
        self.listener.close()
