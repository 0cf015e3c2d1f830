package dev.drift.jdbc;

import dev.drift.core.DriftException;
import dev.drift.core.Secrets;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * libpq's rules for where to connect and as whom, in one place: a URL is split into libpq's keywords, and
 * what it leaves unsaid is taken from the environment, then from the defaults, in libpq's order of
 * precedence (URL, then environment variable, then default):
 *
 * <table>
 *   <caption>Keywords, variables and defaults</caption>
 *   <tr><th>URL</th><th>environment</th><th>default</th></tr>
 *   <tr><td>host (a list; {@code /dir} is a Unix socket)</td><td>PGHOST</td><td>localhost (TCP, unlike psql)</td></tr>
 *   <tr><td>port (one, or one per host)</td><td>PGPORT</td><td>5432</td></tr>
 *   <tr><td>dbname</td><td>PGDATABASE</td><td>the user name</td></tr>
 *   <tr><td>user</td><td>PGUSER</td><td>the operating-system user</td></tr>
 *   <tr><td>password</td><td>PGPASSWORD, then the password file</td><td>none</td></tr>
 *   <tr><td>passfile</td><td>PGPASSFILE</td><td>~/.pgpass</td></tr>
 *   <tr><td>sslmode, sslrootcert, sslcert, sslkey</td><td>PGSSLMODE, PGSSLROOTCERT, PGSSLCERT, PGSSLKEY</td><td>the driver's (prefer)</td></tr>
 *   <tr><td>connect_timeout</td><td>PGCONNECT_TIMEOUT</td><td>the reader's (10 s)</td></tr>
 *   <tr><td>application_name</td><td>PGAPPNAME</td><td>drift</td></tr>
 *   <tr><td>options</td><td>PGOPTIONS</td><td>none</td></tr>
 *   <tr><td>target_session_attrs</td><td>PGTARGETSESSIONATTRS</td><td>any</td></tr>
 * </table>
 *
 * A JDBC URL keeps its own driver parameters (they reach the driver as written and win over the
 * environment); its {@code user} and {@code password}, and a {@code user:password@} before the host, are
 * taken out of it. A libpq parameter the driver cannot honour is refused with its name, never dropped.
 *
 * @param hosts          where the server is: one or more TCP hosts, or one socket directory
 * @param database       the database
 * @param user           the user
 * @param password       the password, if any source had one
 * @param passwordSource where the password came from, or where it was looked for, safe to print
 * @param passFile       the password file consulted (again for another database)
 * @param passwordFromFile whether the password came from the file (or none was found)
 * @param driver         driver properties from libpq parameters and the environment
 * @param jdbcQuery      the query of a JDBC URL, without credentials ("" for a libpq URI)
 * @param connectTimeout the connect timeout the URL or PGCONNECT_TIMEOUT names
 */
