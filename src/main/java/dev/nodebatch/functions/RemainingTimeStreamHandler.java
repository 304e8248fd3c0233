package dev.nodebatch.functions;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import io.quarkus.funqy.lambda.FunqyStreamHandler;

/**
 * The AWS Lambda handler for the Java runtime: Funqy's own handler, with the invocation's {@link Context} made
 * reachable from the function ({@link LambdaTimeBudget}). Funqy reads the event and writes the result as always; it
 * only has no way to hand the context to a function, and without it the remaining time would be lost.
 */
public class RemainingTimeStreamHandler implements RequestStreamHandler {

    private final RequestStreamHandler funqy;

    /** What the Lambda runtime calls: starts Quarkus like {@link FunqyStreamHandler} does. */
    public RemainingTimeStreamHandler() {
        this(new FunqyStreamHandler());
    }

    /** Around another way into Funqy's Lambda binding, e.g. the binding of an application already started. */
    RemainingTimeStreamHandler(RequestStreamHandler funqy) {
        this.funqy = funqy;
    }

    @Override
    public void handleRequest(InputStream event, OutputStream result, Context context) throws IOException {
        LambdaTimeBudget.during(context, () -> funqy.handleRequest(event, result, context));
    }
}
