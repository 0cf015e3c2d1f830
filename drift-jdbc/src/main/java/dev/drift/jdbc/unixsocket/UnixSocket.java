package dev.drift.jdbc.unixsocket;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@link java.net.Socket} over a connected Unix-domain {@link SocketChannel}: the JDK's own channel cannot
 * hand out a {@code Socket}, and the driver wants one. Reads honour {@link #setSoTimeout} (the driver's
 * network timeout, and its peek for pending messages) through a selector; TCP options mean nothing on a
 * Unix socket and are accepted and ignored.
 */
final class UnixSocket extends java.net.Socket {

    private final Path path;
    private final SocketChannel channel;
    private final Selector readable;
    private final Selector writable;
    private final InputStream in;
    private final OutputStream out;
    private volatile int soTimeout;

    private UnixSocket(Path path, SocketChannel channel) throws IOException {
        this.path = path;
        this.channel = channel;
        channel.configureBlocking(false);
        this.readable = Selector.open();
        this.writable = Selector.open();
        channel.register(readable, SelectionKey.OP_READ);
        channel.register(writable, SelectionKey.OP_WRITE);
        this.in = new In();
        this.out = new Out();
    }

    static UnixSocket connect(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new ConnectException("no PostgreSQL socket at " + path + " (is the server running, and is this its"
                    + " unix_socket_directories and port?)");
        }
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(path));
            return new UnixSocket(path, channel);
        } catch (IOException e) {
            channel.close();
            ConnectException refused = new ConnectException("cannot connect to the socket " + path + ": " + e.getMessage());
            refused.initCause(e);
            throw refused;
        }
    }

    @Override
    public boolean isConnected() {
        return channel.isConnected();
    }

    @Override
    public boolean isBound() {
        return true;
    }

    @Override
    public boolean isClosed() {
        return !channel.isOpen();
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        throw new SocketException("already connected to " + path);
    }

    @Override
    public void connect(SocketAddress endpoint) throws IOException {
        connect(endpoint, 0);
    }

    @Override
    public void bind(SocketAddress bindpoint) throws IOException {
        throw new SocketException("a Unix socket to PostgreSQL is not bound to a local address");
    }

    @Override
    public InputStream getInputStream() {
        return in;
    }

    @Override
    public OutputStream getOutputStream() {
        return out;
    }

    @Override
    public void setSoTimeout(int timeout) {
        soTimeout = timeout;
    }

    @Override
    public int getSoTimeout() {
        return soTimeout;
    }

    @Override
    public void setTcpNoDelay(boolean on) {
    }

    @Override
    public boolean getTcpNoDelay() {
        return true;
    }

    @Override
    public void setKeepAlive(boolean on) {
    }

    @Override
    public boolean getKeepAlive() {
        return false;
    }

    @Override
    public void setReceiveBufferSize(int size) {
    }

    @Override
    public int getReceiveBufferSize() {
        return 65536;
    }

    @Override
    public void setSendBufferSize(int size) {
    }

    @Override
    public int getSendBufferSize() {
        return 65536;
    }

    @Override
    public void shutdownInput() throws IOException {
        channel.shutdownInput();
    }

    @Override
    public void shutdownOutput() throws IOException {
        channel.shutdownOutput();
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            readable.close();
            writable.close();
        } finally {
            channel.close();
            super.close();
        }
    }

    @Override
    public String toString() {
        return "UnixSocket[" + path + "]";
    }

    private final class In extends InputStream {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
            synchronized (readable) {
                while (true) {
                    int n = channel.read(buffer);
                    if (n != 0) {
                        return n;
                    }
                    int timeout = soTimeout;
                    int ready = timeout > 0 ? readable.select(timeout) : readable.select();
                    readable.selectedKeys().clear();
                    if (ready == 0 && timeout > 0) {
                        throw new SocketTimeoutException("read timed out after " + timeout + " ms on " + path);
                    }
                }
            }
        }

        @Override
        public void close() throws IOException {
            UnixSocket.this.close();
        }
    }

    private final class Out extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
            synchronized (writable) {
                while (buffer.hasRemaining()) {
                    if (channel.write(buffer) == 0) {
                        writable.select();
                        writable.selectedKeys().clear();
                    }
                }
            }
        }

        @Override
        public void close() throws IOException {
            UnixSocket.this.close();
        }
    }
}
