package dev.nodebatch.functions;

import java.util.Collection;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.nodebatch.batch.InputDocument;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.funqy.runtime.FunctionInvoker;
import io.quarkus.funqy.runtime.FunctionRecorder;
import io.quarkus.funqy.runtime.FunqyServerRequest;
import io.quarkus.funqy.runtime.FunqyServerResponse;
import io.quarkus.funqy.runtime.RequestContext;
import io.quarkus.funqy.runtime.RequestContextImpl;
import io.smallrye.mutiny.Uni;

/**
 * The one function a Lambda deployment serves: the one {@code quarkus.funqy.export} names, or the only one there is,
 * chosen as Funqy's own Lambda binding chooses it. It runs through Funqy's invoker, the same that serves the function
 * over HTTP, in a request context of its own.
 */
@ApplicationScoped
class ExportedFunction {

    private final FunctionInvoker invoker;

    ExportedFunction(@ConfigProperty(name = "quarkus.funqy.export") Optional<String> export) {
        this.invoker = chosen(export, FunctionRecorder.registry.invokers());
        if (!InputDocument.class.equals(invoker.getInputType())) {
            throw new IllegalStateException("Function " + invoker.getName() + " does not take an InputDocument");
        }
    }

    private static FunctionInvoker chosen(Optional<String> export, Collection<FunctionInvoker> invokers) {
        if (export.isPresent()) {
            FunctionInvoker named = FunctionRecorder.registry.matchInvoker(export.get());
            if (named == null) {
                throw new IllegalStateException("quarkus.funqy.export names no function: " + export.get());
            }
            return named;
        }
        if (invokers.size() != 1) {
            throw new IllegalStateException("Set quarkus.funqy.export (QUARKUS_FUNQY_EXPORT) to the function to serve");
        }
        return invokers.iterator().next();
    }

    String name() {
        return invoker.getName();
    }

    /** The function's entry in the function index: how it is called over HTTP. */
    FunctionIndex.Entry entry() {
        return FunctionIndex.Entry.of(invoker);
    }

    /** The function's result for {@code input}; what the function throws is thrown, as over HTTP. */
    Object run(InputDocument input) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean ownContext = !requestContext.isActive();
        if (ownContext) {
            requestContext.activate();
        }
        try {
            Answer answer = new Answer();
            invoker.invoke(new Input(input), answer);
            return answer.getOutput().await().indefinitely();
        } finally {
            if (ownContext) {
                requestContext.terminate();
            }
        }
    }

    private record Input(InputDocument document) implements FunqyServerRequest {

        @Override
        public RequestContext context() {
            return new RequestContextImpl();
        }

        @Override
        public Object extractInput(Class inputClass) {
            return document;
        }
    }

    private static final class Answer implements FunqyServerResponse {

        private Uni<?> output;

        @Override
        public Uni<?> getOutput() {
            return output;
        }

        @Override
        public void setOutput(Uni<?> output) {
            this.output = output;
        }
    }
}
