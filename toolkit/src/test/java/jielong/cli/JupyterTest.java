package jielong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How {@code ./jielong} starts Jupyter: loopback, a free port, a token in the printed address, --allow-root as root. */
class JupyterTest {

    @Test
    void theCommandNamesTheAddressTokenAndRoot() throws Exception {
        Jupyter.Launch lab = Jupyter.launch(Path.of("/usr/bin/jupyter-lab"), Path.of("notebooks"), 9123, true);
        assertTrue(lab.command().containsAll(java.util.List.of("--ip=127.0.0.1", "--port=9123", "--port-retries=0")),
                lab.command().toString());
        java.net.URI page = java.net.URI.create(lab.url());
        assertEquals(java.util.List.of("http", Jupyter.LOOPBACK, 9123, "/lab", "token=" + lab.token()),
                java.util.List.of(page.getScheme(), page.getHost(), page.getPort(), page.getPath(), page.getQuery()), lab.url());
        assertEquals(48, lab.token().length(), "24 random bytes in hex");
        assertEquals(lab.token(), lab.environment().get("JUPYTER_TOKEN"));
        assertEquals(Jupyter.isRoot(), lab.command().contains("--allow-root"), "--allow-root exactly when root");
        assertEquals("root".equals(System.getProperty("user.name")), Jupyter.isRoot());
        assertTrue(!lab.command().contains("--no-browser"));

        Jupyter.Launch classic = Jupyter.launch(Path.of("/usr/bin/jupyter-notebook"), Path.of("notebooks"), 9124, false);
        java.net.URI classicPage = java.net.URI.create(classic.url());
        assertEquals(java.util.List.of(Jupyter.LOOPBACK, 9124, "/tree", "token=" + classic.token()),
                java.util.List.of(classicPage.getHost(), classicPage.getPort(), classicPage.getPath(), classicPage.getQuery()), classic.url());
        assertTrue(classic.command().contains("--no-browser"));
        assertNotEquals(lab.token(), classic.token(), "a fresh token each time");
    }

    @Test
    void aTakenPortIsAvoided() throws Exception {
        try (ServerSocket taken = new ServerSocket(Jupyter.USUAL_PORT, 1, InetAddress.getLoopbackAddress())) {
            int port = Jupyter.freePort();
            assertNotEquals(Jupyter.USUAL_PORT, port);
            try (ServerSocket free = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertEquals(port, free.getLocalPort(), "the port chosen is free");
            }
        } catch (java.net.BindException alreadyTaken) {
            assertNotEquals(Jupyter.USUAL_PORT, Jupyter.freePort(), "8888 is taken on this machine already");
        }
    }
}
