package dev.nodebatch.functions;

import java.time.Clock;
import java.util.List;

import org.jboss.logging.Logger;

import dev.nodebatch.batch.BatchResult;
import dev.nodebatch.batch.InputDocument;
import dev.nodebatch.batch.InputLimits;
import dev.nodebatch.batch.InputViolation;
import dev.nodebatch.batch.Invocation;
import dev.nodebatch.batch.StrictJsonReader;

/**
 * What an HTTP request must be for its function to run, whoever delivers it (the HTTP binding's own server, or API
 * Gateway as a Lambda event): a POST ({@code 405}) of one JSON document ({@link JsonContentType}, {@code 415}) within
 * {@link InputLimits#STANDARD} ({@code 413} for the size, {@code 400} for the rest) that {@link StrictJsonReader}
 * can read ({@code 400}). Stateless; a refusal is logged at INFO, as the caller's mistake it is.
 */
final class InputAdmission {

    private static final Logger LOG = Logger.getLogger(InputAdmission.class);
    private static final InputLimits LIMITS = InputLimits.STANDARD;

    private InputAdmission() {
    }

    /** Either the document to hand the function, or the status and violations that refuse the request. */
    record Verdict(InputDocument document, int status, List<InputViolation> violations) {

        static Verdict refused(int status, String message) {
            return new Verdict(null, status, List.of(new InputViolation(InputViolation.ROOT, message)));
        }

        boolean admitted() {
            return document != null;
        }

        /** The answer to a refused request: a REJECTED result naming the function it was for. */
        BatchResult rejected(String function) {
            Invocation invocation = Invocation.start(function, Clock.systemUTC());
            LOG.infof("Invocation %s of %s: REJECTED before the function ran (HTTP %d, %d violation(s))",
                    invocation.id(), function, status, violations.size());
            return BatchResult.rejected(invocation, false, violations);
        }
    }

    /**
     * @param method the request's method, as written ({@code POST})
     * @param contentTypes every value of the request's {@code Content-Type} header
     * @param body the body's bytes, empty when there is none
     */
    static Verdict admit(String method, List<String> contentTypes, byte[] body) {
        if (!"POST".equals(method)) {
            return Verdict.refused(405, "a function is called with POST, not " + method);
        }
        String mediaProblem = JsonContentType.problem(contentTypes);
        if (mediaProblem != null) {
            return Verdict.refused(415, "the input " + mediaProblem);
        }
        if (body.length > LIMITS.maxBytes()) {
            return tooLarge();
        }
        InputDocument document = StrictJsonReader.read(body, LIMITS);
        return document.isReadable() ? new Verdict(document, 200, List.of()) : new Verdict(null, 400, document.problems());
    }

    /** The refusal of a body over the size limit, also when a server refused it before it could be admitted. */
    static Verdict tooLarge() {
        return Verdict.refused(413, "the body is larger than the input limit of " + LIMITS.maxBytes() + " bytes");
    }
}
