package dev.drift.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the statements a reader sends through a connection (PostgreSQL here has no
 * pg_stat_statements): a proxy around the connection and the statements it makes. Parameter
 * descriptions ({@code getParameterMetaData}) are counted apart: each is a round trip, not a query.
 */
final class StatementCounter {

    private final List<String> statements = new ArrayList<>();
    private int parameterDescriptions;

    /** The connection, counting what goes through it. */
    Connection wrap(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            if (method.getName().equals("prepareStatement")) {
                String sql = (String) args[0];
                return proxy(PreparedStatement.class, result, (ps, m, a) -> {
                    if (m.getName().startsWith("execute")) {
                        record(sql);
                    } else if (m.getName().equals("getParameterMetaData")) {
                        synchronized (this) {
                            parameterDescriptions++;
                        }
                    }
                    return invoke(ps, m, a);
                });
            }
            if (method.getName().equals("createStatement")) {
                return proxy(Statement.class, result, (s, m, a) -> {
                    if (m.getName().startsWith("execute") && a != null && a.length > 0 && a[0] instanceof String sql) {
                        record(sql);
                    }
                    return invoke(s, m, a);
                });
            }
            return result;
        });
    }

    private synchronized void record(String sql) {
        statements.add(sql);
    }

    /** Statements sent, in order. */
    synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    /** Statements that read the catalog: the text of one of the reader's {@code .sql} resources. */
    synchronized long catalogQueries() {
        java.util.Collection<String> files = CatalogQueryFiles.load().values();
        return statements.stream().filter(sql -> CatalogQueryFiles.isCatalogQuery(sql, files)).count();
    }

    synchronized int parameterDescriptions() {
        return parameterDescriptions;
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        InvocationHandler h = (p, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, h));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
