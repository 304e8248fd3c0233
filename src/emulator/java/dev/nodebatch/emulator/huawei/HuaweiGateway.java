package dev.nodebatch.emulator.huawei;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nodebatch.emulator.EmulatorJson;
import dev.nodebatch.emulator.ProviderAnswer;
import dev.nodebatch.emulator.ProviderCall;
import dev.nodebatch.emulator.ProviderGateway;

/**
 * The Huawei API gateway (APIG) in front of every Huawei service: AK/SK authentication and its
 * {@code APIGW.*} error answers (docs/huawei.md). Thread-safe.
 */
public final class HuaweiGateway implements ProviderGateway {

    private static final Logger LOG = Logger.getLogger(HuaweiGateway.class);

    private final SignatureVerifier verifier;

    /** @param secretKeys the accepted access keys, each mapped to its secret key */
    public HuaweiGateway(Map<String, String> secretKeys, Duration maxClockSkew) {
        this.verifier = new SignatureVerifier(secretKeys, maxClockSkew);
    }

    @Override
    public Optional<ProviderAnswer> admit(ProviderCall call) {
        Optional<SdkHmacAuthorization> authorization = SdkHmacAuthorization.parse(call.header("Authorization"));
        authorization.ifPresent(parsed -> call.identify(parsed.accessKey()));
        return verifier.refusal(call, authorization, Instant.now()).map(reason -> {
            LOG.debugf("Refused %s from %s: %s", call.operationId(), call.caller(), reason);
            return error(call, 401, "APIGW.0301", "Incorrect IAM authentication information: " + reason);
        });
    }

    @Override
    public ProviderAnswer throttled(ProviderCall call, int limitPerSecond, OptionalInt retryAfterSeconds) {
        ProviderAnswer answer = error(call, 429, "APIGW.0308",
                "The throttling threshold has been reached: policy user over ratelimit,limit:" + limitPerSecond
                        + ",time:1 second");
        return retryAfterSeconds.isPresent()
                ? answer.withHeader("Retry-After", Integer.toString(retryAfterSeconds.getAsInt()))
                : answer;
    }

    /** A Huawei error answer, {@code {error_code, error_msg, request_id}}, as the gateway and the services send it. */
    public static ProviderAnswer error(ProviderCall call, int status, String code, String message) {
        return ProviderAnswer.json(status, errorBody(call, code, message));
    }

    /** The body of {@link #error}, for services that add their own fields to it. */
    public static ObjectNode errorBody(ProviderCall call, String code, String message) {
        return EmulatorJson.MAPPER.createObjectNode().put("error_code", code).put("error_msg", message)
                .put("request_id", call.requestId());
    }
}
