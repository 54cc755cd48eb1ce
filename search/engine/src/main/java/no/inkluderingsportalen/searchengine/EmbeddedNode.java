package no.inkluderingsportalen.searchengine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A single-node OpenSearch for tests and development.
 *
 * <p>A normal OpenSearch distribution loads its modules (HTTP layer, common analysis,
 * Painless, ...) from a modules/ directory. Here they are plain Maven dependencies, so they
 * are handed to the node as classpath plugins, which is what {@link Node}'s protected
 * constructor is for.
 *
 * <p>Configuration comes from system properties (set by start.sh):
 * <ul>
 *   <li>{@code portal.search.home}: writable directory for data, logs and tmp (required)</li>
 *   <li>{@code portal.search.host}: bind address, default 127.0.0.1</li>
 *   <li>{@code portal.search.port}: HTTP port, default 9200</li>
 *   <li>{@code portal.search.transport.port}: transport port (range), default 9300-9399</li>
 *   <li>{@code portal.search.pidfile}: where to write this process's pid (optional)</li>
 * </ul>
 * Further node settings can go in {@code <home>/config/opensearch.yml}.
 */
public final class EmbeddedNode {

    /** The modules a stock distribution would bring that the portal relies on. */
    static final List<Class<? extends Plugin>> PLUGINS = List.of(
        Netty4Plugin.class,          // REST on http.port
        CommonAnalysisPlugin.class,  // norwegian analyzer, stemmers, (edge_)ngram
        PainlessPlugin.class,        // scripts
        ReindexPlugin.class,         // _reindex, _delete_by_query, _update_by_query
        MapperExtrasPlugin.class     // scaled_float, search_as_you_type, rank_feature
    );

    /** Exposes Node's protected constructor that accepts classpath plugins. */
    static final class PluginNode extends Node {
        PluginNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }

    private EmbeddedNode() {}

    private static String prop(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public static void main(String[] args) throws Exception {
        String homeProp = System.getProperty("portal.search.home");
        if (homeProp == null || homeProp.isBlank()) {
            System.err.println("portal.search.home is not set");
            System.exit(2);
        }
        Path home = Paths.get(homeProp).toAbsolutePath();
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        Files.createDirectories(home.resolve("config"));

        Settings settings = Settings.builder()
            .put("cluster.name", prop("portal.search.cluster", "portal-search"))
            .put("node.name", prop("portal.search.node", "portal-search-1"))
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("network.host", prop("portal.search.host", "127.0.0.1"))
            .put("http.port", prop("portal.search.port", "9200"))
            .put("transport.port", prop("portal.search.transport.port", "9300-9399"))
            // One node, no peers to discover; it elects itself.
            .put("discovery.type", "single-node")
            // Development machines and CI have full disks more often than not.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            // Wagtail/modelsearch creates indexes on demand.
            .put("action.auto_create_index", true)
            .build();

        Environment environment = InternalSettingsPreparer.prepareEnvironment(
            settings, Collections.emptyMap(), home.resolve("config"), () -> settings.get("node.name"));

        Node node = new PluginNode(environment, PLUGINS);
        CountDownLatch stopped = new CountDownLatch(1);
        String pidFile = System.getProperty("portal.search.pidfile");

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(20, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                System.err.println("error while stopping the node: " + e);
            } finally {
                if (pidFile != null) {
                    try {
                        Files.deleteIfExists(Paths.get(pidFile));
                    } catch (IOException ignored) {
                        // start.sh/stop.sh cope with a stale pid file
                    }
                }
                stopped.countDown();
            }
        }, "portal-search-shutdown"));

        try {
            node.start();
        } catch (Exception e) {
            System.err.println("the node failed to start: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        if (pidFile != null) {
            Files.write(Paths.get(pidFile),
                (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        System.out.println("portal-search: node started, http on "
            + settings.get("network.host") + ":" + settings.get("http.port"));
        // Keep the JVM alive until the shutdown hook has closed the node.
        stopped.await();
    }
}
