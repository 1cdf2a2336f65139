package dev.portico.feature.openapi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;

/** Converts Jackson trees to the org.json values everit validates. */
final class OrgJson {

    private OrgJson() {
    }

    static Object of(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return JSONObject.NULL;
        }
        if (n.isObject()) {
            JSONObject o = new JSONObject();
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                o.put(e.getKey(), of(e.getValue()));
            }
            return o;
        }
        if (n.isArray()) {
            JSONArray a = new JSONArray();
            for (JsonNode item : n) {
                a.put(of(item));
            }
            return a;
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isIntegralNumber()) {
            BigInteger i = n.bigIntegerValue();
            return i.bitLength() < 32 ? (Object) i.intValue() : i.bitLength() < 64 ? (Object) i.longValue() : i;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        return n.asText();
    }
}
