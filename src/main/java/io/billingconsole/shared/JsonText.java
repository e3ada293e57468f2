package io.billingconsole.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

import java.io.IOException;

/**
 * Reads a JSON text field only from a JSON string: Jackson would otherwise turn a number or a
 * boolean into its text ({@code {"password": -9223372036854775808}} became the 20-character
 * password "-9223372036854775808"). A wrong type is refused as INVALID_INPUT naming the field;
 * null stays null. Use as {@code @JsonDeserialize(using = JsonText.class) String ...}.
 */
public class JsonText extends JsonDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new DomainException(CommonError.INVALID_INPUT, parser.currentName() == null ? "text"
                    : parser.currentName());
        }
        return parser.getText();
    }
}
