package jp.nintei.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * One Nintei per logbook: the running one — its window open, or reminding with it closed — listens on a local port
 * written beside the logbook ({@code nintei.db.instance}, owner-only, with a random token), and a second start asks
 * it to show its window instead of failing on the logbook's lock. Nothing but "open the window" can be asked.
 */
final class SingleInstance implements AutoCloseable {

    private static final int ANSWER_MILLIS = 1500;

    private final Path file;
    private final ServerSocket server;
    private final String token;

    private SingleInstance(Path file, ServerSocket server, String token) {
        this.file = file;
        this.server = server;
        this.token = token;
    }

    static Path fileFor(Path logbook) {
        return logbook.toAbsolutePath().resolveSibling(logbook.getFileName() + ".instance");
    }

    /** Asks the Nintei running on {@code logbook} to show its window; true when one answered. */
    static boolean askToShow(Path logbook) {
        Path file = fileFor(logbook);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2) {
                return false;
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                        Integer.parseInt(lines.get(0).strip())), ANSWER_MILLIS);
                socket.setSoTimeout(ANSWER_MILLIS);
                PrintWriter out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(),
                        StandardCharsets.UTF_8), true);
                out.println(lines.get(1).strip() + " open");
                String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8)).readLine();
                return "shown".equals(answer);
            }
        } catch (IOException | RuntimeException none) {
            return false; // no file, a file left by a Nintei that died, or one that does not answer: start anew
        }
    }

    /** Listens for a second start on {@code logbook}; {@code show} runs (on the listening thread) when one asks. */
    static SingleInstance listen(Path logbook, Runnable show) {
        try {
            ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            Path file = fileFor(logbook);
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException windows) {
                Files.createFile(file);
            }
            Files.writeString(file, server.getLocalPort() + "\n" + token + "\n", StandardCharsets.UTF_8);
            SingleInstance instance = new SingleInstance(file, server, token);
            Thread listener = new Thread(() -> instance.serve(show), "nintei-instance");
            listener.setDaemon(true);
            listener.start();
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void serve(Runnable show) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(ANSWER_MILLIS);
                String asked = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8)).readLine();
                PrintWriter out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(),
                        StandardCharsets.UTF_8), true);
                if ((token + " open").equals(asked)) {
                    show.run();
                    out.println("shown");
                } else {
                    out.println("no");
                }
            } catch (IOException closedOrBroken) {
                // closed: the loop ends; a broken request: the next one is served
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // ending anyway: a file left behind is found not to answer
        }
    }
}
