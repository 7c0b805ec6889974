package cutover.stack;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Neo4j Community embedded with its Bolt connector on 127.0.0.1 and auth off: a real Bolt/Cypher
 * server for the local stack. Usage: GraphServer DATA_DIR BOLT_PORT. Stops cleanly on SIGTERM.
 * With GRAPH_SERVER_PASSWORD set, auth is on instead and user neo4j has that password (tests of
 * credential handling start such a server of their own).
 */
public final class GraphServer {
  public static void main(String[] args) throws InterruptedException {
    if (args.length != 2) {
      System.err.println("usage: GraphServer DATA_DIR BOLT_PORT");
      System.exit(64);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String password = System.getenv("GRAPH_SERVER_PASSWORD");
    boolean auth = password != null && !password.isEmpty();

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, auth)
        // Small footprint: two of these run beside the rest of the stack on a 2-core machine.
        .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
        .build();
    if (auth) {
      try {
        dbms.database("system").executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", password));
      } catch (RuntimeException e) {
        // The DBMS threads would keep the JVM alive: stop it, or a caller waits for nothing.
        System.err.println("graph-server: cannot set the password: " + e.getMessage());
        dbms.shutdown();
        System.exit(1);
      }
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      stopped.countDown();
    }, "graph-server-shutdown"));
    // The stack script waits for the Bolt port; this line is for the log.
    System.out.println("graph-server: Neo4j " + neo4jVersion() + " Bolt on 127.0.0.1:" + port + (auth ? " auth on" : " auth off") + " data " + home);
    stopped.await();
  }

  private static String neo4jVersion() {
    Package p = DatabaseManagementService.class.getPackage();
    String v = p == null ? null : p.getImplementationVersion();
    return v == null ? "5.26" : v;
  }
}
