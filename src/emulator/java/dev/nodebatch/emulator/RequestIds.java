package dev.nodebatch.emulator;

import java.util.UUID;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** Gives every request a random 32-hex id, sent back as {@code X-Request-Id} like the Huawei gateway does. */
final class RequestIds implements Handler<RoutingContext> {

    static final String HEADER = "X-Request-Id";
    private static final String KEY = "emulator.requestId";

    @Override
    public void handle(RoutingContext context) {
        String id = UUID.randomUUID().toString().replace("-", "");
        context.put(KEY, id);
        context.response().putHeader(HEADER, id);
        context.next();
    }

    static String of(RoutingContext context) {
        return context.get(KEY);
    }
}
