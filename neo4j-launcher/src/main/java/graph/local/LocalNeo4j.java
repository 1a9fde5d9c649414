// Runs a local Neo4j Community (embedded API + Bolt) so the project needs no separately installed Neo4j server.
package graph.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

public final class LocalNeo4j {
    private static final String HOST = "127.0.0.1";

    // Captured before anything can replace System.out, so the NEO4J_READY line always reaches the parent.
    private static final PrintStream OUT = System.out;

    private LocalNeo4j() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("LocalNeo4j: " + e.getMessage());
            System.err.println(
                    "usage: LocalNeo4j --home <dir> --port <bolt port> [--pagecache 512m] [--tx-timeout 30s] [--watch-stdin]");
            System.exit(2);
            return;
        }
        try {
            run(options);
        } catch (Throwable t) {
            t.printStackTrace(System.err);
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            // Last, so the one line that explains the failure ends up in the tail the Node side shows.
            System.err.println("LocalNeo4j: failed to start Neo4j: " + root);
            System.err.flush();
            // halt, not exit: a half-started DBMS may hold non-daemon threads or deadlock in shutdown hooks.
            Runtime.getRuntime().halt(1);
        }
    }

    private static void run(Options options) throws IOException, InterruptedException {
        Path home = Path.of(options.home).toAbsolutePath();
        Files.createDirectories(home);
        log("starting Neo4j in " + home + " (bolt " + HOST + ":" + options.port + ", page cache " + options.pageCache + ")");

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                // Loopback only: nothing off this machine can reach it, which is what makes auth_enabled=false acceptable.
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.port))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(options.pageCache))
                .setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF)
                // Timeouts are enforced by a monitor thread; checked every 2 s by default, a 15 s timeout could run 17 s.
                .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
                // The Bolt server otherwise idles 5 s twice on shutdown even with no clients: ~12 s per stop instead of ~2 s.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1));
        if (options.txTimeout != null) {
            builder.setConfig(GraphDatabaseSettings.transaction_timeout, SettingValueParsers.DURATION.parse(options.txTimeout));
        }

        DatabaseManagementService managementService = builder.build();
        AtomicBoolean stopped = new AtomicBoolean(false);
        Runnable shutdown = () -> {
            if (stopped.compareAndSet(false, true)) {
                log("shutting down");
                managementService.shutdown();
                log("stopped");
            }
        };
        // SIGTERM/SIGINT run shutdown hooks, so the store is closed cleanly and needs no recovery on the next start.
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "neo4j-shutdown"));

        if (options.watchStdin) {
            // The parent holds our stdin open; EOF means it is gone (even after SIGKILL), so Neo4j must not outlive it.
            Thread watcher = new Thread(() -> {
                drain(System.in);
                log("stdin closed: the parent process is gone");
                System.exit(0);
            }, "parent-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }

        GraphDatabaseService db = managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        while (!db.isAvailable(1000)) {
            if (stopped.get()) return;
        }
        OUT.println("NEO4J_READY bolt://" + HOST + ":" + options.port);
        OUT.flush();

        // Neo4j's own threads keep the JVM alive; this thread has nothing left to do until a signal or stdin EOF.
        Thread.currentThread().join();
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // Input is meaningless; only the end of the stream matters.
            }
        } catch (IOException e) {
            // A broken pipe means the same as EOF: the parent is gone.
        }
    }

    private static void log(String message) {
        OUT.println(Instant.now() + " [launcher] " + message);
        OUT.flush();
    }

    private static final class Options {
        String home;
        int port = 7687;
        String pageCache = "512m";
        String txTimeout;
        boolean watchStdin;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--home" -> o.home = value(args, ++i, arg);
                    case "--port" -> {
                        String v = value(args, ++i, arg);
                        try {
                            o.port = Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--port expects a number, got " + v);
                        }
                        if (o.port < 1 || o.port > 65535) throw new IllegalArgumentException("--port out of range: " + v);
                    }
                    case "--pagecache" -> o.pageCache = value(args, ++i, arg);
                    case "--tx-timeout" -> o.txTimeout = value(args, ++i, arg);
                    case "--watch-stdin" -> o.watchStdin = true;
                    default -> throw new IllegalArgumentException("unknown argument " + arg);
                }
            }
            if (o.home == null) throw new IllegalArgumentException("--home is required");
            // Fail on bad sizes/durations here, before Neo4j starts and buries the cause in a long stack trace.
            try {
                ByteUnit.parse(o.pageCache);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("--pagecache expects a size like 512m, got " + o.pageCache);
            }
            if (o.txTimeout != null) {
                try {
                    Duration d = SettingValueParsers.DURATION.parse(o.txTimeout);
                    if (d.isNegative()) throw new IllegalArgumentException("negative");
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("--tx-timeout expects a duration like 30s, got " + o.txTimeout);
                }
            }
            return o;
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) throw new IllegalArgumentException(name + " needs a value");
            return args[i];
        }
    }
}
