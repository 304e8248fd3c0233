package dev.nodebatch.functions;

import java.util.Collection;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.nodebatch.batch.InputDocument;
import io.quarkus.funqy.runtime.FunctionInvoker;
import io.quarkus.funqy.runtime.FunctionRecorder;

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
        return FunctionRun.of(invoker, input);
    }
}
