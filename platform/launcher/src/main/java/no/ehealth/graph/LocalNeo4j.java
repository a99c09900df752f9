package no.ehealth.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j 5.26 Community DBMS embedded in this JVM with its Bolt connector on loopback, for
 * machines without Docker. The Node side (platform/launcher/launcher.ts) starts it as a child
 * process and reads one line on stdout: "READY <port>" or "FAILED <reason>".
 *
 * <p>Configuration comes from the environment so that no secret appears on a command line
 * (visible in `ps`): LAUNCHER_DATA_DIR, LAUNCHER_BOLT_PORT, LAUNCHER_PASSWORD,
 * LAUNCHER_PAGECACHE (e.g. "64m"), LAUNCHER_TX_MAX (e.g. "256m").
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) {
    final String dataDir = requireEnv("LAUNCHER_DATA_DIR");
    final int port = Integer.parseInt(requireEnv("LAUNCHER_BOLT_PORT"));
    final String password = requireEnv("LAUNCHER_PASSWORD");
    final String pagecache = envOr("LAUNCHER_PAGECACHE", "64m");
    final String txMax = envOr("LAUNCHER_TX_MAX", "256m");

    final DatabaseManagementService dbms;
    try {
      Path home = Path.of(dataDir).toAbsolutePath();
      Files.createDirectories(home);
      dbms =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
              .setConfig(HttpConnector.enabled, false)
              .setConfig(HttpsConnector.enabled, false)
              .setConfig(GraphDatabaseSettings.auth_enabled, true)
              .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pagecache))
              .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.parse(txMax))
              // Without these, shutdown waits up to 20 s on Bolt's internal timeouts and on open
              // transactions; the Node side promises Ctrl-C leaves nothing behind within 5 s.
              .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
              .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
              .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(1))
              // A backstop only: the API sets its own per-transaction timeout (QUERY_TIMEOUT_MS),
              // while loading a large seed or import legitimately takes minutes.
              .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
              .build();
    } catch (Throwable e) {
      fail("could not start Neo4j: " + rootMessage(e));
      return;
    }

    final CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  stopped.countDown();
                },
                "neo4j-shutdown"));

    try {
      GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      registerApoc(db);
      setPassword(dbms, password);
    } catch (Throwable e) {
      fail("Neo4j started but could not be prepared: " + rootMessage(e));
      System.exit(1);
    }

    System.out.println("READY " + port);
    System.out.flush();
    watchParent();
    try {
      stopped.await();
    } catch (InterruptedException ignored) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Registers the APOC functions @neo4j/graphql 7 checks for at start-up and uses for
   * validation (apoc.util.validatePredicate) and temporal formatting (apoc.date.convertFormat).
   * An embedded DBMS has no plugins folder, so the classes are registered directly.
   */
  private static void registerApoc(GraphDatabaseService db) throws Exception {
    GlobalProcedures procedures =
        ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(GlobalProcedures.class);
    for (Class<?> apocClass : new Class<?>[] {apoc.util.Utils.class, apoc.date.Date.class}) {
      procedures.registerProcedure(apocClass);
      procedures.registerFunction(apocClass);
    }
  }

  /** Sets the `neo4j` user's password to the one the Node side keeps, every start (idempotent). */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to the one it already has; that is the goal state.
      String message = rootMessage(e);
      if (!message.toLowerCase().contains("same")) {
        throw e;
      }
    }
  }

  /**
   * Exits when stdin closes: the Node parent holds the other end, so even if the parent is
   * killed with SIGKILL (no chance to stop us) the JVM does not outlive it.
   */
  private static void watchParent() {
    Thread watcher =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                while (in.read() != -1) {
                  // The parent sends nothing; any byte is ignored.
                }
              } catch (IOException ignored) {
                // A broken pipe means the parent is gone, as does end of stream.
              }
              System.exit(0);
            },
            "parent-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static String requireEnv(String name) {
    String value = System.getenv(name);
    if (value == null || value.isEmpty()) {
      fail("environment variable " + name + " is not set");
      System.exit(2);
    }
    return value;
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  private static void fail(String reason) {
    System.out.println("FAILED " + reason.replace('\n', ' '));
    System.out.flush();
  }
}
