package io.billingconsole.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * Reads a JSON moment only as an ISO-8601 string with an offset, inside {@link Params#MIN_YEAR}..
 * {@link Params#MAX_YEAR}; a number (epoch seconds) or anything else is refused. Use as
 * {@code @JsonDeserialize(using = IsoMoment.class) OffsetDateTime ...}.
 */
public class IsoMoment extends JsonDeserializer<OffsetDateTime> {

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new DomainException(CommonError.INVALID_INPUT, parser.currentName() == null ? "moment"
                    : parser.currentName());
        }
        return Params.moment(parser.getText());
    }
}
