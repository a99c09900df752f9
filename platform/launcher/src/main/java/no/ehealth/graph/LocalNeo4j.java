package no.ehealth.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * A Neo4j 5.26 Community DBMS embedded in this JVM with its Bolt connector on loopback, for
 * machines without Docker. The Node side (platform/launcher/launcher.ts) starts it as a child
 * process and reads one line on stdout: "READY <port>" or "FAILED <reason>".
 *
 * <p>Configuration comes from the environment so that no secret appears on a command line
 * (visible in `ps`): LAUNCHER_DATA_DIR, LAUNCHER_BOLT_PORT, LAUNCHER_PASSWORD,
 * LAUNCHER_PAGECACHE (e.g. "64m"), LAUNCHER_TX_MAX (e.g. "256m").
 *
 * <p>After READY it warms the Cypher stack in the background and prints "WARM" when done. With
 * LAUNCHER_TRAINING=1 (the launcher's class-list run for its class-data archive, on a throw-away
 * data dir) the warm-up also writes, indexes and searches, so that the archive holds the classes
 * the application's own statements load.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) {
    final String dataDir = requireEnv("LAUNCHER_DATA_DIR");
    final int port = Integer.parseInt(requireEnv("LAUNCHER_BOLT_PORT"));
    final String password = requireEnv("LAUNCHER_PASSWORD");
    final String pagecache = envOr("LAUNCHER_PAGECACHE", "64m");
    final String txMax = envOr("LAUNCHER_TX_MAX", "256m");
    final boolean training = "1".equals(System.getenv("LAUNCHER_TRAINING"));
    // From the first moment, not only after READY: a boot can take minutes on a loaded machine
    // (and a class-data training run boots beside a running app), and a parent killed meanwhile
    // must not leave the JVM booting on alone.
    watchParent();

    final DatabaseManagementService dbms;
    try {
      Path home = Path.of(dataDir).toAbsolutePath();
      Files.createDirectories(home);
      if (!Files.exists(home.resolve("data/databases/system"))) writeInitialPassword(home, password);
      dbms =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
              .setConfig(HttpConnector.enabled, false)
              .setConfig(HttpsConnector.enabled, false)
              .setConfig(GraphDatabaseSettings.auth_enabled, true)
              // dbms.usage_report.enabled: an embedded, loopback-only database of a public
              // reference has no business phoning home; nothing here depends on it.
              .setConfig(GraphDatabaseSettings.udc_enabled, false)
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

    final GraphDatabaseService db;
    try {
      db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      registerApoc(db);
      // ALTER USER is the first Cypher statement and pays the whole Cypher stack's warm-up (about
      // 2 s): when the stored credential already matches, there is nothing to change.
      if (!passwordAlreadySet(dbms, password)) setPassword(dbms, password);
    } catch (Throwable e) {
      fail("Neo4j started but could not be prepared: " + rootMessage(e));
      System.exit(1);
      return;
    }

    System.out.println("READY " + port);
    System.out.flush();
    warmUpInBackground(db, training);
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

  /**
   * On a fresh data dir, records the password where Neo4j looks for its initial user when it
   * creates the system database (what `neo4j-admin dbms set-initial-password` writes), so that no
   * ALTER USER is needed. Best effort: if this fails, passwordAlreadySet says no and ALTER USER
   * runs as before.
   */
  private static void writeInitialPassword(Path home, String password) {
    try {
      Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
      Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      FileUserRepository users =
          new FileUserRepository(
              new DefaultFileSystemAbstraction(),
              file,
              NullLogProvider.getInstance(),
              EmptyMemoryTracker.INSTANCE);
      users.start();
      users.create(
          new User(
              "neo4j",
              null,
              SystemGraphCredential.createCredentialForPassword(
                  password.getBytes(StandardCharsets.UTF_8), new SecureHasher()),
              false,
              false));
      users.shutdown();
    } catch (Throwable e) {
      System.err.println("launcher: no initial password file (" + rootMessage(e) + "); using ALTER USER");
    }
  }

  /**
   * Whether user `neo4j` already has this password and no pending change, read from the system
   * graph through the kernel API (no Cypher, so no Cypher warm-up). Any doubt answers false.
   */
  private static boolean passwordAlreadySet(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try (Transaction tx = system.beginTx()) {
      Node user = tx.findNode(Label.label("User"), "name", "neo4j");
      if (user == null) return false;
      Object credentials = user.getProperty("credentials", null);
      boolean changeRequired = !Boolean.FALSE.equals(user.getProperty("passwordChangeRequired", true));
      boolean suspended = Boolean.TRUE.equals(user.getProperty("suspended", false));
      if (!(credentials instanceof String serialized) || changeRequired || suspended) return false;
      return SystemGraphCredential.deserialize(serialized, new SecureHasher())
          .matchesPassword(password.getBytes(StandardCharsets.UTF_8));
    } catch (Throwable e) {
      return false;
    }
  }

  /**
   * Loads and compiles the Cypher stack while the client is still connecting, instead of inside
   * its first statement. Prints "WARM" on stdout when done (the class-list run waits for it).
   */
  private static void warmUpInBackground(GraphDatabaseService db, boolean training) {
    Thread warmer =
        new Thread(
            () -> {
              try {
                if (training) train(db);
                else db.executeTransactionally("MATCH (n:Entity {id: $id}) RETURN n.name AS name", Map.of("id", ""));
              } catch (Throwable e) {
                System.err.println("launcher: warm-up failed: " + rootMessage(e));
              }
              System.out.println("WARM");
              System.out.flush();
            },
            "cypher-warm-up");
    warmer.setDaemon(true);
    warmer.start();
  }

  /** Statements shaped like the application's schema, seed and queries, on a throw-away dir. */
  private static void train(GraphDatabaseService db) {
    String[] schema = {
      "CREATE CONSTRAINT training_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
      "CREATE INDEX training_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
      "CREATE FULLTEXT INDEX training_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.description]"
          + " OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }",
      "CALL db.awaitIndexes(60)",
    };
    for (String statement : schema) db.executeTransactionally(statement);
    db.executeTransactionally(
        "UNWIND range(1, 40) AS i MERGE (n:Entity {id: 'n' + i}) SET n = {id: 'n' + i, name: 'Node ' + i,"
            + " description: 'training', sources: ['a § b']} REMOVE n:$(['A', 'B']) SET n:$(CASE i % 2 WHEN 0 THEN 'A' ELSE 'B' END)");
    db.executeTransactionally(
        "UNWIND range(2, 40) AS i MATCH (a:Entity {id: 'n' + i}), (b:Entity {id: 'n' + (i / 2)})"
            + " MERGE (a)-[r:$(CASE i % 2 WHEN 0 THEN 'SERVES' ELSE 'RUNS' END)]->(b) SET r = {id: 'r' + i}");
    String[] reads = {
      "CALL () { MATCH (n:Entity) RETURN count(n) AS nodes } CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships } RETURN nodes, relationships",
      "CALL db.index.fulltext.queryNodes('training_search', 'node~') YIELD node, score RETURN node.id, score LIMIT 10",
      "MATCH (n:Entity {id: 'n40'}) OPTIONAL MATCH (n)-[r]-(m) RETURN n, collect(r), collect(m)",
      "MATCH p = (a:Entity {id: 'n40'})-[:SERVES|RUNS*1..6]->(b:B) RETURN [x IN nodes(p) | x.id] AS ids LIMIT 200",
      "MATCH (a:Entity {id: 'n40'}), (b:Entity {id: 'n1'}) MATCH p = shortestPath((a)-[*..10]-(b)) RETURN p",
      "MATCH (n:Entity) WHERE n.id IN ['n1', 'n2'] AND coalesce(n.inForceFrom, '') <= '2026-01-01' RETURN n ORDER BY n.name",
      "MATCH (n:Entity) WHERE NOT n.id IN ['n1'] DETACH DELETE n",
    };
    for (String statement : reads) db.executeTransactionally(statement);
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
