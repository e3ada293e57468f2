package io.billingconsole.support;

import io.restassured.RestAssured;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A request written byte for byte over a socket (HTTP/1.1, Connection: close), for targets that no
 * URI class accepts: {@code /orders?%ZZ}, {@code /renewals?q=%00%}. Answers the status and the body.
 */
public final class RawHttp {

    public record Answer(int status, String body) {
    }

    private RawHttp() {
    }

    public static Answer send(String method, String target, Map<String, String> headers, String body) {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: localhost\r\nConnection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(content.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            String text = received.toString(StandardCharsets.UTF_8);
            int space = text.indexOf(' ');
            if (space < 0 || text.length() < space + 4) {
                return new Answer(-1, text);
            }
            return new Answer(Integer.parseInt(text.substring(space + 1, space + 4)), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
