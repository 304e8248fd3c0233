package dev.nodebatch.functions;

import dev.nodebatch.batch.InputDocument;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.funqy.runtime.FunctionInvoker;
import io.quarkus.funqy.runtime.RequestContextImpl;
import io.quarkus.funqy.runtime.bindings.http.FunqyRequestImpl;
import io.quarkus.funqy.runtime.bindings.http.FunqyResponseImpl;

/**
 * One run of a function through Funqy's own invoker, with an input document already read and admitted: the way both
 * the HTTP binding and the Lambda binding call a function, in a request context of its own (or the caller's, when
 * one is active). What the function throws is thrown.
 */
final class FunctionRun {

    private FunctionRun() {
    }

    static Object of(FunctionInvoker function, InputDocument input) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean ownContext = !requestContext.isActive();
        if (ownContext) {
            requestContext.activate();
        }
        try {
            FunqyResponseImpl response = new FunqyResponseImpl();
            function.invoke(new FunqyRequestImpl(new RequestContextImpl(), input), response);
            return response.getOutput().await().indefinitely();
        } finally {
            if (ownContext) {
                requestContext.terminate();
            }
        }
    }
}
