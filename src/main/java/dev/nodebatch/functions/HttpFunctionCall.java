package dev.nodebatch.functions;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.InputDocument;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.funqy.runtime.FunctionInvoker;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Runs a Funqy function over HTTP with the document {@link HttpInputGate} has already read, and writes its result as
 * UTF-8 straight into the response. Funqy's own HTTP handler would read the body a second time and write the result
 * as a string first, which for ten thousand targets is a tree of ten thousand objects and a few megabytes more to
 * build and collect. As there, the function runs on a worker thread in a request context of its own; a failure
 * goes to the router's failure handlers.
 */
@ApplicationScoped
public class HttpFunctionCall {

    /** A little more than one target's outcome (about 210 bytes for an ELB member): the buffer is sized once. */
    private static final int BYTES_PER_TARGET = 256;
    /** A hostile list of tiny elements is refused with a small result: its length sizes no buffer beyond this. */
    private static final int LARGEST_FIRST_BUFFER = 4 << 20;

    private final ObjectMapper mapper;
    private final CurrentVertxRequest currentRequest;

    public HttpFunctionCall(ObjectMapper mapper, CurrentVertxRequest currentRequest) {
        this.mapper = mapper;
        this.currentRequest = currentRequest;
    }

    void run(RoutingContext context, FunctionInvoker function, InputDocument document) {
        context.vertx().executeBlocking(() -> invoke(context, function, document), false)
                .onSuccess(result -> context.response().setStatusCode(200)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(result))
                .onFailure(context::fail);
    }

    private Buffer invoke(RoutingContext context, FunctionInvoker function, InputDocument document) throws IOException {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            // as in Funqy's own handler: the request is reachable from the request context the function runs in
            currentRequest.setCurrent(context);
            Object result = FunctionRun.of(function, document);
            Buffer body = Buffer.buffer(expectedSize(document));
            mapper.writeValue(new BufferOutput(body), result);
            return body;
        } finally {
            requestContext.terminate();
        }
    }

    private static int expectedSize(InputDocument document) {
        return Math.min(LARGEST_FIRST_BUFFER, Math.max(4096, BYTES_PER_TARGET * largestList(document)));
    }

    /** The longest list at the document's top level: the targets, in every function's input. */
    private static int largestList(InputDocument document) {
        int largest = 0;
        for (var field : document.tree()) {
            largest = Math.max(largest, field.isArray() ? field.size() : 0);
        }
        return largest;
    }

    /** Jackson's bytes appended to a Vert.x buffer, which the response then sends as it is. */
    private static final class BufferOutput extends OutputStream {

        private final Buffer buffer;

        BufferOutput(Buffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public void write(int b) {
            buffer.appendByte((byte) b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            buffer.appendBytes(bytes, offset, length);
        }
    }
}
