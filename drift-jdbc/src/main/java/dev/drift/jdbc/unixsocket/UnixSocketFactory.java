package dev.drift.jdbc.unixsocket;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import javax.net.SocketFactory;

/**
 * Connects the PostgreSQL driver to a Unix-domain socket ({@code /var/run/postgresql/.s.PGSQL.5432}), as
 * libpq does for a host that starts with {@code /}. pgjdbc has no socket support of its own but takes a
 * {@link SocketFactory}; this one is built on the JDK's own Unix-domain channels (Java 16+), so no
 * native library is needed. The driver creates it by name, with the socket's path as its argument
 * ({@code socketFactory}, {@code socketFactoryArg}); {@code DatabaseUrl} sets both.
 */
public final class UnixSocketFactory extends SocketFactory {

    private final Path path;

    /** @param path the socket file, {@code <directory>/.s.PGSQL.<port>} */
    public UnixSocketFactory(String path) {
        this.path = Path.of(path);
    }

    /** A socket already connected: the driver then skips its own (TCP) connect. */
    @Override
    public Socket createSocket() throws IOException {
        return UnixSocket.connect(path);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return createSocket();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return createSocket();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return createSocket();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return createSocket();
    }
}