record ConnectionSettings(List<Endpoint> hosts, String database, String user, Optional<String> password,
                          String passwordSource, Optional<Path> passFile, boolean passwordFromFile,
                          Map<String, String> driver, String jdbcQuery, Optional<Duration> connectTimeout) {

    static final String DEFAULT_APPLICATION_NAME = "drift";

    /** A host and its port; a host that starts with {@code /} is a Unix-socket directory. */
    record Endpoint(String host, int port) {
        boolean socket() {
            return host.startsWith("/");
        }

        /** The socket file libpq would use: {@code <dir>/.s.PGSQL.<port>}. */
        String socketPath() {
            return (host.endsWith("/") ? host : host + "/") + ".s.PGSQL." + port;
        }

        String display() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /** What a URL says, in libpq's keywords; absent keywords are left to the environment. */
    private static final class Given {
        final List<String> hosts = new ArrayList<>();
        final List<String> ports = new ArrayList<>();
        final Map<String, String> keywords = new LinkedHashMap<>();
        String jdbcQuery = "";
    }

    /** libpq parameter → driver property, for those the driver honours as they are. */
    /**
     * pgjdbc parameters that name a class for the driver to load (and one a file to write): a URL may come from
     * a file or a discovery query someone else controls, so only the driver's own classes are accepted (e.g.
     * {@code sslfactory=org.postgresql.ssl.NonValidatingFactory}), never a class that merely is on the class path.
     */
    private static final List<String> CLASS_PARAMETERS = List.of("socketFactory", "sslfactory", "sslhostnameverifier",
            "sslpasswordcallback", "authenticationPluginClassName", "loggerFile");

    private static final Map<String, String> DRIVER_PARAMETERS = Map.ofEntries(
            Map.entry("sslmode", "sslmode"), Map.entry("sslrootcert", "sslrootcert"), Map.entry("sslcert", "sslcert"),
            Map.entry("sslkey", "sslkey"), Map.entry("sslpassword", "sslpassword"), Map.entry("options", "options"),
            Map.entry("application_name", "ApplicationName"), Map.entry("gssencmode", "gssEncMode"),
            Map.entry("channel_binding", "channelBinding"), Map.entry("krbsrvname", "kerberosServerName"),
            Map.entry("require_auth", "requireAuth"), Map.entry("sslnegotiation", "sslNegotiation"));

    /** libpq parameters handled here rather than passed on. */
    private static final List<String> OWN_PARAMETERS = List.of("host", "port", "dbname", "user", "password", "passfile",
            "connect_timeout", "fallback_application_name", "target_session_attrs", "keepalives", "load_balance_hosts",
            "client_encoding");

    /** libpq environment variable → the keyword it stands in for. */
    private static final Map<String, String> ENVIRONMENT = Map.ofEntries(
            Map.entry("PGSSLMODE", "sslmode"), Map.entry("PGSSLROOTCERT", "sslrootcert"),
            Map.entry("PGSSLCERT", "sslcert"), Map.entry("PGSSLKEY", "sslkey"), Map.entry("PGAPPNAME", "application_name"),
            Map.entry("PGOPTIONS", "options"), Map.entry("PGTARGETSESSIONATTRS", "target_session_attrs"),
            Map.entry("PGCONNECT_TIMEOUT", "connect_timeout"), Map.entry("PGGSSENCMODE", "gssencmode"),
            Map.entry("PGCHANNELBINDING", "channel_binding"), Map.entry("PGREQUIREAUTH", "require_auth"));

    static ConnectionSettings resolve(String url, Map<String, String> env) {
        Given given;
        if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
            given = libpqUri(url);
        } else if (url.startsWith("jdbc:postgresql:")) {
            given = jdbcUrl(url);
        } else {
            throw new DriftException("not a PostgreSQL URL: '" + Secrets.redact(url)
                    + "' (expected jdbc:postgresql://host:port/database or postgresql://user@host:port/database)");
        }
        if (given.keywords.containsKey("service") || nonEmpty(env, "PGSERVICE").isPresent()) {
            throw new DriftException("connection service files (service=, PGSERVICE) are not supported: give the host,"
                    + " port, database and user in the URL or in PGHOST, PGPORT, PGDATABASE and PGUSER");
        }
        ENVIRONMENT.forEach((variable, keyword) ->
                nonEmpty(env, variable).ifPresent(v -> given.keywords.putIfAbsent(keyword, v)));
        return settle(given, env, url);
    }

    private static ConnectionSettings settle(Given given, Map<String, String> env, String url) {
        List<String> hostNames = given.hosts.stream().allMatch(String::isEmpty)
                ? nonEmpty(env, "PGHOST").map(h -> List.of(h.split(",", -1))).orElse(List.of("localhost"))
                : given.hosts;
        List<String> portTexts = given.ports.stream().allMatch(String::isEmpty)
                ? nonEmpty(env, "PGPORT").map(p -> List.of(p.split(",", -1))).orElse(List.of("5432"))
                : given.ports;
        if (portTexts.size() != 1 && portTexts.size() != hostNames.size()) {
            throw new DriftException(portTexts.size() + " ports for " + hostNames.size() + " hosts in '"
                    + Secrets.redact(url) + "': give one port, or one per host");
        }
        List<Endpoint> hosts = new ArrayList<>();
        for (int i = 0; i < hostNames.size(); i++) {
            String host = hostNames.get(i).isEmpty() ? "localhost" : hostNames.get(i);
            String portText = portTexts.get(portTexts.size() == 1 ? 0 : i);
            hosts.add(new Endpoint(host, port(portText.isEmpty() ? "5432" : portText, url)));
        }
        if (hosts.size() > 1 && hosts.stream().anyMatch(Endpoint::socket)) {
            throw new DriftException("a Unix-socket directory cannot be one of several hosts in '" + Secrets.redact(url)
                    + "': name the socket alone");
        }
        Map<String, String> k = given.keywords;
        String user = Optional.ofNullable(k.get("user")).or(() -> nonEmpty(env, "PGUSER"))
                .orElseGet(() -> System.getProperty("user.name", "postgres"));
        String database = Optional.ofNullable(k.get("dbname")).filter(d -> !d.isEmpty())
                .or(() -> nonEmpty(env, "PGDATABASE")).orElse(user);

        Map<String, String> driver = new LinkedHashMap<>();
        driver.put("user", user);
        driver.put("ApplicationName", Optional.ofNullable(k.get("fallback_application_name")).orElse(DEFAULT_APPLICATION_NAME));
        k.forEach((keyword, value) -> {
            String property = DRIVER_PARAMETERS.get(keyword);
            if (property != null) {
                driver.put(property, value);
            } else if (!OWN_PARAMETERS.contains(keyword)) {
                throw new DriftException("the PostgreSQL URL parameter '" + keyword + "' is not supported by Drift"
                        + " (supported: " + String.join(", ", supportedParameters()) + ")");
            }
        });
        Optional.ofNullable(k.get("target_session_attrs")).ifPresent(v -> driver.put("targetServerType", targetServerType(v)));
        Optional.ofNullable(k.get("keepalives")).ifPresent(v -> driver.put("tcpKeepAlive", Boolean.toString(!v.equals("0"))));
        Optional.ofNullable(k.get("load_balance_hosts")).ifPresent(v -> driver.put("loadBalanceHosts", loadBalance(v)));
        Optional.ofNullable(k.get("client_encoding")).ifPresent(ConnectionSettings::checkEncoding);
        Optional<Duration> connectTimeout = Optional.ofNullable(k.get("connect_timeout")).map(v -> seconds(v, url));
        if (hosts.get(0).socket()) {
            // libpq never uses SSL or GSS encryption on a Unix socket; sslmode is ignored there.
            driver.put("socketFactory", "dev.drift.jdbc.unixsocket.UnixSocketFactory");
            driver.put("socketFactoryArg", hosts.get(0).socketPath());
            driver.put("sslmode", "disable");
            driver.put("gssEncMode", "disable");
        }

        Optional<Path> passFile = Optional.ofNullable(k.get("passfile")).or(() -> nonEmpty(env, "PGPASSFILE")).map(Path::of)
                .or(() -> PassFile.defaultLocation(env));
        ConnectionSettings settings = new ConnectionSettings(List.copyOf(hosts), database, user,
                Optional.ofNullable(k.get("password")), "the URL", passFile, false, Map.copyOf(driver),
                given.jdbcQuery, connectTimeout);
        if (settings.password.isPresent()) {
            return settings;
        }
        Optional<String> fromEnv = nonEmpty(env, "PGPASSWORD");
        if (fromEnv.isPresent()) {
            return settings.withPassword(fromEnv, "PGPASSWORD", false);
        }
        return settings.lookUpPassFile();
    }

    private ConnectionSettings withPassword(Optional<String> password, String source, boolean fromFile) {
        return new ConnectionSettings(hosts, database, user, password, source, passFile, fromFile, driver, jdbcQuery,
                connectTimeout);
    }

    private ConnectionSettings lookUpPassFile() {
        if (passFile.isEmpty()) {
            return withPassword(Optional.empty(), "none: not in the URL, PGPASSWORD unset, no password file", true);
        }
        Endpoint first = hosts.get(0);
        PassFile.Lookup found = PassFile.lookUp(passFile.get(), first.host(), first.port(), database, user);
        return withPassword(found.password(), found.description(), true);
    }

    /** The same server and user, another database; a password from the password file is looked up again. */
    ConnectionSettings withDatabase(String name) {
        ConnectionSettings moved = new ConnectionSettings(hosts, name, user, password, passwordSource, passFile,
                passwordFromFile, driver, jdbcQuery, connectTimeout);
        return passwordFromFile ? moved.lookUpPassFile() : moved;
    }

    /** The URL the driver is given: hosts, database and a JDBC URL's own parameters; never a credential. */
    String jdbcUrl() {
        String where = hosts.get(0).socket() ? "localhost:" + hosts.get(0).port()
                : String.join(",", hosts.stream().map(Endpoint::display).toList());
        return "jdbc:postgresql://" + where + "/" + DatabaseUrl.encode(database) + (jdbcQuery.isEmpty() ? "" : "?" + jdbcQuery);
    }

    /** What the driver gets besides the URL (the URL's own parameters win over these). */
    Properties driverProperties() {
        Properties props = new Properties();
        props.putAll(driver);
        password.ifPresent(p -> props.setProperty("password", p));
        return props;
    }

    /** The secrets to mask in any message about this connection. */
    List<String> secrets() {
        List<String> out = new ArrayList<>();
        password.ifPresent(out::add);
        Optional.ofNullable(driver.get("sslpassword")).ifPresent(out::add);
        return out;
    }

    // ---- parsing ---------------------------------------------------------------------------------

    /** {@code postgresql://[user[:password]@][host[:port][,...]][/dbname][?param=value&...]}, as libpq reads it. */
    private static Given libpqUri(String url) {
        Given given = new Given();
        String rest = url.substring(url.indexOf("://") + 3);
        int q = rest.indexOf('?');
        String query = q < 0 ? "" : rest.substring(q + 1);
        rest = q < 0 ? rest : rest.substring(0, q);
        int at = firstOf(rest, '@', '/');
        if (at >= 0 && rest.charAt(at) == '@') {
            userInfo(rest.substring(0, at), given, url);
            rest = rest.substring(at + 1);
        }
        int slash = rest.indexOf('/');
        String hostList = slash < 0 ? rest : rest.substring(0, slash);
        if (slash >= 0 && slash + 1 < rest.length()) {
            given.keywords.put("dbname", decode(rest.substring(slash + 1), url));
        }
        hostList(hostList, given, url);
        for (String param : query.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            int eq = param.indexOf('=');
            if (eq < 1) {
                throw new DriftException("malformed parameter in the PostgreSQL URL '" + Secrets.redact(url)
                        + "': expected name=value");
            }
            String name = decode(param.substring(0, eq), url);
            String value = decode(param.substring(eq + 1), url);
            switch (name) {
                // A query parameter replaces what the URL's other parts said, as in libpq.
                case "host" -> {
                    given.hosts.clear();
                    given.hosts.addAll(List.of(value.split(",", -1)));
                }
                case "port" -> {
                    given.ports.clear();
                    given.ports.addAll(List.of(value.split(",", -1)));
                }
                case "hostaddr" -> throw new DriftException("the PostgreSQL URL parameter 'hostaddr' is not supported"
                        + " by Drift: put the address in the host part of the URL");
                default -> given.keywords.put(name, value);
            }
        }
        return given;
    }

    /** {@code jdbc:postgresql://[user[:password]@]host[:port][,...]/database?params} or {@code jdbc:postgresql:database}. */
    private static Given jdbcUrl(String url) {
        Given given = new Given();
        String rest = url.substring("jdbc:postgresql:".length());
        int q = rest.indexOf('?');
        String query = q < 0 ? "" : rest.substring(q + 1);
        rest = q < 0 ? rest : rest.substring(0, q);
        String path;
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
            int slash = rest.indexOf('/');
            String authority = slash < 0 ? rest : rest.substring(0, slash);
            path = slash < 0 ? "" : rest.substring(slash + 1);
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                userInfo(authority.substring(0, at), given, url);
                authority = authority.substring(at + 1);
            }
            hostList(authority, given, url);
        } else {
            path = rest.startsWith("/") ? rest.substring(1) : rest;
        }
        if (!path.isEmpty()) {
            given.keywords.put("dbname", decode(path, url));
        }
        StringBuilder kept = new StringBuilder();
        for (String param : query.split("&")) {
            int eq = param.indexOf('=');
            String name = eq < 0 ? param : param.substring(0, eq);
            String value = eq < 0 ? "" : URLDecoder.decode(param.substring(eq + 1), StandardCharsets.UTF_8);
            if (CLASS_PARAMETERS.stream().anyMatch(name::equalsIgnoreCase)
                    && (name.equalsIgnoreCase("loggerFile") || !value.startsWith("org.postgresql."))) {
                throw new DriftException("the JDBC URL parameter '" + name + "' names " + (name.equalsIgnoreCase("loggerFile")
                        ? "a file to write" : "a class to load") + "; Drift accepts only the driver's own classes"
                        + " (org.postgresql.*) there, never other code from a URL: '" + Secrets.redact(url) + "'");
            }
            if (name.equals("user") || name.equals("password")) {
                // The driver's own parameters, taken out so that the URL Drift keeps never holds them.
                given.keywords.putIfAbsent(name, value);
            } else if (!param.isEmpty()) {
                kept.append(kept.length() == 0 ? "" : "&").append(param);
            }
        }
        given.jdbcQuery = kept.toString();
        if (org.postgresql.Driver.parseURL("jdbc:postgresql://localhost/x" + (kept.length() == 0 ? "" : "?" + kept),
                new Properties()) == null) {
            throw new DriftException("malformed PostgreSQL JDBC URL: '" + Secrets.redact(url) + "'");
        }
        return given;
    }

    private static void userInfo(String userInfo, Given given, String url) {
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), url);
        if (!user.isEmpty()) {
            given.keywords.put("user", user);
        }
        if (colon >= 0) {
            given.keywords.put("password", decode(userInfo.substring(colon + 1), url));
        }
    }

    /** {@code host[:port],...}, each host a name, an address, {@code [ipv6]} or a percent-encoded socket directory. */
    private static void hostList(String hostList, Given given, String url) {
        if (hostList.isEmpty()) {
            return;
        }
        for (String spec : hostList.split(",", -1)) {
            String host;
            String port = "";
            if (spec.startsWith("[")) {
                int close = spec.indexOf(']');
                if (close < 0) {
                    throw new DriftException("malformed host in the PostgreSQL URL '" + Secrets.redact(url) + "'");
                }
                host = spec.substring(1, close);
                String after = spec.substring(close + 1);
                port = after.startsWith(":") ? after.substring(1) : after;
            } else {
                int colon = spec.lastIndexOf(':');
                host = colon < 0 ? spec : spec.substring(0, colon);
                port = colon < 0 ? "" : spec.substring(colon + 1);
            }
            given.hosts.add(decode(host, url));
            given.ports.add(port);
        }
    }

    private static int port(String text, String url) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 1 && n <= 65535) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DriftException("bad port '" + Secrets.redact(text) + "' in '" + Secrets.redact(url) + "'");
    }

    private static Duration seconds(String text, String url) {
        try {
            int n = Integer.parseInt(text.trim());
            // libpq: zero, negative or unset means wait forever; Drift keeps its own bound then.
            return n <= 0 ? null : Duration.ofSeconds(Math.max(2, n));
        } catch (NumberFormatException e) {
            throw new DriftException("connect_timeout must be a number of seconds in '" + Secrets.redact(url) + "'");
        }
    }

    private static String targetServerType(String libpq) {
        return switch (libpq) {
            case "any" -> "any";
            case "primary", "read-write" -> "primary";
            case "standby", "read-only" -> "secondary";
            case "prefer-standby" -> "preferSecondary";
            default -> throw new DriftException("target_session_attrs must be any, read-write, read-only, primary,"
                    + " standby or prefer-standby, not '" + libpq + "'");
        };
    }

    private static String loadBalance(String libpq) {
        return switch (libpq) {
            case "disable" -> "false";
            case "random" -> "true";
            default -> throw new DriftException("load_balance_hosts must be disable or random, not '" + libpq + "'");
        };
    }

    private static void checkEncoding(String encoding) {
        if (!encoding.equalsIgnoreCase("UTF8") && !encoding.equalsIgnoreCase("UTF-8") && !encoding.equals("auto")) {
            throw new DriftException("client_encoding must be UTF8: Drift always talks to the server in UTF-8");
        }
    }

    private static List<String> supportedParameters() {
        List<String> all = new ArrayList<>(OWN_PARAMETERS);
        all.addAll(DRIVER_PARAMETERS.keySet());
        all.sort(null);
        return all;
    }

    private static int firstOf(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }

    /** Percent-decoding as libpq does it ({@code +} stays a plus sign). */
    private static String decode(String s, String url) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            int percent = s.indexOf('%', i);
            int end = percent < 0 ? s.length() : percent;
            bytes.writeBytes(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
            if (percent < 0) {
                break;
            }
            if (percent + 2 >= s.length() || Character.digit(s.charAt(percent + 1), 16) < 0
                    || Character.digit(s.charAt(percent + 2), 16) < 0) {
                throw new DriftException("bad percent-encoding in the PostgreSQL URL '" + Secrets.redact(url) + "'");
            }
            bytes.write(Integer.parseInt(s.substring(percent + 1, percent + 3), 16));
            i = percent + 3;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Optional<String> nonEmpty(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

}
