package dev.nodebatch.emulator;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import dev.nodebatch.emulator.azure.AzureBatchGateway;
import dev.nodebatch.emulator.azure.AzureBatchService;
import dev.nodebatch.emulator.azure.EntraTokenService;
import dev.nodebatch.emulator.azure.EntraTokens;
import dev.nodebatch.emulator.fault.FaultPlan;
import dev.nodebatch.emulator.huawei.HuaweiGateway;
import dev.nodebatch.emulator.huawei.dcs.DcsService;
import dev.nodebatch.emulator.huawei.elb.ElbService;
import dev.nodebatch.emulator.huawei.geminidb.GeminiDbService;
import dev.nodebatch.emulator.huawei.modelarts.ModelArtsService;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * A stateful emulator of the provider APIs on its own HTTP server: it serves the providers' real paths behind
 * their gateways' authentication and rate limits, keeps a fleet of resources, injects faults on demand and is
 * controlled through the unsigned {@code /_emulator} API. {@link #start} and {@link #close} block, so call them
 * outside Vert.x event loops.
 */
public final class ProviderEmulator implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ProviderEmulator.class);
    private static final long BODY_LIMIT_BYTES = 10L * 1024 * 1024;
    private static final long BLOCKING_TIMEOUT_SECONDS = 30;
    private static final String HOST = "localhost";

    private final Vertx vertx;
    private final List<EmulatedService> services;
    private final Fleet fleet;
    private final FaultPlan faults;
    private final CredentialRateLimiter rateLimiter;
    private final RequestLog requestLog = new RequestLog();
    private HttpServer server;
    private String sharingServers;

    /** @throws IllegalArgumentException when the settings' fleet document is wrong */
    public ProviderEmulator(Vertx vertx, EmulatorSettings settings) {
        this.vertx = vertx;
        HuaweiGateway huawei = new HuaweiGateway(settings.huaweiCredentials(), settings.maxClockSkew());
        EntraTokens entraTokens = new EntraTokens();
        AzureBatchGateway azureBatch = new AzureBatchGateway(settings.azure(), entraTokens, settings.maxClockSkew(),
                "https://login.microsoftonline.com/common");
        this.services = List.of(new ElbService(huawei), new DcsService(huawei), new GeminiDbService(huawei),
                new ModelArtsService(huawei), new AzureBatchService(azureBatch),
                new EntraTokenService(settings.azure(), entraTokens));
        this.fleet = new Fleet(services);
        this.fleet.replace(settings.fleet());
        this.faults = new FaultPlan(operationIds());
        this.rateLimiter = new CredentialRateLimiter(settings.rateLimit());
    }

    /**
     * Starts listening on localhost, on one event loop.
     *
     * @param port the port, 0 for a free one
     * @return the port it listens on
     */
    public int start(int port) {
        return start(port, 1);
    }

    /**
     * Starts listening on localhost with {@code eventLoops} servers sharing the port, each on an event loop of its
     * own, so that one call's work does not hold back another call's answer (the emulator's state is thread-safe).
     *
     * @param port the port, 0 for a free one
     * @return the port it listens on
     */
    public synchronized int start(int port, int eventLoops) {
        if (server != null) {
            throw new IllegalStateException("The emulator is already listening on port " + server.actualPort());
        }
        Router router = router();
        // Vert.x shares a server among those asking for the same port; a free port is shared when asked for as -1
        int asked = port == 0 && eventLoops > 1 ? -1 : port;
        server = await(vertx.createHttpServer().requestHandler(router).listen(asked, HOST));
        if (eventLoops > 1) {
            sharingServers = await(vertx.deployVerticle(() -> new SharingServer(router, asked, server.actualPort()),
                    new DeploymentOptions().setInstances(eventLoops - 1)));
        }
        return server.actualPort();
    }

    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("The emulator is not listening");
        }
        return server.actualPort();
    }

    /** Stops listening; answers that are still waiting on a fault's delay are dropped. */
    @Override
    public synchronized void close() {
        if (server != null) {
            if (sharingServers != null) {
                await(vertx.undeploy(sharingServers));
                sharingServers = null;
            }
            await(server.close());
            server = null;
        }
    }

    /** One more server on the emulator's port, on the event loop of its own deployment. */
    private static final class SharingServer extends AbstractVerticle {

        private final Router router;
        private final int port;
        private final int sharedPort;

        SharingServer(Router router, int port, int sharedPort) {
            this.router = router;
            this.port = port;
            this.sharedPort = sharedPort;
        }

        @Override
        public void start(Promise<Void> started) {
            vertx.createHttpServer().requestHandler(router).listen(port, HOST)
                    .compose(listening -> listening.actualPort() == sharedPort ? Future.<Void>succeededFuture()
                            : Future.<Void>failedFuture("listening on port " + listening.actualPort()
                                    + " instead of sharing port " + sharedPort))
                    .onComplete(started);
        }
    }

    private Router router() {
        Router router = Router.router(vertx);
        router.route().handler(new RequestIds());
        router.route().handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT_BYTES));
        new ControlRoutes(fleet, faults, rateLimiter, requestLog).mount(router);
        for (EmulatedService service : services) {
            for (ProviderOperation operation : service.operations()) {
                router.route(operation.method(), operation.path())
                        .handler(new ProviderCallPipeline(operation, service, rateLimiter, faults, requestLog));
            }
        }
        router.route().failureHandler(context -> {
            if (context.failure() != null) {
                LOG.errorf(context.failure(), "Request %s %s failed", context.request().method(), context.request().path());
            }
            context.next();
        });
        return router;
    }

    private Set<String> operationIds() {
        return services.stream().flatMap(service -> service.operations().stream()).map(ProviderOperation::id)
                .collect(Collectors.toSet());
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(BLOCKING_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the emulator's server", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The emulator's server did not start or stop: " + e.getMessage(), e);
        }
    }
}
