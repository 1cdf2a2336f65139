package dev.portico.testing;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Lambda {@link Context} for tests: fixed, readable values, a settable request id, and a logger
 * that keeps what it is given (see {@link #logged()}) instead of printing it.
 */
public final class TestContext implements Context {
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final LambdaLogger logger = new LambdaLogger() {
        @Override
        public void log(String message) {
            logged.add(message);
        }

        @Override
        public void log(byte[] message) {
            logged.add(new String(message, StandardCharsets.UTF_8));
        }
    };
    private volatile String requestId;
    private volatile String functionName = "portico-test";
    private volatile int remainingTimeMillis = 30_000;

    /** A context with request id {@code test-request-id}. */
    public TestContext() {
        this("test-request-id");
    }

    /** @param requestId the request id {@link #getAwsRequestId()} returns */
    public TestContext(String requestId) {
        this.requestId = Objects.requireNonNull(requestId, "requestId");
    }

    /**
     * @param requestId the request id {@link #getAwsRequestId()} returns
     * @return this context
     */
    public TestContext requestId(String requestId) {
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        return this;
    }

    /**
     * @param functionName the function name, {@code portico-test} by default
     * @return this context
     */
    public TestContext functionName(String functionName) {
        this.functionName = Objects.requireNonNull(functionName, "functionName");
        return this;
    }

    /**
     * @param millis what {@link #getRemainingTimeInMillis()} returns, 30000 by default
     * @return this context
     */
    public TestContext remainingTimeInMillis(int millis) {
        this.remainingTimeMillis = millis;
        return this;
    }

    /** @return the messages given to {@link #getLogger()}, in order */
    public List<String> logged() {
        return List.copyOf(logged);
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "2023/11/14/[$LATEST]00000000000000000000000000000000";
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:" + EventBuilder.REGION + ":" + EventBuilder.ACCOUNT_ID + ":function:" + functionName;
    }

    /** @return {@code null}: no Cognito identity */
    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    /** @return {@code null}: no mobile client context */
    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return remainingTimeMillis;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 512;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }

    @Override
    public String toString() {
        return "TestContext[" + requestId + "]";
    }
}
