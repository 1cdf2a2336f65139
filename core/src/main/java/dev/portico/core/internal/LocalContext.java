package dev.portico.core.internal;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The Lambda context used outside Lambda (an event handled without a context, {@code prime()}): a fresh
 * request id per request.
 */
public final class LocalContext implements Context {
    private String requestId;

    /**
     * With a random request id, made on first use from {@link ThreadLocalRandom}: unique enough for
     * local use, and it avoids {@code UUID.randomUUID()}, whose {@code SecureRandom} costs a cold start
     * tens of milliseconds.
     */
    public LocalContext() {
        this(null);
    }

    /** @param requestId the request id to report */
    public LocalContext(String requestId) {
        this.requestId = requestId;
    }

    @Override
    public String getAwsRequestId() {
        String id = requestId;
        if (id == null) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            long msb = (r.nextLong() & ~0xF000L) | 0x4000L;
            long lsb = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            id = new UUID(msb, lsb).toString();
            requestId = id;
        }
        return id;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/portico-local";
    }

    @Override
    public String getLogStreamName() {
        return "local";
    }

    @Override
    public String getFunctionName() {
        return "portico-local";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:local:000000000000:function:portico-local";
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return Integer.MAX_VALUE;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 512;
    }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                Log.log(System.Logger.Level.INFO, message);
            }

            @Override
            public void log(byte[] message) {
                log(new String(message, StandardCharsets.UTF_8));
            }
        };
    }
}
