package io.billingconsole.sms;

/** The SMS provider did not take a message; the code is not stored and the customer may ask again. */
public class SmsSendException extends RuntimeException {

    public SmsSendException(String message) {
        super(message);
    }

    public SmsSendException(String message, Throwable cause) {
        super(message, cause);
    }
}
