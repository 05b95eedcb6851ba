package wengao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ways {@code serve} stops before it serves: each one line and an exit code. Serving itself is ServeTest's. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aPortInUseIsOneLineAndExitOne() throws IOException {
        Files.createDirectories(tmp.resolve("content"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            MainTest.Run r = MainTest.run("serve", "--content", tmp.resolve("content").toString(),
                    "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(1, r.code());
            assertEquals("wengao: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": the port is in use or not "
                    + "allowed; choose another with --port (--port 0 picks a free one)", r.err().strip());
            assertEquals("", r.out());
        }
        assertTrue(Files.notExists(tmp.resolve(".wengao-cache")), "nothing was built");
    }

    @Test
    void aMissingContentFolderOrABadPortOrAddressStopsIt() {
        MainTest.Run missing = MainTest.run("serve", "--content", tmp.resolve("nope").toString(), "--port", "0");
        assertEquals(1, missing.code());
        assertEquals("wengao: " + tmp.resolve("nope") + ": content folder not found", missing.err().strip());

        MainTest.Run port = MainTest.run("serve", "--content", tmp.toString(), "--port", "70000");
        assertEquals(2, port.code());
        assertTrue(port.err().contains("--port 70000 is not a port"), port.err());

        MainTest.Run bind = MainTest.run("serve", "--content", tmp.toString(), "--port", "0", "--bind", "no-such-host.invalid");
        assertEquals(1, bind.code());
        assertEquals("wengao: --bind no-such-host.invalid is not an address of this machine", bind.err().strip());
        MainTest.Run elsewhere = MainTest.run("serve", "--content", tmp.toString(), "--port", "0", "--bind", "192.0.2.1");
        assertEquals(1, elsewhere.code());
        assertEquals("wengao: --bind 192.0.2.1 is not an address of this machine", elsewhere.err().strip());
    }

    @Test
    void helpNamesTheFlags() {
        MainTest.Run r = MainTest.run("serve", "--help");
        assertEquals(0, r.code());
        for (String flag : new String[] {"--content", "--templates", "--port", "--bind"}) {
            assertTrue(r.out().contains(flag), flag);
        }
    }
}
