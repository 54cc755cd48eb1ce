"""/helse/ never waits for a hanging engine (issue #12, item 5).

The engine here is real: a local socket server that accepts connections and never
answers, with the real engine client pointed at it (no mocks). The server counts
the connections it received, so the test asserts that a second call did not probe
again, without measuring time.
"""

import socket
import threading

import pytest

from search import service
from search.conf import search_backends


class HangingServer:
    """Accepts every connection on 127.0.0.1 and never sends a byte."""

    def __init__(self):
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = self.listener.getsockname()[1]
        self.accepted = []
        self.changed = threading.Condition()
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            with self.changed:
                self.accepted.append(conn)
                self.changed.notify_all()

    def connections_so_far(self):
        """Connections received before this call, counted exactly: a marker
        connection is made and waited for; the server accepts in arrival order,
        so every earlier connection has been accepted once the marker is."""
        with self.changed:
            before = len(self.accepted)
            marker = socket.create_connection(("127.0.0.1", self.port))
            assert self.changed.wait_for(lambda: len(self.accepted) > before, 10)
            count = len(self.accepted) - 1
            # the marker is the last one in; drop it from the count for next time
            self.accepted.pop().close()
        marker.close()
        return count

    def close(self):
        self.listener.close()
        for conn in self.accepted:
            conn.close()


@pytest.fixture
def hanging_engine(settings):
    server = HangingServer()
    settings.SEARCH_BACKEND = "opensearch2"
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        "opensearch2", f"http://127.0.0.1:{server.port}", settings.SEARCH_INDEX_PREFIX
    )
    service.mark_engine_up()
    yield server
    server.close()
    service.mark_engine_up()


def test_health_reports_a_hanging_engine_as_degraded_and_does_not_wait_again(
    client, hanging_engine, db
):
    first = client.get("/helse/")
    assert first.status_code == 200
    data = first.json()
    assert data["status"] == "degraded"
    assert data["search"] == {
        "backend": "opensearch2",
        "status": "degraded",
        "fallback": "database",
    }
    assert hanging_engine.connections_so_far() == 1

    second = client.get("/helse/").json()
    assert second["status"] == "degraded"
    assert second["search"]["status"] == "degraded"
    # The second call answered from the remembered state: no new connection.
    assert hanging_engine.connections_so_far() == 1
    # Search, too, knows the engine is down and answers from the database.
    assert service.engine_marked_down()
